import { appendFileSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { JournalEntry } from "./journal.js";
import { MemoryJournal } from "./memory-journal.js";

const RETENTION_MS = 7 * 24 * 3600 * 1000;

/**
 * The default journal: an append-only JSON-lines file under the state
 * directory, fsync'd on every change so a PENDING write survives a crash. It is
 * compacted (completed entries older than a week dropped) when opened.
 */
export class FileJournal extends MemoryJournal {
  private readonly fd: number;

  constructor(directory: string, file = "idempotency-journal.jsonl") {
    super();
    mkdirSync(directory, { recursive: true });
    const path = join(directory, file);
    if (existsSync(path)) {
      for (const line of readFileSync(path, "utf8").split("\n")) {
        if (!line.trim()) continue;
        try {
          const record = JSON.parse(line) as JournalEntry | { key: string; deleted: true };
          if ("deleted" in record) this.entries.delete(record.key);
          else this.entries.set(record.key, record);
        } catch {
          // A torn last line from a crash: everything before it is intact.
        }
      }
      // This process is the file's only user: leases of the one before it died with it.
      for (const entry of this.entries.values()) entry.leaseUntil = 0;
      const cutoff = Date.now() - RETENTION_MS;
      for (const [key, entry] of this.entries) if (entry.state === "DONE" && entry.updatedAt < cutoff) this.entries.delete(key);
      const compacted = [...this.entries.values()].map((e) => JSON.stringify(e) + "\n").join("");
      writeFileSync(`${path}.tmp`, compacted);
      renameSync(`${path}.tmp`, path);
    }
    this.fd = openSync(path, "a");
  }

  protected override persist(record: JournalEntry | { key: string; deleted: true }): void {
    appendFileSync(this.fd, JSON.stringify(record) + "\n");
    fsyncSync(this.fd);
  }

  override async close(): Promise<void> {
    closeSync(this.fd);
  }
}
