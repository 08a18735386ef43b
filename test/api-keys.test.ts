import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHesabitSimulator, type HesabitSimulator } from "../sandbox/hesabit/index.js";
import { hashKey, newKey } from "../src/auth/api-keys.js";
import { codes, hesabitEnv, startStack, type Stack } from "./support/harness.js";
import { loginWithFetch } from "./support/hesabit-login.js";

const WRITE = `mutation { recordCashTransfer(idempotencyKey: "api-keys-1", input: { customerCode: "1", date: "1403-08-06", direction: IN, amount: 5000 }) { factorCode } }`;
const basic = (key: string) => `Basic ${Buffer.from(`anyone:${key}`).toString("base64")}`;

describe("API keys (HESABGRAPH_API_KEYS)", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ apiKeys: { pos: "read-write", bi: "read", prometheus: "metrics" } });
  });
  afterAll(() => stack.close());

  it("refuses a request without a key with 401 UNAUTHENTICATED, saying how to send one, before Tahesab is asked anything", async () => {
    stack.sim.resetRequests();
    const response = await fetch(stack.server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: '{ etiket(code: "1") { code } }' }) });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="hesabgraph"');
    const body = await response.json();
    expect(body.errors[0].extensions).toEqual({ code: "UNAUTHENTICATED" });
    expect(body.errors[0].message).toContain("Authorization: Bearer <key>");
    expect(stack.sim.count()).toBe(0);
  });

  it("refuses a key it does not know, the hash instead of the key, a key cut short, and GET queries without a key alike", async () => {
    stack.sim.resetRequests();
    const key = stack.keys.pos;
    for (const wrong of [newKey().key, hashKey(key), key.slice(0, -1), `${key}x`]) {
      const response = await stack.gql(`{ etiket(code: "1") { code } }`, undefined, wrong);
      expect(response.status).toBe(401);
      expect(codes(response)).toEqual(["UNAUTHENTICATED"]);
    }
    const get = await fetch(`${stack.server.url}?query=${encodeURIComponent('{ etiket(code: "1") { code } }')}`, { headers: { "apollo-require-preflight": "1" } });
    expect(get.status).toBe(401);
    expect(stack.sim.count()).toBe(0);
  });

  it("serves a read-write key's queries and mutations", async () => {
    expect((await stack.gql(`{ etiket(code: "1") { code } }`, undefined, stack.keys.pos)).data).toEqual({ etiket: { code: "1" } });
    stack.sim.resetRequests();
    const write = await stack.gql(WRITE, undefined, stack.keys.pos);
    expect(write.errors).toBeUndefined();
    expect(stack.sim.count("DoNewSanadVKHVaghNaghd")).toBe(1);
  });

  it("lets a read-only key read, and refuses its mutation with 403 FORBIDDEN before anything is sent", async () => {
    expect((await stack.gql(`{ etiket(code: "2") { code } }`, undefined, stack.keys.bi)).data).toEqual({ etiket: { code: "2" } });
    stack.sim.resetRequests();
    const write = await stack.gql(WRITE.replace("api-keys-1", "api-keys-2"), undefined, stack.keys.bi);
    expect(write.status).toBe(403);
    expect(codes(write)).toEqual(["FORBIDDEN"]);
    expect(write.errors![0].message).toBe("This API key (bi) may only read: mutations need a key whose access is read-write.");
    expect(write.data).toBeUndefined();
    expect(stack.sim.count()).toBe(0);
  });

  it("keeps /metrics for a metrics key, and the graph for graph keys", async () => {
    const metrics = (authorization?: string) => fetch(new URL("/metrics", stack.server.url), { headers: authorization ? { authorization } : {} });
    expect((await metrics()).status).toBe(401);
    expect((await metrics(`Bearer ${stack.keys.pos}`)).status).toBe(403);
    const scraped = await metrics(`Bearer ${stack.keys.prometheus}`);
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain("hesabgraph_operations_total");
    const graph = await stack.gql(`{ etiket(code: "1") { code } }`, undefined, stack.keys.prometheus);
    expect(graph.status).toBe(403);
    expect(codes(graph)).toEqual(["FORBIDDEN"]);
  });

  it("still serves the GraphiQL page (no data in it) and the health checks without a key", async () => {
    const page = await fetch(stack.server.url, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect((await fetch(new URL("/healthz", stack.server.url))).status).toBe(200);
  });

  it("logs each refusal without the key that was sent", async () => {
    const wrong = newKey().key;
    await stack.gql(`{ etiket(code: "1") { code } }`, undefined, wrong);
    const refusals = stack.logs.filter((line) => line.msg === "request refused: UNAUTHENTICATED");
    expect(refusals.at(-1)).toMatchObject({ reason: "unknown key", path: "/" });
    expect(JSON.stringify(stack.logs)).not.toContain(wrong);
  });
});

describe("the Hesabit login with API keys, for the tenant of the key", () => {
  let hesabitA: HesabitSimulator;
  let hesabitB: HesabitSimulator;
  let stack: Stack;
  beforeAll(async () => {
    [hesabitA, hesabitB] = await Promise.all([startHesabitSimulator(), startHesabitSimulator()]);
    // Neither tenant is connected yet: they sign in through the browser.
    const unconnected = (sim: HesabitSimulator) => ({ ...hesabitEnv(sim), HESABIT_REFRESH_TOKEN: "" });
    stack = await startStack({
      withoutTahesab: true,
      tenants: {
        "shop-a": { env: unconnected(hesabitA), keys: { "a-admin": "read-write", "a-bi": "read" } },
        "shop-b": { env: unconnected(hesabitB), keys: { "b-admin": "read-write" } },
      },
    });
  });
  afterAll(async () => {
    await stack?.close();
    await Promise.all([hesabitA?.close(), hesabitB?.close()]);
  });

  const origin = () => new URL(stack.server.url).origin;

  it("asks the browser for a key (HTTP Basic, the key as the password), and refuses a read-only one", async () => {
    const none = await fetch(new URL("/auth/hesabit/login", origin()), { redirect: "manual" });
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Basic realm="hesabgraph/);
    const readOnly = await fetch(new URL("/auth/hesabit/login", origin()), { redirect: "manual", headers: { authorization: basic(stack.keys["a-bi"]) } });
    expect(readOnly.status).toBe(401);
    expect(hesabitA.grants.authorizationCode + hesabitB.grants.authorizationCode).toBe(0);
  });

  it("connects the key's own tenant: shop B's login reaches shop B's Hesabit, and shop A stays unconnected", async () => {
    const steps = await loginWithFetch(origin(), "approve", { authorization: basic(stack.keys["b-admin"]) });
    expect(steps.authorizeUrl.origin).toBe(new URL(hesabitB.authUrl).origin);
    expect(steps.status).toBe(200);
    expect(steps.page).toContain("Hesabit is connected");
    expect(hesabitB.grants.authorizationCode).toBe(1);
    expect(hesabitA.grants.authorizationCode).toBe(0);

    const b = await stack.gql(`{ hesabitCustomers(first: 1) { edges { node { name } } } }`, undefined, stack.keys["b-admin"]);
    expect(b.errors).toBeUndefined();
    const a = await stack.gql(`{ hesabitCustomers(first: 1) { edges { node { name } } } }`, undefined, stack.keys["a-admin"]);
    expect(codes(a)).toEqual(["UNAUTHENTICATED"]);
  });
});
