import type { JalaliDay } from "../../src/core/dates/jalali-day.js";
import type { ClaimKind, DiscountDirection, Direction, GoldKind, Posting, PriceUnit, TradeSide, WageBasis } from "./flags.js";

/** What every Tahesab document (سند) starts with. */
export interface DocumentHeader {
  customerCode: string;
  factorNumber: number;
  date: JalaliDay;
  posting: Posting;
}

/** The lab assay of melted gold (آبشده): stamp number (شماره انگ) and lab name (نام آزمایشگاه). */
export interface Assay {
  stampNumber: number;
  labName: string;
}

/** Pricing, tax and wage fields shared by made-goods and etiket documents. Amounts are exact rial strings (src/core/money.ts). */
export interface GoodsPricing {
  totalAmount: string;
  wageBasis: WageBasis;
  taxPercent: number;
  taxAmount: string;
  goldPercent: number;
  returned: boolean;
  stonePrice: string;
  pictureFileName: string;
  wage: string;
}

/**
 * One document as the client asked for it. `description` (شرح) is in the seed's
 * list of the cash, discount and receivable documents; newer add-ons take it on
 * every document as a trailing argument.
 */
export type DocumentRequest = { description?: string | null } & (
  | { kind: "GOLD_TRANSFER"; direction: Direction; weightGrams: number; ayar: number; goldKind: GoldKind; assay?: Assay | null }
  | {
      kind: "GOLD_TRADE"; side: TradeSide; weightGrams: number; ayar: number; goldKind: GoldKind; assay?: Assay | null;
      unitPrice: string; priceUnit: PriceUnit; totalAmount: string;
    }
  | { kind: "COIN_TRANSFER"; direction: Direction; weightGrams: number; ayar: number; count: number; coinName: string }
  | { kind: "COIN_TRADE"; side: TradeSide; weightGrams: number; ayar: number; count: number; coinName: string; unitPrice: string; totalAmount: string }
  | { kind: "CASH_TRANSFER"; direction: Direction; amount: string }
  | { kind: "DISCOUNT"; discountDirection: DiscountDirection; amount: string }
  | { kind: "RECEIVABLE_PAYABLE"; claim: ClaimKind; amount: string; regarding: string; weightGrams: number }
  | ({
      kind: "MADE_GOODS_TRADE"; side: TradeSide; weightGrams: number; ayar: number; count: number; name: string;
      unitPrice: string; priceUnit: PriceUnit; profitPercent: number;
    } & GoodsPricing)
  | ({ kind: "MADE_GOODS_TRANSFER"; direction: Direction; weightGrams: number; ayar: number; count: number; name: string } & GoodsPricing)
  | ({ kind: "ETIKET_TRADE"; etiketCode: string; side: TradeSide; unitPrice: string; priceUnit: PriceUnit; profitPercent: number } & GoodsPricing)
  | ({ kind: "ETIKET_TRANSFER"; etiketCode: string; direction: Direction } & GoodsPricing)
);

export type DocumentKind = DocumentRequest["kind"];

/**
 * A document row as Tahesab lists it (DoListAsnad; DoNewSanadInquiry answers
 * the same). The rows say what was recorded and the customer's balances after
 * it; they do not say whose document it is (known when one customer's list
 * was asked for) nor its posting.
 */
export interface SanadRecord {
  /** Tahesab's row id (ID). */
  rowId: string;
  /** Absent for rows typed in Tahesab by hand. */
  factorCode: string | null;
  /** The document's kind as Tahesab names it (NO), e.g. فروش طلا. */
  kindName: string;
  kind: DocumentKind | null;
  customerCode: string | null;
  factorNumber: number | null;
  /** When it was recorded (ZamanSabt): the Shamsi day and an ISO instant (Tehran wall clock). */
  recordedOn: string | null;
  recordedAt: string | null;
  weightGrams: number | null;
  ayar: number | null;
  /** Weight in grams of 750 gold (TabdilVazn). */
  weight750Grams: number | null;
  unitPrice: string | null;
  amount: string | null;
  labName: string | null;
  stampNumber: string | null;
  melted: boolean | null;
  goldBalanceAfter: number | null;
  moneyBalanceAfter: string | null;
  description: string | null;
  user: string | null;
}
