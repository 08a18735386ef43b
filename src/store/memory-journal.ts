import type { IdempotencyJournal, JournalEntry } from "./journal.js";

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

  async complete(key: string, result: Record<string, unknown>): Promise<void> {
    const entry = this.entries.get(key);
    if (!entry) return;
    Object.assign(entry, { state: "DONE", result, updatedAt: Date.now() });
    this.persist(entry);
  }

  async release(key: string): Promise<void> {
    if (this.entries.delete(key)) this.persist({ key, deleted: true });
  }

  async close(): Promise<void> {}

  /** Hook for durable subclasses. */
  protected persist(_record: JournalEntry | { key: string; deleted: true }): void {}
}
