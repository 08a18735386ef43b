import type { ExactlyOnce, ExactlyOnceOutcome } from "../../src/core/exactly-once.js";
import { epcListAnswer, etiketRecord, keyedRecords, readAnswer, unexpectedAnswer } from "./answers.js";
import type { TahesabClient } from "./client.js";
import { toEtiket, type EtiketImageRecord, type EtiketRecord } from "./etikets.js";

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
 * `GetInfo` answers etiket records keyed by the EPC asked (an `Epc` field,
 * when present, names it instead); a plain list of records with `Epc` is read
 * too. A record that names no EPC in either way cannot be matched: an error,
 * not a guess. Unknown EPCs are absent.
 */
function tagsOf(command: string, payload: unknown): Map<string, EtiketRecord> {
  const found = new Map<string, EtiketRecord>();
  for (const [index, { key, row }] of readAnswer(command, keyedRecords(etiketRecord), payload).entries()) {
    const epc = row.Epc ?? key;
    if (!epc) throw unexpectedAnswer(command, `[${index}].Epc`, "a record names no EPC");
    found.set(epcKey(epc), toEtiket(row));
  }
  return found;
}

/** Tahesab's RFID commands. EPCs go as JSON strings. */
export class TahesabRfid {
  constructor(private readonly client: TahesabClient, private readonly exactlyOnce: ExactlyOnce) {}

  /** `GetInfo [epc…]`: the etiket on each tag, one call for all. Keyed by upper-case EPC. */
  async info(epcs: readonly string[]): Promise<Map<string, RfidTagRecord>> {
    const tags = tagsOf("GetInfo", await this.client.read("GetInfo", [...epcs]));
    return new Map([...tags].map(([epc, etiket]) => [epc, { epc, etiket }]));
  }

  /** `GetInfoWithImage [epc…]`: the pictures of the tagged etikets. Keyed by upper-case EPC. */
  async images(epcs: readonly string[]): Promise<Map<string, EtiketImageRecord | null>> {
    const tags = tagsOf("GetInfoWithImage", await this.client.read("GetInfoWithImage", [...epcs]));
    return new Map([...tags].map(([epc, etiket]) => [epc, etiket.image ?? null]));
  }

  /**
   * `epcList [epc…]`: records one read of tags (a stock count), at most once
   * per idempotency key. Sent as a write: never retried blind. Tahesab has no
   * way to ask whether a read was recorded, so a lost answer stays unknown.
   * No public client reads its answer; `{Count, Matched, Unmatched}` is read,
   * and an answer without them is an error, never counts made up here.
   */
  recordRead(epcs: readonly string[], idempotencyKey?: string | null): Promise<ExactlyOnceOutcome<RfidReadRecord>> {
    const request = { command: "epcList", args: [...epcs] };
    return this.exactlyOnce.run<RfidReadRecord>({
      idempotencyKey,
      request,
      plan: {
        send: async () => {
          const answer = readAnswer("epcList", epcListAnswer, await this.client.read(request.command, request.args, { once: true }), "UNKNOWN");
          return { count: answer.Count, matched: answer.Matched, unmatched: answer.Unmatched };
        },
      },
      advice:
        "Tahesab cannot be asked whether a read of tags was recorded. Where recording the same read twice does no harm " +
        "(a stock count, in which each tag counts once), send it again with a new idempotencyKey.",
    });
  }
}
