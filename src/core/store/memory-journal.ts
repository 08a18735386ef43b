import { JOURNAL_RETENTION_MS, type ClaimOutcome, type IdempotencyJournal, type JournalEntry } from "./journal.js";

/**
 * In-process journal: for tests, sandbox mode and single-instance deployments
 * that accept losing it on restart. Entries untouched for the retention
 * period are forgotten (swept as writes come in), as Redis expires them, so a
 * long-running process does not grow without bound.
 */
export class MemoryJournal implements IdempotencyJournal {
  protected readonly entries = new Map<string, JournalEntry>();
  private writesSinceSweep = 0;

  constructor(
    protected readonly now: () => number = Date.now,
    protected readonly retentionMs = JOURNAL_RETENTION_MS,
  ) {}

  async get(key: string): Promise<JournalEntry | undefined> {
    const entry = this.live(key);
    return entry && { ...entry };
  }

  async begin(entry: JournalEntry) {
    const existing = this.live(entry.key);
    if (existing) return { created: false as const, existing: { ...existing } };
    this.entries.set(entry.key, { ...entry });
    this.persist(this.entries.get(entry.key)!);
    this.maybeSweep();
    return { created: true as const };
  }

  async claim(key: string, leaseUntil: number, now: number): Promise<ClaimOutcome> {
    const entry = this.live(key);
    if (!entry) return { claimed: false, entry: undefined };
    if (entry.state !== "PENDING" || (entry.leaseUntil ?? 0) > now) return { claimed: false, entry: { ...entry } };
    Object.assign(entry, { leaseUntil, updatedAt: now });
    this.persist(entry);
    return { claimed: true, entry: { ...entry } };
  }

  async checkpoint(key: string, checkpoint: Record<string, unknown>): Promise<void> {
    this.update(key, { checkpoint });
  }

  async complete(key: string, result: Record<string, unknown>): Promise<void> {
    this.update(key, { state: "DONE", result, leaseUntil: 0 });
  }

  async setLease(key: string, leaseUntil: number): Promise<void> {
    this.update(key, { leaseUntil });
  }

  async release(key: string): Promise<void> {
    if (this.entries.delete(key)) this.persist({ key, deleted: true });
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}

  /** Number of entries held (for tests of forgetting). */
  size(): number {
    this.sweep();
    return this.entries.size;
  }

  private live(key: string): JournalEntry | undefined {
    const entry = this.entries.get(key);
    if (entry && this.expired(entry)) {
      this.entries.delete(key);
      this.persist({ key, deleted: true });
      return undefined;
    }
    return entry;
  }

  protected expired(entry: JournalEntry): boolean {
    return entry.updatedAt + this.retentionMs <= this.now();
  }

  private update(key: string, change: Partial<JournalEntry>): void {
    const entry = this.live(key);
    if (!entry) return;
    Object.assign(entry, change, { updatedAt: this.now() });
    this.persist(entry);
  }

  private maybeSweep(): void {
    if (++this.writesSinceSweep >= 1000) this.sweep();
  }

  protected sweep(): void {
    this.writesSinceSweep = 0;
    for (const [key, entry] of this.entries) {
      if (this.expired(entry)) {
        this.entries.delete(key);
        this.persist({ key, deleted: true });
      }
    }
  }

  /** Hook for durable subclasses. */
  protected persist(_record: JournalEntry | { key: string; deleted: true }): void {}
}
