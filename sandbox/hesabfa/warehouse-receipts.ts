// invoice/SaveWarehouseReceipt {receipt, deleteOldReceipts}: a warehouse
// receipt (goods in: purchase, sale return) or remittance (goods out: sale,
// purchase return, waste) for an invoice, one warehouse per call. The receipt
// shape is H1's and H4's ({WarehouseCode, InvoiceNumber, InvoiceType, Date,
// Notes, Freight, Delivery, Project, Items: [{ItemCode, Quantity, Reference,
// Notes}]}); the rules are H4's method page: one call per warehouse,
// deleteOldReceipts=true removes the invoice's earlier receipts first, and
// every item must be goods with stock control or nothing is saved.
import { asObject, read, type Fields } from "./bind.js";
import { padCode } from "./codes.js";
import { Dec } from "./decimal.js";
import { fail } from "./errors.js";
import { yearContains, type FiscalYear } from "./fiscal-years.js";
import { findInvoice } from "./invoices.js";
import { RECEIPT_ACTIONS, type ReceiptItem, type WarehouseReceiptRecord } from "./records.js";
import type { HesabfaState } from "./state.js";

export const RECEIPT_FIELDS: readonly string[] = [
  "WarehouseCode", "InvoiceNumber", "InvoiceType", "Date", "Notes", "Freight", "Delivery", "Project", "Items",
  "Id", "Number", "DestinationWarehouseCode", "Receiving",
];
const RECEIPT_ITEM_FIELDS: readonly string[] = ["ItemCode", "Quantity", "Reference", "Notes", "Item"];

function receiptChange(receipt: WarehouseReceiptRecord, which: 0 | 2, api: boolean) {
  return {
    Action: RECEIPT_ACTIONS[which],
    ObjectType: "WarehouseReceipt",
    ObjectId: receipt.Id,
    Extra: [...new Set(receipt.Items.map((line) => line.ItemCode))].join(","),
    Extra2: String(receipt.Number),
    API: api,
  };
}

export function saveWarehouseReceipt(state: HesabfaState, receiptFields: Fields, deleteOld: boolean, year: FiscalYear, api: boolean): WarehouseReceiptRecord {
  const f = receiptFields;
  f.only(RECEIPT_FIELDS);
  const warehouseCode = read.int(f, "WarehouseCode", { required: true, min: 1 }) as number;
  const invoiceNumber = read.code(f, "InvoiceNumber", { required: true }) as number;
  const invoiceType = read.int(f, "InvoiceType", { required: true, min: 0, max: 4 }) as number;
  const date = read.date(f, "Date");
  const rawItems = read.arr(f, "Items", { required: true }) ?? [];
  if (rawItems.length === 0) fail.missing(f.label("Items"));
  const items: ReceiptItem[] = rawItems.map((raw, i) => {
    const line = asObject(raw, `${f.label("Items")}[${i}]`, { required: true }) as Fields;
    line.only(RECEIPT_ITEM_FIELDS);
    return {
      ItemCode: padCode(read.code(line, "ItemCode", { required: true }) as number),
      Quantity: read.dec(line, "Quantity", { required: true, min: "positive" }) as Dec,
      Reference: read.str(line, "Reference", { max: 50 }) ?? "",
      Notes: read.str(line, "Notes", { max: 250 }) ?? "",
    };
  });
  const values = {
    Notes: read.str(f, "Notes", { max: 500 }) ?? "",
    Delivery: read.str(f, "Delivery", { max: 100 }) ?? "",
    Freight: read.dec(f, "Freight", { min: "zero" }) ?? Dec.ZERO,
    Project: read.str(f, "Project", { max: 100 }) ?? "",
  };

  if (!state.warehouse(warehouseCode)) fail.notFound(`warehouse ${warehouseCode}`);
  const invoice = findInvoice(state, invoiceType, invoiceNumber, year);
  if (invoice.Status !== 1) fail.app(`Invoice ${invoice.Number} (type ${invoiceType}) is a draft; approve it before its warehouse receipt`);
  const receiptDate = date ?? invoice.Date;
  if (!yearContains(year, receiptDate)) fail.range(f.label("Date"), `outside the fiscal year ${year.Name} (yearId ${year.ordinal})`);

  const kept = deleteOld ? [] : state.receiptsOf(invoice);
  items.forEach((line, i) => {
    const item = state.items.get(line.ItemCode);
    if (!item) return fail.notFound(`item ${line.ItemCode} (${f.label("Items")}[${i}].ItemCode)`);
    if (item.ItemType !== 0) fail.app(`Item ${line.ItemCode} is a service; every item of a warehouse receipt must be goods`);
    const onInvoice = invoice.InvoiceItems.filter((l) => l.ItemCode === line.ItemCode).reduce((t, l) => t.add(l.Quantity), Dec.ZERO);
    if (onInvoice.sign === 0) fail.range(`${f.label("Items")}[${i}].ItemCode`, `item ${line.ItemCode} is not on invoice ${invoice.Number}`);
    let received = items.filter((other) => other.ItemCode === line.ItemCode).reduce((t, l) => t.add(l.Quantity), Dec.ZERO);
    for (const receipt of kept) {
      for (const l of receipt.Items) if (l.ItemCode === line.ItemCode) received = received.add(l.Quantity);
    }
    if (received.cmp(onInvoice) > 0) {
      fail.range(`${f.label("Items")}[${i}].Quantity`, `receipts for item ${line.ItemCode} would reach ${received.toString()}, the invoice has ${onInvoice.toString()}`);
    }
  });

  if (deleteOld) {
    for (const old of state.receiptsOf(invoice)) {
      state.receipts.splice(state.receipts.indexOf(old), 1);
      state.logChange(receiptChange(old, 2, api));
    }
  }
  const record: WarehouseReceiptRecord = {
    Id: state.nextId("receipt"),
    Number: state.nextReceiptNumber(),
    invoiceId: invoice.Id,
    InvoiceNumber: invoice.Number,
    InvoiceType: invoice.InvoiceType,
    WarehouseCode: warehouseCode,
    Date: receiptDate,
    Receiving: invoice.InvoiceType === 1 || invoice.InvoiceType === 2,
    Items: items,
    ...values,
  };
  state.receipts.push(record);
  state.logChange(receiptChange(record, 0, api));
  return record;
}
