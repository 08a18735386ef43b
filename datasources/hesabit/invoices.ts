import type { ExactlyOnce, ExactlyOnceOutcome } from "../../src/core/exactly-once.js";
import { ErrorCode, HesabgraphError } from "../../src/core/errors.js";
import type { InvoiceRecord } from "../../src/core/invoice.js";
import { pageByOffset, type OffsetPage, type OffsetSlice } from "../../src/core/paging/offset.js";
import { toAsciiDigits } from "../../src/core/text/persian.js";
import { HESABIT_INVOICE, manyOf, oneOf } from "./answers.js";
import type { HesabitClient } from "./client.js";
import { idSegment, PAGE_SIZE } from "./paths.js";
import { pickCreated, type CreateCheckpoint } from "./reconcile.js";
import { invoiceRecord } from "./records.js";

/**
 * A new invoice as `POST /invoices` takes it (the vendor's invoices page):
 * title, number, issue date and due date as unix seconds, note, theme and
 * online payment. The invoice's customer and lines are not publicly
 * documented and so are not sent (README, "Known gaps").
 */
export interface NewHesabitInvoice {
  title: string;
  /** Absent: Hesabit numbers it. */
  number?: string;
  /** Unix seconds: the invoice is hidden from the customer before it. */
  date: number;
  /** Unix seconds: the payment link expires then. */
  due: number;
  note?: string;
  themeId?: number;
  onlinePayment?: boolean;
}

export type CreatedInvoice = { code: string; invoice: InvoiceRecord } & Record<string, unknown>;

const LIST = "GET /invoices";
const GET = "GET /invoices/{id}";

/** How far back a transaction's invoice is looked for: the newest invoices, in calls of 100. */
const SCAN_PAGES = 20;

const digitsOf = (number: string) => toAsciiDigits(number).trim();

/** Hesabit's invoices: list, read, create. */
export class HesabitInvoices {
  constructor(
    private readonly client: HesabitClient,
    private readonly exactlyOnce: ExactlyOnce,
  ) {}

  /** `first` invoices from `offset` (newest first), in calls of at most 100; `status` as Hesabit writes it (`paid`). */
  page(status: string | undefined, offset: number, first: number): Promise<OffsetPage<InvoiceRecord>> {
    return pageByOffset((at, limit) => this.slice(status, at, limit), offset, first, PAGE_SIZE);
  }

  async slice(status: string | undefined, offset: number, limit: number): Promise<OffsetSlice<InvoiceRecord>> {
    const answer = await this.client.call({ method: "GET", operation: LIST, path: "invoices/", query: { status, limit, offset } });
    return { rows: manyOf(LIST, answer!.data, "Invoice", HESABIT_INVOICE).map(invoiceRecord) };
  }

  /** One invoice by id; null when Hesabit has none (HTTP 404). */
  async byId(id: string): Promise<InvoiceRecord | null> {
    const answer = await this.client.call({ method: "GET", operation: GET, path: `invoices/${idSegment(id)}` }, { absentOn404: true });
    return answer ? invoiceRecord(oneOf(GET, answer.data, "Invoice", HESABIT_INVOICE)) : null;
  }

  /**
   * Invoices by number, for transactions that name one. Hesabit's list
   * filters by status only, so the newest invoices are read a page at a time
   * until every number is found or the list ends (a number then has no
   * invoice: null). Past SCAN_PAGES pages a number still missing is an error,
   * never a silent null.
   */
  async byNumbers(numbers: readonly string[]): Promise<Map<string, InvoiceRecord | Error>> {
    const wanted = new Set(numbers.map(digitsOf));
    const found = new Map<string, InvoiceRecord | Error>();
    for (let page = 0; page < SCAN_PAGES && found.size < wanted.size; page++) {
      const { rows } = await this.slice(undefined, page * PAGE_SIZE, PAGE_SIZE);
      for (const invoice of rows) {
        const number = invoice.number === null ? undefined : digitsOf(invoice.number);
        if (number !== undefined && wanted.has(number) && !found.has(number)) found.set(number, invoice);
      }
      if (rows.length < PAGE_SIZE) return found;
    }
    for (const number of wanted) {
      if (!found.has(number)) {
        found.set(
          number,
          new HesabgraphError(ErrorCode.VENDOR_ERROR, `Invoice number ${number} is not among Hesabit's newest ${SCAN_PAGES * PAGE_SIZE} invoices; look it up with hesabitInvoices.`, {
            vendor: "HESABIT",
          }),
        );
      }
    }
    return found;
  }

  /**
   * Creates an invoice, at most once per idempotency key, and answers it as
   * Hesabit stored it (online payment may be off though it was asked for).
   * With the account's auto-send setting on, Hesabit texts and e-mails the
   * customer the payment link as a side effect.
   */
  create(invoice: NewHesabitInvoice, idempotencyKey?: string | null): Promise<ExactlyOnceOutcome<CreatedInvoice>> {
    const operation = "POST /invoices";
    const key = idempotencyKey ?? undefined;
    const body: Record<string, unknown> = {
      title: invoice.title,
      number: invoice.number,
      // The vendor's page: unix timestamps as numeric strings; online payment "sent as 1".
      date: String(invoice.date),
      due: String(invoice.due),
      note: invoice.note,
      theme_id: invoice.themeId,
      online_payment: invoice.onlinePayment === undefined ? undefined : invoice.onlinePayment ? 1 : 0,
    };
    for (const name of Object.keys(body)) if (body[name] === undefined) delete body[name];
    return this.exactlyOnce.run<CreatedInvoice, CreateCheckpoint>({
      idempotencyKey: key,
      request: { command: operation, args: [body] },
      plan: {
        // Without a key the client opted out of settling a lost answer: no lookup spent on it.
        precheck: key ? async () => ({ existing: (await this.sameInvoices(invoice)).map((i) => i.code) }) : undefined,
        send: async () => {
          const answer = await this.client.call({ method: "POST", operation, path: "invoices/", body });
          const stored = invoiceRecord(oneOf(operation, answer!.data, "Invoice", HESABIT_INVOICE));
          return { code: stored.code, invoice: stored };
        },
        find: key
          ? async (checkpoint) => {
              const made = pickCreated(checkpoint, await this.sameInvoices(invoice));
              return made ? { code: made.code, invoice: made } : undefined;
            }
          : undefined,
      },
      advice: "Retry with the same idempotencyKey: hesabgraph looks for the invoice in Hesabit before it ever creates it again (which could send the customer a second payment link).",
    });
  }

  /** The newest 100 invoices with the details sent. */
  private async sameInvoices(invoice: NewHesabitInvoice): Promise<InvoiceRecord[]> {
    const { rows } = await this.slice(undefined, 0, PAGE_SIZE);
    const at = (seconds: number) => new Date(seconds * 1000).toISOString();
    return rows.filter(
      (row) =>
        row.title === invoice.title.trim() &&
        (invoice.number === undefined || (row.number !== null && digitsOf(row.number) === digitsOf(invoice.number))) &&
        row.date === at(invoice.date) &&
        row.dueDate === at(invoice.due) &&
        (invoice.note === undefined || (row.note ?? "") === invoice.note.trim()),
    );
  }
}
