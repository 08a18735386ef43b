import type { VendorName } from "./errors.js";

/**
 * Invoices and items as every vendor's datasource answers them: the fields of
 * the GraphQL `Invoice` and `Item` types (schema/invoice, schema/item), flat,
 * null where a vendor does not keep a field. Amounts are exact decimal strings
 * (src/core/money.ts) in the record's `currency`.
 */
export type CurrencyCode = "IRR" | "IRT";
export type InvoiceKind = "SALE" | "PURCHASE" | "SALE_RETURN" | "PURCHASE_RETURN" | "WASTE";
export type InvoiceStatus = "DRAFT" | "APPROVED";
export type PaymentStatus = "UNPAID" | "PARTLY_PAID" | "PAID";

export interface InvoiceLineRecord {
  rowNumber: number | null;
  itemCode: string | null;
  description: string | null;
  quantity: string | null;
  unitPrice: string | null;
  discount: string | null;
  tax: string | null;
  total: string | null;
}

export interface InvoiceRecord {
  vendor: VendorName;
  /** The vendor's own id for the invoice (what `invoice(vendor:, code:)` takes). */
  code: string;
  number: string | null;
  kind: InvoiceKind | null;
  title: string | null;
  reference: string | null;
  /** ISO-8601 instants. */
  date: string | null;
  dueDate: string | null;
  customerCode: string | null;
  customerName: string | null;
  status: InvoiceStatus | null;
  /** The vendor's own status value, as it came (for values hesabgraph does not know). */
  vendorStatus: string | null;
  paymentStatus: PaymentStatus | null;
  currency: CurrencyCode | null;
  sum: string | null;
  payable: string | null;
  paid: string | null;
  rest: string | null;
  lines: InvoiceLineRecord[] | null;
  note: string | null;
  tag: string | null;
  onlinePayment: boolean | null;
  themeId: number | null;
}

export function blankInvoice(vendor: VendorName, code: string): InvoiceRecord {
  return {
    vendor, code, number: null, kind: null, title: null, reference: null, date: null, dueDate: null, customerCode: null, customerName: null,
    status: null, vendorStatus: null, paymentStatus: null, currency: null, sum: null, payable: null, paid: null, rest: null, lines: null,
    note: null, tag: null, onlinePayment: null, themeId: null,
  };
}

export type ItemKind = "PRODUCT" | "SERVICE";

export interface ItemRecord {
  vendor: VendorName;
  code: string;
  name: string | null;
  barcode: string | null;
  kind: ItemKind | null;
  unit: string | null;
  currency: CurrencyCode | null;
  buyPrice: string | null;
  sellPrice: string | null;
  /** Quantity in stock, exact (may have decimals). */
  stock: string | null;
  active: boolean | null;
  tag: string | null;
}

export function blankItem(vendor: VendorName, code: string): ItemRecord {
  return { vendor, code, name: null, barcode: null, kind: null, unit: null, currency: null, buyPrice: null, sellPrice: null, stock: null, active: null, tag: null };
}

/** Paid / partly paid / unpaid from what was paid and what is left, never from a status code. */
export function paymentStatusOf(paid: string | null, rest: string | null): PaymentStatus | null {
  if (paid === null || rest === null) return null;
  const owing = !/^-?0*(\.0*)?$/.test(rest) && !rest.startsWith("-");
  const anything = !/^-?0*(\.0*)?$/.test(paid) && !paid.startsWith("-");
  if (!owing) return "PAID";
  return anything ? "PARTLY_PAID" : "UNPAID";
}
