// The eleven DoNewSanad* writes. Each answers {"OK": <Factor_Code>}: the one
// the client chose (newer forms) or one the add-on made (digits).
import { comesIn, documentEffect, GOLD_KIND, POSTING, isSale } from "../accounting.js";
import type { Args } from "../args.js";
import { documentKindName } from "../document-kinds.js";
import type { Json } from "../json.js";
import type { DocumentFacts, SanadDocument } from "../ledger.js";
import { fail, msg } from "../messages.js";
import type { Etiket } from "../state.js";
import { formatJalali, tehranTime } from "../text.js";
import type { CommandContext, CommandHandler } from "./index.js";
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

/** Who recorded a document, and when. */
export interface Origin {
  /** "APi" for the API (S1 sees User "APi" on the rows it wrote). */
  user: string;
  /** Time of recording, "17:26:32". */
  time: string;
  /** Typed in Tahesab itself: such rows have no Factor_Code. */
  typedInTahesab: boolean;
}

export const apiOrigin = (): Origin => ({ user: "APi", time: tehranTime(new Date()), typedInTahesab: false });

export function requireCustomer(ctx: CommandContext, code: number): string {
  const key = String(code);
  if (!ctx.state.customer(key)) fail(msg.customerNotFound(code));
  return key;
}

/** Does this etiket document take the piece in (stock 1) or out (stock 0)? */
const etiketComesIn = (command: string, a: Args) => (command === "DoNewSanadBuySaleEtiket" ? !isSale(a) : comesIn(a));

const MOVES_NO_MONEY = new Set(["DoNewSanadVKHGOLD", "DoNewSanadVKHSEKEH", "DoNewSanadVKHEtiket"]);
const MOVES_GOLD = new Set(["DoNewSanadVKHGOLD", "DoNewSanadBuySaleGOLD", "DoNewSanadTalabBedehi"]);

/** What the DoListAsnad row of this document shows. */
function facts(command: string, a: Args, effect: { goldMg: number; money: number }, piece: Etiket | undefined, store: (t: string) => string): DocumentFacts {
  const melted = a.has("IsMotefaregheOrAbshode_0_1") && a.num("IsMotefaregheOrAbshode_0_1") === GOLD_KIND.MELTED;
  const numberOf = (name: string) => (a.has(name) ? a.num(name) : null);
  return {
    NO: documentKindName(command, a),
    Vazn: piece ? piece.Vazn : numberOf("Vazn"),
    Ayar: piece ? piece.Ayar : numberOf("Ayar"),
    Mazaneh: numberOf("Mazaneh"),
    Mali: MOVES_NO_MONEY.has(command) ? null : effect.money,
    TabdilVazn: MOVES_GOLD.has(command) ? effect.goldMg / 1000 : null,
    Name_az: melted && a.str("Name_az") !== "" ? store(a.str("Name_az")) : null,
    Sh_Sharti: melted && a.num("Ang_Number") >= 1 ? String(a.num("Ang_Number")) : null,
    IsAbshode: melted,
    Sharh: a.has("Sharh") ? store(a.str("Sharh")) : "",
  };
}

/** Records a validated DoNewSanad* document; the seed uses it for rows typed in Tahesab. */
export function recordDocument(ctx: CommandContext, a: Args, command: string, origin: Origin): SanadDocument {
  const { state, store } = ctx;
  // First: a retried write whose first attempt was recorded must meet this,
  // whatever else changed since (stock, balances).
  const chosen = a.has("Factor_Code") ? a.str("Factor_Code") : undefined;
  if (chosen !== undefined && state.ledger.factorCodeTaken(chosen)) fail(msg.duplicateFactorCode());

  const customerCode = requireCustomer(ctx, a.num("Moshtari_Code"));
  const final = a.num("Sabte_Kol_Or_Movaghat_1_0") === POSTING.FINAL;
  const effect = documentEffect(command, a, a.has("Name_Sekeh") ? store(a.str("Name_Sekeh")) : "");

  let piece: Etiket | undefined;
  if (a.has("Shenase")) {
    piece = requireEtiket(ctx.state, a.num("Shenase"));
    // A final document cannot sell or send out a piece that is not in the shop,
    // nor buy or take in one that already is. Temporary documents move no stock.
    if (final) {
      const coming = etiketComesIn(command, a);
      if (coming && piece.IsMojood === 1) fail(msg.etiketAlreadyInStock(piece.Code));
      if (!coming && piece.IsMojood === 0) fail(msg.etiketNotInStock(piece.Code));
    }
  }

  const named = a.byName();
  for (const [name, value] of Object.entries(named)) if (typeof value === "string") named[name] = store(value);
  const factorNumber = a.num("Factor_Number") === -1 ? state.ledger.nextFactorNumber() : a.num("Factor_Number");
  return state.addDocument({
    Factor_Code: origin.typedInTahesab ? null : chosen,
    command,
    date: formatJalali(a.num("Shamsi_Year"), a.num("Shamsi_Month"), a.num("Shamsi_Day")),
    time: origin.time,
    args: named,
    Moshtari_Code: customerCode,
    Factor_Number: factorNumber,
    final,
    effect: { goldMg: effect.goldMg, money: effect.money, coins: effect.coins },
    etiket: piece ? { code: piece.Code, stockAfter: effect.stockAfter ?? piece.IsMojood } : undefined,
    user: origin.user,
    facts: facts(command, a, effect, piece, store),
  });
}

const newDocumentHandler: CommandHandler = {
  write: true,
  run: (ctx, args, command) => recordDocument(ctx, args, command, apiOrigin()).Factor_Code as Json,
};

export const DOCUMENT_COMMANDS: Record<string, CommandHandler> = Object.fromEntries(
  NEW_DOCUMENT_COMMANDS.map((name) => [name, newDocumentHandler]),
);
