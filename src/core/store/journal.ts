/**
 * The idempotency journal: what hesabgraph promised to write, keyed by the
 * client's idempotency key. A key is journalled (PENDING) before the vendor is
 * called and completed (DONE) with the vendor's answer, so a repeat is answered
 * from here and a crash between the two leaves a PENDING entry that the next
 * attempt reconciles with the vendor before sending anything again.
 *
 * Several instances may share one journal (Redis). A PENDING entry carries a
 * lease while one instance works on it: no other instance touches the vendor
 * for that key until the lease is given back or runs out (a crashed owner).
 */
export type JournalState = "PENDING" | "DONE";

/** How long a key is remembered after its last change (DONE or PENDING): a week, in every journal. */
export const JOURNAL_RETENTION_MS = 7 * 24 * 3600 * 1000;

export interface JournalEntry {
  /** Scope-qualified key, e.g. `TAHESAB:<client key>`. */
  key: string;
  /** Hash of the request, so a key reused for a different request is refused. */
  fingerprint: string;
  state: JournalState;
  /** What is needed to reconcile or replay (vendor command, arguments, identity). */
  request: Record<string, unknown>;
  /** The vendor's answer, once DONE. */
  result?: Record<string, unknown>;
  /** Facts learnt before the first send that every later attempt needs (see exactly-once.ts). */
  checkpoint?: Record<string, unknown>;
  /** Epoch ms until which an instance is working on this PENDING entry; 0 when none is. */
  leaseUntil: number;
  createdAt: number;
  updatedAt: number;
}

export type ClaimOutcome =
  /** The lease is ours: reconcile, then send if need be. */
  | { claimed: true; entry: JournalEntry }
  /** Someone else holds the lease, or the entry is DONE (then `entry.result` is the answer). */
  | { claimed: false; entry: JournalEntry }
  /** No such key (released meanwhile): begin afresh. */
  | { claimed: false; entry: undefined };

export interface IdempotencyJournal {
  get(key: string): Promise<JournalEntry | undefined>;
  /** Puts the entry (with its lease) if the key is free; returns the entry already there otherwise. */
  begin(entry: JournalEntry): Promise<{ created: true } | { created: false; existing: JournalEntry }>;
  /** Takes the lease of a PENDING entry whose lease is free or has run out, atomically. */
  claim(key: string, leaseUntil: number, now: number): Promise<ClaimOutcome>;
  /** Keeps facts learnt before sending with a PENDING entry. */
  checkpoint(key: string, checkpoint: Record<string, unknown>): Promise<void>;
  /** DONE with the vendor's answer; the lease ends. */
  complete(key: string, result: Record<string, unknown>): Promise<void>;
  /**
   * Sets the lease of an entry that stays PENDING (the outcome is still
   * unknown): 0 gives it back; a time keeps every attempt away until then.
   */
  setLease(key: string, leaseUntil: number): Promise<void>;
  /** Forgets a key whose write surely did not happen, so the client may try again. */
  release(key: string): Promise<void>;
  /** Throws when the journal cannot be used (for /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
