import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHesabfaSimulator, type HesabfaSimulator } from "../sandbox/hesabfa/index.js";
import { startTahesabSimulator, type TahesabSimulator } from "../sandbox/tahesab/index.js";
import { codes, hesabfaEnv, startStack, tahesabEnv, type Stack } from "./support/harness.js";

// Two tenants of one deployment (HESABGRAPH_TENANTS_FILE), each with its own shop PC and
// Hesabfa business: the API key picks the tenant, and nothing shared — journal, caches,
// loaders — lets one see the other's data or replay the other's writes.

const cash = (key: string) =>
  `mutation { recordCashTransfer(idempotencyKey: "${key}", input: { customerCode: "1", date: "1403-08-06", direction: IN, amount: 5000 }) { factorCode replayed } }`;

const hook = (shop: string) => ({ HESABFA_HOOK_SECRET: `hook-secret-of-shop-${shop}-0123`, HESABFA_HOOK_PASSWORD: `hook-password-${shop}-9876` });

describe("tenants from a tenants file", () => {
  let shopA: TahesabSimulator;
  let shopB: TahesabSimulator;
  let booksA: HesabfaSimulator;
  let booksB: HesabfaSimulator;
  let stack: Stack;

  beforeAll(async () => {
    [shopA, shopB, booksA, booksB] = await Promise.all([
      startTahesabSimulator(),
      startTahesabSimulator(),
      startHesabfaSimulator({ currency: "IRR" }),
      startHesabfaSimulator({ currency: "IRT" }),
    ]);
    shopA.state.etikets.get("1")!.Name = "انگشتر فروشگاه الف";
    shopB.state.etikets.get("1")!.Name = "گردنبند فروشگاه ب";
    stack = await startStack({
      withoutTahesab: true,
      tenants: {
        "shop-a": { env: { ...tahesabEnv(shopA), ...hesabfaEnv(booksA), ...hook("a") }, keys: { "a-pos": "read-write" } },
        "shop-b": { env: { ...tahesabEnv(shopB), ...hesabfaEnv(booksB), ...hook("b") }, keys: { "b-pos": "read-write" } },
      },
    });
  });
  afterAll(async () => {
    await stack?.close();
    await Promise.all([shopA, shopB, booksA, booksB].map((sim) => sim?.close()));
  });

  it("serves each key its own tenant's shop, and each shop sees only its own tenant's calls", async () => {
    shopA.resetRequests();
    shopB.resetRequests();
    const a = await stack.gql(`{ etiket(code: "1") { name } }`, undefined, stack.keys["a-pos"]);
    const b = await stack.gql(`{ etiket(code: "1") { name } }`, undefined, stack.keys["b-pos"]);
    expect(a.data).toEqual({ etiket: { name: "انگشتر فروشگاه الف" } });
    expect(b.data).toEqual({ etiket: { name: "گردنبند فروشگاه ب" } });
    expect(shopA.count()).toBe(1);
    expect(shopB.count()).toBe(1);
  });

  it("keeps what is cached per tenant: each business's currency, read once, stays its own", async () => {
    booksA.resetRequests();
    booksB.resetRequests();
    for (let round = 0; round < 2; round++) {
      expect((await stack.gql(`{ hesabfaCurrency }`, undefined, stack.keys["a-pos"])).data).toEqual({ hesabfaCurrency: "IRR" });
      expect((await stack.gql(`{ hesabfaCurrency }`, undefined, stack.keys["b-pos"])).data).toEqual({ hesabfaCurrency: "IRT" });
    }
    // Read once per business, then answered from each tenant's own cache.
    expect(booksA.count("setting/getCurrency")).toBe(1);
    expect(booksB.count("setting/getCurrency")).toBe(1);
  });

  it("makes two writes, one in each shop, when both tenants use the same idempotency key; each tenant's repeat is its own replay", async () => {
    shopA.resetRequests();
    shopB.resetRequests();
    const first = await stack.gql(cash("shared-key-1"), undefined, stack.keys["a-pos"]);
    const second = await stack.gql(cash("shared-key-1"), undefined, stack.keys["b-pos"]);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect((first.data as any).recordCashTransfer.replayed).toBe(false);
    expect((second.data as any).recordCashTransfer.replayed).toBe(false);
    expect(shopA.count("DoNewSanadVKHVaghNaghd")).toBe(1);
    expect(shopB.count("DoNewSanadVKHVaghNaghd")).toBe(1);
    // Each tenant's document code is its own, derived from the tenant and the key.
    expect((first.data as any).recordCashTransfer.factorCode).not.toBe((second.data as any).recordCashTransfer.factorCode);

    const again = await stack.gql(cash("shared-key-1"), undefined, stack.keys["b-pos"]);
    expect((again.data as any).recordCashTransfer).toEqual({ ...(second.data as any).recordCashTransfer, replayed: true });
    expect(shopB.count("DoNewSanadVKHVaghNaghd")).toBe(1);
    expect(shopA.count("DoNewSanadVKHVaghNaghd")).toBe(1);
  });

  it("refuses a request without a key, or with a key no tenant has, before any shop is asked", async () => {
    shopA.resetRequests();
    shopB.resetRequests();
    for (const key of [undefined, "hg_not-a-key-of-this-server"]) {
      const response = await stack.gql(`{ etiket(code: "1") { name } }`, undefined, key);
      expect(response.status).toBe(401);
      expect(codes(response)).toEqual(["UNAUTHENTICATED"]);
    }
    expect(shopA.count() + shopB.count()).toBe(0);
  });

  it("routes Hesabfa's change hook to the tenant whose secret is in its address, and checks that tenant's password", async () => {
    const base = new URL(stack.server.url).origin;
    const call = (secret: string, password: string) =>
      fetch(`${base}/hooks/hesabfa/${secret}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ Password: password }) });
    booksA.resetRequests();
    booksB.resetRequests();
    expect((await call(hook("b").HESABFA_HOOK_SECRET, hook("a").HESABFA_HOOK_PASSWORD)).status).toBe(401);
    expect((await call("hook-secret-of-nobody-012345", hook("b").HESABFA_HOOK_PASSWORD)).status).toBe(404);
    expect((await call(hook("b").HESABFA_HOOK_SECRET, hook("b").HESABFA_HOOK_PASSWORD)).status).toBe(200);
    // The hook only nudges the feed, which then reads the change log of shop B's business.
    for (let i = 0; i < 200 && booksB.count("setting/getchanges") === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(booksB.count("setting/getchanges")).toBe(1);
    expect(booksA.count("setting/getchanges")).toBe(0);
  });

  it("keeps each tenant's Hesabfa change feed its own, and five refreshes at once record a change once", async () => {
    const FEED = `query { hesabfaChanges(after: 0, includeOwn: true, refresh: true) { lastId changes { code } } }`;
    const feed = async (key: string) => {
      const r = await stack.gql(FEED, undefined, stack.keys[key]);
      expect(r.errors).toBeUndefined();
      return (r.data as { hesabfaChanges: { lastId: number; changes: Array<{ code: string }> } }).hesabfaChanges;
    };
    // The first pull starts each feed at its own business's last change.
    await feed("a-pos");
    await feed("b-pos");
    const inA = booksA.userChange.saveContact({ Name: "فقط در الف" }).Code;
    const inB = [booksB.userChange.saveContact({ Name: "فقط در ب ۱" }).Code, booksB.userChange.saveContact({ Name: "فقط در ب ۲" }).Code];
    // Five at once: one pulls, the others find the pull under way and answer what the feed has.
    await Promise.all(Array.from({ length: 5 }, () => feed("a-pos")));
    const b = await feed("b-pos");
    const a = await feed("a-pos");
    expect(a.changes.map((c) => c.code)).toEqual([inA]);
    expect(b.changes.map((c) => c.code)).toEqual(inB);
    expect(b.lastId).toBe(a.lastId + 1);
  });

  it("says which tenant each operation was for in its log line", async () => {
    await stack.gql(`query WhichShop { etiket(code: "2") { code } }`, undefined, stack.keys["b-pos"]);
    const line = stack.logs.filter((l) => l.msg === "operation" && l.operation === "WhichShop").at(-1);
    expect(line).toMatchObject({ tenant: "shop-b", key: "b-pos", vendorCalls: { TAHESAB: 1 }, outcome: "ok" });
  });
});
