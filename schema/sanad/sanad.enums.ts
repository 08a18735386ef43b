import { registerEnumType } from "type-graphql";

// The values are the datasource's own names (datasources/tahesab/flags.ts maps them to Tahesab's 0/1).

export enum SanadPosting {
  FINAL = "FINAL",
  TEMPORARY = "TEMPORARY",
}
registerEnumType(SanadPosting, {
  name: "SanadPosting",
  description: "How a document is posted (Sabte_Kol_Or_Movaghat).",
  valuesConfig: {
    FINAL: { description: "Final posting (ثبت کل): moves balances at once." },
    TEMPORARY: { description: "Temporary (موقت): kept under temporary documents until the shop posts it; moves no balance." },
  },
});

export enum Direction {
  IN = "IN",
  OUT = "OUT",
}
registerEnumType(Direction, {
  name: "Direction",
  description: "Which way goods or money move between the shop and the customer (IsVoroodOrKhorooj).",
  valuesConfig: {
    IN: { description: "Receipt / in (دریافت / ورود): the shop receives from the customer." },
    OUT: { description: "Payment / out (پرداخت / خروج): the shop gives to the customer." },
  },
});

export enum TradeSide {
  BUY = "BUY",
  SELL = "SELL",
}
registerEnumType(TradeSide, {
  name: "TradeSide",
  description: "Whether the shop buys or sells (BuyOrSale).",
  valuesConfig: {
    BUY: { description: "The shop buys from the customer (خرید)." },
    SELL: { description: "The shop sells to the customer (فروش)." },
  },
});

export enum PriceUnit {
  PER_MESGHAL = "PER_MESGHAL",
  PER_GRAM = "PER_GRAM",
}
registerEnumType(PriceUnit, {
  name: "PriceUnit",
  description: "What the unit price (مظنه, mazaneh) is quoted for (MazanehIsMesghalOrGeram).",
  valuesConfig: {
    PER_MESGHAL: { description: "Per mesghal (مثقال, 4.6083 g)." },
    PER_GRAM: { description: "Per gram (گرم)." },
  },
});

export enum GoldKind {
  MISCELLANEOUS = "MISCELLANEOUS",
  MELTED = "MELTED",
}
registerEnumType(GoldKind, {
  name: "GoldKind",
  description: "The kind of raw gold (IsMotefaregheOrAbshode).",
  valuesConfig: {
    MISCELLANEOUS: { description: "Miscellaneous gold (متفرقه): old or broken pieces, not assayed." },
    MELTED: { description: "Melted gold (آبشده) assayed by a lab: `assay` (stamp number and lab name) is required." },
  },
});

export enum WageBasis {
  TOTAL = "TOTAL",
  PER_GRAM = "PER_GRAM",
}
registerEnumType(WageBasis, {
  name: "WageBasis",
  description: "How the making charge (اجرت, ojrat) is given (OjratTedadiOrGerami).",
  valuesConfig: {
    TOTAL: { description: "One amount for the whole item (اجرت تعدادی)." },
    PER_GRAM: { description: "An amount per gram (اجرت گرمی)." },
  },
});

export enum DiscountDirection {
  TO_CUSTOMER = "TO_CUSTOMER",
  FROM_CUSTOMER = "FROM_CUSTOMER",
}
registerEnumType(DiscountDirection, {
  name: "DiscountDirection",
  description: "Who gives the discount (تخفیف; IsMaBeMoshtariOrMoshtariBeMa).",
  valuesConfig: {
    TO_CUSTOMER: { description: "The shop gives the customer a discount (ما به مشتری)." },
    FROM_CUSTOMER: { description: "The customer gives the shop a discount (مشتری به ما)." },
  },
});

export enum ClaimKind {
  PAYABLE = "PAYABLE",
  RECEIVABLE = "RECEIVABLE",
}
registerEnumType(ClaimKind, {
  name: "ClaimKind",
  description: "Which way a claim runs (IsBedehiOrTalab).",
  valuesConfig: {
    PAYABLE: { description: "Payable (بدهی ما): the shop owes the customer." },
    RECEIVABLE: { description: "Receivable (طلب ما): the customer owes the shop." },
  },
});

export enum SanadKind {
  GOLD_TRANSFER = "GOLD_TRANSFER",
  GOLD_TRADE = "GOLD_TRADE",
  COIN_TRANSFER = "COIN_TRANSFER",
  COIN_TRADE = "COIN_TRADE",
  CASH_TRANSFER = "CASH_TRANSFER",
  DISCOUNT = "DISCOUNT",
  RECEIVABLE_PAYABLE = "RECEIVABLE_PAYABLE",
  MADE_GOODS_TRADE = "MADE_GOODS_TRADE",
  MADE_GOODS_TRANSFER = "MADE_GOODS_TRANSFER",
  ETIKET_TRADE = "ETIKET_TRADE",
  ETIKET_TRANSFER = "ETIKET_TRANSFER",
}
registerEnumType(SanadKind, {
  name: "SanadKind",
  description: "The business event a document (سند) records.",
  valuesConfig: {
    GOLD_TRANSFER: { description: "Raw gold in or out (ورود و خروج آبشده و متفرقه; DoNewSanadVKHGOLD)." },
    GOLD_TRADE: { description: "Raw gold bought or sold (خرید و فروش آبشده و متفرقه; DoNewSanadBuySaleGOLD)." },
    COIN_TRANSFER: { description: "Coins in or out (ورود و خروج سکه; DoNewSanadVKHSEKEH)." },
    COIN_TRADE: { description: "Coins bought or sold (خرید و فروش سکه; DoNewSanadBuySaleSEKEH)." },
    CASH_TRANSFER: { description: "Cash received or paid (ورود و خروج وجه نقد; DoNewSanadVKHVaghNaghd)." },
    DISCOUNT: { description: "A discount given or received (تخفیف; DoNewSanadTakhfif)." },
    RECEIVABLE_PAYABLE: { description: "A receivable or payable (طلب و بدهی; DoNewSanadTalabBedehi)." },
    MADE_GOODS_TRADE: { description: "Made goods bought or sold (خرید و فروش کارساخته; DoNewSanadBuySaleKar)." },
    MADE_GOODS_TRANSFER: { description: "Made goods in or out (ورود و خروج کارساخته; DoNewSanadVKHKar)." },
    ETIKET_TRADE: { description: "A tagged piece bought or sold (خرید و فروش اتیکت; DoNewSanadBuySaleEtiket)." },
    ETIKET_TRANSFER: { description: "A tagged piece in or out (ورود و خروج اتیکت; DoNewSanadVKHEtiket)." },
  },
});
