import type { TahesabConfig } from "../../src/config.js";
import type { Logger } from "../../src/logger.js";
import { TahesabClient } from "./client.js";
import type { IdempotencyJournal } from "../../src/core/store/journal.js";
import { TahesabDocuments } from "./documents.js";
import { ExactlyOnce } from "../../src/core/exactly-once.js";
import { TahesabEtikets } from "./etikets.js";
import { TahesabCustomers } from "./customers.js";
import { TahesabBalances } from "./balances.js";
import { TahesabRfid } from "./rfid.js";

export { TahesabClient, TahesabError } from "./client.js";
export type { EtiketRecord, EtiketImageRecord } from "./etikets.js";
export type { CustomerRecord, NewCustomer, CreatedCustomer } from "./customers.js";
export type { BalanceRecord, BalanceLineRecord } from "./balances.js";
export type { RfidTagRecord, RfidReadRecord } from "./rfid.js";
export type { RecordedDocument } from "./documents.js";
export type { SanadRecord, DocumentRequest, DocumentKind } from "./document-types.js";

/** Everything hesabgraph can ask one Tahesab installation. */
export class TahesabDatasource {
  readonly client: TahesabClient;
  readonly etikets: TahesabEtikets;
  readonly documents: TahesabDocuments;
  readonly customers: TahesabCustomers;
  readonly balances: TahesabBalances;
  readonly rfid: TahesabRfid;

  constructor(config: TahesabConfig, logger: Logger, journal: IdempotencyJournal) {
    this.client = new TahesabClient(config, logger);
    this.etikets = new TahesabEtikets(this.client);
    // One journal scope for every Tahesab write: a key names one write, whatever its kind.
    // A lease outlasts the slowest attempt: three reads of prechecks, the write, an inquiry, a margin.
    // A timed-out write gets twice the timeout to settle before anything is sent again.
    const exactlyOnce = new ExactlyOnce(journal, "TAHESAB", { leaseMs: 5 * config.timeoutMs + 5_000, settleMs: 2 * config.timeoutMs });
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
