import { badInput } from "../errors.js";
import { toAsciiDigits } from "../text/persian.js";

// EPCs are 64 to 256 bits in practice (the seed's examples: 16 hex digits; EPC-96: 24).
const EPC = /^[0-9A-F]{8,64}$/;

/** One EPC, upper-case hex; spaces and dashes between digit groups are dropped. */
export function parseEpc(field: string, value: string): string {
  const epc = toAsciiDigits(value).replace(/[\s\-:]/g, "").toUpperCase();
  if (!EPC.test(epc)) throw badInput(field, `must be an EPC of 8 to 64 hex digits; got ${JSON.stringify(value.slice(0, 40))}`);
  return epc;
}

/** A non-empty list of EPCs, at most `max`; the error names the index (`epcs[3]`). */
export function parseEpcs(field: string, values: readonly string[], max: number): string[] {
  if (values.length === 0) throw badInput(field, "must contain at least one EPC");
  if (values.length > max) throw badInput(field, `may contain at most ${max} EPCs (HESABGRAPH_MAX_CODES); got ${values.length}`);
  return values.map((value, index) => parseEpc(`${field}[${index}]`, value));
}
