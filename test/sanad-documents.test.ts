import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  RecordCashTransferDocument, RecordCoinTradeDocument, RecordCoinTransferDocument, RecordDiscountDocument, RecordEtiketTradeDocument,
  RecordEtiketTransferDocument, RecordGoldTradeDocument, RecordGoldTransferDocument, RecordMadeGoodsTradeDocument,
  RecordMadeGoodsTransferDocument, RecordReceivableOrPayableDocument,
} from "./generated/operations.js";
import { startStack, type Stack } from "./support/harness.js";

/**
 * Every document command, with the exact arguments Tahesab receives, on both
 * generations of the add-on. Every slot holds a value no other slot of the
 * same call holds, except the 0/1 flags: those are varied across cases so that
 * any two flag slots differ in some case (each flag slot's values across the
 * cases form a pattern no other slot has). So two swapped arguments fail here.
 *
 * Flag meanings pinned (VENDORS.md, "as real clients see it"): posting FINAL 1 /
 * TEMPORARY 0; direction IN 0 / OUT 1; BuyOrSale BUY 0 / SELL 1; price unit
 * PER_MESGHAL 0 / PER_GRAM 1; gold MISCELLANEOUS 0 / MELTED 1; wage TOTAL 0 /
 * PER_GRAM 1; returned 1; discount TO_CUSTOMER 0 / FROM_CUSTOMER 1; claim
 * PAYABLE 0 / RECEIVABLE 1.
 */
const date = "1403-08-06";
const FACTOR_CODE = /^HG[0-9A-F]{30}$/;
const posting = (p: "FINAL" | "TEMPORARY") => (p === "FINAL" ? 1 : 0);
const head = (factorNumber: number, p: "FINAL" | "TEMPORARY") => [posting(p), 3, factorNumber, 1, 1403, 8, 6];

for (const addOn of ["current", "older"] as const) {
  describe(`document commands on a ${addOn} add-on, with the exact arguments Tahesab receives`, () => {
    let stack: Stack;
    let n = 5000;
    beforeAll(async () => {
      stack = await startStack({ simulator: { addOn } });
    });
    afterAll(() => stack.close());

    /** Runs a mutation; returns its receipt and the write command Tahesab received. */
    async function record(document: any, input: Record<string, unknown>) {
      const factorNumber = ++n;
      stack.sim.resetRequests();
      const response = await stack.gql<any, any>(document, { input: { customerCode: "3", date, factorNumber, ...input } });
      expect(response.errors).toBeUndefined();
      const receipt = Object.values(response.data)[0] as any;
      const writes = stack.sim.requests.filter((r) => r.command.startsWith("DoNewSanad") && r.command !== "DoNewSanadInquiry");
      expect(writes).toHaveLength(1);
      return { receipt, write: writes[0], factorNumber };
    }

    /** The seed's argument list, then (current add-ons) the newer trailing arguments with the chosen Factor_Code. */
    function expectArgs(write: { args: unknown[] }, receipt: { factorCode: string }, seed: unknown[], tail: { sharh?: string; extra?: unknown[] }) {
      if (addOn === "older") {
        expect(write.args).toEqual(seed);
        return;
      }
      const trailing = [...(tail.sharh === undefined ? [] : [tail.sharh]), expect.stringMatching(FACTOR_CODE), -1, -1, 0, ...(tail.extra ?? [])];
      expect(write.args).toEqual([...seed, ...trailing]);
      expect(write.args[seed.length + (tail.sharh === undefined ? 0 : 1)]).toBe(receipt.factorCode);
    }

    it("recordGoldTransfer → DoNewSanadVKHGOLD, three cases covering the three flags", async () => {
      const cases = [
        { p: "FINAL", direction: "IN", goldKind: "MELTED", assay: { stampNumber: 4411, labName: "آزمایشگاه نوین" }, flags: [0, 1], assaySlots: [4411, "آزمايشگاه نوين"] },
        { p: "TEMPORARY", direction: "OUT", goldKind: "MISCELLANEOUS", flags: [1, 0], assaySlots: [0, ""] },
        { p: "FINAL", direction: "OUT", goldKind: "MISCELLANEOUS", flags: [1, 0], assaySlots: [0, ""] },
      ] as const;
      for (const c of cases) {
        const { receipt, write, factorNumber } = await record(RecordGoldTransferDocument, {
          posting: c.p, direction: c.direction, weightGrams: 10.5, ayar: 740, goldKind: c.goldKind, ...("assay" in c ? { assay: c.assay } : {}),
          description: addOn === "current" ? "طلای ورودی" : undefined,
        });
        expect(write.command).toBe("DoNewSanadVKHGOLD");
        expectArgs(write, receipt, [...head(factorNumber, c.p), 10.5, 740, ...c.assaySlots, ...c.flags], { sharh: "طلاي ورودي" });
        expect(receipt).toMatchObject({ kind: "GOLD_TRANSFER", customerCode: "3", factorNumber, date, posting: c.p, replayed: false, reconciled: false });
      }
    });

    it("recordGoldTrade → DoNewSanadBuySaleGOLD, three cases covering posting, side, price unit and gold kind", async () => {
      const cases = [
        { p: "FINAL", side: "BUY", priceUnit: "PER_GRAM", goldKind: "MISCELLANEOUS", flags: [0, 1, 0] },
        { p: "TEMPORARY", side: "SELL", priceUnit: "PER_GRAM", goldKind: "MELTED", flags: [1, 1, 1] },
        { p: "FINAL", side: "SELL", priceUnit: "PER_MESGHAL", goldKind: "MISCELLANEOUS", flags: [1, 0, 0] },
      ] as const;
      for (const c of cases) {
        const melted = c.goldKind === "MELTED";
        const { receipt, write, factorNumber } = await record(RecordGoldTradeDocument, {
          posting: c.p, side: c.side, weightGrams: 12.3, ayar: 745, goldKind: c.goldKind, unitPrice: "150000000", priceUnit: c.priceUnit,
          totalAmount: "400350000", ...(melted ? { assay: { stampNumber: 5522, labName: "ری" } } : {}),
        });
        const [side, unit, kind] = c.flags;
        expect(write.command).toBe("DoNewSanadBuySaleGOLD");
        expectArgs(write, receipt, [...head(factorNumber, c.p), 12.3, 745, melted ? 5522 : 0, melted ? "ري" : "", side, 150_000_000, unit, kind, 400_350_000], {
          sharh: "",
          extra: ["", ""],
        });
        expect(receipt.kind).toBe("GOLD_TRADE");
      }
    });

    it("recordCoinTransfer → DoNewSanadVKHSEKEH, the coin's name as a string", async () => {
      for (const [p, direction, flag] of [["FINAL", "IN", 0], ["TEMPORARY", "OUT", 1]] as const) {
        const { receipt, write, factorNumber } = await record(RecordCoinTransferDocument, { posting: p, direction, coinName: "امامی", count: 2, weightGrams: 16.26, ayar: 900 });
        expect(write.command).toBe("DoNewSanadVKHSEKEH");
        expectArgs(write, receipt, [...head(factorNumber, p), 16.26, 900, 2, "امامي", flag], { sharh: "" });
      }
    });

    it("recordCoinTrade → DoNewSanadBuySaleSEKEH", async () => {
      for (const [p, side, flag] of [["FINAL", "BUY", 0], ["TEMPORARY", "SELL", 1]] as const) {
        const { receipt, write, factorNumber } = await record(RecordCoinTradeDocument, {
          posting: p, side, coinName: "بهار آزادی", count: 3, weightGrams: 8.13, ayar: 901, unitPrice: "850000000", totalAmount: "2550000000",
        });
        expect(write.command).toBe("DoNewSanadBuySaleSEKEH");
        expectArgs(write, receipt, [...head(factorNumber, p), 8.13, 901, 3, "بهار آزادي", flag, 850_000_000, 2_550_000_000], { sharh: "", extra: [""] });
      }
    });

    it("recordCashTransfer → DoNewSanadVKHVaghNaghd (its Sharh in the seed's list)", async () => {
      // The second without a description: its Sharh slot is empty.
      for (const [p, direction, flag, description, sharh] of [["FINAL", "IN", 0, "پرداخت نقدی", "پرداخت نقدي"], ["TEMPORARY", "OUT", 1, undefined, ""]] as const) {
        const { receipt, write, factorNumber } = await record(RecordCashTransferDocument, { posting: p, direction, amount: "25000000", description });
        expect(write.command).toBe("DoNewSanadVKHVaghNaghd");
        expectArgs(write, receipt, [...head(factorNumber, p), flag, 25_000_000, sharh], {});
      }
    });

    it("recordDiscount → DoNewSanadTakhfif", async () => {
      for (const [p, discountDirection, flag] of [["FINAL", "TO_CUSTOMER", 0], ["TEMPORARY", "FROM_CUSTOMER", 1]] as const) {
        const { receipt, write, factorNumber } = await record(RecordDiscountDocument, { posting: p, discountDirection, amount: "500000" });
        expect(write.command).toBe("DoNewSanadTakhfif");
        expectArgs(write, receipt, [...head(factorNumber, p), flag, 500_000, ""], {});
      }
    });

    it("recordReceivableOrPayable → DoNewSanadTalabBedehi, Baabat as a string", async () => {
      for (const [p, claim, flag, description, sharh] of [["FINAL", "PAYABLE", 0, "مانده قبلی", "مانده قبلي"], ["TEMPORARY", "RECEIVABLE", 1, undefined, ""]] as const) {
        const { receipt, write, factorNumber } = await record(RecordReceivableOrPayableDocument, {
          posting: p, claim, amount: "3000000", description, regarding: "فاکتور ۱۲", weightGrams: 1.5,
        });
        expect(write.command).toBe("DoNewSanadTalabBedehi");
        expectArgs(write, receipt, [...head(factorNumber, p), flag, 3_000_000, sharh, "فاکتور 12", 1.5], {});
      }
    });

    // Distinct values: no amount, percent or count equals another slot's (or 1, the row number).
    const pricing = { totalAmount: "90000000", wage: "1200000", taxPercent: 9, taxAmount: "972000", goldPercent: 17, stonePrice: "2000000", pictureFileName: "a1.jpg" };

    it("recordMadeGoodsTrade → DoNewSanadBuySaleKar: five flags, three cases", async () => {
      // posting 1,0,1 · side 0,1,1 · unit 1,1,0 · wage 0,1,0 · returned 1,0,0: every flag slot a different pattern.
      const cases = [
        { p: "FINAL", side: "BUY", priceUnit: "PER_GRAM", wageBasis: "TOTAL", returned: true, flags: [0, 1, 0, 1] },
        { p: "TEMPORARY", side: "SELL", priceUnit: "PER_GRAM", wageBasis: "PER_GRAM", returned: false, flags: [1, 1, 1, 0] },
        { p: "FINAL", side: "SELL", priceUnit: "PER_MESGHAL", wageBasis: "TOTAL", returned: false, flags: [1, 0, 0, 0] },
      ] as const;
      for (const c of cases) {
        const { receipt, write, factorNumber } = await record(RecordMadeGoodsTradeDocument, {
          ...pricing, posting: c.p, side: c.side, priceUnit: c.priceUnit, wageBasis: c.wageBasis, returned: c.returned,
          name: "النگو", weightGrams: 9.2, ayar: 750, count: 2, unitPrice: "40000000", profitPercent: 7,
        });
        const [side, unit, wage, returned] = c.flags;
        expect(write.command).toBe("DoNewSanadBuySaleKar");
        expectArgs(write, receipt, [
          ...head(factorNumber, c.p), 9.2, 750, 2, "النگو", side, 40_000_000, unit, 90_000_000, wage, 9, 972_000, 7, 17, returned, 2_000_000, "a1.jpg", 1_200_000,
        ], { sharh: "" });
      }
    });

    it("recordMadeGoodsTransfer → DoNewSanadVKHKar: four flags, three cases", async () => {
      // posting 1,0,1 · direction 0,1,1 · wage 1,1,0 · returned 0,1,0.
      const cases = [
        { p: "FINAL", direction: "IN", wageBasis: "PER_GRAM", returned: false, flags: [0, 1, 0] },
        { p: "TEMPORARY", direction: "OUT", wageBasis: "PER_GRAM", returned: true, flags: [1, 1, 1] },
        { p: "FINAL", direction: "OUT", wageBasis: "TOTAL", returned: false, flags: [1, 0, 0] },
      ] as const;
      for (const c of cases) {
        const { receipt, write, factorNumber } = await record(RecordMadeGoodsTransferDocument, {
          ...pricing, posting: c.p, direction: c.direction, wageBasis: c.wageBasis, returned: c.returned, name: "گردنبند", weightGrams: 5.5, ayar: 751, count: 4,
        });
        const [direction, wage, returned] = c.flags;
        expect(write.command).toBe("DoNewSanadVKHKar");
        expectArgs(write, receipt, [
          ...head(factorNumber, c.p), 5.5, 751, 4, "گردنبند", direction, wage, 90_000_000, 9, 972_000, 17, returned, "a1.jpg", 1_200_000, 2_000_000,
        ], { sharh: "" });
      }
    });

    const etiket = (inStock: boolean) => [...stack.sim.state.etikets.values()].find((e) => e.IsMojood === (inStock ? 1 : 0) && !used.has(e.Code))!.Code;
    const used = new Set<string>();
    const take = (inStock: boolean) => {
      const code = etiket(inStock);
      used.add(code);
      return code;
    };

    it("recordEtiketTrade → DoNewSanadBuySaleEtiket: the piece's code last, five flags, three cases", async () => {
      const cases = [
        { p: "FINAL", side: "BUY", inStock: false, priceUnit: "PER_GRAM", wageBasis: "TOTAL", returned: true, flags: [0, 1, 0, 1] },
        { p: "TEMPORARY", side: "SELL", inStock: true, priceUnit: "PER_GRAM", wageBasis: "PER_GRAM", returned: false, flags: [1, 1, 1, 0] },
        { p: "FINAL", side: "SELL", inStock: true, priceUnit: "PER_MESGHAL", wageBasis: "TOTAL", returned: false, flags: [1, 0, 0, 0] },
      ] as const;
      for (const c of cases) {
        const code = take(c.inStock);
        const { receipt, write, factorNumber } = await record(RecordEtiketTradeDocument, {
          ...pricing, posting: c.p, side: c.side, priceUnit: c.priceUnit, wageBasis: c.wageBasis, returned: c.returned,
          etiketCode: String(code), unitPrice: "41000000", profitPercent: 7,
        });
        const [side, unit, wage, returned] = c.flags;
        expect(write.command).toBe("DoNewSanadBuySaleEtiket");
        expectArgs(write, receipt, [
          ...head(factorNumber, c.p), 0, 0, 0, "", side, 41_000_000, unit, 90_000_000, wage, 9, 972_000, 7, 17, returned, 2_000_000, "a1.jpg", 1_200_000, Number(code),
        ], { sharh: "" });
      }
    });

    it("recordEtiketTransfer → DoNewSanadVKHEtiket: slot 12 is the direction (0 in, 1 out)", async () => {
      const cases = [
        { p: "FINAL", direction: "IN", inStock: false, wageBasis: "PER_GRAM", returned: false, flags: [0, 1, 0] },
        { p: "TEMPORARY", direction: "OUT", inStock: true, wageBasis: "PER_GRAM", returned: true, flags: [1, 1, 1] },
        { p: "FINAL", direction: "OUT", inStock: true, wageBasis: "TOTAL", returned: false, flags: [1, 0, 0] },
      ] as const;
      for (const c of cases) {
        const code = take(c.inStock);
        const { receipt, write, factorNumber } = await record(RecordEtiketTransferDocument, {
          ...pricing, posting: c.p, direction: c.direction, wageBasis: c.wageBasis, returned: c.returned, etiketCode: String(code),
        });
        const [direction, wage, returned] = c.flags;
        expect(write.command).toBe("DoNewSanadVKHEtiket");
        expectArgs(write, receipt, [
          ...head(factorNumber, c.p), 0, 0, 0, "", direction, 0, 0, 90_000_000, wage, 9, 972_000, 0, 17, returned, 2_000_000, "a1.jpg", 1_200_000, Number(code),
        ], { sharh: "" });
      }
    });

    it("a sale makes the customer owe: SELL is BuyOrSale 1, and the money balance goes down by the amount", async () => {
      const before = BigInt(stack.sim.state.balance("7")!.money);
      const response = await stack.gql<any, any>(RecordCoinTradeDocument, {
        input: { customerCode: "7", date, factorNumber: ++n, side: "SELL", coinName: "ربع", count: 1, weightGrams: 2.03, ayar: 900, unitPrice: "300000000", totalAmount: "300000000" },
      });
      expect(response.errors).toBeUndefined();
      expect(BigInt(stack.sim.state.balance("7")!.money)).toBe(before - 300_000_000n);
    });

    it("a description on a gold document: kept by a current add-on, refused naming the field by an older one", async () => {
      stack.sim.resetRequests();
      const response = await stack.gql<any, any>(RecordGoldTransferDocument, {
        input: { customerCode: "3", date, factorNumber: ++n, direction: "IN", weightGrams: 1.1, ayar: 750, goldKind: "MISCELLANEOUS", description: "از انبار" },
      });
      if (addOn === "current") {
        expect(response.errors).toBeUndefined();
      } else {
        expect(response.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.description" });
        expect(stack.sim.count()).toBe(0);
      }
    });

    it("refuses an unknown customer and an unknown etiket, naming the field, without writing", async () => {
      stack.sim.resetRequests();
      const customer = await stack.gql<any, any>(RecordCashTransferDocument, { input: { customerCode: "999999", date, direction: "IN", amount: "1000" } });
      expect(customer.errors![0]).toMatchObject({ message: 'Invalid value for "input.customerCode": Tahesab has no customer with code 999999', extensions: { code: "BAD_USER_INPUT", field: "input.customerCode" } });
      const piece = await stack.gql<any, any>(RecordEtiketTransferDocument, { input: { customerCode: "3", date, ...pricing, etiketCode: "99999999", direction: "IN" } });
      expect(piece.errors![0]).toMatchObject({ message: 'Invalid value for "input.etiketCode": Tahesab has no etiket with code 99999999', extensions: { code: "BAD_USER_INPUT", field: "input.etiketCode" } });
      expect(stack.sim.requests.filter((r) => r.command.startsWith("DoNewSanad") && r.command !== "DoNewSanadInquiry")).toEqual([]);
    });

    it("picks a nine-digit factor number from 800000000 when none is given: the same for the same key on another server, another for another key", async () => {
      const response = await stack.gql(RecordCashTransferDocument, { input: { customerCode: "3", date, direction: "IN", amount: "1000" } });
      expect(response.errors).toBeUndefined();
      const picked = response.data!.recordCashTransfer!.factorNumber;
      expect(picked).toBeGreaterThanOrEqual(800_000_000);
      expect(picked).toBeLessThan(1_000_000_000);
      const other = await startStack({ simulator: { addOn } });
      try {
        const keyed = async (on: Stack, key: string) =>
          (await on.gql(RecordCashTransferDocument, { input: { customerCode: "3", date, direction: "IN", amount: "1000" }, key })).data!.recordCashTransfer!.factorNumber;
        const here = await keyed(stack, `factor-${addOn}`);
        // Another server (its own journal, its own shop) names the same document for the same key.
        expect(await keyed(other, `factor-${addOn}`)).toBe(here);
        expect(await keyed(other, `factor-${addOn}-2`)).not.toBe(here);
        expect(here).toBeGreaterThanOrEqual(800_000_000);
        expect(here).toBeLessThan(1_000_000_000);
      } finally {
        await other.close();
      }
    });
  });
}

describe("factor numbers on an older add-on", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ simulator: { addOn: "older" } });
  });
  afterAll(() => stack.close());

  it("refuses a factor number the customer already has on that day, naming it, without writing (the inquiry must stay unambiguous)", async () => {
    const input = { customerCode: "3", date, factorNumber: 4242, direction: "IN", amount: "1000" };
    expect((await stack.gql<any, any>(RecordCashTransferDocument, { input })).errors).toBeUndefined();
    stack.sim.resetRequests();
    const again = await stack.gql<any, any>(RecordCashTransferDocument, { input });
    expect(again.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.factorNumber" });
    expect(again.errors![0].message).toMatch(/^Invalid value for "input\.factorNumber": customer 3 already has document 4242 on 1403-08-06 \(Factor_Code .+\); use another factor number, or leave it out to have one picked$/);
    expect(stack.sim.count("DoNewSanadVKHVaghNaghd")).toBe(0);
  });
});
