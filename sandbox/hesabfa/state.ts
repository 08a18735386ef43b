// One simulated Hesabfa business: its settings, records, documents and change
// log. Each simulator owns one; nothing is module-level. The rules that
// change records live in contacts.ts, items.ts, invoices.ts, payments.ts and
// warehouse-receipts.ts; this file stores, looks up and derives.
import { parseCode, padCode } from "./codes.js";
import { FractionSource, tehranNow, type Clock, type LocalDateTime } from "./dates.js";
import { Dec, sum } from "./decimal.js";
import { makeFiscalYears, type FiscalYear } from "./fiscal-years.js";
import type { JValue } from "./json.js";
import type {
  BankRecord,
  CashRecord,
  ChangeRecord,
  ContactRecord,
  InvoiceRecord,
  ItemRecord,
  PaymentRecord,
  WarehouseReceiptRecord,
  WarehouseRecord,
} from "./records.js";

export interface ChangeHook {
  url: string;
  password: string;
}

/** One webhook POST and how it went (failures are kept here, quietly). */
export interface HookDelivery {
  url: string;
  body: { Password: string; Action: number; ObjectType: string; ObjectIdList: number[] };
  /** HTTP status, or the error text when the POST failed. */
  outcome: number | string | "pending";
}

/** Where id sequences start: distinct per kind, so an item's Id is never a contact's. */
const ID_BASE = { contact: 100_000, item: 200_000, invoice: 300_000, receipt: 400_000, payment: 500_000, account: 600_000 };
type IdKind = keyof typeof ID_BASE;

export class HesabfaState {
  readonly fiscalYears: FiscalYear[];
  readonly contacts = new Map<string, ContactRecord>();
  readonly items = new Map<string, ItemRecord>();
  /** Keyed `${InvoiceType}:${Number}`. */
  readonly invoices = new Map<string, InvoiceRecord>();
  readonly payments: PaymentRecord[] = [];
  readonly receipts: WarehouseReceiptRecord[] = [];
  readonly banks: BankRecord[] = [];
  readonly cashes: CashRecord[] = [];
  readonly pettyCashes: CashRecord[] = [];
  readonly warehouses: WarehouseRecord[] = [];
  /** Opening quantities: item code → warehouse code → quantity. */
  readonly openingStock = new Map<string, Map<number, Dec>>();
  readonly changes: ChangeRecord[] = [];
  readonly hookDeliveries: HookDelivery[] = [];
  hook: ChangeHook | null = null;
  /** Receives each group of changes made by one call, to POST to the hook (set by the simulator). */
  hookSender: ((hook: ChangeHook, changes: ChangeRecord[]) => void) | null = null;

  private readonly ids: Record<IdKind, number> = { ...ID_BASE };
  private changeId = 0;
  private receiptNumber = 1000;
  private pending: ChangeRecord[] = [];
  readonly fractions = new FractionSource();

  constructor(
    readonly currency: "IRR" | "IRT",
    readonly clock: Clock,
  ) {
    this.fiscalYears = makeFiscalYears(clock);
  }

  nextId(kind: IdKind): number {
    this.ids[kind] += 1;
    return this.ids[kind];
  }

  nextReceiptNumber(): number {
    this.receiptNumber += 1;
    return this.receiptNumber;
  }

  /** Tehran wall-clock now. */
  now(): LocalDateTime {
    return tehranNow(this.clock, this.fractions);
  }

  latestYear(): FiscalYear {
    return this.fiscalYears[this.fiscalYears.length - 1];
  }

  year(ordinal: number): FiscalYear | undefined {
    return this.fiscalYears.find((year) => year.ordinal === ordinal);
  }

  // ---- lookups (codes as numbers, padded strings or the JSON value) ----

  private key(code: number | string | JValue): string | null {
    if (typeof code === "number") return padCode(code);
    const parsed = parseCode(code);
    return parsed === null ? null : padCode(parsed);
  }

  contact(code: number | string): ContactRecord | undefined {
    const key = this.key(code);
    return key === null ? undefined : this.contacts.get(key);
  }

  item(code: number | string): ItemRecord | undefined {
    const key = this.key(code);
    return key === null ? undefined : this.items.get(key);
  }

  invoice(type: number, number: number | string): InvoiceRecord | undefined {
    const key = this.key(number);
    return key === null ? undefined : this.invoices.get(`${type}:${key}`);
  }

  invoiceById(id: number): InvoiceRecord | undefined {
    for (const invoice of this.invoices.values()) if (invoice.Id === id) return invoice;
    return undefined;
  }

  bank(code: number): BankRecord | undefined {
    return this.banks.find((bank) => bank.Code === padCode(code));
  }

  cash(code: number): CashRecord | undefined {
    return this.cashes.find((cash) => cash.Code === padCode(code));
  }

  pettyCash(code: number): CashRecord | undefined {
    return this.pettyCashes.find((cash) => cash.Code === padCode(code));
  }

  warehouse(code: number): WarehouseRecord | undefined {
    return this.warehouses.find((warehouse) => warehouse.Code === code);
  }

  /** The next free code after the highest in use (Hesabfa assigns the next one). */
  static nextCode(keys: Iterable<string>): string {
    let max = 0;
    for (const key of keys) max = Math.max(max, Number(key.split(":").pop()));
    return padCode(max + 1);
  }

  nextInvoiceNumber(type: number): string {
    const numbers = [...this.invoices.values()].filter((inv) => inv.InvoiceType === type).map((inv) => inv.Number);
    return HesabfaState.nextCode(numbers);
  }

  // ---- derived values ----

  paymentsOf(invoice: InvoiceRecord): PaymentRecord[] {
    return this.payments.filter((payment) => payment.invoiceId === invoice.Id);
  }

  paidOf(invoice: InvoiceRecord): Dec {
    return sum(this.paymentsOf(invoice).map((payment) => payment.Amount));
  }

  receiptsOf(invoice: InvoiceRecord): WarehouseReceiptRecord[] {
    return this.receipts.filter((receipt) => receipt.invoiceId === invoice.Id);
  }

  /**
   * Quantity on hand (Item.Stock, GetQuantity without a warehouse): opening
   * quantities plus every approved invoice's goods lines.
   */
  itemStock(code: string): Dec {
    const item = this.items.get(code);
    if (!item || item.ItemType !== 0) return Dec.ZERO;
    let total = sum(this.openingStock.get(code)?.values() ?? []);
    for (const invoice of this.invoices.values()) {
      if (invoice.Status !== 1) continue;
      const sign = STOCK_SIGN[invoice.InvoiceType];
      for (const line of invoice.InvoiceItems) {
        if (line.ItemCode === code) total = sign > 0 ? total.add(line.Quantity) : total.sub(line.Quantity);
      }
    }
    return total;
  }

  /** Quantity in one warehouse (GetQuantity with warehouseCode): opening plus warehouse receipts. */
  warehouseStock(code: string, warehouseCode: number): Dec {
    let total = this.openingStock.get(code)?.get(warehouseCode) ?? Dec.ZERO;
    for (const receipt of this.receipts) {
      if (receipt.WarehouseCode !== warehouseCode) continue;
      for (const line of receipt.Items) {
        if (line.ItemCode === code) total = receipt.Receiving ? total.add(line.Quantity) : total.sub(line.Quantity);
      }
    }
    return total;
  }

  // ---- change log and hook ----

  /**
   * Appends to the change log. The changes of one synchronous call are sent
   * to the hook together, after the call (a microtask later), never before the
   * answer is computed and never blocking it.
   */
  logChange(change: Omit<ChangeRecord, "Id" | "DateTime">): ChangeRecord {
    this.changeId += 1;
    const record: ChangeRecord = { Id: this.changeId, DateTime: this.now(), ...change };
    this.changes.push(record);
    if (this.pending.length === 0) queueMicrotask(() => this.flushChanges());
    this.pending.push(record);
    return record;
  }

  get lastChangeId(): number {
    return this.changeId;
  }

  private flushChanges(): void {
    const batch = this.pending;
    this.pending = [];
    if (this.hook && this.hookSender && batch.length > 0) this.hookSender(this.hook, batch);
  }
}

/** +1: goods come in (purchase, sale return); -1: goods go out (sale, purchase return, waste). */
export const STOCK_SIGN: Record<number, 1 | -1> = { 0: -1, 1: 1, 2: 1, 3: -1, 4: -1 };
