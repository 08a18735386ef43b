/**
 * Every Tahesab 0/1 flag, in one place. The seed names flags `IsXOrY_0_1`,
 * meaning 0 = X and 1 = Y; where a flag breaks that rule it is said here.
 * The GraphQL enums carry the same names as these unions.
 */
export type Posting = "FINAL" | "TEMPORARY";
export type Direction = "IN" | "OUT";
export type TradeSide = "BUY" | "SELL";
export type PriceUnit = "PER_MESGHAL" | "PER_GRAM";
export type GoldKind = "MISCELLANEOUS" | "MELTED";
export type WageBasis = "TOTAL" | "PER_GRAM";
export type DiscountDirection = "TO_CUSTOMER" | "FROM_CUSTOMER";
export type ClaimKind = "PAYABLE" | "RECEIVABLE";

/** Sabte_Kol_Or_Movaghat_1_0: 1 final posting (ثبت کل), 0 temporary (موقت, shown under temporary documents). */
export const postingFlag = (p: Posting): 0 | 1 => (p === "FINAL" ? 1 : 0);

/** IsVoroodOrKhorooj_0_1: 0 receipt / in (دریافت/ورود), 1 payment / out (پرداخت/خروج). */
export const directionFlag = (d: Direction): 0 | 1 => (d === "IN" ? 0 : 1);

/**
 * BuyOrSale_0_1, in every trade command: 0 = the shop buys from the customer
 * (خرید), 1 = the shop sells to the customer (فروش) — the XOrY_0_1 rule. The
 * seed's prose says the reverse and is wrong: clients that run against real
 * shops send 1 for a sale (S2 RegisterFaktorItem, S3's web sales), and S1,
 * which first followed the seed, found its customer cards with debtor and
 * creditor swapped and changed to "0 = shop buys FROM customer, 1 = shop
 * sells TO customer" (VENDORS.md, "Tahesab as real clients see it").
 */
export const tradeSideFlag = (s: TradeSide): 0 | 1 => (s === "BUY" ? 0 : 1);

/** MazanehIsMesghalOrGeram_0_1: 0 price per mesghal (مثقال, 4.6083 g), 1 per gram. */
export const priceUnitFlag = (u: PriceUnit): 0 | 1 => (u === "PER_MESGHAL" ? 0 : 1);

/** IsMotefaregheOrAbshode_0_1: 0 miscellaneous (متفرقه), 1 melted (آبشده; needs Ang_Number and Name_az). */
export const goldKindFlag = (k: GoldKind): 0 | 1 => (k === "MISCELLANEOUS" ? 0 : 1);

/** OjratTedadiOrGerami_0_1: 0 the wage (اجرت) is one total, 1 it is per gram. */
export const wageBasisFlag = (w: WageBasis): 0 | 1 => (w === "TOTAL" ? 0 : 1);

/** IsMaBeMoshtariOrMoshtariBeMa_0_1: 0 we give the customer a discount, 1 the customer gives us one. */
export const discountFlag = (d: DiscountDirection): 0 | 1 => (d === "TO_CUSTOMER" ? 0 : 1);

/** IsBedehiOrTalab_0_1: 0 payable (بدهی: we owe), 1 receivable (طلب: we are owed). */
export const claimFlag = (c: ClaimKind): 0 | 1 => (c === "PAYABLE" ? 0 : 1);

/** IsMarjoo_1_0: 1 the item was returned (مرجوع), 0 not. */
export const returnedFlag = (returned: boolean): 0 | 1 => (returned ? 1 : 0);

/**
 * DoNewSanadVKHEtiket's slot 12 is labelled BuyOrSale_0_1 in the seed, but the
 * document is an in/out one: read by the XOrY rule that real clients follow,
 * 0 = in (ورود), 1 = out (خروج) — the direction flag, as in DoNewSanadVKHKar.
 */
export const etiketTransferDirectionFlag = directionFlag;

/** Radif_Number: the seed says always send 1 (one row per document). */
export const RADIF_NUMBER = 1;
