import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RecordCashTransferDocument, RecordRfidReadDocument } from "./generated/operations.js";
import { codes, startStack, type Stack } from "./support/harness.js";
import { redisServer } from "./support/debian.js";
import { startRedis, type RedisProcess } from "./support/redis.js";

const REDIS = redisServer();

const documentCount = (stack: Stack) => (stack.sim.state as any).documents.size as number;
const cash = (factorNumber: number) => ({ customerCode: "4", date: "1403-09-01", factorNumber, direction: "IN" as const, amount: 1_000_000 });
const writes = (stack: Stack) => stack.sim.count("DoNewSanadVKHVaghNaghd");

describe.skipIf(!REDIS.available)("several instances share one idempotency journal through Redis (REDIS_URL)", () => {
  let redis: RedisProcess;
  let a: Stack;
  let b: Stack;
  beforeAll(async () => {
    redis = await startRedis();
    a = await startStack({ env: { REDIS_URL: redis.url, TAHESAB_TIMEOUT_MS: "2000" } });
    b = await startStack({ env: { REDIS_URL: redis.url, TAHESAB_TIMEOUT_MS: "2000" }, sharedSimulator: a.sim });
  });
  afterEach(() => a.sim.faults.reset());
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await redis?.stop();
  });

  it("a key written through one instance is answered by the other from the journal", async () => {
    const first = await a.gql(RecordCashTransferDocument, { input: cash(60_001), key: "shared-1" });
    expect(first.errors).toBeUndefined();
    a.sim.resetRequests();
    const again = await b.gql(RecordCashTransferDocument, { input: cash(60_001), key: "shared-1" });
    expect(again.data!.recordCashTransfer!).toMatchObject({ factorCode: first.data!.recordCashTransfer!.factorCode, replayed: true });
    expect(a.sim.count()).toBe(0);
  });

  it("the same key sent to both at once while Tahesab is slow: the second waits for the first, one document, both answered with it", async () => {
    const before = documentCount(a);
    a.sim.resetRequests();
    // A is still in its prechecks when B arrives: without the lease B would write
    // first and A's check would then find "its" factor number taken.
    a.sim.faults.commandLatencyMs = { getmandehesabbycode: 600 };
    const onA = a.gql(RecordCashTransferDocument, { input: cash(60_002), key: "shared-race" });
    await new Promise((r) => setTimeout(r, 150));
    const onB = b.gql(RecordCashTransferDocument, { input: cash(60_002), key: "shared-race" });
    const [fromA, fromB] = await Promise.all([onA, onB]);
    expect(fromA.errors).toBeUndefined();
    expect(fromB.errors).toBeUndefined();
    expect(fromB.data!.recordCashTransfer!.factorCode).toBe(fromA.data!.recordCashTransfer!.factorCode);
    expect(documentCount(a) - before).toBe(1);
    expect(writes(a)).toBe(1);
  });

  it("100 writes through both instances and a Tahesab that drops one connection in four: exactly 100 documents", async () => {
    const before = documentCount(a);
    a.sim.resetRequests();
    a.sim.faults.dropAfterWrite = { every: 4 };
    const instances = [a, b];
    await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        // Each retry goes to the other instance, as behind a load balancer.
        for (let attempt = 0; attempt < 6; attempt++) {
          const response = await instances[(i + attempt) % 2].gql(RecordCashTransferDocument, { input: cash(61_000 + i), key: `shared-bulk-${i}` });
          if (!response.errors) return;
          expect(codes(response)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
        }
        throw new Error(`write ${i} never confirmed`);
      }),
    );
    expect(documentCount(a) - before).toBe(100);
    // Each dropped answer was settled by sending the same Factor_Code again (refused), never by a second document.
    expect(writes(a)).toBeGreaterThan(100);
    expect(a.sim.count("DoNewSanadInquiry")).toBe(0);
  });

  it("keeps answers exactly as written, empty lists included", async () => {
    const epc = "E2801160000000FF";
    const first = await a.gql(RecordRfidReadDocument, { epcs: [epc], idempotencyKey: "shared-rfid" });
    const again = await b.gql(RecordRfidReadDocument, { epcs: [epc], idempotencyKey: "shared-rfid" });
    expect(again.errors).toBeUndefined();
    expect(again.data!.recordRfidRead!).toEqual(first.data!.recordRfidRead!);
  });

  it("a new instance started later replays what the others wrote", async () => {
    const c = await startStack({ env: { REDIS_URL: redis.url }, sharedSimulator: a.sim });
    try {
      a.sim.resetRequests();
      const again = await c.gql(RecordCashTransferDocument, { input: cash(60_001), key: "shared-1" });
      expect(again.data!.recordCashTransfer!.replayed).toBe(true);
      expect(a.sim.count()).toBe(0);
    } finally {
      await c.close();
    }
  });
});

describe.skipIf(!REDIS.available)("when Redis is away", () => {
  it("a keyed write is STATE_UNAVAILABLE and nothing reaches Tahesab; reads go on; /readyz says so", async () => {
    const redis = await startRedis();
    const stack = await startStack({ env: { REDIS_URL: redis.url } });
    try {
      await redis.stop();
      stack.sim.resetRequests();
      const write = await stack.gql(RecordCashTransferDocument, { input: cash(62_001), key: "no-redis-1" });
      expect(codes(write)).toEqual(["STATE_UNAVAILABLE"]);
      expect(write.errors![0].extensions!.retryable).toBe(true);
      expect(stack.sim.count()).toBe(0);

      const read = await stack.gql(`{ etiket(code: "1") { code } }`);
      expect(read.data).toEqual({ etiket: { code: "1" } });

      const ready = await fetch(new URL("/readyz", stack.server.url));
      expect(ready.status).toBe(503);
      expect((await ready.json()).state).toMatchObject({ ready: false, code: "STATE_UNAVAILABLE" });
    } finally {
      await stack.close();
    }
  });
});
