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

export type DocumentRequest =
  | { kind: "GOLD_TRANSFER"; direction: Direction; weightGrams: number; ayar: number; goldKind: GoldKind; assay?: Assay | null }
  | {
      kind: "GOLD_TRADE"; side: TradeSide; weightGrams: number; ayar: number; goldKind: GoldKind; assay?: Assay | null;
      unitPrice: string; priceUnit: PriceUnit; totalAmount: string;
    }
  | { kind: "COIN_TRANSFER"; direction: Direction; weightGrams: number; ayar: number; count: number; coinName: string }
  | { kind: "COIN_TRADE"; side: TradeSide; weightGrams: number; ayar: number; count: number; coinName: string; unitPrice: string; totalAmount: string }
  | { kind: "CASH_TRANSFER"; direction: Direction; amount: string; description: string }
  | { kind: "DISCOUNT"; discountDirection: DiscountDirection; amount: string; description: string }
  | { kind: "RECEIVABLE_PAYABLE"; claim: ClaimKind; amount: string; description: string; regarding: string; weightGrams: number }
  | ({
      kind: "MADE_GOODS_TRADE"; side: TradeSide; weightGrams: number; ayar: number; count: number; name: string;
      unitPrice: string; priceUnit: PriceUnit; profitPercent: number;
    } & GoodsPricing)
  | ({ kind: "MADE_GOODS_TRANSFER"; direction: Direction; weightGrams: number; ayar: number; count: number; name: string } & GoodsPricing)
  | ({ kind: "ETIKET_TRADE"; etiketCode: string; side: TradeSide; unitPrice: string; priceUnit: PriceUnit; profitPercent: number } & GoodsPricing)
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
  amount: string | null;
  description: string | null;
}
