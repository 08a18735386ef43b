// Documents (sanad): listing (DoListAsnad), inquiry, delete.
//
// A DoListAsnad row as real clients see it (S1 radiarkazemi/gold_abshd
// tests, rows of a live add-on): keyed by the row ID;
//   {"ID": 17, "Factor_Code": "ga1", "NO": "فروش طلا",
//    "ZamanSabt": "1405/07/14 17:26:32", "Vazn": 2, "Mazaneh": 1156800000,
//    "Mali": -534096680, "TabdilVazn": 2, "TahesabVazni": 2,
//    "TahesabMali": -534096680, "Sharh1": "…", "User": "APi"}
// and for melted gold Ayar, Name_az, Sh_Sharti (the stamp, a string), IsAbshode
// (true); a value that does not apply is the string "null" ("Mazaneh": "null"),
// an empty Sharh1 is null, rows the shop typed in Tahesab have no Factor_Code
// and their User is the Tahesab user ("مدير"). Sh_Factor: the factor number.
// TahesabVazni / TahesabMali: the customer's balance right after the row.
import type { Args } from "../args.js";
import { sameKindName } from "../document-kinds.js";
import type { Json, JsonMap, JsonObject } from "../json.js";
import type { Running, SanadDocument } from "../ledger.js";
import { fail, msg, TahesabHang } from "../messages.js";
import { formatJalali, slashDate } from "../text.js";
import { requireCustomer } from "./documents.js";
import type { CommandContext, CommandHandler } from "./index.js";

const orNull = <T extends Json>(value: T | null): T | "null" => (value === null ? "null" : value);

export function documentRow(doc: SanadDocument, after: Running): JsonObject {
  const f = doc.facts;
  const row: JsonObject = { ID: doc.ID };
  if (doc.Factor_Code !== null) row.Factor_Code = doc.Factor_Code;
  Object.assign(row, {
    NO: f.NO,
    ZamanSabt: `${slashDate(doc.date)} ${doc.time}`,
    Vazn: orNull(f.Vazn),
    Ayar: orNull(f.Ayar),
    Mazaneh: orNull(f.Mazaneh),
    Mali: orNull(f.Mali),
    TabdilVazn: orNull(f.TabdilVazn),
    Name_az: orNull(f.Name_az),
    Sh_Sharti: orNull(f.Sh_Sharti),
    IsAbshode: f.IsAbshode,
    TahesabVazni: after.goldMg / 1000,
    TahesabMali: after.money,
    Sharh1: f.Sharh === "" ? null : f.Sharh,
    User: doc.user,
    Sh_Factor: doc.Factor_Number,
  });
  return row;
}

/** Rows keyed by ID, oldest first (a Map keeps that order on the wire; see json.ts). */
function rows(ctx: CommandContext, docs: SanadDocument[]): JsonMap {
  const running = ctx.state.ledger.runningBalances();
  const out: JsonMap = new Map();
  for (const doc of docs) out.set(String(doc.ID), documentRow(doc, running.get(doc.ID) ?? { goldMg: 0, money: 0 }));
  return out;
}

/**
 * DoListAsnad [Count_Last, Moshtari_Code, Az, Ta] or, current add-on,
 * [..., FilterNoSanad, Mande_Jens_Felez]. Count_Last -1: every document (S1).
 * Moshtari_Code 0: every customer. An empty date bound hangs the real add-on
 * (S1 sends "1400-01-01" to a year ahead instead, "Wide window avoids empty
 * Az/Ta hangs"): the simulator never answers it either.
 */
function listAsnad(ctx: CommandContext, args: Args): Json {
  const from = args.str("AzTarikhShamsi");
  const to = args.str("TaTarikhShamsi");
  if (from === "" || to === "") throw new TahesabHang();
  const customer = args.num("Moshtari_Code");
  if (customer !== 0) requireCustomer(ctx, customer);
  const filter = args.strOr("FilterNoSanad", "");
  const docs = ctx.state.ledger.list({
    countLast: args.num("Count_Last"),
    customerCode: String(customer),
    from,
    to,
    kind: filter === "" ? undefined : (no) => sameKindName(no, filter),
  });
  return rows(ctx, docs);
}

/** A guess (no client reads it): the matching rows, keyed and shaped as DoListAsnad's; {} when none. */
function inquiry(ctx: CommandContext, args: Args): Json {
  const customer = requireCustomer(ctx, args.num("Moshtari_Code"));
  const date = formatJalali(args.num("Shamsi_Year"), args.num("Shamsi_Month"), args.num("Shamsi_Day"));
  return rows(ctx, ctx.state.ledger.find(customer, args.num("Factor_Number"), date));
}

/** Answers {"OK": <the Factor_Code as stored>}; matched case-insensitively. */
function deleteSanad(ctx: CommandContext, args: Args): Json {
  const doc = ctx.state.deleteDocument(args.str("Factor_Code")) ?? fail(msg.sanadNotFound());
  return doc.Factor_Code;
}

export const DOCUMENT_LIST_COMMANDS: Record<string, CommandHandler> = {
  DoListAsnad: { write: false, run: listAsnad },
  DoNewSanadInquiry: { write: false, run: inquiry },
  DoDeleteSanad: { write: true, run: deleteSanad },
};
