import type { ClaimOutcome, IdempotencyJournal, JournalEntry } from "./journal.js";

/** In-process journal: for tests and single-instance deployments that accept losing it on restart. */
export class MemoryJournal implements IdempotencyJournal {
  protected readonly entries = new Map<string, JournalEntry>();

  async get(key: string): Promise<JournalEntry | undefined> {
    const entry = this.entries.get(key);
    return entry && { ...entry };
  }

  async begin(entry: JournalEntry) {
    const existing = this.entries.get(entry.key);
    if (existing) return { created: false as const, existing: { ...existing } };
    this.entries.set(entry.key, { ...entry });
    this.persist(this.entries.get(entry.key)!);
    return { created: true as const };
  }

  async claim(key: string, leaseUntil: number, now: number): Promise<ClaimOutcome> {
    const entry = this.entries.get(key);
    if (!entry) return { claimed: false, entry: undefined };
    if (entry.state !== "PENDING" || (entry.leaseUntil ?? 0) > now) return { claimed: false, entry: { ...entry } };
    Object.assign(entry, { leaseUntil, updatedAt: now });
    this.persist(entry);
    return { claimed: true, entry: { ...entry } };
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

  private update(key: string, change: Partial<JournalEntry>): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    Object.assign(entry, change, { updatedAt: Date.now() });
    this.persist(entry);
  }

  /** Hook for durable subclasses. */
  protected persist(_record: JournalEntry | { key: string; deleted: true }): void {}
}
