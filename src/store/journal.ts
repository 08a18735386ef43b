/**
 * The idempotency journal: what hesabgraph promised to write, keyed by the
 * client's idempotency key. A key is journalled (PENDING) before the vendor is
 * called and completed (DONE) with the vendor's answer, so a repeat is answered
 * from here and a crash between the two leaves a PENDING entry that the next
 * attempt reconciles with the vendor before sending anything again.
 */
export type JournalState = "PENDING" | "DONE";

export interface JournalEntry {
  /** Scope-qualified key, e.g. `TAHESAB:recordGoldTrade:<client key>`. */
  key: string;
  /** Hash of the request, so a key reused for a different request is refused. */
  fingerprint: string;
  state: JournalState;
  /** What is needed to reconcile or replay (vendor command, arguments, identity). */
  request: Record<string, unknown>;
  /** The vendor's answer, once DONE. */
  result?: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
}

export interface IdempotencyJournal {
  get(key: string): Promise<JournalEntry | undefined>;
  /** Puts the entry if the key is free; returns the entry already there otherwise. */
  begin(entry: JournalEntry): Promise<{ created: true } | { created: false; existing: JournalEntry }>;
  complete(key: string, result: Record<string, unknown>): Promise<void>;
  /** Forgets a key whose write surely did not happen, so the client may try again. */
  release(key: string): Promise<void>;
  close(): Promise<void>;
}
