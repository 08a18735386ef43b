import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { InvoiceKind } from "../../src/core/invoice.js";
import type { Logger } from "../../src/core/logger.js";
import type { StateStore } from "../../src/core/store/state-store.js";
import type { HesabfaClient } from "./client.js";
import { bool, codeKey, date, integer, optional, padCode, text } from "./fields.js";
import { KIND_NUMBERS } from "./invoices.js";
import type { OwnChanges, OwnMark } from "./own-changes.js";

const CHANGE = z.looseObject({
  Id: integer,
  DateTime: optional(date),
  Action: integer,
  ObjectId: optional(integer),
  ObjectType: text,
  Extra: text,
  Extra2: text,
  API: optional(bool),
});
type Change = z.output<typeof CHANGE>;

export type ChangeAction = "CREATED" | "UPDATED" | "DELETED";
export type ChangedObject = "CUSTOMER" | "ITEM" | "INVOICE" | "WAREHOUSE_RECEIPT" | "OTHER";

/** One change in the business, in the graph's words. */
interface ChangeFields {
  id: number;
  at: string | null;
  action: ChangeAction | null;
  actionCode: number;
  object: ChangedObject;
  vendorObjectType: string | null;
  objectId: string | null;
  /** The customer's or item's code. */
  code: string | null;
  invoiceKind: InvoiceKind | null;
  invoiceNumber: string | null;
  receiptNumber: string | null;
  /** Item codes of the invoice's or receipt's lines. */
  itemCodes: string[];
  madeThroughApi: boolean | null;
}

export type ChangeRecord = ChangeFields & { madeByHesabgraph: boolean };

const OBJECTS: Record<string, ChangedObject> = { contact: "CUSTOMER", product: "ITEM", invoice: "INVOICE", warehousereceipt: "WAREHOUSE_RECEIPT" };
const ACTIONS: Record<number, ChangeAction> = { 1: "CREATED", 2: "UPDATED", 3: "DELETED" };
/** The tens of an invoice action name its kind (H3's LogAction: 121 sale saved, 132 purchase edited…). */
const INVOICE_ACTION_KINDS: Record<number, InvoiceKind> = { 12: "SALE", 13: "PURCHASE", 14: "SALE_RETURN", 15: "PURCHASE_RETURN", 16: "WASTE" };

function toChange(change: Change): ChangeFields {
  const object = OBJECTS[(change.ObjectType ?? "").toLowerCase()] ?? "OTHER";
  const codes = (change.Extra ?? "").split(",").map((c) => c.trim()).filter((c) => /^\d{1,15}$/.test(c)).map(padCode);
  const invoiceKind = object === "INVOICE" ? (INVOICE_ACTION_KINDS[Math.floor(change.Action / 10)] ?? null) : null;
  return {
    id: change.Id,
    at: change.DateTime,
    action: ACTIONS[change.Action % 10] ?? null,
    actionCode: change.Action,
    object,
    vendorObjectType: change.ObjectType,
    objectId: change.ObjectId === null ? null : String(change.ObjectId),
    code: object === "CUSTOMER" || object === "ITEM" ? (codes[0] ?? null) : null,
    invoiceKind,
    invoiceNumber: object === "INVOICE" && change.Extra2 && /^\d{1,15}$/.test(change.Extra2) ? padCode(change.Extra2) : null,
    receiptNumber: object === "WAREHOUSE_RECEIPT" ? change.Extra2 : null,
    itemCodes: object === "INVOICE" || object === "WAREHOUSE_RECEIPT" ? codes : [],
    madeThroughApi: change.API,
  };
}

function ownMarks(change: ChangeFields): OwnMark[] {
  const id = change.objectId === null ? null : Number(change.objectId);
  switch (change.object) {
    case "CUSTOMER":
      return [{ objectType: "Contact", id, natural: change.code ? codeKey(change.code) : null }];
    case "ITEM":
      return [{ objectType: "Product", id, natural: change.code ? codeKey(change.code) : null }];
    case "INVOICE":
      return [{ objectType: "Invoice", id, natural: change.invoiceKind && change.invoiceNumber ? `${KIND_NUMBERS[change.invoiceKind]}:${codeKey(change.invoiceNumber)}` : null }];
    case "WAREHOUSE_RECEIPT":
      return [{ objectType: "WarehouseReceipt", id, natural: change.receiptNumber }];
    default:
      return [];
  }
}

/** How many changes the feed keeps (the newest). */
const KEPT = 1000;
const LOCK_MS = 60_000;

/**
 * Follows Hesabfa's change log: pulls `GetChanges` from the last id it has
 * seen (kept in the state store, per tenant, so every instance continues
 * where any left off), marks the changes hesabgraph made itself, and keeps
 * the newest changes for the `hesabfaChanges` query. The change hook only
 * nudges it: the hook's body is not trusted beyond "something changed".
 */
export class HesabfaChangeFeed {
  private running?: Promise<void>;
  private again = false;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly client: HesabfaClient,
    private readonly store: StateStore,
    private readonly scope: string,
    private readonly own: OwnChanges,
    private readonly logger: Logger,
  ) {}

  private get lastKey() {
    return `${this.scope}:changes:last`;
  }

  private get feedKey() {
    return `${this.scope}:changes:feed`;
  }

  /** Pulls every `pollMs` as well (0: only when nudged or asked). */
  poll(pollMs: number): void {
    if (pollMs <= 0) return;
    this.timer = setInterval(() => this.nudge(), pollMs);
    this.timer.unref();
  }

  /** Pulls soon, in the background; nudges during a pull cause one more pull after it. */
  nudge(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pull()
      .catch((error: unknown) => this.logger.warn({ vendor: "HESABFA", err: error instanceof Error ? error.message : String(error) }, "change feed pull failed"))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.nudge();
        }
      });
  }

  /** Brings the feed up to date (one GetChanges call); another instance pulling at the same time does it for both. */
  async pull(): Promise<void> {
    const lock = `${this.scope}:changes:lock`;
    const token = randomUUID();
    if (!(await this.store.setIfAbsent(lock, token, LOCK_MS))) return;
    try {
      const last = await this.store.get(this.lastKey);
      if (last === undefined) {
        // First pull: the feed starts now; the business's history is not replayed.
        const { envelope } = await this.client.readEnvelope("setting/GetChanges", { start: 1_000_000_000 }, z.array(CHANGE));
        const lastId = integer.safeParse(envelope.LastId);
        await this.store.set(this.lastKey, String(lastId.success ? lastId.data : 0));
        return;
      }
      const rows = await this.client.read("setting/GetChanges", { start: Number(last) + 1 }, z.array(CHANGE));
      if (rows.length === 0) return;
      const changes: ChangeRecord[] = [];
      for (const row of rows) {
        const change = toChange(row);
        const mine = change.madeThroughApi === true && (await Promise.all(ownMarks(change).map((mark) => this.own.isOwn(mark)))).some(Boolean);
        changes.push({ ...change, madeByHesabgraph: mine });
      }
      const feed = [...(await this.feed()), ...changes].slice(-KEPT);
      await this.store.set(this.feedKey, JSON.stringify(feed));
      await this.store.set(this.lastKey, String(Math.max(Number(last), ...rows.map((row) => row.Id))));
    } finally {
      await this.store.deleteIfEquals(lock, token).catch(() => undefined);
    }
  }

  private async feed(): Promise<ChangeRecord[]> {
    const text_ = await this.store.get(this.feedKey);
    return text_ ? (JSON.parse(text_) as ChangeRecord[]) : [];
  }

  /** Changes after `after` (a change id), oldest first; hesabgraph's own left out unless asked for. */
  async since(after: number, includeOwn: boolean): Promise<{ changes: ChangeRecord[]; lastId: number | null }> {
    const last = await this.store.get(this.lastKey);
    const changes = (await this.feed()).filter((change) => change.id > after && (includeOwn || !change.madeByHesabgraph));
    return { changes, lastId: last === undefined ? null : Number(last) };
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

