import { ExactlyOnce } from "../../src/core/exactly-once.js";
import type { VendorDatasource, VendorDeps } from "../../src/core/vendor-module.js";
import { TahesabClient } from "./client.js";
import type { TahesabConfig } from "./config.js";
import { TahesabDocuments } from "./documents.js";
import { TahesabEtikets } from "./etikets.js";
import { TahesabCustomers } from "./customers.js";
import { TahesabBalances } from "./balances.js";
import { TahesabRfid } from "./rfid.js";

export { TahesabClient } from "./client.js";
export type { TahesabConfig } from "./config.js";
export type { EtiketRecord, EtiketImageRecord } from "./etikets.js";
export type { NewCustomer, CreatedCustomer } from "./customers.js";
export type { CustomerRecord } from "../../src/core/customer.js";
export type { BalanceRecord, BalanceLineRecord } from "./balances.js";
export type { RfidTagRecord, RfidReadRecord } from "./rfid.js";
export type { RecordedDocument } from "./documents.js";
export type { SanadRecord, DocumentRequest, DocumentKind } from "./document-types.js";

/** Journal keys of the default tenant stay `TAHESAB:<key>`, as journals written before tenants have them. */
const scopeOf = (tenantId: string) => (tenantId === "default" ? "TAHESAB" : `${tenantId}:TAHESAB`);

/** Everything hesabgraph can ask one Tahesab installation. */
export class TahesabDatasource implements VendorDatasource {
  readonly client: TahesabClient;
  readonly etikets: TahesabEtikets;
  readonly documents: TahesabDocuments;
  readonly customers: TahesabCustomers;
  readonly balances: TahesabBalances;
  readonly rfid: TahesabRfid;

  constructor(config: TahesabConfig, deps: VendorDeps) {
    this.client = new TahesabClient(config, deps.logger, deps.observer);
    this.etikets = new TahesabEtikets(this.client);
    // One journal scope for every Tahesab write: a key names one write, whatever its kind.
    // A lease outlasts the slowest attempt: three reads of prechecks, the write, an inquiry, a margin.
    // A timed-out write gets twice the timeout to settle before anything is sent again.
    const exactlyOnce = new ExactlyOnce(deps.journal, {
      vendor: "TAHESAB",
      vendorLabel: "Tahesab",
      scope: scopeOf(deps.tenantId),
      leaseMs: 5 * config.timeoutMs + 5_000,
      settleMs: 2 * config.timeoutMs,
    });
    this.documents = new TahesabDocuments(this.client, exactlyOnce);
    this.customers = new TahesabCustomers(this.client, exactlyOnce);
    this.balances = new TahesabBalances(this.client);
    this.rfid = new TahesabRfid(this.client, exactlyOnce);
  }

  get batchSize(): number {
    return this.client.batchSize;
  }

  ping(): Promise<void> {
    return this.client.ping();
  }

  close(): void {
    this.client.close();
  }
}
