import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  RecordCashTransferDocument, RecordCoinTradeDocument, RecordCoinTransferDocument, RecordDiscountDocument, RecordEtiketTradeDocument,
  RecordEtiketTransferDocument, RecordGoldTradeDocument, RecordGoldTransferDocument, RecordMadeGoodsTradeDocument,
  RecordMadeGoodsTransferDocument, RecordReceivableOrPayableDocument, DeleteSanadDocument, SanadsDocument,
} from "./generated/operations.js";
import { startStack, type Stack } from "./support/harness.js";

const header = { customerCode: "3", date: "1403-08-06", factorNumber: 70_001, posting: "FINAL" };
const pricing = { totalAmount: 1000, wageBasis: "TOTAL", wage: 0, taxPercent: 9, taxAmount: 90, goldPercent: 0, returned: false, stonePrice: 0, pictureFileName: "a1.jpg" };

/** Each mutation with a valid input, and for each field a value Tahesab must never see. */
const mutations: Array<{ name: string; document: any; input: Record<string, unknown>; bad: Array<[string, unknown]> }> = [
  {
    name: "recordGoldTransfer", document: RecordGoldTransferDocument,
    input: { ...header, direction: "IN", weightGrams: 5, ayar: 750, goldKind: "MELTED", assay: { stampNumber: 12, labName: "لابراتوار" } },
    bad: [["direction", "SIDEWAYS"], ["weightGrams", 0], ["weightGrams", -2], ["ayar", 1001], ["ayar", 750.5], ["goldKind", "SILVER"], ["assay", null], ["assay.stampNumber", 0], ["assay.labName", "  "], ["assay.labName", "lab\nname"]],
  },
  {
    name: "recordGoldTrade", document: RecordGoldTradeDocument,
    input: { ...header, side: "BUY", weightGrams: 5, ayar: 750, goldKind: "MISCELLANEOUS", unitPrice: 10, priceUnit: "PER_GRAM", totalAmount: 50 },
    bad: [["side", "HOLD"], ["weightGrams", -1], ["ayar", -1], ["unitPrice", -5], ["priceUnit", "PER_KILO"], ["totalAmount", -1], ["totalAmount", 2 ** 53], ["totalAmount", 1.5]],
  },
  {
    name: "recordCoinTransfer", document: RecordCoinTransferDocument,
    input: { ...header, direction: "OUT", coinName: "امامی", count: 1, weightGrams: 8.13, ayar: 900 },
    bad: [["coinName", ""], ["coinName", "س".repeat(101)], ["coinName", "امامی\u0000"], ["count", 0], ["count", 1.5], ["weightGrams", -1], ["ayar", 2000]],
  },
  {
    name: "recordCoinTrade", document: RecordCoinTradeDocument,
    input: { ...header, side: "SELL", coinName: "نیم", count: 1, weightGrams: 4, ayar: 900, unitPrice: 1, totalAmount: 1 },
    bad: [["coinName", "   "], ["count", -3], ["unitPrice", -1], ["totalAmount", "12abc"]],
  },
  {
    name: "recordCashTransfer", document: RecordCashTransferDocument,
    input: { ...header, direction: "IN", amount: 1000, description: "x" },
    bad: [["amount", -1], ["amount", "lots"], ["description", "x".repeat(501)], ["description", "nul \u0000 inside"], ["direction", null]],
  },
  {
    name: "recordDiscount", document: RecordDiscountDocument,
    input: { ...header, discountDirection: "TO_CUSTOMER", amount: 10 },
    bad: [["discountDirection", "BOTH"], ["amount", -10]],
  },
  {
    name: "recordReceivableOrPayable", document: RecordReceivableOrPayableDocument,
    input: { ...header, claim: "PAYABLE", amount: 10, weightGrams: 0, regarding: "بابت" },
    bad: [["claim", "MAYBE"], ["amount", -1], ["weightGrams", -0.5], ["regarding", "x".repeat(201)]],
  },
  {
    name: "recordMadeGoodsTrade", document: RecordMadeGoodsTradeDocument,
    input: { ...header, ...pricing, side: "SELL", name: "النگو", weightGrams: 9, ayar: 750, count: 1, unitPrice: 1, priceUnit: "PER_GRAM", profitPercent: 7 },
    bad: [["name", ""], ["weightGrams", 0], ["count", 0], ["profitPercent", 101], ["taxPercent", -1], ["taxAmount", -1], ["goldPercent", 100.5], ["wage", -1], ["stonePrice", -1], ["wageBasis", "HOURLY"], ["pictureFileName", "../../etc/passwd"], ["pictureFileName", "a\u0001.jpg"], ["returned", "yes"]],
  },
  {
    name: "recordMadeGoodsTransfer", document: RecordMadeGoodsTransferDocument,
    input: { ...header, ...pricing, direction: "IN", name: "گردنبند", weightGrams: 3, ayar: 750, count: 1 },
    bad: [["name", " "], ["ayar", 1001], ["taxPercent", 150], ["totalAmount", -1]],
  },
  {
    name: "recordEtiketTrade", document: RecordEtiketTradeDocument,
    input: { ...header, ...pricing, etiketCode: "7", side: "SELL", unitPrice: 1, priceUnit: "PER_GRAM", profitPercent: 0 },
    bad: [["etiketCode", "7a"], ["etiketCode", ""], ["unitPrice", -1], ["side", "GIFT"]],
  },
  {
    name: "recordEtiketTransfer", document: RecordEtiketTransferDocument,
    input: { ...header, ...pricing, etiketCode: "7", direction: "OUT" },
    bad: [["etiketCode", "1".repeat(16)], ["direction", "UP"], ["stonePrice", -1]],
  },
];

const common: Array<[string, unknown]> = [
  ["customerCode", "12ab"], ["customerCode", ""], ["date", "1404-12-30"], ["date", "1403-13-01"], ["date", "2024-10-27"],
  ["factorNumber", 0], ["posting", "LATER"],
];

function withValue(input: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(input);
  const keys = path.split(".");
  let target: any = copy;
  for (const key of keys.slice(0, -1)) target = target[key];
  target[keys.at(-1)!] = value;
  return copy;
}

describe("bad input in any field of any document mutation: BAD_USER_INPUT naming the field, and nothing reaches Tahesab", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  for (const { name, document, input, bad } of mutations) {
    for (const [field, value] of [...common, ...bad]) {
      it(`${name}: input.${field} = ${JSON.stringify(value)?.slice(0, 30)}`, async () => {
        stack.sim.resetRequests();
        const response = await stack.gql<any, any>(document, { input: withValue(input, field, value) });
        expect(response.status).toBeLessThan(500);
        expect(response.errors?.length).toBeGreaterThan(0);
        expect(response.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: `input.${field}` });
        expect(stack.sim.count()).toBe(0);
      });
    }
  }

  it("the valid inputs above are accepted (so each refusal is about its one field)", async () => {
    for (const { name, document, input } of mutations.filter((m) => !m.name.startsWith("recordEtiket"))) {
      const response = await stack.gql<any, any>(document, { input: { ...input, factorNumber: undefined } });
      expect(response.errors, name).toBeUndefined();
    }
  });

  it("refuses a malformed idempotencyKey, naming it", async () => {
    stack.sim.resetRequests();
    const response = await stack.gql<any, any>(RecordCashTransferDocument, { input: mutations[4].input, key: "has spaces" });
    expect(response.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "idempotencyKey" });
    expect(stack.sim.count()).toBe(0);
  });

  it("refuses a malformed factorCode on delete and a reversed date range on listing", async () => {
    stack.sim.resetRequests();
    const del = await stack.gql<any, any>(DeleteSanadDocument, { factorCode: "12; DROP" });
    expect(del.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "factorCode" });
    const list = await stack.gql<any, any>(SanadsDocument, { from: "1403-09-01", to: "1403-08-01" });
    expect(list.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
    expect(stack.sim.count()).toBe(0);
  });
});
