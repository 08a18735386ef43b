// Changes made "as a user in Hesabfa's web app": the same rules as the API,
// but logged with API: false, which is what an integration must react to
// (H1 and H2 skip API: true rows in GetChanges). Inputs are the API's
// objects in plain JavaScript (PascalCase or camelCase, numbers as numbers or
// strings); invalid input throws the HesabfaError the API would answer.
import { asCode, Fields } from "./bind.js";
import { applyContact, checkContact, deleteContact, parseContact } from "./contacts.js";
import { fail } from "./errors.js";
import type { FiscalYear } from "./fiscal-years.js";
import { deleteInvoice, parseInvoice, saveInvoice } from "./invoices.js";
import { applyItem, checkItem, deleteItem, parseItem } from "./items.js";
import { fromPlain, isJObject } from "./json.js";
import { PAYMENT_PARAMS, savePayment } from "./payments.js";
import type { ContactRecord, InvoiceRecord, ItemRecord, WarehouseReceiptRecord } from "./records.js";
import type { HesabfaState } from "./state.js";
import { saveWarehouseReceipt } from "./warehouse-receipts.js";

type Plain = Record<string, unknown>;

function fields(value: Plain, label: string): Fields {
  const json = fromPlain(value);
  if (!isJObject(json)) return fail.range(label, "must be an object");
  return new Fields(json, `${label}.`);
}

function code(value: number | string, label: string): number {
  return asCode(fromPlain(value), label, { required: true }) as number;
}

export class UserChanges {
  constructor(private readonly state: HesabfaState) {}

  private year(yearId?: number): FiscalYear {
    const year = yearId === undefined ? this.state.latestYear() : this.state.year(yearId);
    return year ?? fail.range("yearId", `no fiscal year ${yearId}`);
  }

  saveContact(contact: Plain): ContactRecord {
    const input = parseContact(fields(contact, "contact"));
    checkContact(this.state, input, "contact");
    return applyContact(this.state, input, false);
  }

  deleteContact(contactCode: number | string): void {
    deleteContact(this.state, code(contactCode, "code"), false);
  }

  saveItem(item: Plain): ItemRecord {
    const input = parseItem(fields(item, "item"));
    checkItem(this.state, input, "item");
    return applyItem(this.state, input, false);
  }

  deleteItem(itemCode: number | string): void {
    deleteItem(this.state, code(itemCode, "code"), false);
  }

  saveInvoice(invoice: Plain, yearId?: number): InvoiceRecord {
    return saveInvoice(this.state, parseInvoice(fields(invoice, "invoice"), this.state.currency), this.year(yearId), false);
  }

  deleteInvoice(number: number | string, type: number, yearId?: number): void {
    deleteInvoice(this.state, type, code(number, "number"), this.year(yearId), false);
  }

  /** The savepayment parameters: {number, type?, bankCode | cashCode | …, date, amount, transactionNumber, …}. */
  savePayment(payment: Plain, yearId?: number): InvoiceRecord {
    const json = fromPlain(payment);
    if (!isJObject(json)) return fail.range("payment", "must be an object");
    const f = new Fields(json, "");
    f.only(PAYMENT_PARAMS);
    return savePayment(this.state, f, this.year(yearId), false);
  }

  saveWarehouseReceipt(receipt: Plain, deleteOldReceipts = false, yearId?: number): WarehouseReceiptRecord {
    return saveWarehouseReceipt(this.state, fields(receipt, "receipt"), deleteOldReceipts, this.year(yearId), false);
  }
}
