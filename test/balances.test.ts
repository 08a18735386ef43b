import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BalancesAndEtiketsDocument,
  CustomerBalanceAtDocument,
  CustomersWithBalancesDocument,
  TahesabBalancesDocument,
} from "./generated/operations.js";
import { codes, startStack, type Stack } from "./support/harness.js";
import { itRefusesEach, type Refusal } from "./support/refusals.js";

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => String(from + i));

for (const addOn of ["current", "older"] as const) {
  describe(`Tahesab balances (${addOn} add-on)`, () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ simulator: { addOn } });
    });
    afterAll(() => stack.close());

    it("gives the latest balances with their breakdown, codes sent as JSON strings, null for an unknown code", async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(TahesabBalancesDocument, { customerCodes: ["1", "999", "2", "۵"] });
      expect(response.errors).toBeUndefined();
      expect(stack.sim.requests).toEqual([expect.objectContaining({ command: "getmandehesabbycode", args: ["1", "999", "2", "5"] })]);
      const [one, unknown, two, five] = response.data!.tahesabBalances;
      expect(unknown).toBeNull();
      const held = stack.sim.state.balance("1")!;
      // The rows as real add-ons answer them: numbers as strings, details by Tahesab's own names.
      expect(one).toEqual({
        customerCode: "1",
        goldGrams: held.gold,
        money: String(held.money),
        // MandeyeKolBePool: newer add-ons only.
        totalInMoney: addOn === "current" ? expect.stringMatching(/^-?\d+$/) : null,
        asOf: null,
        details: [
          { title: "مانده مالي", amount: String(held.money) },
          { title: "مانده طلا", amount: String(held.gold) },
          { title: expect.stringMatching(/امام/), amount: "2" },
        ],
      });
      // Seed documents: 1 brought 12.345 g of 750 and two coins, and was paid 25,000,000 rials.
      expect(one!.goldGrams).toBe(12.345);
      expect(one!.money).toBe("-25000000");
      // Sign convention: 2 bought gold for 1,127,500,000 and paid 1,000,000,000: owes us (بدهکار), negative.
      expect(two).toMatchObject({ customerCode: "2", goldGrams: 0, money: "-127500000" });
      // 5 owes us 10,000,000 rials and 1.5 g (طلب ما): negative both.
      expect(five).toMatchObject({ customerCode: "5", goldGrams: -1.5, money: "-10000000" });
    });

    it("reads a code written with leading zeros as the same account", async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(TahesabBalancesDocument, { customerCodes: ["007", "7"] });
      expect(response.errors).toBeUndefined();
      expect(response.data!.tahesabBalances.map((b) => b?.customerCode)).toEqual(["7", "7"]);
      expect(stack.sim.requests).toEqual([expect.objectContaining({ command: "getmandehesabbycode", args: ["7"] })]);
    });

    it("asks 100 customers' balances and 100 etikets in one operation as one getmandehesabbycode and one getetiketinfobycode call", async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(BalancesAndEtiketsDocument, { customerCodes: range(1, 100), etiketCodes: range(1, 100), toCode: "100" });
      expect(response.errors).toBeUndefined();
      const data = response.data!;
      expect(data.tahesabBalances).toHaveLength(100);
      expect(data.tahesabBalances.filter((b) => b !== null)).toHaveLength(30); // the seed has 30 customers
      expect(data.tahesabCustomers.edges).toHaveLength(30);
      expect(data.tahesabCustomers.edges.every((e) => e.node.balance?.customerCode === e.node.code)).toBe(true);
      expect(data.etikets.map((e) => e?.code)).toEqual(range(1, 100));

      expect(stack.sim.count("getmandehesabbycode")).toBe(1);
      expect(stack.sim.count("getetiketinfobycode")).toBe(1);
      expect(stack.sim.count("DoListMoshtari")).toBe(1);
      expect(stack.sim.count()).toBe(3);
      const balanceCall = stack.sim.requests.find((r) => r.command === "getmandehesabbycode")!;
      expect(balanceCall.args).toEqual(range(1, 100));
      expect(stack.sim.requests.find((r) => r.command === "getetiketinfobycode")!.args).toEqual(range(1, 100));
    });

    it("collects the balance fields of a customer list into one call", async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(CustomersWithBalancesDocument, { fromCode: "1", toCode: "30", first: 30 });
      expect(response.errors).toBeUndefined();
      const nodes = response.data!.tahesabCustomers.edges.map((e) => e.node);
      expect(nodes.map((n) => n.balance!.money)).toEqual(nodes.map((n) => String(stack.sim.state.balance(n.code)!.money)));
      expect(stack.sim.requests.map((r) => r.command)).toEqual(["DoListMoshtari", "getmandehesabbycode"]);
      expect(stack.sim.requests[1].args).toEqual(range(1, 30));
    });

    it("gives the balance at a Shamsi day with GetMandeHesabByTarikh [code, date] as strings, asked once per customer and day", async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(CustomerBalanceAtDocument, { fromCode: "1", toCode: "2", date: "۱۴۰۳/۸/۶" });
      expect(response.errors).toBeUndefined();
      const [one, two] = response.data!.tahesabCustomers.edges.map((e) => e.node);
      // On 1403-08-06 customer 1 had brought the gold and coins but not yet been paid (1403-08-10).
      expect(one.balanceAt).toMatchObject({ customerCode: "1", goldGrams: 12.345, money: "0", asOf: "1403-08-06" });
      expect(one.balance).toMatchObject({ money: "-25000000", asOf: null });
      expect(two.balanceAt).toMatchObject({ customerCode: "2", money: String(stack.sim.state.balance("2", "1403-08-06")!.money), asOf: "1403-08-06" });
      const dated = stack.sim.requests.filter((r) => r.command === "GetMandeHesabByTarikh").map((r) => r.args);
      expect(dated.sort()).toEqual([
        ["1", "1403-08-06"],
        ["2", "1403-08-06"],
      ]);

      stack.sim.resetRequests();
      const twice = await stack.gql(`{
        tahesabCustomers(fromCode: "3", toCode: "3") { edges { node {
          a: balanceAt(date: "1403-09-01") { money }
          b: balanceAt(date: "1403-09-01") { money }
          c: balanceAt(date: "1403-09-02") { money }
        } } }
      }`);
      expect(twice.errors).toBeUndefined();
      expect(stack.sim.requests.filter((r) => r.command === "GetMandeHesabByTarikh").map((r) => r.args).sort()).toEqual([
        ["3", "1403-09-01"],
        ["3", "1403-09-02"],
      ]);
    });

    it("keeps the rest of the answer when the balance call fails", async () => {
      stack.sim.resetRequests();
      stack.sim.faults.failNext(1, "error", "getmandehesabbycode");
      const response = await stack.gql(CustomersWithBalancesDocument, { fromCode: "1", toCode: "2" });
      expect(response.data!.tahesabCustomers.edges.map((e) => [e.node.code, e.node.balance])).toEqual([
        ["1", null],
        ["2", null],
      ]);
      expect(new Set(codes(response))).toEqual(new Set(["VENDOR_ERROR"]));
      expect(response.errors!.map((e) => e.path)).toContainEqual(["tahesabCustomers", "edges", 0, "node", "balance"]);
      stack.sim.faults.reset();
    });

    describe("bad input gets BAD_USER_INPUT naming the argument, and nothing reaches Tahesab", () => {
      const cases: Refusal[] = [
        ["an empty code list", () => stack.gql(TahesabBalancesDocument, { customerCodes: [] }), "customerCodes"],
        ["1001 codes", () => stack.gql(TahesabBalancesDocument, { customerCodes: range(1, 1001) }), "customerCodes"],
        ["a malformed code", () => stack.gql(TahesabBalancesDocument, { customerCodes: ["1", "2-3"] }), "customerCodes[1]"],
        ["a month 13", () => stack.gql(CustomerBalanceAtDocument, { fromCode: "1", toCode: "2", date: "1403-13-01" }), "date"],
        ["a Gregorian date", () => stack.gql(CustomerBalanceAtDocument, { fromCode: "1", toCode: "2", date: "2024-10-27" }), "date"],
      ];
      itRefusesEach(() => stack, cases);
    });
  });
}

describe("balance batches are split at TAHESAB_BATCH_SIZE", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { TAHESAB_BATCH_SIZE: "20" } });
  });
  afterAll(() => stack.close());

  it("sends 100 codes as five calls of 20 strings", async () => {
    stack.sim.resetRequests();
    const response = await stack.gql(TahesabBalancesDocument, { customerCodes: range(1, 100) });
    expect(response.errors).toBeUndefined();
    expect(response.data!.tahesabBalances.map((b) => b?.customerCode ?? null)).toEqual([...range(1, 30), ...Array(70).fill(null)]);
    expect(stack.sim.count()).toBe(5);
    expect(stack.sim.count("getmandehesabbycode")).toBe(5);
    // The five calls run side by side: compare what was sent, not arrival order.
    expect((stack.sim.requests.map((r) => r.args).flat() as string[]).sort((a, b) => Number(a) - Number(b))).toEqual(range(1, 100));
    expect(stack.sim.requests.every((r) => r.args.length === 20 && r.args.every((a) => typeof a === "string"))).toBe(true);
  });
});
