// RFID: the shop's reader sends the EPCs it sees (stock taking); the app asks
// which etiket a tag is on. No client reads these answers: the shapes are
// guesses, unwrapped like every read — epcList a summary object, GetInfo* the
// etiket records keyed by EPC as sent.
import type { Args } from "../args.js";
import type { Json, JsonObject, JsonMap } from "../json.js";
import type { CommandContext, CommandHandler } from "./index.js";
import { etiketRecord } from "./etikets.js";

function epcs(args: Args): string[] {
  return args.values as string[];
}

function epcList({ state }: CommandContext, args: Args): Json {
  // A reader reports a tag many times per pass: count each EPC once.
  const seen = new Map<string, string>();
  for (const epc of epcs(args)) if (!seen.has(epc.toUpperCase())) seen.set(epc.toUpperCase(), epc);
  const matched: string[] = [];
  const unmatched: string[] = [];
  for (const [upper, asSent] of seen) (state.etiketByEpc(upper) ? matched : unmatched).push(asSent);
  state.rfidReads.push({ at: Date.now(), epcs: [...seen.values()], matched, unmatched });
  return { Count: seen.size, Matched: matched.length, Unmatched: unmatched };
}

function getInfo(withImage: boolean) {
  return ({ state }: CommandContext, args: Args): Json => {
    const out: JsonMap = new Map();
    for (const epc of epcs(args)) {
      const etiket = state.etiketByEpc(epc);
      if (!etiket || !etiket.Epc) continue;
      const record: JsonObject = { Epc: etiket.Epc, ...etiketRecord(etiket, withImage) };
      out.set(epc, record);
    }
    return out;
  };
}

export const RFID_COMMANDS: Record<string, CommandHandler> = {
  epcList: { write: false, run: epcList },
  GetInfo: { write: false, run: getInfo(false) },
  GetInfoWithImage: { write: false, run: getInfo(true) },
};
