import { blankCustomer, type CustomerRecord } from "../../src/core/customer.js";
import { blankInvoice, blankItem, type InvoiceRecord, type ItemRecord } from "../../src/core/invoice.js";
import { toWholeAmount } from "../../src/core/money.js";
import { toAsciiDigits } from "../../src/core/text/persian.js";
import type { HesabitCustomer, HesabitInvoice, HesabitTransaction } from "./answers.js";

// Hesabit's records as the graph's shared shapes. A field Hesabit answered ""
// (the seed's way of "not set") or did not answer at all is null.

const filled = (value: string | null | undefined): string | null => {
  const text = value?.trim();
  return text ? text : null;
};

const instant = (seconds: number | null | undefined): string | null => (seconds === null || seconds === undefined || seconds === 0 ? null : new Date(seconds * 1000).toISOString());

export function customerRecord(c: HesabitCustomer): CustomerRecord {
  return {
    ...blankCustomer("HESABIT", c.id),
    name: filled(c.name),
    email: filled(c.email),
    mobile: filled(c.mobile),
    address: filled(c.address),
    company: filled(c.company),
    phone: filled(c.tel),
    fax: filled(c.fax),
    postalCode: filled(c.postal_code),
    registrationNumber: filled(c.registration_number),
    economicCode: filled(c.economical_number),
    createdAt: instant(c.created),
  };
}

export type TransactionStatusValue = "APPROVED" | "DISAPPROVED";

/** A Hesabit transaction (تراکنش), as the graph's `Transaction` type answers it. */
export interface TransactionRecord {
  vendor: "HESABIT";
  code: string;
  description: string | null;
  /** Signed whole rials, exact. */
  amount: string;
  status: TransactionStatusValue;
  createdAt: string | null;
  /** From the description `پرداخت فاکتور : <title> (<number>)`, when it names an invoice. */
  invoiceTitle: string | null;
  invoiceNumber: string | null;
}

// "پرداخت فاکتور : لپ تاپ اپل (10005)": the number is the last parenthesised part,
// so a title with parentheses of its own stays whole.
const INVOICE_PAYMENT = /^\s*پرداخت\s+فاکتور\s*:\s*(.*?)\s*\(([^()]+)\)\s*$/su;

/** The invoice a transaction's description names, if it names one. */
export function invoiceNamedBy(description: string): { title: string | null; number: string } | null {
  const match = INVOICE_PAYMENT.exec(description);
  if (!match) return null;
  const number = toAsciiDigits(match[2]).trim();
  return number ? { title: filled(match[1]), number } : null;
}

export function transactionRecord(t: HesabitTransaction): TransactionRecord {
  const invoice = invoiceNamedBy(t.description);
  return {
    vendor: "HESABIT",
    code: t.id,
    description: filled(t.description),
    // The schema already checked the digits; toWholeAmount only makes "+0040" canonical.
    amount: toWholeAmount(t.amount)!,
    status: t.status === "approved" ? "APPROVED" : "DISAPPROVED",
    createdAt: instant(t.created),
    invoiceTitle: invoice?.title ?? null,
    invoiceNumber: invoice?.number ?? null,
  };
}

export function invoiceRecord(i: HesabitInvoice): InvoiceRecord {
  const status = filled(i.status);
  return {
    ...blankInvoice("HESABIT", i.id),
    number: filled(i.number),
    title: filled(i.title),
    date: instant(i.date),
    dueDate: instant(i.due),
    note: filled(i.note),
    themeId: i.theme_id ?? null,
    onlinePayment: i.online_payment ?? null,
    vendorStatus: status,
    // `paid` is the one status the vendor's pages show; any other value says nothing sure about payment.
    paymentStatus: status === "paid" ? "PAID" : null,
    currency: "IRR",
  };
}

export function itemRecord(id: string): ItemRecord {
  return blankItem("HESABIT", id);
}
