// Saving and deleting invoices (فاکتور). Types: 0 sale, 1 purchase, 2 sale
// return, 3 purchase return, 4 waste. Status: 0 draft, 1 approved (the
// current table); H1 and H2 still post 2, the older table's "approved", so 2
// is taken as 1 and 3 (the old "paid") is refused. An invoice belongs to the
// fiscal year it was saved in and its date must fall inside that year.
// Numbers are per type. A save replaces the whole invoice, lines included.
import { asObject, read, type Fields } from "./bind.js";
import { padCode } from "./codes.js";
import { Dec } from "./decimal.js";
import { ErrorCode, fail, HesabfaError } from "./errors.js";
import { yearContains, type FiscalYear } from "./fiscal-years.js";
import { INVOICE_ACTIONS, RECEIPT_ACTIONS, type InvoiceLine, type InvoiceRecord } from "./records.js";
import { invoiceTotals } from "./render.js";
import type { HesabfaState } from "./state.js";

export const INVOICE_FIELDS: readonly string[] = [
  "Number", "Reference", "Date", "DueDate", "ContactCode", "ContactTitle", "Note", "Sent", "Returned", "InvoiceType",
  "Status", "Tag", "Freight", "Project", "SalesmanCode", "SalesmanPercent", "Currency", "CurrencyRate", "InvoiceItems",
  // read-only, accepted and ignored (clients post back what they read):
  "Id", "Contact", "Sum", "Payable", "Paid", "Rest", "WarehouseReceiptStatus", "TaxId",
];

export const LINE_FIELDS: readonly string[] = [
  "RowNumber", "ItemCode", "Description", "Unit", "Quantity", "UnitPrice", "Discount", "Tax",
  "Id", "Item", "TotalAmount",
];

export interface InvoiceInput {
  number: number | undefined;
  id: number | undefined;
  values: Omit<InvoiceRecord, "Id" | "Number" | "yearOrdinal">;
  /** Contact and item codes as posted, for "not found" messages. */
  label: string;
}

function parseLine(f: Fields, index: number): InvoiceLine {
  f.only(LINE_FIELDS);
  const quantity = read.dec(f, "Quantity", { required: true, min: "positive" }) as Dec;
  const unitPrice = read.dec(f, "UnitPrice", { required: true, min: "zero" }) as Dec;
  const discount = read.dec(f, "Discount", { min: "zero" }) ?? Dec.ZERO;
  if (discount.cmp(quantity.mul(unitPrice)) > 0) fail.range(f.label("Discount"), "larger than Quantity × UnitPrice");
  read.dec(f, "TotalAmount");
  return {
    RowNumber: read.int(f, "RowNumber", { min: 0 }) ?? index,
    ItemCode: padCode(read.code(f, "ItemCode", { required: true }) as number),
    Description: read.str(f, "Description", { max: 250 }) ?? "",
    Unit: read.str(f, "Unit", { max: 30 }) ?? "",
    Quantity: quantity,
    UnitPrice: unitPrice,
    Discount: discount,
    Tax: read.dec(f, "Tax", { min: "zero" }) ?? Dec.ZERO,
  };
}

export function parseInvoice(f: Fields, currency: string): InvoiceInput {
  f.only(INVOICE_FIELDS);
  const type = read.int(f, "InvoiceType", { required: true, min: 0, max: 4 }) as number;
  const rawStatus = read.int(f, "Status", { min: 0, max: 2 }) ?? 0;
  const contactCode = read.code(f, "ContactCode", { required: type !== 4 });
  const rawLines = read.arr(f, "InvoiceItems", { required: true }) ?? [];
  if (rawLines.length === 0) fail.missing(f.label("InvoiceItems"));
  const lines = rawLines.map((raw, i) => parseLine(asObject(raw, `${f.label("InvoiceItems")}[${i}]`, { required: true }) as Fields, i));
  const rows = new Set<number>();
  for (const line of lines) {
    if (rows.has(line.RowNumber)) fail.range(f.label("InvoiceItems"), `RowNumber ${line.RowNumber} appears twice`);
    rows.add(line.RowNumber);
  }
  const invoiceCurrency = read.str(f, "Currency") || currency;
  if (invoiceCurrency !== currency) fail.range(f.label("Currency"), `the business keeps its books in ${currency}`);
  const salesmanPercent = read.dec(f, "SalesmanPercent", { min: "zero" }) ?? Dec.ZERO;
  if (salesmanPercent.cmp(Dec.of(100)) > 0) fail.range(f.label("SalesmanPercent"), "must be at most 100");
  for (const name of ["Sum", "Payable", "Paid", "Rest"]) read.dec(f, name);
  return {
    number: read.code(f, "Number"),
    id: read.int(f, "Id", { min: 0 }),
    label: f.where.replace(/\.$/, ""),
    values: {
      InvoiceType: type,
      Status: rawStatus === 2 ? 1 : rawStatus,
      Reference: read.str(f, "Reference", { max: 50 }) ?? "",
      Date: read.date(f, "Date", { required: true })!,
      DueDate: read.date(f, "DueDate") ?? null,
      ContactCode: contactCode ? padCode(contactCode) : null,
      ContactTitle: read.str(f, "ContactTitle", { max: 200 }) ?? "",
      Note: read.str(f, "Note", { max: 500 }) ?? "",
      Sent: read.bool(f, "Sent") ?? false,
      Returned: read.bool(f, "Returned") ?? false,
      Tag: read.str(f, "Tag", { max: 255 }) ?? "",
      Freight: read.dec(f, "Freight", { min: "zero" }) ?? Dec.ZERO,
      Project: read.str(f, "Project", { max: 100 }) ?? "",
      SalesmanCode: read.str(f, "SalesmanCode", { max: 20 }) || null,
      SalesmanPercent: salesmanPercent,
      Currency: invoiceCurrency,
      CurrencyRate: read.dec(f, "CurrencyRate", { min: "positive" }) ?? Dec.ONE,
      InvoiceItems: lines,
    },
  };
}

/** Every refusal that depends on the business, before anything is written. */
export function checkInvoice(state: HesabfaState, input: InvoiceInput, year: FiscalYear): InvoiceRecord | undefined {
  const v = input.values;
  const existing = input.number ? state.invoice(v.InvoiceType, input.number) : undefined;
  if (!existing && input.id) {
    throw new HesabfaError(ErrorCode.IdMustBeZero, `Id must be zero: ${input.label} is a new invoice but carries Id ${input.id}`);
  }
  if (existing && existing.yearOrdinal !== year.ordinal) {
    fail.app(`Invoice ${existing.Number} (type ${existing.InvoiceType}) belongs to fiscal year ${existing.yearOrdinal}, not ${year.ordinal}`);
  }
  if (!yearContains(year, v.Date)) fail.range(`${input.label}.Date`, `outside the fiscal year ${year.Name} (yearId ${year.ordinal})`);
  if (v.ContactCode !== null && !state.contacts.has(v.ContactCode)) fail.notFound(`contact ${v.ContactCode} (${input.label}.ContactCode)`);
  v.InvoiceItems.forEach((line, i) => {
    if (!state.items.has(line.ItemCode)) fail.notFound(`item ${line.ItemCode} (${input.label}.InvoiceItems[${i}].ItemCode)`);
  });
  if (existing) {
    const paid = state.paidOf(existing);
    if (paid.sign > 0 && v.Status === 0) fail.app(`Invoice ${existing.Number} has payments and cannot go back to draft`);
    const draft = { ...existing, ...v };
    const { Payable } = invoiceTotals(state, draft);
    if (Payable.cmp(paid) < 0) fail.app(`Invoice ${existing.Number}: payable ${Payable.toString()} would be less than paid ${paid.toString()}`);
  }
  return existing;
}

/** Extra: the item codes of the lines, comma separated (H1 splits it); Extra2: the number. */
function invoiceChange(invoice: InvoiceRecord, which: 0 | 1 | 2, api: boolean) {
  const codes = [...new Set(invoice.InvoiceItems.map((line) => line.ItemCode))].join(",");
  return {
    Action: INVOICE_ACTIONS[invoice.InvoiceType][which],
    ObjectType: "Invoice",
    ObjectId: invoice.Id,
    Extra: codes,
    Extra2: invoice.Number,
    API: api,
  };
}

export function saveInvoice(state: HesabfaState, input: InvoiceInput, year: FiscalYear, api: boolean): InvoiceRecord {
  const existing = checkInvoice(state, input, year);
  const v = { ...input.values };
  const contact = v.ContactCode === null ? undefined : state.contacts.get(v.ContactCode);
  if (v.ContactTitle === "" && contact) v.ContactTitle = contact.Name;
  v.InvoiceItems = v.InvoiceItems.map((line) => {
    const item = state.items.get(line.ItemCode)!;
    return { ...line, Description: line.Description || item.SalesTitle || item.Name, Unit: line.Unit || item.Unit };
  });
  if (existing) {
    Object.assign(existing, v);
    state.logChange(invoiceChange(existing, 1, api));
    return existing;
  }
  const number = input.number ? padCode(input.number) : state.nextInvoiceNumber(v.InvoiceType);
  const record: InvoiceRecord = { Id: state.nextId("invoice"), Number: number, yearOrdinal: year.ordinal, ...v };
  state.invoices.set(`${record.InvoiceType}:${number}`, record);
  state.logChange(invoiceChange(record, 0, api));
  return record;
}

/** Finds an invoice of the selected year, or answers 112. */
export function findInvoice(state: HesabfaState, type: number, number: number, year: FiscalYear): InvoiceRecord {
  const invoice = state.invoice(type, number);
  if (!invoice || invoice.yearOrdinal !== year.ordinal) {
    return fail.notFound(`invoice ${padCode(number)} of type ${type} in fiscal year ${year.ordinal}`);
  }
  return invoice;
}

/**
 * Deletes an invoice. One with payments is refused (H2 deletes an invoice's
 * receipts first, receipt/delete, before deleting it); its warehouse receipts
 * go with it.
 */
export function deleteInvoice(state: HesabfaState, type: number, number: number, year: FiscalYear, api: boolean): void {
  const invoice = findInvoice(state, type, number, year);
  if (state.paymentsOf(invoice).length > 0) fail.app(`Invoice ${invoice.Number} (type ${type}) has payments; delete them first`);
  for (const receipt of state.receiptsOf(invoice)) {
    state.receipts.splice(state.receipts.indexOf(receipt), 1);
    state.logChange({
      Action: RECEIPT_ACTIONS[2],
      ObjectType: "WarehouseReceipt",
      ObjectId: receipt.Id,
      Extra: receipt.Items.map((line) => line.ItemCode).join(","),
      Extra2: String(receipt.Number),
      API: api,
    });
  }
  state.invoices.delete(`${invoice.InvoiceType}:${invoice.Number}`);
  state.logChange(invoiceChange(invoice, 2, api));
}
