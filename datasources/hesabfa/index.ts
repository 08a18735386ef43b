import { z } from "zod";
import { ExactlyOnce } from "../../src/core/exactly-once.js";
import type { Logger } from "../../src/core/logger.js";
import type { VendorDatasource, VendorDeps } from "../../src/core/vendor-module.js";
import { HesabfaChangeFeed } from "./changes.js";
import { HesabfaClient } from "./client.js";
import { hookPath, type HesabfaConfig } from "./config.js";
import { HesabfaContacts } from "./contacts.js";
import { HesabfaInvoices } from "./invoices.js";
import { HesabfaItems } from "./items.js";
import { OwnChanges } from "./own-changes.js";
import { HesabfaReceipts } from "./receipts.js";
import { HesabfaSettings } from "./settings.js";
import { HesabfaWrites } from "./writes.js";

export type { HesabfaConfig } from "./config.js";
export type { ContactChanges } from "./contacts.js";
export type { ItemChanges } from "./items.js";
export type { InvoiceDraft, PaymentDraft } from "./invoices.js";
export type { ReceiptDraft, ReceiptRecord } from "./receipts.js";
export type { ChangeRecord, ChangeAction, ChangedObject } from "./changes.js";
export type { FiscalYearRecord, BankRecord, CashDeskRecord, WarehouseRecord } from "./settings.js";
export type { ListQuery, ListFilter, FilterOperator } from "./list-query.js";
export { CONTACT_FIELDS } from "./contacts.js";
export { ITEM_FIELDS } from "./items.js";
export { INVOICE_FIELDS } from "./invoices.js";
export { OPERATOR_STRINGS } from "./list-query.js";
export { isCode, codeKey, padCode } from "./fields.js";

/** Everything hesabgraph can ask one Hesabfa business. */
export class HesabfaDatasource implements VendorDatasource {
  readonly client: HesabfaClient;
  readonly settings: HesabfaSettings;
  readonly contacts: HesabfaContacts;
  readonly items: HesabfaItems;
  readonly invoices: HesabfaInvoices;
  readonly receipts: HesabfaReceipts;
  readonly changes: HesabfaChangeFeed;
  private readonly writes: HesabfaWrites;
  private readonly logger: Logger;

  constructor(readonly config: HesabfaConfig, deps: VendorDeps) {
    // One business per tenant: keys of the journal and the state store are scoped by both.
    const scope = `${deps.tenantId}:HESABFA`;
    this.logger = deps.logger;
    this.client = new HesabfaClient(config, deps.logger, deps.store.redis, deps.observer);
    const exactlyOnce = new ExactlyOnce(deps.journal, {
      vendor: "HESABFA",
      vendorLabel: "Hesabfa",
      scope,
      // A write, its resend and a read-back, each of which may queue for the rate limit.
      leaseMs: 3 * (config.timeoutMs + config.rateMaxWaitMs) + 5_000,
      settleMs: 2 * config.timeoutMs,
    });
    const own = new OwnChanges(deps.store, scope);
    this.writes = new HesabfaWrites(this.client, exactlyOnce, own, scope);
    this.settings = new HesabfaSettings(this.client);
    const currency = () => this.settings.currency();
    this.contacts = new HesabfaContacts(this.client, this.writes);
    this.items = new HesabfaItems(this.client, this.writes, currency);
    this.invoices = new HesabfaInvoices(this.client, this.writes, currency);
    this.receipts = new HesabfaReceipts(this.client, this.writes);
    this.changes = new HesabfaChangeFeed(this.client, deps.store, scope, own, deps.logger);
    this.changes.poll(config.changesPollMs);
    if (config.publicUrl) {
      this.registerHook(config.publicUrl).catch((error: unknown) =>
        this.logger.warn({ vendor: "HESABFA", err: error instanceof Error ? error.message : String(error) }, "registering the change hook at start-up failed"),
      );
    }
  }

  get batchSize(): number {
    return this.client.batchSize;
  }

  get pageSize(): number {
    return this.client.pageSize;
  }

  /**
   * Asks Hesabfa to call the change hook at `<publicUrl>/hooks/hesabfa/<secret>`
   * with the configured password, and starts the change feed. Answers the URL
   * registered (without its secret).
   */
  async registerHook(publicUrl: string): Promise<string> {
    const { hookSecret, hookPassword } = this.config;
    if (!hookSecret || !hookPassword) throw new Error("HESABFA_HOOK_SECRET and HESABFA_HOOK_PASSWORD are not set");
    const base = publicUrl.replace(/\/+$/, "");
    await this.writes.run({
      method: "setting/SetChangeHook",
      params: { url: `${base}${hookPath(hookSecret)}`, hookPassword },
      shape: z.unknown(),
      map: () => ({ registered: true }),
      readBack: async () => ({ registered: true }),
      own: () => [],
      advice: "Register the change hook again.",
    });
    await this.changes.pull();
    return `${base}${hookPath("…")}`;
  }

  ping(): Promise<void> {
    return this.client.ping();
  }

  close(): void {
    this.changes.close();
  }
}
