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

/** Pricing, tax and wage fields shared by made-goods and etiket documents. */
export interface GoodsPricing {
  totalAmount: number;
  wageBasis: WageBasis;
  taxPercent: number;
  taxAmount: number;
  goldPercent: number;
  returned: boolean;
  stonePrice: number;
  pictureFileName: string;
  wage: number;
}

export type DocumentRequest =
  | { kind: "GOLD_TRANSFER"; direction: Direction; weightGrams: number; ayar: number; goldKind: GoldKind; assay?: Assay | null }
  | {
      kind: "GOLD_TRADE"; side: TradeSide; weightGrams: number; ayar: number; goldKind: GoldKind; assay?: Assay | null;
      unitPrice: number; priceUnit: PriceUnit; totalAmount: number;
    }
  | { kind: "COIN_TRANSFER"; direction: Direction; weightGrams: number; ayar: number; count: number; coinName: string }
  | { kind: "COIN_TRADE"; side: TradeSide; weightGrams: number; ayar: number; count: number; coinName: string; unitPrice: number; totalAmount: number }
  | { kind: "CASH_TRANSFER"; direction: Direction; amount: number; description: string }
  | { kind: "DISCOUNT"; discountDirection: DiscountDirection; amount: number; description: string }
  | { kind: "RECEIVABLE_PAYABLE"; claim: ClaimKind; amount: number; description: string; regarding: string; weightGrams: number }
  | ({
      kind: "MADE_GOODS_TRADE"; side: TradeSide; weightGrams: number; ayar: number; count: number; name: string;
      unitPrice: number; priceUnit: PriceUnit; profitPercent: number;
    } & GoodsPricing)
  | ({ kind: "MADE_GOODS_TRANSFER"; direction: Direction; weightGrams: number; ayar: number; count: number; name: string } & GoodsPricing)
  | ({ kind: "ETIKET_TRADE"; etiketCode: string; side: TradeSide; unitPrice: number; priceUnit: PriceUnit; profitPercent: number } & GoodsPricing)
  | ({ kind: "ETIKET_TRANSFER"; etiketCode: string; direction: Direction } & GoodsPricing);

export type DocumentKind = DocumentRequest["kind"];

/** A document as Tahesab lists it (DoListAsnad, DoNewSanadInquiry). */
export interface SanadRecord {
  factorCode: string;
  kind: DocumentKind | null;
  vendorKind: string | null;
  customerCode: string | null;
  factorNumber: number | null;
  date: string | null;
  posting: Posting | null;
  weightGrams: number | null;
  ayar: number | null;
  amount: number | null;
  description: string | null;
}
