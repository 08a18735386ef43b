import { z } from "zod";
import { badInput } from "../../src/core/errors.js";
import type { ExactlyOnceOutcome } from "../../src/core/exactly-once.js";
import { blankInvoice, paymentStatusOf, type CurrencyCode, type InvoiceKind, type InvoiceRecord, type InvoiceStatus } from "../../src/core/invoice.js";
import { jsonNumber } from "../../src/core/json.js";
import type { HesabfaClient } from "./client.js";
import { toHesabfaDate } from "./dates.js";
import { isNotFound } from "./errors.js";
import { code, codeKey, date, decimal, integer, optional, padCode, text } from "./fields.js";
import { toQueryInfo, type ListAnswer, type ListField, type ListQuery } from "./list-query.js";
import { listOf } from "./lists.js";
import type { HesabfaWrites } from "./writes.js";

const LINE = z.looseObject({
  RowNumber: optional(integer),
  ItemCode: code,
  Description: text,
  Quantity: decimal,
  UnitPrice: decimal,
  Discount: optional(decimal),
  Tax: optional(decimal),
  TotalAmount: optional(decimal),
});

export const INVOICE = z.looseObject({
  Id: integer,
  Number: code,
  Reference: text,
  Date: date,
  DueDate: optional(date),
  ContactCode: optional(code),
  ContactTitle: text,
  InvoiceType: integer,
  Status: integer,
  Sum: decimal,
  Payable: decimal,
  Paid: decimal,
  Rest: decimal,
  Note: text,
  Tag: text,
  Currency: text,
  InvoiceItems: z.array(LINE).nullish(),
});
type Invoice = z.output<typeof INVOICE>;

export const KIND_NUMBERS: Record<InvoiceKind, number> = { SALE: 0, PURCHASE: 1, SALE_RETURN: 2, PURCHASE_RETURN: 3, WASTE: 4 };
const KINDS = Object.fromEntries(Object.entries(KIND_NUMBERS).map(([kind, n]) => [n, kind])) as Record<number, InvoiceKind>;

/**
 * Status: 0 draft, 1 approved (the current table); 2 is the older table's
 * "approved" that H1 and H2 still post, 3 its "paid" (approved and paid).
 * Any other number is kept in vendorStatus and not guessed at.
 */
const STATUSES: Record<number, InvoiceStatus> = { 0: "DRAFT", 1: "APPROVED", 2: "APPROVED", 3: "APPROVED" };

export function toInvoice(invoice: Invoice, businessCurrency: CurrencyCode): InvoiceRecord {
  const stated = invoice.Currency?.toUpperCase();
  return {
    ...blankInvoice("HESABFA", String(invoice.Id)),
    number: invoice.Number,
    kind: KINDS[invoice.InvoiceType] ?? null,
    reference: invoice.Reference,
    date: invoice.Date,
    dueDate: invoice.DueDate,
    customerCode: invoice.ContactCode,
    customerName: invoice.ContactTitle,
    status: STATUSES[invoice.Status] ?? null,
    vendorStatus: String(invoice.Status),
    paymentStatus: paymentStatusOf(invoice.Paid, invoice.Rest),
    // An invoice in another currency than the business's is not named as if it were.
    currency: !stated || stated === businessCurrency ? businessCurrency : stated === "IRR" || stated === "IRT" ? stated : null,
    sum: invoice.Sum,
    payable: invoice.Payable,
    paid: invoice.Paid,
    rest: invoice.Rest,
    note: invoice.Note,
    tag: invoice.Tag,
    lines:
      invoice.InvoiceItems?.map((line) => ({
        rowNumber: line.RowNumber,
        itemCode: line.ItemCode,
        description: line.Description,
        quantity: line.Quantity,
        unitPrice: line.UnitPrice,
        discount: line.Discount,
        tax: line.Tax,
        total: line.TotalAmount,
      })) ?? null,
  };
}

export const INVOICE_FIELDS: Record<string, ListField> = {
  NUMBER: { property: "Number", kind: "code" },
  REFERENCE: { property: "Reference", kind: "text" },
  DATE: { property: "Date", kind: "date" },
  DUE_DATE: { property: "DueDate", kind: "date" },
  CUSTOMER_CODE: { property: "ContactCode", kind: "code" },
  CUSTOMER_NAME: { property: "ContactTitle", kind: "text" },
  CUSTOMER_MOBILE: { property: "Contact.Mobile", kind: "text" },
  STATUS: { property: "Status", kind: { enum: { DRAFT: 0, APPROVED: 1 } } },
  SUM: { property: "Sum", kind: "number" },
  PAYABLE: { property: "Payable", kind: "number" },
  PAID: { property: "Paid", kind: "number" },
  REST: { property: "Rest", kind: "number" },
  NOTE: { property: "Note", kind: "text" },
  TAG: { property: "Tag", kind: "text" },
  LINE_ITEM_CODE: { property: "InvoiceItems.ItemCode", kind: "code" },
};

/** An invoice to save, in the graph's words. A save replaces the whole invoice, lines included. */
export interface InvoiceDraft {
  kind: InvoiceKind;
  /** Absent: a new invoice, numbered by Hesabfa. */
  number?: string | null;
  status: InvoiceStatus;
  date: Date;
  dueDate?: Date | null;
  customerCode?: string | null;
  customerName?: string | null;
  reference?: string | null;
  note?: string | null;
  tag?: string | null;
  freight?: string | null;
  lines: Array<{ itemCode: string; description?: string | null; quantity: string; unitPrice: string; discount?: string | null; tax?: string | null }>;
}

export function invoiceBody(draft: InvoiceDraft): Record<string, unknown> {
  const body: Record<string, unknown> = {
    InvoiceType: KIND_NUMBERS[draft.kind],
    Status: draft.status === "APPROVED" ? 1 : 0,
    Date: toHesabfaDate(draft.date),
  };
  if (draft.number) body.Number = padCode(draft.number);
  if (draft.dueDate) body.DueDate = toHesabfaDate(draft.dueDate);
  if (draft.customerCode) body.ContactCode = padCode(draft.customerCode);
  if (draft.customerName) body.ContactTitle = draft.customerName;
  if (draft.reference) body.Reference = draft.reference;
  if (draft.note) body.Note = draft.note;
  if (draft.tag) body.Tag = draft.tag;
  if (draft.freight) body.Freight = jsonNumber(draft.freight);
  body.InvoiceItems = draft.lines.map((line, i) => {
    const row: Record<string, unknown> = { RowNumber: i, ItemCode: padCode(line.itemCode), Quantity: jsonNumber(line.quantity), UnitPrice: jsonNumber(line.unitPrice) };
    if (line.description) row.Description = line.description;
    if (line.discount) row.Discount = jsonNumber(line.discount);
    if (line.tax) row.Tax = jsonNumber(line.tax);
    return row;
  });
  return body;
}

/** Where a payment goes: a bank account, a cash desk, a petty cash or a contact's account. */
export interface PaymentDraft {
  invoiceKind: InvoiceKind;
  invoiceNumber: string;
  target: { kind: "BANK" | "CASH" | "PETTY_CASH" | "CUSTOMER"; code: string };
  date: Date;
  amount: string;
  reference?: string | null;
  description?: string | null;
  fee?: string | null;
}

const TARGET_PARAMS = { BANK: "bankCode", CASH: "cashCode", PETTY_CASH: "pettyCashCode", CUSTOMER: "contactCode" } as const;

const INVOICE_LIST = listOf(INVOICE);

const advice = (what: string) =>
  `Retry the same mutation with the same idempotencyKey: Hesabfa is sent the same request id and does not ${what} twice.`;

export type SavedInvoice = InvoiceRecord & Record<string, unknown>;

/** Hesabfa's invoices of every type, and payments against them. */
export class HesabfaInvoices {
  constructor(
    private readonly client: HesabfaClient,
    private readonly writes: HesabfaWrites,
    private readonly currency: () => Promise<CurrencyCode>,
  ) {}

  private async records(invoices: Invoice[]): Promise<InvoiceRecord[]> {
    const currency = await this.currency();
    return invoices.map((invoice) => toInvoice(invoice, currency));
  }

  /** An invoice of the chosen fiscal year by kind and number; null when there is none (112). */
  async byNumber(kind: InvoiceKind, number: string): Promise<InvoiceRecord | null> {
    try {
      const invoice = await this.client.read("invoice/get", { number: padCode(number), type: KIND_NUMBERS[kind] }, INVOICE);
      return (await this.records([invoice]))[0];
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  /** Invoices by Hesabfa id, of any fiscal year, in one call; unknown ids are absent. */
  async byIds(ids: readonly string[]): Promise<Map<string, InvoiceRecord>> {
    const idList = [...new Set(ids.map(Number))];
    const invoices = await this.client.read("invoice/getById", { idList }, z.array(INVOICE));
    return new Map((await this.records(invoices)).map((invoice) => [invoice.code, invoice]));
  }

  async list(kind: InvoiceKind, query: ListQuery | null | undefined, skip: number, take: number): Promise<ListAnswer<InvoiceRecord>> {
    const answer = await this.client.read("invoice/getinvoices", { type: KIND_NUMBERS[kind], queryInfo: toQueryInfo(query, INVOICE_FIELDS, skip, take) }, INVOICE_LIST);
    return { rows: await this.records(answer.List), total: answer.FilteredCount };
  }

  async save(draft: InvoiceDraft, idempotencyKey?: string | null): Promise<ExactlyOnceOutcome<SavedInvoice>> {
    const currency = await this.currency();
    const body = invoiceBody(draft);
    return this.writes.run({
      idempotencyKey,
      method: "invoice/save",
      params: { invoice: body },
      shape: INVOICE,
      map: (invoice) => toInvoice(invoice, currency) as SavedInvoice,
      readBack: async () => ((draft.number ? await this.byNumber(draft.kind, draft.number) : await this.newest(draft, body)) ?? undefined) as SavedInvoice | undefined,
      own: (invoice) => [{ objectType: "Invoice", id: Number(invoice.code), natural: `${KIND_NUMBERS[draft.kind]}:${codeKey(invoice.number ?? "")}` }],
      advice: advice("save the invoice"),
    });
  }

  delete(kind: InvoiceKind, number: string, idempotencyKey?: string | null): Promise<ExactlyOnceOutcome<{ deleted: boolean }>> {
    return this.writes.run({
      idempotencyKey,
      method: "invoice/delete",
      params: { number: padCode(number), type: KIND_NUMBERS[kind] },
      shape: z.unknown(),
      map: () => ({ deleted: true }),
      readBack: async () => ({ deleted: true }),
      own: () => [{ objectType: "Invoice", natural: `${KIND_NUMBERS[kind]}:${codeKey(number)}` }],
      advice: advice("delete the invoice"),
    });
  }

  /** Registers a payment (receipt or payment) against an invoice; answers the invoice with paid and rest updated. */
  async pay(payment: PaymentDraft, idempotencyKey?: string | null): Promise<ExactlyOnceOutcome<SavedInvoice>> {
    if (payment.invoiceKind === "WASTE") throw badInput("input.invoiceKind", "a waste invoice takes no payment");
    const currency = await this.currency();
    const params: Record<string, unknown> = {
      number: padCode(payment.invoiceNumber),
      type: KIND_NUMBERS[payment.invoiceKind],
      [TARGET_PARAMS[payment.target.kind]]: padCode(payment.target.code),
      date: toHesabfaDate(payment.date),
      amount: jsonNumber(payment.amount),
      // Hesabfa refuses an empty transaction number; H1 sends "-" when it has none.
      transactionNumber: payment.reference?.trim() || "-",
    };
    if (payment.description) params.description = payment.description;
    if (payment.fee) params.transactionFee = jsonNumber(payment.fee);
    return this.writes.run({
      idempotencyKey,
      method: "invoice/savepayment",
      params,
      shape: INVOICE,
      map: (invoice) => toInvoice(invoice, currency) as SavedInvoice,
      readBack: async () => ((await this.byNumber(payment.invoiceKind, payment.invoiceNumber)) ?? undefined) as SavedInvoice | undefined,
      own: (invoice) => [{ objectType: "Invoice", id: Number(invoice.code), natural: `${KIND_NUMBERS[payment.invoiceKind]}:${codeKey(payment.invoiceNumber)}` }],
      advice: advice("record the payment"),
    });
  }

  /** After 120 on a new invoice: the newest of its kind with the same customer, date and lines. */
  private async newest(draft: InvoiceDraft, body: Record<string, unknown>): Promise<InvoiceRecord | null> {
    const filters: ListQuery["filters"] = [{ field: "DATE", operator: "EQUALS", value: String(body.Date) }];
    if (draft.customerCode) filters.push({ field: "CUSTOMER_CODE", operator: "EQUALS", value: draft.customerCode });
    const { rows } = await this.list(draft.kind, { filters, sort: { field: "NUMBER", descending: true } }, 0, 20);
    const same = (invoice: InvoiceRecord) =>
      invoice.lines?.length === draft.lines.length &&
      draft.lines.every((line, i) => codeKey(invoice.lines![i].itemCode ?? "") === codeKey(line.itemCode) && invoice.lines![i].quantity === line.quantity);
    return rows.find(same) ?? null;
  }
}
