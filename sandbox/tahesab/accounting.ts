// What a document does to a customer's account and to etiket stock. The 0/1
// flags are mapped here and nowhere else.
//
// Sign convention of balances: positive = we owe the customer (the customer is
// بستانکار, creditor); negative = the customer owes us (بدهکار). Gold is kept
// in milligrams of 750-equivalent gold (vazn * ayar / 750), so sums are exact
// integers and only the answer is shown in grams with 3 decimals.
import type { Args } from "./args.js";

/** Sabte_Kol_Or_Movaghat_1_0: 1 final posting, 0 temporary (listed, moves no balance). */
export const POSTING = { FINAL: 1, TEMPORARY: 0 } as const;
/** IsVoroodOrKhorooj_0_1: 0 receipt/in (دریافت/ورود), 1 payment/out (پرداخت/خروج). */
export const DIRECTION = { IN: 0, OUT: 1 } as const;
/** BuyOrSale_0_1: breaks the IsXOrY naming; the seed's text says 1 = buy (خرید), 0 = sale (فروش). */
export const TRADE = { BUY: 1, SELL: 0 } as const;
/** IsMaBeMoshtariOrMoshtariBeMa_0_1: 0 discount we give the customer, 1 the customer gives us. */
export const DISCOUNT = { WE_GIVE: 0, CUSTOMER_GIVES: 1 } as const;
/** IsBedehiOrTalab_0_1: 0 payable (بدهی ما, we owe), 1 receivable (طلب ما, they owe). */
export const DEBT = { PAYABLE: 0, RECEIVABLE: 1 } as const;
/** IsMotefaregheOrAbshode_0_1: 0 miscellaneous (متفرقه), 1 melted and assayed (آبشده). */
export const GOLD_KIND = { MISC: 0, MELTED: 1 } as const;

export interface BalanceEffect {
  /** 750-equivalent gold, milligrams. */
  goldMg: number;
  /** Rials. */
  money: number;
  /** Coin count by coin name (Name_Sekeh, as sent). */
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

const none = (): DocumentEffect => ({ goldMg: 0, money: 0, coins: {} });

/** The effect of a final document, from its validated arguments. */
export function documentEffect(command: string, a: Args): DocumentEffect {
  const e = none();
  const sign = (positiveWhen: boolean) => (positiveWhen ? 1 : -1);
  switch (command) {
    case "DoNewSanadVKHGOLD":
      e.goldMg = sign(a.num("IsVoroodOrKhorooj_0_1") === DIRECTION.IN) * gold750Mg(a.num("Vazn"), a.num("Ayar"));
      break;
    case "DoNewSanadBuySaleGOLD": {
      // We buy: the customer's gold turns into money we owe; we sell: the reverse.
      const buy = a.num("BuyOrSale_0_1") === TRADE.BUY;
      e.goldMg = sign(!buy) * gold750Mg(a.num("Vazn"), a.num("Ayar"));
      e.money = sign(buy) * a.num("MablaghKol");
      break;
    }
    case "DoNewSanadVKHSEKEH":
      e.coins[a.str("Name_Sekeh")] = sign(a.num("IsVoroodOrKhorooj_0_1") === DIRECTION.IN) * a.num("Count");
      break;
    case "DoNewSanadBuySaleSEKEH": {
      const buy = a.num("BuyOrSale_0_1") === TRADE.BUY;
      e.coins[a.str("Name_Sekeh")] = sign(!buy) * a.num("Count");
      e.money = sign(buy) * a.num("MablaghKol");
      break;
    }
    case "DoNewSanadVKHVaghNaghd":
      e.money = sign(a.num("IsVoroodOrKhorooj_0_1") === DIRECTION.IN) * a.num("Mablagh");
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
      e.money = sign(a.num("BuyOrSale_0_1") === TRADE.BUY) * a.num("MablaghKol");
      break;
    case "DoNewSanadVKHKar":
      e.money = sign(a.num("IsVoroodOrKhorooj_0_1") === DIRECTION.IN) * a.num("MablaghKol");
      break;
    case "DoNewSanadBuySaleEtiket": {
      const buy = a.num("BuyOrSale_0_1") === TRADE.BUY;
      e.money = sign(buy) * a.num("MablaghKol");
      e.stockAfter = buy ? 1 : 0;
      break;
    }
    case "DoNewSanadVKHEtiket":
      // The project's rule: an etiket transfer moves stock only, no money.
      e.stockAfter = a.num("IsVoroodOrKhorooj_0_1") === DIRECTION.IN ? 1 : 0;
      break;
    default:
      throw new Error(`internal: no accounting rule for ${command}`);
  }
  return e;
}
