// Documents (sanad): the eleven DoNewSanad* writes, listing, inquiry, delete.
import { documentEffect, DIRECTION, POSTING, TRADE } from "../accounting.js";
import type { Args } from "../args.js";
import type { Json, JsonObject, JsonMap } from "../json.js";
import { fail, msg } from "../messages.js";
import type { DocumentSummary, SanadDocument, TahesabState } from "../state.js";
import { formatJalali } from "../text.js";
import type { CommandHandler } from "./index.js";
import { requireEtiket } from "./etikets.js";

export const NEW_DOCUMENT_COMMANDS = [
  "DoNewSanadVKHGOLD",
  "DoNewSanadBuySaleGOLD",
  "DoNewSanadVKHSEKEH",
  "DoNewSanadBuySaleSEKEH",
  "DoNewSanadVKHVaghNaghd",
  "DoNewSanadTakhfif",
  "DoNewSanadTalabBedehi",
  "DoNewSanadBuySaleKar",
  "DoNewSanadVKHKar",
  "DoNewSanadBuySaleEtiket",
  "DoNewSanadVKHEtiket",
] as const;

function requireCustomer(state: TahesabState, code: number): string {
  const key = String(code);
  if (!state.customer(key)) fail(msg.customerNotFound(code));
  return key;
}

/** Does this etiket document take the piece in (stock 1) or out (stock 0)? */
function etiketComesIn(command: string, args: Args): boolean {
  return command === "DoNewSanadBuySaleEtiket"
    ? args.num("BuyOrSale_0_1") === TRADE.BUY
    : args.num("IsVoroodOrKhorooj_0_1") === DIRECTION.IN;
}

function newDocument(state: TahesabState, args: Args, command: string): Json {
  const customerCode = requireCustomer(state, args.num("Moshtari_Code"));
  const final = args.num("Sabte_Kol_Or_Movaghat_1_0") === POSTING.FINAL;
  const date = formatJalali(args.num("Shamsi_Year"), args.num("Shamsi_Month"), args.num("Shamsi_Day"));
  const named = args.byName();
  const effect = documentEffect(command, args);

  let etiket: SanadDocument["etiket"];
  let vazn = typeof named.Vazn === "number" ? named.Vazn : 0;
  let ayar = typeof named.Ayar === "number" ? named.Ayar : 0;
  if (args.has("Shenase")) {
    const piece = requireEtiket(state, args.num("Shenase"));
    // A final document cannot sell or send out a piece that is not in the shop,
    // nor buy or take in one that already is. Temporary documents move no stock.
    if (final) {
      const comesIn = etiketComesIn(command, args);
      if (comesIn && piece.IsMojood === 1) fail(msg.etiketAlreadyInStock(piece.Code));
      if (!comesIn && piece.IsMojood === 0) fail(msg.etiketNotInStock(piece.Code));
    }
    etiket = { code: piece.Code, stockAfter: effect.stockAfter ?? piece.IsMojood };
    vazn = piece.Vazn;
    ayar = piece.Ayar;
  }

  const summary: Omit<DocumentSummary, "Factor_Code"> = {
    Noe: command.replace(/^DoNewSanad/, ""),
    Moshtari_Code: customerCode,
    Factor_Number: args.num("Factor_Number"),
    Tarikh: date,
    Sabte_Kol: final ? 1 : 0,
    Vazn: vazn,
    Ayar: ayar,
    Mablagh: typeof named.MablaghKol === "number" ? named.MablaghKol : typeof named.Mablagh === "number" ? named.Mablagh : 0,
    Sharh: typeof named.Sharh === "string" ? named.Sharh : "",
  };
  const doc = state.addDocument({
    command,
    date,
    args: named,
    Moshtari_Code: customerCode,
    Factor_Number: args.num("Factor_Number"),
    final,
    effect: { goldMg: effect.goldMg, money: effect.money, coins: effect.coins },
    etiket,
    summary,
  });
  return doc.Factor_Code;
}

function summaryRecord(doc: SanadDocument): JsonObject {
  return { ...doc.summary };
}

function listAsnad(state: TahesabState, args: Args): Json {
  const customer = args.num("Moshtari_Code");
  if (customer !== 0) requireCustomer(state, customer);
  const docs = state.listDocuments({
    countLast: args.num("Count_Last"),
    customerCode: String(customer),
    from: args.str("AzTarikhShamsi"),
    to: args.str("TaTarikhShamsi"),
  });
  // A Map keeps the newest-first order on the wire (see json.ts).
  const out: JsonMap = new Map();
  for (const doc of docs) out.set(doc.Factor_Code, summaryRecord(doc));
  return out;
}

function inquiry(state: TahesabState, args: Args): Json {
  const customer = requireCustomer(state, args.num("Moshtari_Code"));
  const date = formatJalali(args.num("Shamsi_Year"), args.num("Shamsi_Month"), args.num("Shamsi_Day"));
  const doc = state.findDocument(customer, args.num("Factor_Number"), date);
  return doc ? summaryRecord(doc) : {};
}

function deleteSanad(state: TahesabState, args: Args): Json {
  const factorCode = args.str("Factor_Code");
  const doc = state.deleteDocument(factorCode) ?? fail(msg.sanadNotFound(factorCode));
  return doc.Factor_Code;
}

const newDocumentHandler: CommandHandler = { write: true, run: newDocument };

export const DOCUMENT_COMMANDS: Record<string, CommandHandler> = {
  ...Object.fromEntries(NEW_DOCUMENT_COMMANDS.map((name) => [name, newDocumentHandler])),
  DoListAsnad: { write: false, run: listAsnad },
  DoNewSanadInquiry: { write: false, run: inquiry },
  DoDeleteSanad: { write: true, run: deleteSanad },
};
