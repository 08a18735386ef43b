// invoice/savepayment: a receipt (sale, purchase return) or payment
// (purchase, sale return) against one approved invoice. Parameters as H1, H2,
// H3 and H4 send them: number, type (H3; absent = 0, as H1 sends none), one
// of bankCode / cashCode / pettyCashCode / contactCode (H4: "only one of them
// may have a value"; H2 adds contactCode and accountPath), date, amount,
// transactionNumber (H1: "cannot be null or empty", it sends "-" or "None"),
// description, transactionFee, currency, currencyRate, project. It answers
// the invoice with Paid and Rest updated.
import { read, type Fields } from "./bind.js";
import { padCode } from "./codes.js";
import { Dec } from "./decimal.js";
import { fail } from "./errors.js";
import { yearContains, type FiscalYear } from "./fiscal-years.js";
import { findInvoice } from "./invoices.js";
import { INVOICE_ACTIONS, type InvoiceRecord, type PaymentTarget } from "./records.js";
import { invoiceTotals } from "./render.js";
import type { HesabfaState } from "./state.js";

export const PAYMENT_PARAMS: readonly string[] = [
  "number", "type", "bankCode", "cashCode", "pettyCashCode", "contactCode", "accountPath",
  "date", "amount", "transactionNumber", "description", "transactionFee", "currency", "currencyRate", "project",
];

const TARGETS = ["bankCode", "cashCode", "pettyCashCode", "contactCode"] as const;

function readTarget(state: HesabfaState, f: Fields, invoice: InvoiceRecord): PaymentTarget {
  const given = [...TARGETS, "accountPath"].filter((name) => {
    const value = f.get(name);
    return value !== undefined && value !== null && value !== "";
  });
  if (given.length === 0) return fail.missing("bankCode, cashCode, pettyCashCode or contactCode");
  if (given.length > 1) return fail.range(given.join(", "), "only one of bankCode, cashCode, pettyCashCode, contactCode may be given");
  const name = given[0];
  if (name === "accountPath") return fail.app("accountPath payments are not simulated; pay to a bank, cash desk, petty cash or contact");
  const code = read.code(f, name, { required: true }) as number;
  const found =
    name === "bankCode" ? state.bank(code)
    : name === "cashCode" ? state.cash(code)
    : name === "pettyCashCode" ? state.pettyCash(code)
    : state.contact(code);
  if (!found) return fail.notFound(`${name.replace("Code", "")} ${padCode(code)} (${name})`);
  if ("Currency" in found && typeof found.Currency === "string" && found.Currency !== invoice.Currency) {
    fail.app(`${name} ${padCode(code)} keeps ${found.Currency}, the invoice is in ${invoice.Currency}`);
  }
  const kind = name === "bankCode" ? "bank" : name === "cashCode" ? "cash" : name === "pettyCashCode" ? "pettyCash" : "contact";
  return { kind, code: padCode(code) };
}

export function savePayment(state: HesabfaState, f: Fields, year: FiscalYear, api: boolean): InvoiceRecord {
  const number = read.code(f, "number", { required: true }) as number;
  const type = read.int(f, "type", { min: 0, max: 4 }) ?? 0;
  const date = read.date(f, "date", { required: true })!;
  const amount = read.dec(f, "amount", { required: true, min: "positive" }) as Dec;
  const transactionNumber = read.str(f, "transactionNumber", { required: true, max: 50 }) as string;
  const description = read.str(f, "description", { max: 250 }) ?? "";
  const fee = read.dec(f, "transactionFee", { min: "zero" }) ?? Dec.ZERO;
  const currency = read.str(f, "currency");
  read.dec(f, "currencyRate", { min: "positive" });
  const project = read.str(f, "project", { max: 100 }) ?? "";
  if (fee.cmp(amount) > 0) fail.range("transactionFee", "larger than amount");

  const invoice = findInvoice(state, type, number, year);
  if (invoice.InvoiceType === 4) fail.app(`Invoice ${invoice.Number} is a waste invoice; it takes no payment`);
  if (invoice.Status !== 1) fail.app(`Invoice ${invoice.Number} (type ${type}) is a draft; approve it before registering a payment`);
  if (currency && currency !== invoice.Currency) fail.range("currency", `the invoice is in ${invoice.Currency}`);
  const target = readTarget(state, f, invoice);
  if (!yearContains(year, date)) fail.range("date", `outside the fiscal year ${year.Name} (yearId ${year.ordinal})`);
  const { Rest } = invoiceTotals(state, invoice);
  if (amount.cmp(Rest) > 0) fail.range("amount", `${amount.toString()} is more than the invoice's rest ${Rest.toString()}`);

  state.payments.push({
    Id: state.nextId("payment"),
    invoiceId: invoice.Id,
    Date: date,
    Amount: amount,
    TransactionNumber: transactionNumber,
    Description: description,
    TransactionFee: fee,
    target,
    Project: project,
    API: api,
  });
  state.logChange({
    Action: INVOICE_ACTIONS[invoice.InvoiceType][1],
    ObjectType: "Invoice",
    ObjectId: invoice.Id,
    Extra: [...new Set(invoice.InvoiceItems.map((line) => line.ItemCode))].join(","),
    Extra2: invoice.Number,
    API: api,
  });
  return invoice;
}
