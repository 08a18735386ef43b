import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RecordRfidReadDocument, RfidTagsDocument, RfidTagsWithImageDocument } from "./generated/operations.js";
import { codes, startStack, type Stack } from "./support/harness.js";
import { itRefusesEach, type Refusal } from "./support/refusals.js";

/** The simulator's seed tags etiket n (unless n is a multiple of 7) with this EPC. */
const epcOf = (code: number) => `E2801160${code.toString(16).toUpperCase().padStart(8, "0")}`;
const UNKNOWN = "E2801160FFFFFFFF";

for (const addOn of ["current", "older"] as const) {
  describe(`RFID tags (${addOn} add-on)`, () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ simulator: { addOn } });
    });
    afterAll(() => stack.close());

    it("finds the etiket on each tag with one GetInfo call, in the order asked, null for an unknown EPC", async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(RfidTagsDocument, { epcs: [epcOf(1), epcOf(12).toLowerCase(), UNKNOWN, "e280 1160 0000 0003"] });
      expect(response.errors).toBeUndefined();
      expect(stack.sim.requests).toEqual([
        expect.objectContaining({ command: "GetInfo", args: [epcOf(1), epcOf(12), UNKNOWN, epcOf(3)] }),
      ]);
      const [one, twelve, unknown, three] = response.data!.rfidTags;
      expect(unknown).toBeNull();
      expect(three!.etiket!.code).toBe("3");
      const held = stack.sim.state.etiket("12")!;
      expect(twelve).toEqual({
        epc: epcOf(12),
        etiket: {
          id: Buffer.from("Etiket:TAHESAB:12").toString("base64url"),
          code: "12",
          name: held.Name,
          weightGrams: held.Vazn,
          ayar: held.Ayar,
          inStock: held.IsMojood === 1,
          madeGoodsCode: held.CodeKar,
        },
      });
      expect(one!.epc).toBe(epcOf(1));
    });

    it("asks each tag once per operation, however many times and in whatever case it is asked", async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(`{
        a: rfidTags(epcs: ["${epcOf(1)}", "${epcOf(2)}"]) { epc etiket { code } }
        b: rfidTags(epcs: ["${epcOf(2).toLowerCase()}", "${epcOf(4)}"]) { epc etiket { code } }
      }`);
      expect(response.errors).toBeUndefined();
      expect(stack.sim.count()).toBe(1);
      expect(stack.sim.requests[0]).toMatchObject({ command: "GetInfo", args: [epcOf(1), epcOf(2), epcOf(4)] });
      expect((response.data as any).b.map((t: any) => t.etiket.code)).toEqual(["2", "4"]);
    });

    it("fetches pictures only when asked, with one GetInfoWithImage call", async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(RfidTagsWithImageDocument, { epcs: [epcOf(1), epcOf(2), UNKNOWN] });
      expect(response.errors).toBeUndefined();
      const [one, two, unknown] = response.data!.rfidTags;
      expect(unknown).toBeNull();
      expect(one!.image!.mimeType).toBe("image/png");
      expect(Buffer.from(two!.image!.base64, "base64").subarray(1, 4).toString()).toBe("PNG");
      expect(one!.image!.fileName).toBe("1.jpg");
      expect(stack.sim.requests.map((r) => [r.command, r.args])).toEqual([
        ["GetInfo", [epcOf(1), epcOf(2), UNKNOWN]],
        ["GetInfoWithImage", [epcOf(1), epcOf(2)]],
      ]);
      stack.sim.resetRequests();
      await stack.gql(RfidTagsDocument, { epcs: [epcOf(1)] });
      expect(stack.sim.count("GetInfoWithImage")).toBe(0);
    });

    it("records a read (stock count) with epcList, each tag once, and says which tags are unknown", async () => {
      stack.sim.resetRequests();
      const before = stack.sim.state.rfidReads.length;
      const response = await stack.gql(RecordRfidReadDocument, { epcs: [epcOf(1), epcOf(1).toLowerCase(), UNKNOWN, epcOf(2), epcOf(1)] });
      expect(response.errors).toBeUndefined();
      expect(response.data!.recordRfidRead!).toEqual({ count: 3, matched: 2, unmatched: [UNKNOWN] });
      expect(stack.sim.requests).toEqual([expect.objectContaining({ command: "epcList", args: [epcOf(1), UNKNOWN, epcOf(2)] })]);
      expect(stack.sim.state.rfidReads).toHaveLength(before + 1);
      expect(stack.sim.state.rfidReads.at(-1)!.matched).toEqual([epcOf(1), epcOf(2)]);
    });

    it("does not send a read twice when Tahesab's answer is lost, and says the outcome is unknown", async () => {
      stack.sim.resetRequests();
      stack.sim.faults.failNext(1, "reset", "epcList");
      const response = await stack.gql(RecordRfidReadDocument, { epcs: [epcOf(1)], idempotencyKey: "read-lost-1" });
      expect(codes(response)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
      expect(response.errors![0].message).toMatch(/new idempotencyKey/);
      // The same key again: still unknown, still not sent blind.
      const again = await stack.gql(RecordRfidReadDocument, { epcs: [epcOf(1)], idempotencyKey: "read-lost-1" });
      expect(codes(again)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
      expect(stack.sim.count("epcList")).toBe(1);
      stack.sim.faults.reset();
    });

    it("answers a repeated idempotency key from the journal: the read is recorded once", async () => {
      const before = stack.sim.state.rfidReads.length;
      const first = await stack.gql(RecordRfidReadDocument, { epcs: [epcOf(1), epcOf(2)], idempotencyKey: "read-twice-1" });
      stack.sim.resetRequests();
      const again = await stack.gql(RecordRfidReadDocument, { epcs: [epcOf(1), epcOf(2)], idempotencyKey: "read-twice-1" });
      expect(again.data!.recordRfidRead!).toEqual(first.data!.recordRfidRead!);
      expect(stack.sim.count("epcList")).toBe(0);
      expect(stack.sim.state.rfidReads).toHaveLength(before + 1);
    });

    describe("bad input gets BAD_USER_INPUT naming the argument, and nothing reaches Tahesab", () => {
      const cases: Refusal[] = [
        ["an empty list", () => stack.gql(RfidTagsDocument, { epcs: [] }), "epcs"],
        ["1001 EPCs", () => stack.gql(RfidTagsDocument, { epcs: Array.from({ length: 1001 }, (_, i) => epcOf(i + 1)) }), "epcs"],
        ["a non-hex EPC", () => stack.gql(RfidTagsDocument, { epcs: [epcOf(1), "E28011600000000G"] }), "epcs[1]"],
        ["a too short EPC", () => stack.gql(RfidTagsDocument, { epcs: ["E2801"] }), "epcs[0]"],
        ["a too long EPC", () => stack.gql(RfidTagsDocument, { epcs: [epcOf(1), epcOf(2), "A".repeat(65)] }), "epcs[2]"],
        ["an empty read", () => stack.gql(RecordRfidReadDocument, { epcs: [] }), "epcs"],
        ["a read with a bad EPC", () => stack.gql(RecordRfidReadDocument, { epcs: [epcOf(1), "not-an-epc"] }), "epcs[1]"],
        ["a read of 1001 tags", () => stack.gql(RecordRfidReadDocument, { epcs: Array.from({ length: 1001 }, (_, i) => epcOf(i + 1)) }), "epcs"],
      ];
      itRefusesEach(() => stack, cases);
    });
  });
}

describe("RFID lookups are split at TAHESAB_BATCH_SIZE", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { TAHESAB_BATCH_SIZE: "10", HESABGRAPH_MAX_CODES: "25" } });
  });
  afterAll(() => stack.close());

  it("sends 25 EPCs as three GetInfo calls, and refuses a 26th", async () => {
    const epcs = Array.from({ length: 25 }, (_, i) => epcOf(i + 1));
    stack.sim.resetRequests();
    const response = await stack.gql(RfidTagsDocument, { epcs });
    expect(response.errors).toBeUndefined();
    expect(response.data!.rfidTags.map((t) => t?.etiket?.code ?? null)).toEqual(
      Array.from({ length: 25 }, (_, i) => ((i + 1) % 7 === 0 ? null : String(i + 1))),
    );
    expect(stack.sim.requests.map((r) => r.args.length).sort((a, b) => a - b)).toEqual([5, 10, 10]);
    expect(stack.sim.requests.every((r) => r.command === "GetInfo")).toBe(true);

    stack.sim.resetRequests();
    const refused = await stack.gql(RfidTagsDocument, { epcs: [...epcs, epcOf(26)] });
    expect(refused.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "epcs" });
    expect(stack.sim.count()).toBe(0);
  });
});
