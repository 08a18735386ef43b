import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EtiketsByMadeGoodsCodeDocument, UpdatedEtiketsDocument } from "./generated/operations.js";
import { codes, startStack, type Stack } from "./support/harness.js";
import { itRefusesEach, type Refusal } from "./support/refusals.js";

for (const addOn of ["current", "older"] as const) {
  describe(`etiket feeds (${addOn} add-on)`, () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ simulator: { addOn } });
    });
    afterAll(() => stack.close());

    /** What the simulator holds: etikets changed in [from, to], with their latest change in it. */
    const expectedChanges = (from: string, to: string) =>
      [...stack.sim.state.etikets.values()]
        .map((e) => ({ code: e.Code, changedOn: stack.sim.state.etiketChangedBetween(e.Code, from, to) }))
        .filter((e) => e.changedOn !== undefined)
        .sort((a, b) => Number(a.code) - Number(b.code));

    it("lists the etikets changed in a period with DoListGetUpdatedEtiket [from, to] as strings, each with changedOn", async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(UpdatedEtiketsDocument, { from: "1403-01-01", to: "1403-02-01" });
      expect(response.errors).toBeUndefined();
      expect(stack.sim.requests).toEqual([expect.objectContaining({ command: "DoListGetUpdatedEtiket", args: ["1403-01-01", "1403-02-01"] })]);
      const got = response.data!.updatedEtikets.map((e) => ({ code: e.code, changedOn: e.changedOn }));
      const expected = expectedChanges("1403-01-01", "1403-02-01");
      expect(expected.length).toBeGreaterThan(3);
      expect(got).toEqual(expected);
      expect(got.every((e) => e.changedOn! >= "1403-01-01" && e.changedOn! <= "1403-02-01")).toBe(true);
    });

    it("counts a sale as a change: etiket 12, sold on 1403-11-05, out of stock", async () => {
      const response = await stack.gql(UpdatedEtiketsDocument, { from: "1403-11-05", to: "1403-11-05" });
      expect(response.errors).toBeUndefined();
      expect(response.data!.updatedEtikets).toContainEqual(expect.objectContaining({ code: "12", changedOn: "1403-11-05", inStock: false }));
    });

    it("accepts Persian digits and slashes in the dates and sends them zero-padded", async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(UpdatedEtiketsDocument, { from: "۱۴۰۳/۱/۱", to: "۱۴۰۳/۲/۱" });
      expect(response.errors).toBeUndefined();
      expect(stack.sim.requests.at(-1)).toMatchObject({ command: "DoListGetUpdatedEtiket", args: ["1403-01-01", "1403-02-01"] });
    });

    it("gives changedOn only on the feed, not on other lookups of the same etiket", async () => {
      const feed = await stack.gql(UpdatedEtiketsDocument, { from: "1403-11-05", to: "1403-11-05" });
      expect(feed.data!.updatedEtikets.find((e) => e.code === "12")!.changedOn).toBe("1403-11-05");
      const direct = await stack.gql(`{ etiket(code: "12") { code changedOn } }`);
      expect(direct.data).toEqual({ etiket: { code: "12", changedOn: null } });
    });

    it("lists one made-goods code's etikets with DoList_EtiketByCodeKar [code] as a string", async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(EtiketsByMadeGoodsCodeDocument, { madeGoodsCode: "۷" });
      expect(response.errors).toBeUndefined();
      expect(stack.sim.requests).toEqual([expect.objectContaining({ command: "DoList_EtiketByCodeKar", args: ["7"] })]);
      const expected = [...stack.sim.state.etikets.values()].filter((e) => e.CodeKar === "7").map((e) => e.Code);
      expect(expected.length).toBeGreaterThan(0);
      const got = response.data!.etiketsByMadeGoodsCode;
      expect(got.map((e) => e.code)).toEqual(expected.sort((a, b) => Number(a) - Number(b)));
      expect(got.every((e) => e.madeGoodsCode === "7" && e.changedOn === null)).toBe(true);
      // Kind 7 is stored with Arabic ي/ك ("دستبند كارتيه"): given back as stored.
      expect(got[0].name).toMatch(/^دستبند كارتيه/);
    });

    it("answers an unknown made-goods code with an empty list", async () => {
      const response = await stack.gql(EtiketsByMadeGoodsCodeDocument, { madeGoodsCode: "999" });
      expect(response.errors).toBeUndefined();
      expect(response.data!.etiketsByMadeGoodsCode).toEqual([]);
      expect(stack.sim.requests.at(-1)).toMatchObject({ command: "DoList_EtiketByCodeKar", args: ["999"] });
    });

    describe("bad input gets BAD_USER_INPUT naming the argument, and nothing reaches Tahesab", () => {
      const cases: Refusal[] = [
        ["a period ending before it starts", () => stack.gql(UpdatedEtiketsDocument, { from: "1403-02-01", to: "1403-01-31" }), "to"],
        ["a day that does not exist", () => stack.gql(UpdatedEtiketsDocument, { from: "1403-12-31", to: "1404-01-01" }), "from"],
        ["a Gregorian date", () => stack.gql(UpdatedEtiketsDocument, { from: "1403-01-01", to: "2024-10-27" }), "to"],
        ["an empty made-goods code", () => stack.gql(EtiketsByMadeGoodsCodeDocument, { madeGoodsCode: "  " }), "madeGoodsCode"],
        ["a made-goods code of 51 characters", () => stack.gql(EtiketsByMadeGoodsCodeDocument, { madeGoodsCode: "1".repeat(51) }), "madeGoodsCode"],
      ];
      itRefusesEach(() => stack, cases);
    });
  });
}
