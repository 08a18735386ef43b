import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHesabitSimulator, type HesabitSimulator } from "../sandbox/hesabit/index.js";
import { redisServer } from "./support/debian.js";
import { startStack, type Stack } from "./support/harness.js";
import { decide } from "./support/hesabit-login.js";
import { startRedis, type RedisProcess } from "./support/redis.js";

// Two instances behind a load balancer share Hesabit's tokens through Redis:
// a burst of requests that all find the token expired causes one refresh.

const REDIS = redisServer();
const ASK = `{ hesabitCustomers(first: 1) { edges { node { code } } } }`;

for (const rotate of [false, true]) {
  describe.skipIf(!REDIS.available)(`two instances sharing Redis, refresh tokens ${rotate ? "rotated" : "kept"} by Hesabit`, () => {
    let redis: RedisProcess;
    let sim: HesabitSimulator;
    let a: Stack;
    let b: Stack;
    beforeAll(async () => {
      redis = await startRedis();
      sim = await startHesabitSimulator({ rotateRefreshTokens: rotate });
      const env = { REDIS_URL: redis.url, HESABIT_REFRESH_TOKEN: sim.issueTokens().refreshToken, HESABIT_TIMEOUT_MS: "5000" };
      a = await startStack({ hesabit: { shared: sim }, withoutTahesab: true, env });
      b = await startStack({ hesabit: { shared: sim }, withoutTahesab: true, env });
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
      await sim?.close();
      await redis?.stop();
    });

    it("the first requests on both instances share the one refresh", async () => {
      const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? b : a).gql(ASK)));
      expect(answers.filter((r) => r.errors)).toEqual([]);
      expect(sim.grants.refreshToken).toBe(1);
    });

    it("50 concurrent queries just after the token expired: exactly one refresh at Hesabit, all 50 answered", async () => {
      sim.expireAccessTokens();
      sim.resetRequests();
      const before = sim.grants.refreshToken;
      const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? b : a).gql(ASK)));
      expect(answers.filter((r) => r.errors)).toEqual([]);
      expect(answers.every((r) => (r.data as any).hesabitCustomers.edges.length === 1)).toBe(true);
      expect(sim.grants.refreshToken - before).toBe(1);
      expect(sim.requests.filter((r) => r.path === "/oauth2/token")).toHaveLength(1);
      // Every call after the refresh carried the one new token.
      const tokens = new Set(sim.requests.filter((r) => r.path.startsWith("/v1/")).map((r) => r.query.access_token));
      expect(tokens.size).toBe(2);
    });

    it("and again, later: the refresh token each instance sends is the current one", async () => {
      for (let round = 0; round < 2; round++) {
        sim.expireAccessTokens();
        const before = sim.grants.refreshToken;
        const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).gql(ASK)));
        expect(answers.filter((r) => r.errors)).toEqual([]);
        expect(sim.grants.refreshToken - before).toBe(1);
      }
    });
  });
}

describe.skipIf(!REDIS.available)("two instances sharing Redis count one daily quota", () => {
  let redis: RedisProcess;
  let sim: HesabitSimulator;
  let a: Stack;
  let b: Stack;
  beforeAll(async () => {
    redis = await startRedis();
    sim = await startHesabitSimulator();
    const env = { REDIS_URL: redis.url, HESABIT_REFRESH_TOKEN: sim.issueTokens().refreshToken, HESABIT_DAILY_QUOTA: "4" };
    a = await startStack({ hesabit: { shared: sim }, withoutTahesab: true, env });
    b = await startStack({ hesabit: { shared: sim }, withoutTahesab: true, env });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await sim?.close();
    await redis?.stop();
  });

  it("calls through either instance spend it; past it both refuse without sending", async () => {
    for (const stack of [a, b, a, b]) expect((await stack.gql(ASK)).errors).toBeUndefined();
    expect((await b.gql(`{ hesabitQuota { used remaining } }`)).data).toEqual({ hesabitQuota: { used: 4, remaining: 0 } });
    const calls = sim.count({ pathPrefix: "/v1/" });
    for (const stack of [a, b]) {
      const refused = await stack.gql(ASK);
      expect(refused.errors![0].extensions).toMatchObject({ code: "VENDOR_RATE_LIMITED", vendor: "HESABIT" });
    }
    expect(sim.count({ pathPrefix: "/v1/" })).toBe(calls);
    expect(sim.quota.used()).toBe(4);
  });
});

describe.skipIf(!REDIS.available)("two instances sharing Redis share the Hesabit login", () => {
  let redis: RedisProcess;
  let sim: HesabitSimulator;
  let a: Stack;
  let b: Stack;
  beforeAll(async () => {
    redis = await startRedis();
    sim = await startHesabitSimulator();
    const env = { REDIS_URL: redis.url, HESABIT_REFRESH_TOKEN: "" };
    a = await startStack({ hesabit: { shared: sim }, withoutTahesab: true, env });
    b = await startStack({ hesabit: { shared: sim }, withoutTahesab: true, env });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await sim?.close();
    await redis?.stop();
  });

  it("a login started on one instance is finished by the other, once, and connects both", async () => {
    const start = await fetch(new URL("/auth/hesabit/login", a.server.url), { redirect: "manual" });
    const authorize = new URL(start.headers.get("location")!);
    const approved = await decide(authorize, await (await fetch(authorize)).text(), "approve");
    const callback = new URL(approved.headers.get("location")!);
    const onB = new URL(`${callback.pathname}${callback.search}`, b.server.url);
    const done = await fetch(onB, { redirect: "manual" });
    expect(done.status).toBe(200);
    expect((await fetch(new URL(`${callback.pathname}${callback.search}`, a.server.url), { redirect: "manual" })).status).toBe(400);
    for (const stack of [a, b]) expect((await stack.gql(ASK)).errors).toBeUndefined();
    expect(sim.grants).toEqual({ authorizationCode: 1, refreshToken: 0 });
  });
});
