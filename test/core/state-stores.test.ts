import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStores } from "../../src/core/store/index.js";
import { FileJournal } from "../../src/core/store/file-journal.js";
import { FileStateStore } from "../../src/core/store/file-state-store.js";
import { MemoryJournal } from "../../src/core/store/memory-journal.js";
import { connectRedis } from "../../src/core/store/redis-connection.js";
import { RedisJournal } from "../../src/core/store/redis-journal.js";
import { RedisStateStore } from "../../src/core/store/redis-state-store.js";
import { MemoryStateStore, type StateStore } from "../../src/core/store/state-store.js";
import { redisServer } from "../support/debian.js";
import { startRedis, type RedisProcess } from "../support/redis.js";

const REDIS = redisServer();

/** What every state store does, whatever holds it. */
function storeContract(name: string, open: () => Promise<StateStore>) {
  describe(`${name}: the state store contract`, () => {
    let store: StateStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(() => store.close());

    it("get, set (replacing), delete", async () => {
      expect(await store.get("a")).toBeUndefined();
      await store.set("a", "one");
      await store.set("a", "two", 60_000);
      expect(await store.get("a")).toBe("two");
      await store.delete("a");
      expect(await store.get("a")).toBeUndefined();
      await store.delete("never");
    });

    it("setIfAbsent takes a free key once", async () => {
      expect(await store.setIfAbsent("lock", "owner-1", 60_000)).toBe(true);
      expect(await store.setIfAbsent("lock", "owner-2", 60_000)).toBe(false);
      expect(await store.get("lock")).toBe("owner-1");
    });

    it("deleteIfEquals gives a lock back only to its owner", async () => {
      await store.set("held", "owner-1", 60_000);
      expect(await store.deleteIfEquals("held", "owner-2")).toBe(false);
      expect(await store.get("held")).toBe("owner-1");
      expect(await store.deleteIfEquals("held", "owner-1")).toBe(true);
      expect(await store.get("held")).toBeUndefined();
      expect(await store.deleteIfEquals("held", "owner-1")).toBe(false);
    });

    it("increment counts from zero by any step", async () => {
      expect(await store.increment("n", 1, 60_000)).toBe(1);
      expect(await store.increment("n", 5, 60_000)).toBe(6);
      expect(await store.increment("n", -2, 60_000)).toBe(4);
      expect(await store.get("n")).toBe("4");
    });

    it("answers ping", async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}

storeContract("in memory", async () => new MemoryStateStore());
storeContract("in a file", async () => new FileStateStore(mkdtempSync(join(tmpdir(), "hg-state-"))));

describe.skipIf(!REDIS.available)("in Redis", () => {
  let redis: RedisProcess;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(() => redis?.stop());
  storeContract("in Redis", async () => new RedisStateStore(connectRedis(redis.url), `test:${Math.random()}:`));

  it("keys live under the prefix, with the expiry asked for; a counter's expiry is set by its first increment only", async () => {
    const connection = connectRedis(redis.url);
    const store = new RedisStateStore(connection, "p:");
    await store.set("k", "v", 30_000);
    expect(await connection.get("p:k")).toBe("v");
    const ttl = await connection.pttl("p:k");
    expect(ttl).toBeGreaterThan(20_000);
    expect(ttl).toBeLessThanOrEqual(30_000);
    await store.set("forever", "v");
    expect(await connection.pttl("p:forever")).toBe(-1);
    await store.setIfAbsent("lock", "v", 30_000.4);
    expect(await connection.pttl("p:lock")).toBeGreaterThan(20_000);
    expect(await connection.pttl("p:lock")).toBeLessThanOrEqual(30_000);
    await store.increment("count", 1, 40_000);
    expect(await connection.pttl("p:count")).toBeGreaterThan(30_000);
    expect(await connection.pttl("p:count")).toBeLessThanOrEqual(40_000);
    await connection.pexpire("p:count", 90_000);
    await store.increment("count", 1, 40_000);
    expect(await connection.pttl("p:count")).toBeGreaterThan(80_000);
    expect(store.redis).toBe(connection);
    await connection.quit();
  });

  it("when Redis is away every call is STATE_UNAVAILABLE", async () => {
    const other = await startRedis();
    const store = new RedisStateStore(connectRedis(other.url), "gone:");
    await other.stop();
    for (const call of [() => store.get("x"), () => store.set("x", "1"), () => store.set("x", "1", 5), () => store.setIfAbsent("x", "1", 5), () => store.deleteIfEquals("x", "1"), () => store.delete("x"), () => store.increment("x", 1, 5), () => store.ping()]) {
      await expect(call()).rejects.toMatchObject({ code: "STATE_UNAVAILABLE", retryable: true });
    }
    store.redis.disconnect();
  });

  it("createStores with REDIS_URL puts the journal and the state in Redis over one connection", async () => {
    const stores = createStores({ redisUrl: redis.url, stateDir: "/nonexistent" });
    expect(stores.journal).toBeInstanceOf(RedisJournal);
    expect(stores.store).toBeInstanceOf(RedisStateStore);
    await stores.store.set("shared", "yes");
    expect(await stores.store.get("shared")).toBe("yes");
    await stores.store.close();
    await stores.journal.close();
  });
});

describe("expiry in memory", () => {
  it("a key with a ttl is gone at its expiry, one without stays", async () => {
    let now = 1_000;
    const store = new MemoryStateStore(() => now);
    await store.set("ttl", "v", 500);
    await store.set("forever", "v");
    now = 1_499;
    expect(await store.get("ttl")).toBe("v");
    now = 1_500;
    expect(await store.get("ttl")).toBeUndefined();
    expect(await store.get("forever")).toBe("v");
    expect(store.size()).toBe(1);
  });

  it("setIfAbsent takes a lock whose ttl ran out; deleteIfEquals finds nothing to give back then", async () => {
    let now = 0;
    const store = new MemoryStateStore(() => now);
    expect(await store.setIfAbsent("lock", "a", 100)).toBe(true);
    now = 99;
    expect(await store.setIfAbsent("lock", "b", 100)).toBe(false);
    now = 100;
    expect(await store.deleteIfEquals("lock", "a")).toBe(false);
    expect(await store.setIfAbsent("lock", "b", 100)).toBe(true);
    now = 199;
    expect(await store.get("lock")).toBe("b");
  });

  it("a counter expires ttl after its first increment, not after the last; then starts again from zero", async () => {
    let now = 0;
    const store = new MemoryStateStore(() => now);
    await store.increment("c", 2, 1_000);
    now = 900;
    expect(await store.increment("c", 3, 1_000)).toBe(5);
    now = 1_000;
    expect(await store.get("c")).toBeUndefined();
    expect(await store.increment("c", 1, 1_000)).toBe(1);
    now = 1_999;
    expect(await store.get("c")).toBe("1");
  });

  it("a counter over a value that is not a number starts from zero", async () => {
    const store = new MemoryStateStore();
    await store.set("c", "abc");
    expect(await store.increment("c", 4, 1_000)).toBe(4);
  });

  it("expired keys are swept every 1000 writes", async () => {
    let now = 0;
    const store = new MemoryStateStore(() => now);
    const held = () => (store as unknown as { held: Map<string, unknown> }).held.size;
    for (let i = 0; i < 10; i++) await store.set(`stale-${i}`, "v", 10);
    now = 100;
    for (let i = 0; i < 989; i++) await store.set(`fresh-${i}`, "v");
    expect(held()).toBe(999);
    await store.set("the-1000th", "v");
    expect(held()).toBe(990);
  });
});

describe("the file state store", () => {
  it("every change is on disk, readable by the owner only; a new store on the folder has it all", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hg-state-"));
    const store = new FileStateStore(dir);
    await store.set("token", "t-1", 60_000);
    await store.set("cursor", "42");
    await store.delete("cursor");
    const path = join(dir, "state.json");
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual({ token: { value: "t-1", expiresAt: expect.any(Number) } });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await new FileStateStore(dir).get("token")).toBe("t-1");
  });

  it("a file it did not write is refused, naming the file, never silently replaced", () => {
    const dir = mkdtempSync(join(tmpdir(), "hg-state-"));
    writeFileSync(join(dir, "s.json"), "{not json");
    expect(() => new FileStateStore(dir, "s.json")).toThrow(new RegExp(`^${join(dir, "s.json")} is not a state file hesabgraph wrote \\(.+\\); move it away to start afresh$`));
  });

  it("an expiry swept away is written too", async () => {
    let now = 0;
    const dir = mkdtempSync(join(tmpdir(), "hg-state-"));
    const store = new FileStateStore(dir, "state.json", () => now);
    await store.set("short", "v", 10);
    now = 20;
    expect(store.size()).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "state.json"), "utf8"))).toEqual({});
  });
});

describe("which stores a deployment gets", () => {
  it(":memory: keeps both in memory", () => {
    const stores = createStores({ stateDir: ":memory:" });
    expect(stores.journal).toBeInstanceOf(MemoryJournal);
    expect(stores.journal).not.toBeInstanceOf(FileJournal);
    expect(stores.store).toBeInstanceOf(MemoryStateStore);
    expect(stores.store).not.toBeInstanceOf(FileStateStore);
  });

  it("a folder keeps both in files there", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hg-stores-"));
    const stores = createStores({ stateDir: dir });
    expect(stores.journal).toBeInstanceOf(FileJournal);
    expect(stores.store).toBeInstanceOf(FileStateStore);
    await stores.store.set("k", "v");
    expect(JSON.parse(readFileSync(join(dir, "state.json"), "utf8"))).toMatchObject({ k: { value: "v" } });
    await stores.journal.close();
  });
});
