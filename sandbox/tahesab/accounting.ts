// What a document does to a customer's account and to etiket stock. The 0/1
// flags are mapped here and nowhere else.
//
// Sign convention of balances (VENDORS.md "Balance sign"; S1's DoListAsnad
// sample: a "فروش طلا" row has Mali -534096680 and leaves TahesabMali
// -534096680, TahesabVazni +2): positive = the shop owes the customer (the
// customer is بستانکار, creditor); negative = the customer owes the shop
// (بدهکار). Gold is kept in milligrams of 750-equivalent gold
// (vazn * ayar / 750), so sums are exact integers; answers show grams with 3
// decimals.
import type { Args } from "./args.js";

/** Sabte_Kol_Or_Movaghat_1_0: 1 final posting, 0 temporary (listed, moves no balance). */
export const POSTING = { FINAL: 1, TEMPORARY: 0 } as const;
/**
 * IsVoroodOrKhorooj_0_1: 0 receipt/in (دریافت/ورود), 1 payment/out (پرداخت/خروج).
 * DoNewSanadVKHEtiket's slot 12 (labelled BuyOrSale_0_1 in the seed) reads the
 * same way: 0 = the piece comes in, 1 = it goes out (VENDORS.md).
 */
export const DIRECTION = { IN: 0, OUT: 1 } as const;
/**
 * BuyOrSale_0_1, in every trade command: 0 = the shop BUYS from the customer,
 * 1 = the shop SELLS to the customer (the XOrY_0_1 rule: 0 = Buy, 1 = Sale).
 * The seed's prose says the reverse and is wrong: S1 followed it first and its
 * customer cards came out with debtor and creditor swapped, then fixed it
 * ("0 = shop buys FROM customer, 1 = shop sells TO customer"); S2
 * (RegisterFaktorItem: 1 for a sale, RegisterBuyItem: 0 for a buy) and S3
 * (DoNewSanadBuySaleEtiket of a web order: 1) agree.
 */
export const TRADE = { BUY: 0, SELL: 1 } as const;
/** IsMaBeMoshtariOrMoshtariBeMa_0_1: 0 discount we give the customer, 1 the customer gives us. */
export const DISCOUNT = { WE_GIVE: 0, CUSTOMER_GIVES: 1 } as const;
/** IsBedehiOrTalab_0_1: 0 payable (بدهی ما, we owe), 1 receivable (طلب ما, they owe). */
export const DEBT = { PAYABLE: 0, RECEIVABLE: 1 } as const;
/** IsMotefaregheOrAbshode_0_1: 0 miscellaneous (متفرقه), 1 melted and assayed (آبشده). */
export const GOLD_KIND = { MISC: 0, MELTED: 1 } as const;

/** mesghal = 4.6083 g (VENDORS.md "Units"). */
export const MESGHAL_GRAMS = 4.6083;
/**
 * The simulator's day price of 750 gold, rials per mesghal. No source shows
 * how the add-on prices gold for MandeyeKolBePool or an etiket's OnlinePrice;
 * this fixed price (the seed documents' mazaneh) keeps both deterministic.
 */
export const MAZANEH_750_PER_MESGHAL = 55_000_000;
export const PRICE_750_PER_GRAM = Math.round(MAZANEH_750_PER_MESGHAL / MESGHAL_GRAMS);

export interface BalanceEffect {
  /** 750-equivalent gold, milligrams. */
  goldMg: number;
  /** Rials. */
  money: number;
  /** Coin count by coin name (Name_Sekeh, as stored). */
  coins: Record<string, number>;
}

export interface DocumentEffect extends BalanceEffect {
  /** The etiket's IsMojood after this document, for etiket documents. */
  stockAfter?: 0 | 1;
}

/** Milligrams of 750-equivalent gold. */
export function gold750Mg(vazn: number, ayar: number): number {
  return Math.round(((vazn * ayar) / 750) * 1000);
}

/** Does the shop sell in this trade document? */
export const isSale = (a: Args) => a.num("BuyOrSale_0_1") === TRADE.SELL;
/** Does this in/out document bring something in? */
export const comesIn = (a: Args) => a.num("IsVoroodOrKhorooj_0_1") === DIRECTION.IN;

const none = (): DocumentEffect => ({ goldMg: 0, money: 0, coins: {} });

/**
 * The effect of a final document on the customer's account, from its validated
 * arguments. `coinName` is Name_Sekeh as the back end stored it.
 */
export function documentEffect(command: string, a: Args, coinName = ""): DocumentEffect {
  const e = none();
  const sign = (positiveWhen: boolean) => (positiveWhen ? 1 : -1);
  switch (command) {
    case "DoNewSanadVKHGOLD":
      // Gold brought in is owed back to the customer; gold handed out is owed by them.
      e.goldMg = sign(comesIn(a)) * gold750Mg(a.num("Vazn"), a.num("Ayar"));
      break;
    case "DoNewSanadBuySaleGOLD":
      // A sale: the customer is owed the gold (until it is handed out) and owes
      // the money; a buy: the reverse.
      e.goldMg = sign(isSale(a)) * gold750Mg(a.num("Vazn"), a.num("Ayar"));
      e.money = sign(!isSale(a)) * a.num("MablaghKol");
      break;
    case "DoNewSanadVKHSEKEH":
      e.coins[coinName] = sign(comesIn(a)) * a.num("Count");
      break;
    case "DoNewSanadBuySaleSEKEH":
      e.coins[coinName] = sign(isSale(a)) * a.num("Count");
      e.money = sign(!isSale(a)) * a.num("MablaghKol");
      break;
    case "DoNewSanadVKHVaghNaghd":
      e.money = sign(comesIn(a)) * a.num("Mablagh");
      break;
    case "DoNewSanadTakhfif":
      e.money = sign(a.num("IsMaBeMoshtariOrMoshtariBeMa_0_1") === DISCOUNT.WE_GIVE) * a.num("Mablagh");
      break;
    case "DoNewSanadTalabBedehi": {
      const payable = a.num("IsBedehiOrTalab_0_1") === DEBT.PAYABLE;
      e.money = sign(payable) * a.num("Mablagh");
      e.goldMg = sign(payable) * Math.round(a.num("Vazn") * 1000);
      break;
    }
    case "DoNewSanadBuySaleKar":
      e.money = sign(!isSale(a)) * a.num("MablaghKol");
      break;
    case "DoNewSanadVKHKar":
      e.money = sign(comesIn(a)) * a.num("MablaghKol");
      break;
    case "DoNewSanadBuySaleEtiket":
      // A sale charges the customer and the piece leaves the shop; a buy the reverse.
      e.money = sign(!isSale(a)) * a.num("MablaghKol");
      e.stockAfter = isSale(a) ? 0 : 1;
      break;
    case "DoNewSanadVKHEtiket":
      // The project's rule: an etiket transfer moves stock only, no money.
      e.stockAfter = comesIn(a) ? 1 : 0;
      break;
    default:
      throw new Error(`internal: no accounting rule for ${command}`);
  }
  return e;
}
