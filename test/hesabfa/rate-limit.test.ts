import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHesabfaSimulator, type HesabfaSimulator } from "../../sandbox/hesabfa/index.js";
import { redisServer } from "../support/debian.js";
import { startRedis, type RedisProcess } from "../support/redis.js";
import { errorCodes, hesabfaStack } from "./support.js";

const REDIS = redisServer();
const WINDOW_MS = 1000;

/** The most calls the simulator saw inside any rolling window. */
function busiestWindow(sim: HesabfaSimulator, windowMs: number): number {
  const times = sim.requests.map((r) => r.at).sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i] - times[j] >= windowMs) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe.skipIf(!REDIS.available)("the Hesabfa rate limit is shared by every instance through Redis", () => {
  let redis: RedisProcess;
  let sim: HesabfaSimulator;
  let a: Awaited<ReturnType<typeof hesabfaStack>>;
  let b: Awaited<ReturnType<typeof hesabfaStack>>;
  beforeAll(async () => {
    redis = await startRedis();
    // The vendor's own limit, with the window shortened: an excess call would be refused (101).
    sim = await startHesabfaSimulator({ rateLimit: { limit: 50, windowMs: WINDOW_MS } });
    const env = { REDIS_URL: redis.url, HESABFA_RATE_LIMIT: "50", HESABFA_RATE_WINDOW_MS: String(WINDOW_MS), HESABFA_RATE_MAX_WAIT_MS: "60000" };
    a = await hesabfaStack({ shared: sim, env });
    b = await hesabfaStack({ shared: sim, env });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await sim?.close();
    await redis?.stop();
  });

  it("300 contact lookups from two instances: none refused by Hesabfa, no rolling window over 50", async () => {
    sim.resetRequests();
    const lookups = Array.from({ length: 300 }, (_, i) => (i % 2 === 0 ? a : b).gql(`{ customer(vendor: HESABFA, code: "${(i % 30) + 1}") { code } }`));
    const answers = await Promise.all(lookups);
    expect(answers.flatMap((r) => r.errors ?? []).map((e) => e.message)).toEqual([]);
    expect(answers.every((r) => (r.data as any).customer !== null)).toBe(true);
    expect(sim.count("contact/getcontacts")).toBe(300);
    expect(busiestWindow(sim, WINDOW_MS)).toBeLessThanOrEqual(50);
    // Both instances counted in one place: the Hesabfa host's log in Redis.
    const client = new Redis(redis.url);
    try {
      const keys = await client.keys("hesabgraph:ratelimit:*");
      expect(keys).toEqual([`hesabgraph:ratelimit:HESABFA:127.0.0.1:${sim.port}`]);
    } finally {
      client.disconnect();
    }
  });
});

describe("the Hesabfa rate limit without Redis", () => {
  it("queues, then refuses a call that would wait longer than HESABFA_RATE_MAX_WAIT_MS with retryAfterSeconds; Hesabfa never sees it", async () => {
    const stack = await hesabfaStack({ env: { HESABFA_RATE_LIMIT: "2", HESABFA_RATE_WINDOW_MS: "60000", HESABFA_RATE_MAX_WAIT_MS: "0" } });
    try {
      // Four calls (the currency and three barcodes), each field nullable so every call is awaited.
      const r = await stack.gql(`{ a: hesabfaItemByBarcode(barcode: "1") { code } b: hesabfaItemByBarcode(barcode: "2") { code } c: hesabfaItemByBarcode(barcode: "3") { code } }`);
      expect(errorCodes(r).length).toBeGreaterThan(0);
      expect(new Set(errorCodes(r))).toEqual(new Set(["VENDOR_RATE_LIMITED"]));
      expect(r.errors![0].extensions).toMatchObject({ vendor: "HESABFA", retryable: true });
      expect(r.errors![0].extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(60);
      expect(stack.hesabfa.count()).toBe(2);
    } finally {
      await stack.close();
    }
  });

  for (const status of [200, 429] as const) {
    it(`Hesabfa's own refusal (HTTP ${status}${status === 200 ? " with error 101" : ""}) is VENDOR_RATE_LIMITED with retryAfterSeconds`, async () => {
      const stack = await hesabfaStack({ sim: { rateLimit: { limit: 1, windowMs: 60_000, status } } });
      try {
        const first = await stack.gql(`{ hesabfaBanks { code } }`);
        expect(first.errors).toBeUndefined();
        const r = await stack.gql(`{ hesabfaCashDesks { code } }`);
        expect(errorCodes(r)).toEqual(["VENDOR_RATE_LIMITED"]);
        expect(r.errors![0].extensions).toMatchObject({ vendor: "HESABFA", retryable: true, retryAfterSeconds: 60, httpStatus: status });
        if (status === 200) expect(r.errors![0].extensions!.vendorCode).toBe(101);
      } finally {
        await stack.close();
      }
    });
  }
});
