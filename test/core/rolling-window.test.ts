import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { VendorError } from "../../src/core/errors.js";
import { RollingWindowLimiter, type RollingWindowOptions } from "../../src/core/limits/rolling-window.js";
import { redisServer } from "../support/debian.js";
import { startRedis, type RedisProcess } from "../support/redis.js";

const REDIS = redisServer();
let keys = 0;
const limiter = (extra: Partial<RollingWindowOptions> = {}) =>
  new RollingWindowLimiter({ vendor: "HESABFA", label: "Hesabfa", key: `TEST:${process.pid}:${++keys}`, limit: 2, windowMs: 1_000, maxWaitMs: 60_000, inFlightMs: 5_000, ...extra });

/** Where each acquire stands: "waiting", "went" or the refusal. */
function track(promise: Promise<() => Promise<void>>) {
  const state: { status: "waiting" | "went" | "refused"; done?: () => Promise<void>; error?: VendorError } = { status: "waiting" };
  promise.then(
    (done) => Object.assign(state, { status: "went", done }),
    (error) => Object.assign(state, { status: "refused", error }),
  );
  return state;
}

describe("the rolling-window limit in one process (a clock under the test's control)", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"], now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const settle = () => vi.advanceTimersByTimeAsync(0);

  it("`limit` calls go at once; the next waits until the oldest ended a window (plus a margin) ago", async () => {
    const limit = limiter();
    const a = track(limit.acquire("contact/get"));
    const b = track(limit.acquire("contact/get"));
    await settle();
    expect([a.status, b.status]).toEqual(["went", "went"]);
    await a.done!(); // a's call ended now: it counts until now + window + margin (50 ms for a 1 s window)
    const c = track(limit.acquire("contact/get"));
    await settle();
    expect(c.status).toBe("waiting");
    await vi.advanceTimersByTimeAsync(1_049);
    expect(c.status).toBe("waiting");
    await vi.advanceTimersByTimeAsync(1);
    expect(c.status).toBe("went");
  });

  it("a call that has not ended counts for the longest a call may take", async () => {
    const limit = limiter({ inFlightMs: 3_000 });
    track(limit.acquire("x"));
    track(limit.acquire("x"));
    const c = track(limit.acquire("x"));
    await vi.advanceTimersByTimeAsync(3_000 + 1_050 - 1);
    expect(c.status).toBe("waiting");
    await vi.advanceTimersByTimeAsync(1);
    expect(c.status).toBe("went");
  });

  it("waiters go first come, first served", async () => {
    const limit = limiter({ limit: 1, inFlightMs: 0 });
    const order: string[] = [];
    const first = await limit.acquire("x");
    const queued = ["b", "c", "d"].map((name) => limit.acquire("x").then(async (done) => (order.push(name), done())));
    await first();
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(queued);
    expect(order).toEqual(["b", "c", "d"]);
  });

  it("a call that would wait past maxWaitMs is refused with the seconds after which a retry will pass, never sent", async () => {
    const limit = limiter({ maxWaitMs: 1_000 });
    const a = await limit.acquire("contact/get");
    track(limit.acquire("contact/get"));
    await a();
    const c = track(limit.acquire("contact/save"));
    await settle();
    expect(c.status).toBe("refused");
    expect(c.error).toBeInstanceOf(VendorError);
    expect(c.error).toMatchObject({ code: "VENDOR_RATE_LIMITED", fate: "NOT_SENT", retryable: true, retryAfterSeconds: 2, vendor: "HESABFA" });
    expect(c.error!.message).toBe("contact/save was not sent: Hesabfa takes at most 2 calls per 1 s from this server, and the queue is full; retry after 2 s.");
  });

  it("a call that may go just at maxWaitMs waits for it", async () => {
    const limit = limiter({ maxWaitMs: 1_050 });
    const a = await limit.acquire("x");
    track(limit.acquire("x"));
    await a();
    const c = track(limit.acquire("x"));
    await vi.advanceTimersByTimeAsync(1_050);
    expect(c.status).toBe("went");
  });

  it("a waiter whose maxWaitMs runs out while the one ahead still waits is refused then", async () => {
    const limit = limiter({ limit: 1, maxWaitMs: 1_050, inFlightMs: 0 });
    await limit.acquire("x");
    const b = track(limit.acquire("x"));
    const c = track(limit.acquire("x"));
    await vi.advanceTimersByTimeAsync(1_049);
    expect([b.status, c.status]).toEqual(["waiting", "waiting"]);
    await vi.advanceTimersByTimeAsync(1);
    expect(c.status).toBe("refused");
    expect(c.error).toMatchObject({ code: "VENDOR_RATE_LIMITED", retryAfterSeconds: 2 });
    expect(b.status).toBe("went");
  });

  it("when more are queued than the windows before maxWaitMs can pass, a newcomer is refused at once", async () => {
    const limit = limiter({ limit: 1, maxWaitMs: 1_500, inFlightMs: 0 });
    await limit.acquire("x");
    const queued = [track(limit.acquire("x")), track(limit.acquire("x"))];
    const late = track(limit.acquire("x"));
    await settle();
    expect(queued.map((q) => q.status)).toEqual(["waiting", "waiting"]);
    expect(late.status).toBe("refused");
    // Two windows of waiters ahead (1 050 ms each) and its own: 3 150 ms → 4 s.
    expect(late.error).toMatchObject({ retryAfterSeconds: 4 });
    // With two a window, the same queue is one window ahead: the newcomer waits.
    const wider = limiter({ limit: 2, maxWaitMs: 1_500, inFlightMs: 0 });
    await wider.acquire("x");
    await wider.acquire("x");
    const more = [track(wider.acquire("x")), track(wider.acquire("x")), track(wider.acquire("x"))];
    await settle();
    expect(more.map((q) => q.status)).toEqual(["waiting", "waiting", "waiting"]);
  });

  it("limiters of one identity share one count; other identities count apart", async () => {
    const key = `TEST:shared:${++keys}`;
    const one = limiter({ key, limit: 1 });
    const two = limiter({ key, limit: 1 });
    const other = limiter({ limit: 1 });
    await one.acquire("x");
    const b = track(two.acquire("x"));
    const c = track(other.acquire("x"));
    await settle();
    expect(b.status).toBe("waiting");
    expect(c.status).toBe("went");
  });

  it("the margin is 1/100 of the window, at least 50 ms and at most 1 s", async () => {
    for (const [windowMs, margin] of [[10_000, 100], [1_000, 50], [500_000, 1_000]] as const) {
      const limit = limiter({ limit: 1, windowMs, inFlightMs: 0, maxWaitMs: 10 * windowMs });
      await limit.acquire("x");
      const next = track(limit.acquire("x"));
      await vi.advanceTimersByTimeAsync(windowMs + margin - 1);
      expect(next.status).toBe("waiting");
      await vi.advanceTimersByTimeAsync(1);
      expect(next.status).toBe("went");
    }
  });

  it("the refusal rounds the window to whole seconds in its message", async () => {
    const limit = limiter({ limit: 1, windowMs: 60_000, maxWaitMs: 0 });
    await limit.acquire("x");
    const refused = track(limit.acquire("invoice/save"));
    await settle();
    expect(refused.error!.message).toBe("invoice/save was not sent: Hesabfa takes at most 1 calls per 60 s from this server, and the queue is full; retry after 66 s.");
  });
});

describe.skipIf(!REDIS.available)("the rolling-window limit shared through Redis", () => {
  let redis: RedisProcess;
  let connection: Redis;
  beforeAll(async () => {
    redis = await startRedis();
    connection = new Redis(redis.url);
  });
  afterAll(async () => {
    connection?.disconnect();
    await redis?.stop();
  });

  it("every call is logged in the identity's sorted set, counted by every limiter on it; an ended call moves to its end", async () => {
    const key = `TEST:redis:${++keys}`;
    const one = limiter({ key, limit: 2, windowMs: 60_000, maxWaitMs: 0, redis: connection });
    const two = limiter({ key, limit: 2, windowMs: 60_000, maxWaitMs: 0, redis: connection });
    const before = Date.now();
    const done = await one.acquire("x");
    await two.acquire("x");
    const log = await connection.zrange(`hesabgraph:ratelimit:${key}`, 0, -1, "WITHSCORES");
    expect(log).toHaveLength(4);
    expect(Number(log[1])).toBeGreaterThanOrEqual(before + 5_000 - 1_000);
    await expect(two.acquire("x")).rejects.toMatchObject({ code: "VENDOR_RATE_LIMITED", fate: "NOT_SENT" });
    await done();
    const after = await connection.zrange(`hesabgraph:ratelimit:${key}`, 0, 0, "WITHSCORES");
    expect(Number(after[1])).toBeLessThan(before + 5_000 - 1_000);
    const ttl = await connection.pttl(`hesabgraph:ratelimit:${key}`);
    expect(ttl).toBeGreaterThan(60_000);
    expect(ttl).toBeLessThanOrEqual(60_000 + 600 + 5_000);
  });

  it("a call waits for the window in Redis, then goes", async () => {
    const key = `TEST:redis:${++keys}`;
    const limit = limiter({ key, limit: 1, windowMs: 100, inFlightMs: 0, maxWaitMs: 5_000, redis: connection });
    const done = await limit.acquire("x");
    await done();
    await expect(limit.acquire("x")).resolves.toBeTypeOf("function");
  });

  it("Redis away: STATE_UNAVAILABLE, nothing sent; ending a call quietly does nothing", async () => {
    const other = await startRedis();
    const gone = new Redis(other.url, { maxRetriesPerRequest: 0, retryStrategy: () => null });
    gone.on("error", () => undefined);
    const limit = limiter({ redis: gone });
    const done = await limit.acquire("x");
    await other.stop();
    await expect(done()).resolves.toBeUndefined();
    const error = await limit.acquire("x").catch((e) => e);
    expect(error).toMatchObject({ code: "STATE_UNAVAILABLE", retryable: true });
    expect(error.message).toBe("The shared state store (Redis) cannot be reached to count vendor calls; nothing was sent. Retry later.");
    gone.disconnect();
  });
});
