import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RecordCashTransferDocument, RecordGoldTradeDocument } from "./generated/operations.js";
import { codes, startStack, type Stack } from "./support/harness.js";

const documentCount = (stack: Stack) => stack.sim.state.documents.size;
const cash = (factorNumber: number, amount = "1000000") => ({ customerCode: "4", date: "1403-09-01", factorNumber, direction: "IN" as const, amount });
const WRITE = "DoNewSanadVKHVaghNaghd";

/**
 * Exactly-once documents on both generations of the add-on. A current add-on
 * refuses a repeated Factor_Code, so a lost answer is settled by sending the
 * same write again (no DoNewSanadInquiry); an older one is asked with
 * DoNewSanadInquiry before anything is sent again.
 */
for (const addOn of ["current", "older"] as const) {
  const current = addOn === "current";

  describe(`exactly-once documents on a ${addOn} add-on`, () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ simulator: { addOn }, env: { TAHESAB_TIMEOUT_MS: "1000" } });
    });
    afterEach(() => stack.sim.faults.reset());
    afterAll(() => stack.close());

    it("200 mutations through a Tahesab that drops one connection in four after recording: exactly 200 documents", async () => {
      const before = documentCount(stack);
      stack.sim.resetRequests();
      stack.sim.faults.dropAfterWrite = { every: 4 };
      const receipts: any[] = [];
      let next = 0;
      // Ten clients; each retries on any error with the same idempotency key, as a real client would.
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          while (next < 200) {
            const i = next++;
            for (let attempt = 1; ; attempt++) {
              const response = await stack.gql(RecordCashTransferDocument, { input: cash(10_000 + i), key: `pay-${addOn}-${i}` });
              if (!response.errors) {
                receipts.push(response.data!.recordCashTransfer);
                break;
              }
              expect(codes(response)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
              if (attempt === 5) throw new Error(`document ${i} never confirmed: ${response.errors[0].message}`);
            }
          }
        }),
      );
      expect(documentCount(stack) - before).toBe(200);
      expect(receipts).toHaveLength(200);
      expect(new Set(receipts.map((r) => r.factorCode)).size).toBe(200);
      // The drops really happened, and were settled without a second document.
      expect(receipts.filter((r) => r.reconciled).length).toBeGreaterThanOrEqual(40);
      if (current) {
        expect(stack.sim.count("DoNewSanadInquiry")).toBe(0);
        // Each dropped answer was settled by sending the same Factor_Code again, which Tahesab refused.
        expect(stack.sim.count(WRITE)).toBe(200 + receipts.filter((r) => r.reconciled).length);
      } else {
        expect(stack.sim.count(WRITE)).toBe(200);
        expect(stack.sim.count("DoNewSanadInquiry")).toBeGreaterThan(200);
      }
    });

    it("answers a repeated key from the journal without sending anything", async () => {
      const first = await stack.gql(RecordCashTransferDocument, { input: cash(20_001), key: `repeat-${addOn}` });
      stack.sim.resetRequests();
      const again = await stack.gql(RecordCashTransferDocument, { input: cash(20_001), key: `repeat-${addOn}` });
      expect(again.data!.recordCashTransfer!).toMatchObject({ factorCode: first.data!.recordCashTransfer!.factorCode, replayed: true });
      expect(stack.sim.count()).toBe(0);
    });

    it("refuses a key reused for a different request, naming idempotencyKey", async () => {
      await stack.gql(RecordCashTransferDocument, { input: cash(20_002), key: `reused-${addOn}` });
      const other = await stack.gql(RecordCashTransferDocument, { input: cash(20_003), key: `reused-${addOn}` });
      expect(other.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "idempotencyKey" });
    });

    it("sends concurrent repeats of one key once", async () => {
      const before = documentCount(stack);
      const results = await Promise.all(Array.from({ length: 5 }, () => stack.gql(RecordCashTransferDocument, { input: cash(20_004), key: `burst-${addOn}` })));
      expect(new Set(results.map((r) => r.data!.recordCashTransfer!.factorCode)).size).toBe(1);
      expect(documentCount(stack) - before).toBe(1);
    });

    it("a timed-out write is never written twice: confirmed by inquiry (older), or by the same Factor_Code refused on the retry (current)", async () => {
      const before = documentCount(stack);
      stack.sim.faults.commandLatencyMs = { [WRITE]: 2500 };
      stack.sim.resetRequests();
      const response = await stack.gql(RecordCashTransferDocument, { input: cash(20_005), key: `slow-${addOn}` });
      if (current) {
        // Tahesab may still be working on it: nothing is sent again until it has had time to settle.
        expect(codes(response)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
        stack.sim.faults.reset();
        const retry = await stack.gql(RecordCashTransferDocument, { input: cash(20_005), key: `slow-${addOn}` });
        expect(retry.data!.recordCashTransfer!).toMatchObject({ reconciled: true, replayed: false });
        expect(stack.sim.count(WRITE)).toBe(2);
        expect(stack.sim.count("DoNewSanadInquiry")).toBe(0);
      } else {
        expect(response.data!.recordCashTransfer!).toMatchObject({ reconciled: true, replayed: false });
        expect(stack.sim.count(WRITE)).toBe(1);
      }
      expect(documentCount(stack) - before).toBe(1);
    });

    it("a write Tahesab is still working on when the client gives up is not sent again by a quick retry", async () => {
      // TAHESAB_TIMEOUT_MS is 1000 here: the write runs at 2500 ms, well after the timeout
      // (and, on an older add-on, after the inquiry that follows it).
      const before = documentCount(stack);
      stack.sim.faults.commandDelayMs = { [WRITE]: 2500 };
      stack.sim.resetRequests();
      const first = await stack.gql(RecordCashTransferDocument, { input: cash(20_011), key: `still-running-${addOn}` });
      expect(codes(first)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
      stack.sim.faults.reset();
      // Retried at once, as clients do: it waits for the first attempt to settle, then settles it.
      const retry = await stack.gql(RecordCashTransferDocument, { input: cash(20_011), key: `still-running-${addOn}` });
      expect(retry.errors).toBeUndefined();
      expect(retry.data!.recordCashTransfer!.reconciled).toBe(true);
      expect(stack.sim.count(WRITE)).toBe(current ? 2 : 1);
      expect(documentCount(stack) - before).toBe(1);
    });

    it("when the shop PC goes off mid-write: VENDOR_OUTCOME_UNKNOWN with what to do; the retry settles it instead of writing it twice", async () => {
      const before = documentCount(stack);
      stack.sim.faults.commandLatencyMs = { [WRITE]: 300 };
      const pending = stack.gql(RecordCashTransferDocument, { input: cash(20_008), key: `power-cut-${addOn}` });
      await waitUntil(() => stack.sim.count(WRITE) > 0 && documentCount(stack) > before);
      stack.sim.faults.down = true;
      const lost = await pending;
      expect(codes(lost)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
      expect(lost.errors![0].message).toMatch(/same idempotencyKey/);
      expect(lost.errors![0].extensions).toMatchObject({ vendor: "TAHESAB", retryable: true });
      stack.sim.faults.reset();
      stack.sim.resetRequests();
      const retry = await stack.gql(RecordCashTransferDocument, { input: cash(20_008), key: `power-cut-${addOn}` });
      expect(retry.data!.recordCashTransfer!).toMatchObject({ reconciled: true, replayed: false });
      // Current: sent once more and refused as a repeat; older: found by inquiry, nothing sent.
      expect(stack.sim.count(WRITE)).toBe(current ? 1 : 0);
      expect(documentCount(stack) - before).toBe(1);
      const third = await stack.gql(RecordCashTransferDocument, { input: cash(20_008), key: `power-cut-${addOn}` });
      expect(third.data!.recordCashTransfer!.replayed).toBe(true);
    });

    it("without a key, a dropped answer is still settled and never written twice", async () => {
      const before = documentCount(stack);
      stack.sim.faults.dropAfterWrite = { every: 1 };
      const response = await stack.gql(RecordGoldTradeDocument, {
        input: {
          customerCode: "4", date: "1403-09-02", factorNumber: 20_006, side: "SELL" as const, weightGrams: 3, ayar: 750, goldKind: "MISCELLANEOUS" as const,
          unitPrice: "1", priceUnit: "PER_GRAM" as const, totalAmount: "3",
        },
      });
      expect(response.data!.recordGoldTrade!.reconciled).toBe(true);
      expect(documentCount(stack) - before).toBe(1);
    });

    it("a write refused by Tahesab releases the key, so a corrected retry may use it", async () => {
      stack.sim.faults.failNext(1, "error", WRITE);
      const refused = await stack.gql(RecordCashTransferDocument, { input: cash(20_007), key: `refused-once-${addOn}` });
      expect(codes(refused)).toEqual(["VENDOR_ERROR"]);
      const retried = await stack.gql(RecordCashTransferDocument, { input: cash(20_007), key: `refused-once-${addOn}` });
      expect(retried.data!.recordCashTransfer!.replayed).toBe(false);
    });
  });
}

describe("the Factor_Code of a keyed write", () => {
  it("is derived from the key: the same on every retry, different for another key or another tenant's journal", async () => {
    const { chosenFactorCode } = await import("../datasources/tahesab/document-writes.js");
    expect(chosenFactorCode("TAHESAB", "k-1")).toBe(chosenFactorCode("TAHESAB", "k-1"));
    expect(chosenFactorCode("TAHESAB", "k-1")).not.toBe(chosenFactorCode("TAHESAB", "k-2"));
    expect(chosenFactorCode("TAHESAB", "k-1")).not.toBe(chosenFactorCode("shop-2:TAHESAB", "k-1"));
    expect(chosenFactorCode("TAHESAB", "k-1")).toMatch(/^HG[0-9A-F]{30}$/);
    expect(chosenFactorCode("TAHESAB", null)).not.toBe(chosenFactorCode("TAHESAB", null));
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

describe("the journal survives a restart", () => {
  it("a server started on the same HESABGRAPH_STATE_DIR answers an old key from its journal", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hesabgraph-state-"));
    const first = await startStack({ env: { HESABGRAPH_STATE_DIR: dir } });
    const recorded = await first.gql(RecordCashTransferDocument, { input: cash(30_001), key: "durable" });
    expect(recorded.errors).toBeUndefined();
    await first.server.stop();
    // A new server process on the same shop (simulator) and the same state directory.
    const { loadConfig } = await import("../src/config.js");
    const { createLogger } = await import("../src/core/logger.js");
    const { startServer } = await import("../src/server.js");
    const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", HESABGRAPH_STATE_DIR: dir, TAHESAB_URL: first.sim.url, TAHESAB_TOKEN: first.sim.token, TAHESAB_CERT_SHA256: first.sim.certificateSha256 });
    const logger = createLogger("silent");
    const second = await startServer({ config, logger });
    try {
      first.sim.resetRequests();
      const { postGraphQL } = await import("./support/harness.js");
      const { print } = await import("graphql");
      const again = await postGraphQL<any>(second.url, print(RecordCashTransferDocument), { input: cash(30_001), key: "durable" });
      expect(again.data.recordCashTransfer).toMatchObject({ factorCode: recorded.data!.recordCashTransfer!.factorCode, replayed: true });
      expect(first.sim.count()).toBe(0);
    } finally {
      await second.stop();
      await first.sim.close();
    }
  });
});
