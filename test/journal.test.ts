import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileJournal } from "../src/core/store/file-journal.js";
import { JOURNAL_RETENTION_MS, type JournalEntry } from "../src/core/store/journal.js";
import { MemoryJournal } from "../src/core/store/memory-journal.js";

/**
 * The idempotency journals forget what is old and keep what is not: a
 * long-running process does not grow without bound, and the file journal's
 * compaction drops stale entries (DONE and PENDING alike) and keeps the rest.
 */
const DAY = 24 * 3600 * 1000;

function clock(start = Date.UTC(2026, 0, 1)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const entry = (key: string, at: number, state: JournalEntry["state"] = "PENDING"): JournalEntry => ({
  key, fingerprint: `f-${key}`, state, request: { key }, leaseUntil: 0, createdAt: at, updatedAt: at,
});

describe("the memory journal forgets keys untouched for the retention period", () => {
  it("a key is there one millisecond before the retention runs out and gone at it, DONE or PENDING", async () => {
    const time = clock();
    const journal = new MemoryJournal(time.now);
    await journal.begin(entry("pending", time.now()));
    await journal.begin(entry("done", time.now()));
    await journal.complete("done", { ok: 1 });
    time.advance(JOURNAL_RETENTION_MS - 1);
    expect(await journal.get("pending")).toBeDefined();
    expect(await journal.get("done")).toBeDefined();
    time.advance(1);
    expect(await journal.get("pending")).toBeUndefined();
    expect(await journal.get("done")).toBeUndefined();
    expect(journal.size()).toBe(0);
  });

  it("a change keeps a key: retention counts from its last change", async () => {
    const time = clock();
    const journal = new MemoryJournal(time.now);
    await journal.begin(entry("k", time.now()));
    time.advance(6 * DAY);
    await journal.setLease("k", 0);
    time.advance(6 * DAY);
    expect(await journal.get("k")).toBeDefined();
  });

  it("old keys are swept as new ones come, so a long run holds only the last week's", async () => {
    const time = clock();
    const journal = new MemoryJournal(time.now);
    for (let i = 0; i < 3000; i++) {
      await journal.begin(entry(`k${i}`, time.now()));
      time.advance(JOURNAL_RETENTION_MS / 1000);
    }
    // About the last thousand are within a week of the last one.
    expect(journal.size()).toBeLessThanOrEqual(1001);
    expect(journal.size()).toBeGreaterThanOrEqual(999);
  });

  it("a forgotten key can be begun afresh", async () => {
    const time = clock();
    const journal = new MemoryJournal(time.now);
    await journal.begin(entry("k", time.now()));
    time.advance(JOURNAL_RETENTION_MS);
    expect((await journal.begin(entry("k", time.now()))).created).toBe(true);
  });
});

describe("the file journal", () => {
  const lines = (dir: string) => readFileSync(join(dir, "idempotency-journal.jsonl"), "utf8").trim().split("\n").filter(Boolean);

  it("keeps entries, their checkpoints and answers across a reopen; leases of the process before are given back", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hesabgraph-journal-"));
    const time = clock();
    const first = new FileJournal(dir, undefined, time.now);
    await first.begin({ ...entry("a", time.now()), leaseUntil: time.now() + 60_000 });
    await first.checkpoint("a", { code: 17 });
    await first.begin(entry("b", time.now()));
    await first.complete("b", { factorCode: "HG1" });
    await first.close();
    const second = new FileJournal(dir, undefined, time.now);
    expect(await second.get("a")).toMatchObject({ state: "PENDING", checkpoint: { code: 17 }, leaseUntil: 0 });
    expect(await second.get("b")).toMatchObject({ state: "DONE", result: { factorCode: "HG1" } });
    await second.close();
  });

  it("compacts when opened: stale entries (PENDING too) dropped, the rest written once each, no temporary file left", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hesabgraph-journal-"));
    const time = clock();
    const first = new FileJournal(dir, undefined, time.now);
    await first.begin(entry("old-pending", time.now()));
    await first.begin(entry("old-done", time.now()));
    await first.complete("old-done", {});
    time.advance(2 * DAY);
    await first.begin(entry("fresh", time.now()));
    for (let i = 0; i < 5; i++) await first.setLease("fresh", i);
    await first.close();
    expect(lines(dir).length).toBe(9);
    time.advance(JOURNAL_RETENTION_MS - DAY);
    const second = new FileJournal(dir, undefined, time.now);
    expect(await second.get("old-pending")).toBeUndefined();
    expect(await second.get("old-done")).toBeUndefined();
    expect(await second.get("fresh")).toBeDefined();
    expect(lines(dir).map((line) => JSON.parse(line).key)).toEqual(["fresh"]);
    expect(existsSync(join(dir, "idempotency-journal.jsonl.tmp"))).toBe(false);
    await second.close();
  });

  it("compacts while running once the file holds far more lines than entries", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hesabgraph-journal-"));
    const journal = new FileJournal(dir);
    await journal.begin(entry("busy", Date.now()));
    for (let i = 0; i < 1500; i++) await journal.setLease("busy", i);
    // Without compaction the file would hold 1501 lines for one entry.
    expect(lines(dir).length).toBeLessThan(600);
    expect(await journal.get("busy")).toMatchObject({ leaseUntil: 1499 });
    await journal.close();
    const reopened = new FileJournal(dir);
    expect(await reopened.get("busy")).toMatchObject({ leaseUntil: 0 });
    await reopened.close();
  });
});
