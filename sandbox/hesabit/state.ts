// One simulator's business data: customers, transactions, invoices, items and
// the account settings that change what an invoice gets. Nothing here is
// module-level, so tests can run several simulators side by side. Tests may
// read and write every field directly.
import { CakeUuids, transactionId, type RandomInt } from "./ids.js";

/** Every field is stored as the string the API answers; "" when not set. */
export interface Customer {
  id: string;
  name: string;
  email: string;
  mobile: string;
  address: string;
  postal_code: string;
  company: string;
  tel: string;
  fax: string;
  registration_number: string;
  economical_number: string;
  /** Unix seconds. */
  created: number;
}

export type CustomerFields = Omit<Customer, "id" | "created">;

export type TransactionStatus = "approved" | "disapproved";

export interface Transaction {
  /** Numeric string of any length (some longer than 16 digits). */
  id: string;
  description: string;
  /** Signed integer rials as a string; may exceed 2^53. */
  amount: string;
  created: number;
  status: TransactionStatus;
}

export interface Invoice {
  id: string;
  title: string;
  number: string;
  /** Unix seconds as numeric strings, as they are sent. */
  date: string;
  due: string;
  note: string;
  theme_id: number;
  /** What was stored, which may differ from what was asked (subscription, gateway limit). */
  online_payment: boolean;
  /** "paid" is the only value the evidence shows; the simulator uses "unpaid" for the rest. */
  status: string;
  created: number;
  /**
   * Internal, never answered: the invoice's total in rials when known. The lines that
   * make it up are not publicly documented, so created invoices have null unless a
   * test sets state.invoiceTotalOf.
   */
  total: string | null;
}

export interface Item {
  id: string;
  /** Answered beside `id`. Empty by default: no public source names an item's fields. */
  fields: Record<string, unknown>;
}

export interface Account {
  /** Online payment needs an active subscription package (vendor help page). */
  subscriptionActive: boolean;
  /** And a payment gateway whose owner details were approved. */
  gatewayActive: boolean;
  /** Invoices above the gateway's limit (rials) get no online payment. */
  gatewayLimit: string;
  /** With auto-send on, creating an invoice texts and e-mails the customer its payment link. */
  autoSend: boolean;
}

/** A payment link Hesabit would have texted and e-mailed (auto-send side effect). */
export interface SentLink {
  invoiceId: string;
  channels: ("sms" | "email")[];
  at: number;
}

export interface CustomerFilter {
  email?: string;
  mobile?: string;
  company?: string;
}

/** The newest first, as the seed says ("the last 10 customers"); ties: the later-made first. */
function newestFirst<T extends { created: number }>(rows: readonly T[]): T[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => b.row.created - a.row.created || b.index - a.index)
    .map((entry) => entry.row);
}

/** MySQL's default collation: comparisons ignore letter case. */
const sameText = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export class HesabitState {
  customers: Customer[] = [];
  transactions: Transaction[] = [];
  invoices: Invoice[] = [];
  items: Item[] = [];
  account: Account = { subscriptionActive: true, gatewayActive: true, gatewayLimit: "500000000", autoSend: false };
  sentLinks: SentLink[] = [];
  /**
   * Stands for an invoice's lines, whose field names are not public: given the POST
   * body, the total in rials (or null for unknown). Tests set it to push an invoice
   * above the gateway limit.
   */
  invoiceTotalOf: (body: Record<string, unknown>) => string | null = () => null;

  private readonly uuids: CakeUuids;

  constructor(private readonly random: RandomInt) {
    this.uuids = new CakeUuids(random);
  }

  newId(nowMs: number): string {
    const taken = new Set([...this.customers, ...this.invoices, ...this.items].map((row) => row.id));
    let id = this.uuids.next(nowMs);
    while (taken.has(id)) id = this.uuids.next(nowMs);
    return id;
  }

  // ---- customers ----------------------------------------------------------

  addCustomer(fields: CustomerFields, createdSeconds: number, id?: string): Customer {
    const customer: Customer = { id: id ?? this.newId(createdSeconds * 1000), ...fields, created: createdSeconds };
    this.customers.push(customer);
    return customer;
  }

  customer(id: string): Customer | undefined {
    return this.customers.find((c) => c.id === id);
  }

  /** Filters compare whole values (email ignoring case); empty filters are ignored. */
  findCustomers(filter: CustomerFilter): Customer[] {
    return newestFirst(
      this.customers.filter(
        (c) =>
          (!filter.email || sameText(c.email, filter.email)) &&
          (!filter.mobile || c.mobile === filter.mobile) &&
          (!filter.company || sameText(c.company, filter.company)),
      ),
    );
  }

  removeCustomer(id: string): boolean {
    const before = this.customers.length;
    this.customers = this.customers.filter((c) => c.id !== id);
    return this.customers.length < before;
  }

  // ---- transactions -------------------------------------------------------

  transaction(id: string): Transaction | undefined {
    return this.transactions.find((t) => t.id === id);
  }

  findTransactions(status?: TransactionStatus): Transaction[] {
    return newestFirst(this.transactions.filter((t) => status === undefined || t.status === status));
  }

  addTransaction(fields: Omit<Transaction, "id">, id?: string): Transaction {
    let newId = id ?? transactionId(this.random, fields.created);
    while (this.transaction(newId)) newId = transactionId(this.random, fields.created, 1);
    const transaction: Transaction = { id: newId, ...fields };
    this.transactions.push(transaction);
    return transaction;
  }

  /**
   * A customer paying an invoice online: the transaction describes the invoice
   * (its only link to it) and, when approved, marks the invoice paid.
   */
  payInvoice(invoiceId: string, amount: string, createdSeconds: number, approved = true): Transaction {
    const invoice = this.invoice(invoiceId);
    if (!invoice) throw new Error(`no invoice ${invoiceId}`);
    const transaction = this.addTransaction({
      description: `پرداخت فاکتور : ${invoice.title} (${invoice.number})`,
      amount,
      created: createdSeconds,
      status: approved ? "approved" : "disapproved",
    });
    if (approved) invoice.status = "paid";
    return transaction;
  }

  // ---- invoices -----------------------------------------------------------

  invoice(id: string): Invoice | undefined {
    return this.invoices.find((i) => i.id === id);
  }

  invoiceByNumber(number: string): Invoice | undefined {
    return this.invoices.find((i) => i.number === number);
  }

  findInvoices(status?: string): Invoice[] {
    return newestFirst(this.invoices.filter((i) => status === undefined || i.status === status));
  }

  /** The next free number: one past the largest numeric number so far. */
  nextInvoiceNumber(): string {
    const numbers = this.invoices.map((i) => i.number).filter((n) => /^\d{1,15}$/.test(n)).map(Number);
    return String(Math.max(10000, ...numbers) + 1);
  }

  addInvoice(fields: Omit<Invoice, "id">, id?: string): Invoice {
    const invoice: Invoice = { id: id ?? this.newId(fields.created * 1000), ...fields };
    this.invoices.push(invoice);
    return invoice;
  }

  removeInvoice(id: string): boolean {
    const before = this.invoices.length;
    this.invoices = this.invoices.filter((i) => i.id !== id);
    return this.invoices.length < before;
  }

  /** The account's rule for online payment: what gets stored, whatever was asked. */
  onlinePaymentStored(asked: boolean, total: string | null): boolean {
    if (!asked || !this.account.subscriptionActive || !this.account.gatewayActive) return false;
    return total === null || BigInt(total) <= BigInt(this.account.gatewayLimit);
  }

  // ---- items --------------------------------------------------------------

  item(id: string): Item | undefined {
    return this.items.find((i) => i.id === id);
  }
}
