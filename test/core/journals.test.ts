import { mkdtempSync, readFileSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FileJournal } from "../../src/core/store/file-journal.js";
import { JOURNAL_RETENTION_MS, type IdempotencyJournal, type JournalEntry } from "../../src/core/store/journal.js";
import { MemoryJournal } from "../../src/core/store/memory-journal.js";
import { connectRedis } from "../../src/core/store/redis-connection.js";
import { RedisJournal } from "../../src/core/store/redis-journal.js";
import { redisServer } from "../support/debian.js";
import { startRedis, type RedisProcess } from "../support/redis.js";

const REDIS = redisServer();
const entry = (key: string, extra: Partial<JournalEntry> = {}): JournalEntry => ({
  key, fingerprint: `fp-${key}`, state: "PENDING", request: { amount: "12", lines: [] }, leaseUntil: 5_000, createdAt: 1_000, updatedAt: 1_000, ...extra,
});

/** What every journal does, whatever holds it (times are near now: entries are kept for a week from their last change). */
function journalContract(name: string, open: () => Promise<IdempotencyJournal>) {
  describe(`${name}: the journal contract`, () => {
    let journal: IdempotencyJournal;
    const T = Date.now();
    const at = (key: string, extra: Partial<JournalEntry> = {}) => entry(key, { leaseUntil: T + 5_000, createdAt: T, updatedAt: T, ...extra });
    beforeAll(async () => {
      journal = await open();
    });
    afterAll(() => journal.close());

    it("begin puts a new key, and gives back what is there for a key already journalled", async () => {
      expect(await journal.get("a")).toBeUndefined();
      expect(await journal.begin(at("a"))).toEqual({ created: true });
      const again = await journal.begin(at("a", { fingerprint: "other", leaseUntil: 9 }));
      expect(again).toEqual({ created: false, existing: expect.objectContaining({ key: "a", fingerprint: "fp-a", state: "PENDING", request: { amount: "12", lines: [] }, leaseUntil: T + 5_000, createdAt: T }) });
      expect(await journal.get("a")).toMatchObject({ key: "a", fingerprint: "fp-a", state: "PENDING", leaseUntil: T + 5_000, createdAt: T, updatedAt: T });
    });

    it("claim takes a free or run-out lease, never one still held, never a DONE entry, never a missing key", async () => {
      await journal.begin(at("c"));
      expect(await journal.claim("c", T + 9_000, T + 4_999)).toEqual({ claimed: false, entry: expect.objectContaining({ key: "c", leaseUntil: T + 5_000 }) });
      const taken = await journal.claim("c", T + 9_000, T + 5_000);
      expect(taken).toEqual({ claimed: true, entry: expect.objectContaining({ key: "c", state: "PENDING", leaseUntil: T + 9_000, updatedAt: T + 5_000 }) });
      expect((await journal.claim("c", T + 12_000, T + 8_000)).claimed).toBe(false);
      expect(await journal.claim("missing", T + 9_000, T + 5_000)).toEqual({ claimed: false, entry: undefined });
      await journal.complete("c", { id: "R" });
      expect(await journal.claim("c", T + 99_000, T + 50_000)).toEqual({ claimed: false, entry: expect.objectContaining({ state: "DONE", result: { id: "R" } }) });
    });

    it("checkpoint, setLease and complete change the entry; answers keep their empty lists", async () => {
      await journal.begin(at("d"));
      await journal.checkpoint("d", { code: "C-1", tried: [] });
      await journal.setLease("d", T + 7_777);
      expect(await journal.get("d")).toMatchObject({ state: "PENDING", checkpoint: { code: "C-1", tried: [] }, leaseUntil: T + 7_777 });
      await journal.complete("d", { id: "R-1", lines: [], nested: { empty: [] } });
      expect(await journal.get("d")).toMatchObject({ state: "DONE", result: { id: "R-1", lines: [], nested: { empty: [] } }, leaseUntil: 0, checkpoint: { code: "C-1", tried: [] } });
    });

    it("release forgets the key; changes to a released key do not bring it back", async () => {
      await journal.begin(at("e"));
      await journal.release("e");
      expect(await journal.get("e")).toBeUndefined();
      await journal.setLease("e", 1);
      await journal.checkpoint("e", { a: 1 });
      await journal.complete("e", { id: "late" });
      expect(await journal.get("e")).toBeUndefined();
      expect(await journal.begin(at("e"))).toEqual({ created: true });
      await journal.release("never-there");
    });

    it("answers ping", async () => {
      await expect(journal.ping()).resolves.toBeUndefined();
    });
  });
}

journalContract("in memory", async () => new MemoryJournal());
journalContract("in a file", async () => new FileJournal(mkdtempSync(join(tmpdir(), "hg-journal-"))));

describe.skipIf(!REDIS.available)("in Redis", () => {
  let redis: RedisProcess;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(() => redis?.stop());
  journalContract("in Redis", async () => new RedisJournal(connectRedis(redis.url), `test:${Math.random()}:`));

  it("entries expire after the retention period, and each change renews it", async () => {
    const connection = connectRedis(redis.url);
    const journal = new RedisJournal(connection, "ttl:");
    await journal.begin(entry("t"));
    const ttl = await connection.pttl("ttl:t");
    expect(ttl).toBeGreaterThan(JOURNAL_RETENTION_MS - 60_000);
    expect(ttl).toBeLessThanOrEqual(JOURNAL_RETENTION_MS);
    await connection.pexpire("ttl:t", 1_000);
    await journal.setLease("t", 3);
    expect(await connection.pttl("ttl:t")).toBeGreaterThan(JOURNAL_RETENTION_MS - 60_000);
    await journal.close();
  });

  it("when Redis is away every call is STATE_UNAVAILABLE", async () => {
    const other = await startRedis();
    const journal = new RedisJournal(connectRedis(other.url), "gone:");
    await other.stop();
    for (const call of [() => journal.get("x"), () => journal.begin(entry("x")), () => journal.claim("x", 1, 1), () => journal.release("x"), () => journal.ping(), () => journal.complete("x", {})]) {
      await expect(call()).rejects.toMatchObject({
        code: "STATE_UNAVAILABLE", retryable: true,
        message: "The shared state store (Redis) cannot be reached; nothing was sent to the vendor. Retry later.",
      });
    }
    await journal.close();
  });
});

describe("the in-memory journal forgets after the retention period", () => {
  it("an entry untouched for the retention period is gone; one touched since is kept", async () => {
    let now = 1_000;
    const journal = new MemoryJournal(() => now, 10_000);
    await journal.begin(entry("old", { updatedAt: 1_000 }));
    await journal.begin(entry("kept", { updatedAt: 1_000 }));
    now = 10_999;
    await journal.setLease("kept", 1); // touched: updatedAt is now
    expect(await journal.get("old")).toMatchObject({ key: "old" });
    now = 11_000;
    expect(await journal.get("old")).toBeUndefined();
    expect(await journal.claim("old", 1, now)).toEqual({ claimed: false, entry: undefined });
    expect(await journal.get("kept")).toMatchObject({ updatedAt: 10_999 });
    expect(journal.size()).toBe(1);
    expect(await journal.begin(entry("old"))).toEqual({ created: true });
  });

  it("the default retention is a week", async () => {
    let now = 0;
    const journal = new MemoryJournal(() => now);
    await journal.begin(entry("w", { updatedAt: 0 }));
    now = 7 * 24 * 3600 * 1000 - 1;
    expect(journal.size()).toBe(1);
    now += 1;
    expect(journal.size()).toBe(0);
    expect(JOURNAL_RETENTION_MS).toBe(7 * 24 * 3600 * 1000);
  });

  it("expired entries are swept as writes come in, every 1000 new keys", async () => {
    let now = 0;
    const journal = new MemoryJournal(() => now, 100);
    const held = () => (journal as unknown as { entries: Map<string, unknown> }).entries.size;
    for (let i = 0; i < 10; i++) await journal.begin(entry(`stale-${i}`, { updatedAt: 0 }));
    now = 1_000;
    for (let i = 0; i < 989; i++) await journal.begin(entry(`fresh-${i}`, { updatedAt: now }));
    expect(held()).toBe(999);
    await journal.begin(entry("the-1000th", { updatedAt: now }));
    expect(held()).toBe(990);
  });
});

describe("the file journal", () => {
  const lines = (dir: string) => readFileSync(join(dir, "idempotency-journal.jsonl"), "utf8").split("\n").filter(Boolean);

  it("a reopened journal has every entry as it was, their leases given back (their owner died with the process)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hg-journal-"));
    const first = new FileJournal(dir);
    await first.begin(entry("p", { leaseUntil: Date.now() + 60_000, updatedAt: Date.now() }));
    await first.checkpoint("p", { code: "C" });
    await first.begin(entry("d", { updatedAt: Date.now() }));
    await first.complete("d", { id: "R" });
    await first.begin(entry("gone", { updatedAt: Date.now() }));
    await first.release("gone");
    await first.close();
    const second = new FileJournal(dir);
    expect(await second.get("p")).toMatchObject({ state: "PENDING", checkpoint: { code: "C" }, leaseUntil: 0 });
    expect(await second.get("d")).toMatchObject({ state: "DONE", result: { id: "R" } });
    expect(await second.get("gone")).toBeUndefined();
    // Reopening compacted the file: one line per live entry.
    expect(lines(dir)).toHaveLength(2);
    await second.close();
  });

  it("a torn last line (a crash mid-write) is skipped, the lines before it kept", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hg-journal-"));
    const first = new FileJournal(dir, "j.jsonl");
    await first.begin(entry("whole", { updatedAt: Date.now() }));
    await first.close();
    appendFileSync(join(dir, "j.jsonl"), '{"key":"torn","finger');
    const second = new FileJournal(dir, "j.jsonl");
    expect(await second.get("whole")).toMatchObject({ key: "whole" });
    expect(await second.get("torn")).toBeUndefined();
    await second.close();
  });

  it("entries past the retention period are dropped when the file is opened", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hg-journal-"));
    writeFileSync(join(dir, "idempotency-journal.jsonl"), [JSON.stringify(entry("old", { updatedAt: 0 })), JSON.stringify(entry("new", { updatedAt: 9_500 }))].join("\n") + "\n");
    const journal = new FileJournal(dir, undefined, () => 10_000, 1_000);
    expect(await journal.get("old")).toBeUndefined();
    expect(await journal.get("new")).toMatchObject({ key: "new" });
    expect(lines(dir)).toEqual([expect.stringContaining('"key":"new"')]);
    await journal.close();
  });

  it("an entry that expires while the file is open leaves a tombstone naming it, whether found on a read or by a sweep", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hg-journal-"));
    let time = 0;
    const journal = new FileJournal(dir, undefined, () => time, 1_000);
    await journal.begin(entry("read", { updatedAt: 0 }));
    await journal.begin(entry("swept", { updatedAt: 0 }));
    time = 1_000;
    expect(await journal.get("read")).toBeUndefined();
    expect(journal.size()).toBe(0);
    expect(lines(dir).slice(-2).map((line) => JSON.parse(line))).toEqual([
      { key: "read", deleted: true },
      { key: "swept", deleted: true },
    ]);
    await journal.close();
    const reopened = new FileJournal(dir, undefined, () => 0, 1_000);
    expect(reopened.size()).toBe(0);
    await reopened.close();
  });

  it("the file is compacted once it holds more than 1000 lines and four times the entries", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hg-journal-"));
    const journal = new FileJournal(dir);
    await journal.begin(entry("busy", { updatedAt: Date.now() }));
    for (let i = 0; i < 999; i++) await journal.setLease("busy", i);
    expect(lines(dir)).toHaveLength(1000);
    await journal.setLease("busy", 1_000);
    expect(lines(dir)).toEqual([expect.stringContaining('"leaseUntil":1000')]);
    expect(await new FileJournal(dir).get("busy")).toMatchObject({ key: "busy" });
    await journal.close();
  });
});
