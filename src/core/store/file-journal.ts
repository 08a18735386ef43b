import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { join } from "node:path";
import { JOURNAL_RETENTION_MS, type JournalEntry } from "./journal.js";
import { MemoryJournal } from "./memory-journal.js";

type JournalLine = JournalEntry | { key: string; deleted: true };

function fsyncDirectory(directory: string): void {
  const fd = openSync(directory, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The default journal: an append-only JSON-lines file under the state
 * directory, fsync'd on every change so a PENDING write survives a crash.
 * It is compacted — entries, DONE or PENDING, untouched for the retention
 * period dropped, the rest written once each — when opened and whenever the
 * file has grown to several times what it holds. Compaction writes a new
 * file, fsyncs it, renames it over the old one and fsyncs the folder: a crash
 * at any point leaves one whole journal.
 */
export class FileJournal extends MemoryJournal {
  private readonly path: string;
  private fd: number;
  private lines = 0;

  constructor(private readonly directory: string, file = "idempotency-journal.jsonl", now: () => number = Date.now, retentionMs = JOURNAL_RETENTION_MS) {
    super(now, retentionMs);
    mkdirSync(directory, { recursive: true });
    this.path = join(directory, file);
    if (existsSync(this.path)) {
      for (const line of readFileSync(this.path, "utf8").split("\n")) {
        if (!line.trim()) continue;
        try {
          const record = JSON.parse(line) as JournalLine;
          if ("deleted" in record) this.entries.delete(record.key);
          else this.entries.set(record.key, record);
        } catch {
          // A torn last line from a crash: everything before it is intact.
        }
      }
      // This process is the file's only user: leases of the one before it died with it.
      for (const entry of this.entries.values()) entry.leaseUntil = 0;
    }
    this.fd = this.compact();
  }

  protected override persist(record: JournalLine): void {
    if (this.fd === undefined) return; // during construction: compaction writes everything
    writeSync(this.fd, JSON.stringify(record) + "\n");
    fsyncSync(this.fd);
    this.lines += 1;
    if (this.lines > Math.max(1000, 4 * this.entries.size)) {
      closeSync(this.fd);
      this.fd = this.compact();
    }
  }

  /** Writes the live entries to a new file, durably, and opens it for appending. */
  private compact(): number {
    for (const [key, entry] of this.entries) if (this.expired(entry)) this.entries.delete(key);
    const temporary = `${this.path}.tmp`;
    const fd = openSync(temporary, "w");
    try {
      writeSync(fd, [...this.entries.values()].map((e) => JSON.stringify(e) + "\n").join(""));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.path);
    fsyncDirectory(this.directory);
    this.lines = this.entries.size;
    return openSync(this.path, "a");
  }

  override async close(): Promise<void> {
    closeSync(this.fd);
  }
}
