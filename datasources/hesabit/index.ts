import { ExactlyOnce } from "../../src/core/exactly-once.js";
import { VendorTransport } from "../../src/core/http/transport.js";
import type { Logger } from "../../src/core/logger.js";
import type { VendorDatasource, VendorDeps } from "../../src/core/vendor-module.js";
import { HesabitClient } from "./client.js";
import type { HesabitConfig } from "./config.js";
import { HesabitCustomers } from "./customers.js";
import { HesabitInvoices } from "./invoices.js";
import { HesabitItems } from "./items.js";
import { HesabitOAuth } from "./oauth.js";
import { HesabitQuota } from "./quota.js";
import { HesabitTokens } from "./tokens.js";
import { HesabitTransactions } from "./transactions.js";
import { redactHesabitUrl } from "./vendor-text.js";

export type { HesabitConfig } from "./config.js";
export type { HesabitCustomerChanges, HesabitCustomerFilter, NewHesabitCustomer } from "./customers.js";
export type { NewHesabitInvoice } from "./invoices.js";
export type { QuotaState } from "./quota.js";
export type { HesabitTransactionStatus, TransactionRecord } from "./transactions.js";

/** Journal keys of the default tenant are `HESABIT:<key>`, like Tahesab's. */
const scopeOf = (tenantId: string) => (tenantId === "default" ? "HESABIT" : `${tenantId}:HESABIT`);

/** Where hesabgraph serves the login: beside the configured callback, else on the server the client called. */
export const LOGIN_PATH = "/auth/hesabit/login";
export const CALLBACK_PATH = "/auth/hesabit/callback";

/** How often /readyz may spend a request of the daily quota to see that Hesabit answers. */
const API_CHECK_EVERY_MS = 10 * 60 * 1000;

/** Everything hesabgraph can ask one connected Hesabit account. */
export class HesabitDatasource implements VendorDatasource {
  readonly client: HesabitClient;
  readonly tokens: HesabitTokens;
  readonly quota: HesabitQuota;
  readonly customers: HesabitCustomers;
  readonly transactions: HesabitTransactions;
  readonly invoices: HesabitInvoices;
  readonly items: HesabitItems;
  /** For the login routes, which run outside any GraphQL request. */
  readonly logger: Logger;
  private lastApiCheck = 0;

  constructor(private readonly config: HesabitConfig, deps: VendorDeps) {
    this.logger = deps.logger;
    const transport = (concurrency: number) =>
      new VendorTransport({
        vendor: "HESABIT",
        label: "Hesabit",
        timeoutMs: config.timeoutMs,
        concurrency,
        logger: deps.logger,
        // The access token rides in every API URL: never in a log line or an error.
        redactUrl: redactHesabitUrl,
        observer: deps.observer,
      });
    const loginUrl = config.redirectUri ? new URL(LOGIN_PATH, config.redirectUri).toString() : LOGIN_PATH;
    // Token calls have a transport of their own, so a refresh never queues behind the API calls waiting for it.
    this.tokens = new HesabitTokens(config, deps.store, new HesabitOAuth(config, transport(2)), deps.logger, deps.tenantId, loginUrl);
    this.quota = new HesabitQuota(deps.store, deps.tenantId, config.clientId, config.dailyQuota);
    this.client = new HesabitClient(config, transport(config.concurrency), this.tokens, this.quota);
    const scope = scopeOf(deps.tenantId);
    // A lease outlasts the slowest attempt: a precheck, the write and a look-up, each possibly after a refresh.
    const exactlyOnce = new ExactlyOnce(deps.journal, { vendor: "HESABIT", vendorLabel: "Hesabit", scope, leaseMs: 6 * config.timeoutMs + 5_000 });
    this.customers = new HesabitCustomers(this.client, exactlyOnce);
    this.transactions = new HesabitTransactions(this.client);
    this.invoices = new HesabitInvoices(this.client, exactlyOnce);
    this.items = new HesabitItems(this.client);
  }

  /** The callback address to give Hesabit: HESABIT_REDIRECT_URI, else this server's own as the browser reached it. */
  redirectUriFor(requestOrigin: string): string {
    return this.config.redirectUri ?? new URL(CALLBACK_PATH, requestOrigin).toString();
  }

  /**
   * Readiness: Hesabit is connected (a token is at hand or can be refreshed,
   * which costs no quota), and answered an API call within the last ten
   * minutes: probes every few seconds must not spend the daily quota.
   */
  async ping(): Promise<void> {
    await this.tokens.accessToken();
    if (Date.now() - this.lastApiCheck < API_CHECK_EVERY_MS) return;
    await this.client.ping();
    this.lastApiCheck = Date.now();
  }

  close(): void {}
}
