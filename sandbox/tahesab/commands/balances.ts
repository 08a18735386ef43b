// Balances (مانده حساب): getmandehesabbycode and GetMandeHesabByTarikh.
//
// A row as real clients see it (S1 radiarkazemi/gold_abshd
// test_parse_mande_prefers_details_mande_tala, from a live add-on):
//   {"Code": "1002", "MandeyeMali": "4194765513", "MandeyeVazni": "-1.444",
//    "details": [{"Name": "مانده مالی", "Value": "4194765513"},
//                {"Name": "مانده طلا", "Value": "-1.444", "Value1": "-1.444"}]}
// — every number a JSON string. Newer add-ons add MandeyeKolBePool (VENDORS.md).
// Guesses, documented in README: Value1 repeats Value (the only sample shows
// that); the labels use Tahesab's spelling (Arabic ي: "مانده مالي"; S1
// normalises ي/ك before matching them); non-zero coin balances follow as
// {"Name": <coin>, "Value": <count>}; MandeyeKolBePool = MandeyeMali + the gold
// at the simulator's day price.
import { PRICE_750_PER_GRAM } from "../accounting.js";
import type { Args } from "../args.js";
import { tahesabSpelling } from "../document-kinds.js";
import type { Json, JsonObject } from "../json.js";
import { fail, msg } from "../messages.js";
import type { Balance } from "../state.js";
import type { CommandContext, CommandHandler } from "./index.js";

const MONEY_LABEL = tahesabSpelling("مانده مالی");
const GOLD_LABEL = tahesabSpelling("مانده طلا");

/** Numbers in balance rows come as JSON strings: "-1.444", "4194765513". */
const asText = (n: number) => String(n);

function balanceRow(b: Balance, withTotal: boolean): JsonObject {
  const gold = asText(b.gold);
  const money = asText(b.money);
  const details: JsonObject[] = [
    { Name: MONEY_LABEL, Value: money },
    { Name: GOLD_LABEL, Value: gold, Value1: gold },
  ];
  for (const [name, count] of Object.entries(b.coins)) if (count !== 0) details.push({ Name: name, Value: asText(count) });
  const row: JsonObject = { Code: b.code, MandeyeVazni: gold, MandeyeMali: money, details };
  if (withTotal) row.MandeyeKolBePool = asText(b.money + Math.round(b.gold * PRICE_750_PER_GRAM));
  return row;
}

/** Codes are numbers in Tahesab's tables: "007" is account 7. */
const canonical = (code: string) => String(Number(code));

function balancesByCodes(ctx: CommandContext, args: Args): Json {
  const rows: JsonObject[] = [];
  const done = new Set<string>();
  for (const code of args.values as string[]) {
    const key = canonical(code);
    const balance = ctx.state.balance(key);
    if (!balance || done.has(key)) continue; // unknown codes are left out
    done.add(key);
    rows.push(balanceRow(balance, ctx.env.addOn === "current"));
  }
  return { MandeHesab: rows };
}

/** A guess (no client reads it): the same {"MandeHesab": [row]} as getmandehesabbycode. */
function balanceOnDate(ctx: CommandContext, args: Args): Json {
  const balance = ctx.state.balance(canonical(args.str("Moshtari_Code")), args.str("Tarikh"));
  if (!balance) fail(msg.customerNotFound(args.str("Moshtari_Code")));
  return { MandeHesab: [balanceRow(balance, ctx.env.addOn === "current")] };
}

export const BALANCE_COMMANDS: Record<string, CommandHandler> = {
  getmandehesabbycode: { write: false, run: balancesByCodes },
  GetMandeHesabByTarikh: { write: false, run: balanceOnDate },
};
