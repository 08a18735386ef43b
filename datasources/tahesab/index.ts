import { ExactlyOnce } from "../../src/core/exactly-once.js";
import type { VendorDatasource, VendorDeps } from "../../src/core/vendor-module.js";
import { AddOnDetector } from "./add-on.js";
import { TahesabBalances } from "./balances.js";
import { TahesabClient } from "./client.js";
import type { TahesabConfig } from "./config.js";
import { TahesabCustomerWrites } from "./customer-writes.js";
import { TahesabCustomers } from "./customers.js";
import { TahesabDocumentWrites } from "./document-writes.js";
import { TahesabDocuments } from "./documents.js";
import { TahesabEtikets } from "./etikets.js";
import { TahesabRfid } from "./rfid.js";

export { TahesabClient } from "./client.js";
export type { TahesabConfig } from "./config.js";
export type { AddOn } from "./add-on.js";
export type { EtiketRecord, EtiketImageRecord } from "./etikets.js";
export type { NewCustomer, CreatedCustomer } from "./customer-writes.js";
export type { CustomerRecord } from "../../src/core/customer.js";
export type { BalanceRecord, BalanceLineRecord } from "./balances.js";
export type { RfidTagRecord, RfidReadRecord } from "./rfid.js";
export type { RecordedDocument } from "./document-writes.js";
export type { SanadRecord, DocumentRequest, DocumentKind } from "./document-types.js";

/** Journal keys of the default tenant stay `TAHESAB:<key>`, as journals written before tenants have them. */
const scopeOf = (tenantId: string) => (tenantId === "default" ? "TAHESAB" : `${tenantId}:TAHESAB`);

/** Everything hesabgraph can ask one Tahesab installation. */
export class TahesabDatasource implements VendorDatasource {
  readonly client: TahesabClient;
  readonly addOns: AddOnDetector;
  readonly etikets: TahesabEtikets;
  readonly documents: TahesabDocuments;
  readonly documentWrites: TahesabDocumentWrites;
  readonly customers: TahesabCustomers;
  readonly customerWrites: TahesabCustomerWrites;
  readonly balances: TahesabBalances;
  readonly rfid: TahesabRfid;

  constructor(config: TahesabConfig, deps: VendorDeps) {
    this.client = new TahesabClient(config, deps.logger, deps.observer);
    this.addOns = new AddOnDetector(this.client, config.addOn);
    const scope = scopeOf(deps.tenantId);
    // One journal scope for every Tahesab write: a key names one write, whatever its kind.
    // A lease outlasts the slowest attempt: the reads of prechecks, the write, its settling, a margin.
    // A timed-out write gets twice the timeout to settle before anything is sent again.
    const exactlyOnce = new ExactlyOnce(deps.journal, {
      vendor: "TAHESAB",
      vendorLabel: "Tahesab",
      scope,
      leaseMs: 6 * config.timeoutMs + 5_000,
      settleMs: 2 * config.timeoutMs,
    });
    this.etikets = new TahesabEtikets(this.client);
    this.customers = new TahesabCustomers(this.client);
    this.customerWrites = new TahesabCustomerWrites(this.client, this.customers, this.addOns, exactlyOnce);
    this.documents = new TahesabDocuments(this.client, this.addOns, exactlyOnce);
    this.documentWrites = new TahesabDocumentWrites(this.client, this.documents, this.addOns, exactlyOnce, scope);
    this.balances = new TahesabBalances(this.client);
    this.rfid = new TahesabRfid(this.client, exactlyOnce);
  }

  get batchSize(): number {
    return this.client.batchSize;
  }

  /** Readiness: CheckHealth on newer add-ons (and the database it opened), a balance lookup on older ones. */
  ping(): Promise<void> {
    return this.addOns.ping();
  }

  close(): void {
    this.client.close();
  }
}
