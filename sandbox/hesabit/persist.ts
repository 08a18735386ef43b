// persistFile: clients, issued tokens and data survive a restart, so a sandbox
// that was connected stays connected. Written atomically (a temporary file in
// the same folder, then rename), so a crash mid-write leaves the old file whole.
// Codes, consent pages, quota counters and the request log are not kept.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import type { AccessToken, Client, OAuthStore, RefreshToken } from "./oauth-store.js";
import type { Account, Customer, HesabitState, Invoice, Item, SentLink, Transaction } from "./state.js";

const FORMAT = "hesabit-simulator/1";

export interface PersistedFile {
  format: typeof FORMAT;
  clients: Client[];
  accessTokens: AccessToken[];
  refreshTokens: RefreshToken[];
  data: {
    customers: Customer[];
    transactions: Transaction[];
    invoices: Invoice[];
    items: Item[];
    account: Account;
    sentLinks: SentLink[];
  };
}

/** The file's content, or null when there is no file yet. A file that is not ours throws. */
export function loadPersisted(path: string): PersistedFile | null {
  if (!existsSync(path)) return null;
  const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<PersistedFile> | null;
  if (parsed === null || typeof parsed !== "object" || parsed.format !== FORMAT || !parsed.data || !Array.isArray(parsed.clients)) {
    throw new Error(`${path} is not a Hesabit simulator file (${FORMAT})`);
  }
  return parsed as PersistedFile;
}

export function snapshot(store: OAuthStore, state: HesabitState): PersistedFile {
  return {
    format: FORMAT,
    clients: [...store.clients.values()],
    accessTokens: [...store.accessTokens.values()],
    refreshTokens: [...store.refreshTokens.values()],
    data: {
      customers: state.customers,
      transactions: state.transactions,
      invoices: state.invoices,
      items: state.items,
      account: state.account,
      sentLinks: state.sentLinks,
    },
  };
}

export function restore(file: PersistedFile, store: OAuthStore, state: HesabitState): void {
  for (const client of file.clients) store.register(client);
  store.accessTokens = new Map(file.accessTokens.map((t) => [t.token, t]));
  store.refreshTokens = new Map(file.refreshTokens.map((t) => [t.token, t]));
  state.customers = file.data.customers;
  state.transactions = file.data.transactions;
  state.invoices = file.data.invoices;
  state.items = file.data.items;
  state.account = file.data.account;
  state.sentLinks = file.data.sentLinks ?? [];
}

export function savePersisted(path: string, content: PersistedFile): void {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(content, null, 1));
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
