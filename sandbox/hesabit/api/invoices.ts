// /v1/invoices. POST takes the fields the vendor's invoices page names (title,
// number, date, due, online_payment, note, theme_id). The invoice's customer
// and lines exist in Hesabit but the page text naming their fields is not
// public, so they are neither read nor invented: other body fields are
// ignored. online_payment is answered as STORED: off without an active
// subscription or gateway, and off above the gateway's limit. The overview
// page gives "deleting an invoice" as its DELETE example, so DELETE exists.
import type { Incoming } from "../incoming.js";
import { apiError, apiNotFound, envelope, type Reply } from "../replies.js";
import type { Invoice } from "../state.js";
import { nowSeconds, requireJsonBody, type ApiContext } from "./context.js";
import { readWindow, slice } from "./paging.js";
import { FieldReader } from "./validate.js";

const NOT_SAVED = "The invoice could not be saved. Please, try again.";

/** `total` is internal: no public source names an invoice's amount field. */
const wrap = (i: Invoice) => ({
  Invoice: {
    id: i.id,
    title: i.title,
    number: i.number,
    date: i.date,
    due: i.due,
    note: i.note,
    theme_id: i.theme_id,
    online_payment: i.online_payment,
    status: i.status,
    created: i.created,
  },
});

function list(ctx: ApiContext, incoming: Incoming): Reply {
  const window = readWindow(incoming.query);
  if ("status" in window) return window;
  // Statuses other than "paid" are undocumented, so any value filters by equality.
  const status = incoming.query.status || undefined;
  return envelope(200, slice(ctx.state.findInvoices(status), window).map(wrap));
}

function create(ctx: ApiContext, incoming: Incoming): Reply {
  const parsed = requireJsonBody(incoming);
  if ("refused" in parsed) return parsed.refused;
  const body = parsed.body;
  const reader = new FieldReader(body);
  const title = reader.text("title");
  const number = reader.text("number");
  const date = reader.timestamp("date");
  const due = reader.timestamp("due");
  const note = reader.text("note") ?? "";
  const themeId = reader.integer("theme_id", 1) ?? 1;
  const askedOnline = reader.flag("online_payment") ?? false;
  if (!title && !reader.errors.title) reader.fail("title", "is required");
  if (!date && !reader.errors.date) reader.fail("date", "is required");
  if (!due && !reader.errors.due) reader.fail("due", "is required");
  if (date && due && Number(due) < Number(date)) reader.fail("due", "must not be before date");
  if (number && ctx.state.invoiceByNumber(number)) reader.fail("number", "is already used by another invoice");
  if (!reader.ok || !title || !date || !due) return apiError(400, NOT_SAVED, reader.errors);

  const total = ctx.state.invoiceTotalOf(body);
  const created = nowSeconds(ctx);
  const invoice = ctx.state.addInvoice(
    {
      title,
      number: number || ctx.state.nextInvoiceNumber(),
      date,
      due,
      note,
      theme_id: themeId,
      online_payment: ctx.state.onlinePaymentStored(askedOnline, total),
      status: "unpaid",
      created,
      total,
    },
    ctx.state.newId(ctx.now()),
  );
  if (ctx.state.account.autoSend) {
    // Side effect of the account's auto-send setting: the customer gets the link.
    ctx.state.sentLinks.push({ invoiceId: invoice.id, channels: ["sms", "email"], at: ctx.now() });
  }
  return { ...envelope(201, wrap(invoice)), write: true, changed: true };
}

function remove(ctx: ApiContext, id: string): Reply {
  if (!ctx.state.removeInvoice(id)) return apiNotFound("Invoice");
  return { ...envelope(200, { Invoice: { id } }, "Invoice deleted successfully"), write: true, changed: true };
}

export const INVOICE_COLLECTION_METHODS = ["GET", "POST"] as const;
export const INVOICE_MEMBER_METHODS = ["GET", "DELETE"] as const;

export function invoices(ctx: ApiContext, incoming: Incoming, id: string | undefined): Reply | null {
  if (id === undefined) {
    if (incoming.method === "GET") return list(ctx, incoming);
    if (incoming.method === "POST") return create(ctx, incoming);
    return null;
  }
  if (incoming.method === "GET") {
    const invoice = ctx.state.invoice(id);
    // An array of one, like the two GET-one answers the seeds show.
    return invoice ? envelope(200, [wrap(invoice)]) : apiNotFound("Invoice");
  }
  if (incoming.method === "DELETE") return remove(ctx, id);
  return null;
}
