// What the simulated business holds. Field names are Hesabfa's (PascalCase,
// VENDORS.md, H3's models, the help pages) so tests can compare state with
// answers; values are typed (Dec for money and quantities, LocalDateTime for
// dates). Derived values (an invoice's Sum, Paid, Rest, an item's Stock, a
// contact's Liability) are not stored: they are computed from the documents,
// so they cannot drift from them.
import type { LocalDateTime } from "./dates.js";
import type { Dec } from "./decimal.js";

export interface ContactRecord {
  Id: number;
  /** Padded: "000012". */
  Code: string;
  Name: string;
  Company: string;
  FirstName: string;
  LastName: string;
  /** 1 natural person, 2 legal entity (help page example: a company has 2). */
  ContactType: number;
  NationalCode: string;
  EconomicCode: string;
  RegistrationNumber: string;
  Address: string;
  City: string;
  State: string;
  Country: string;
  PostalCode: string;
  Phone: string;
  Fax: string;
  Mobile: string;
  Email: string;
  Website: string;
  Note: string;
  Tag: string;
  NodeFamily: string;
  TaxType: number | null;
  Active: boolean;
  SharePercent: Dec;
  ContactCredit: Dec;
  RegistrationDate: LocalDateTime;
}

export interface ItemRecord {
  Id: number;
  Code: string;
  Name: string;
  Barcode: string;
  /** 0 product (goods, stock kept), 1 service. */
  ItemType: number;
  Unit: string;
  BuyPrice: Dec;
  SellPrice: Dec;
  PurchasesTitle: string;
  SalesTitle: string;
  NodeFamily: string;
  Tag: string;
  Description: string;
  ProductCode: string;
  Active: boolean;
}

export interface InvoiceLine {
  /** As sent (H1 counts from 0). */
  RowNumber: number;
  ItemCode: string;
  Description: string;
  Unit: string;
  Quantity: Dec;
  UnitPrice: Dec;
  /** An amount for the whole line, not a percentage. */
  Discount: Dec;
  /** An amount for the whole line. */
  Tax: Dec;
}

export const InvoiceType = { Sale: 0, Purchase: 1, SaleReturn: 2, PurchaseReturn: 3, Waste: 4 } as const;

export interface InvoiceRecord {
  Id: number;
  /** Padded; unique per InvoiceType. */
  Number: string;
  /** The fiscal year (yearId) it belongs to. */
  yearOrdinal: number;
  InvoiceType: number;
  /** 0 draft, 1 approved (the current table). */
  Status: number;
  Reference: string;
  Date: LocalDateTime;
  DueDate: LocalDateTime | null;
  /** Null only for waste (type 4), which has no contact. */
  ContactCode: string | null;
  ContactTitle: string;
  Note: string;
  Sent: boolean;
  Returned: boolean;
  Tag: string;
  Freight: Dec;
  Project: string;
  SalesmanCode: string | null;
  SalesmanPercent: Dec;
  Currency: string;
  CurrencyRate: Dec;
  InvoiceItems: InvoiceLine[];
}

export type PaymentTarget = { kind: "bank" | "cash" | "pettyCash" | "contact"; code: string };

/** A receipt (sale) or payment (purchase) registered against an invoice by savepayment. */
export interface PaymentRecord {
  Id: number;
  invoiceId: number;
  Date: LocalDateTime;
  Amount: Dec;
  TransactionNumber: string;
  Description: string;
  TransactionFee: Dec;
  target: PaymentTarget;
  Project: string;
  API: boolean;
}

export interface ReceiptItem {
  ItemCode: string;
  Quantity: Dec;
  Reference: string;
  Notes: string;
}

/** A warehouse receipt (goods in) or remittance (goods out) for one invoice and one warehouse. */
export interface WarehouseReceiptRecord {
  Id: number;
  Number: number;
  invoiceId: number;
  InvoiceNumber: string;
  InvoiceType: number;
  WarehouseCode: number;
  Date: LocalDateTime;
  Notes: string;
  Delivery: string;
  Freight: Dec;
  Project: string;
  /** true: goods come into the warehouse (purchase, sale return). */
  Receiving: boolean;
  Items: ReceiptItem[];
}

export interface BankRecord {
  Id: number;
  Code: string;
  Name: string;
  Branch: string;
  Account: string;
  Currency: string;
}

export interface CashRecord {
  Id: number;
  Code: string;
  Name: string;
  Currency: string;
}

export interface WarehouseRecord {
  Id: number;
  /** An integer in H3's model, unlike the other codes. */
  Code: number;
  Name: string;
}

export interface ChangeRecord {
  Id: number;
  DateTime: LocalDateTime;
  /** H3's LogAction numbers: 31/32/33 contact save/edit/delete, 51/52/53 product, 121… invoices, 261… receipts. */
  Action: number;
  ObjectId: number;
  /** "Contact", "Product", "Invoice", "WarehouseReceipt" (H1's webhook switch). */
  ObjectType: string;
  Extra: string | null;
  Extra2: string | null;
  /** true when made through the API. */
  API: boolean;
}

/** H3 LogAction: per invoice type, [save, edit, delete]. */
export const INVOICE_ACTIONS: Record<number, readonly [number, number, number]> = {
  0: [121, 122, 123],
  1: [131, 132, 133],
  2: [141, 142, 143],
  3: [151, 152, 153],
  4: [161, 162, 163],
};
export const CONTACT_ACTIONS = [31, 32, 33] as const;
export const PRODUCT_ACTIONS = [51, 52, 53] as const;
export const RECEIPT_ACTIONS = [261, 262, 263] as const;
