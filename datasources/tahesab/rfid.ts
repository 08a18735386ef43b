import type { TahesabClient } from "./client.js";
import type { ExactlyOnce, ExactlyOnceOutcome } from "../../src/core/exactly-once.js";
import { toEtiket, type EtiketImageRecord, type EtiketRecord } from "./etikets.js";
import { asRecord, num, str, type VendorRecord } from "./records.js";

/** An RFID tag (EPC) and the etiket it is fixed to. */
export interface RfidTagRecord {
  /** The EPC as Tahesab holds it (hex, uppercase). */
  epc: string;
  etiket: EtiketRecord | null;
}

export interface RfidReadRecord extends Record<string, unknown> {
  /** Distinct tags in the read. */
  count: number;
  /** Tags found on an etiket. */
  matched: number;
  /** EPCs no etiket carries. */
  unmatched: string[];
}

/** EPCs are hex; Tahesab and readers may differ in letter case. */
export const epcKey = (epc: string): string => epc.toUpperCase();

/**
 * `GetInfo` answers `{"<epc as sent>": {"Epc", "Code", "Name", …}}`; a list
 * of records with `Epc` is read too. Unknown EPCs are absent.
 */
function tagsOf(payload: unknown): Map<string, { epc: string; record: VendorRecord }> {
  const found = new Map<string, { epc: string; record: VendorRecord }>();
  const add = (key: string | null, value: unknown) => {
    const record = asRecord(value);
    const epc = record ? str(record, "Epc") ?? key : null;
    if (record && epc) found.set(epcKey(epc), { epc: epcKey(epc), record });
  };
  if (Array.isArray(payload)) payload.forEach((value) => add(null, value));
  else for (const [key, value] of Object.entries(asRecord(payload) ?? {})) add(key, value);
  return found;
}

/** Tahesab's RFID commands. EPCs go as JSON strings. */
export class TahesabRfid {
  constructor(private readonly client: TahesabClient, private readonly exactlyOnce: ExactlyOnce) {}

  /** `GetInfo [epc…]`: the etiket on each tag, one call for all. Keyed by upper-case EPC. */
  async info(epcs: readonly string[]): Promise<Map<string, RfidTagRecord>> {
    const tags = tagsOf(await this.client.call("GetInfo", [...epcs]));
    const out = new Map<string, RfidTagRecord>();
    for (const [key, { epc, record }] of tags) out.set(key, { epc, etiket: toEtiket(record) ?? null });
    return out;
  }

  /** `GetInfoWithImage [epc…]`: the pictures of the tagged etikets. Keyed by upper-case EPC. */
  async images(epcs: readonly string[]): Promise<Map<string, EtiketImageRecord | null>> {
    const tags = tagsOf(await this.client.call("GetInfoWithImage", [...epcs]));
    const out = new Map<string, EtiketImageRecord | null>();
    for (const [key, { record }] of tags) out.set(key, toEtiket(record)?.image ?? null);
    return out;
  }

  /**
   * `epcList [epc…]`: records one read of tags (a stock count), at most once
   * per idempotency key. Sent as a write: never retried blind. Tahesab has no
   * way to ask whether a read was recorded, so a lost answer stays unknown.
   * The seed does not show the answer; the simulator's `{Count, Matched,
   * Unmatched: [epc…]}` is read, with the counts worked out when absent.
   */
  recordRead(epcs: readonly string[], idempotencyKey?: string | null): Promise<ExactlyOnceOutcome<RfidReadRecord>> {
    const request = { command: "epcList", args: [...epcs] };
    return this.exactlyOnce.run<RfidReadRecord>({
      idempotencyKey,
      request,
      send: async () => {
        const payload = asRecord(await this.client.call(request.command, request.args, { write: true })) ?? {};
        const unmatched = Array.isArray(payload.Unmatched) ? payload.Unmatched.map(String) : [];
        const count = num(payload, "Count") ?? new Set(epcs.map(epcKey)).size;
        return { count, matched: num(payload, "Matched") ?? count - unmatched.length, unmatched };
      },
      advice:
        "Tahesab cannot be asked whether a read of tags was recorded. Where recording the same read twice does no harm " +
        "(a stock count, in which each tag counts once), send it again with a new idempotencyKey.",
    });
  }
}
