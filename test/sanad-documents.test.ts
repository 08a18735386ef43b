import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DeleteSanadDocument, RecordCashTransferDocument, RecordCoinTradeDocument, RecordCoinTransferDocument, RecordDiscountDocument,
  RecordEtiketTradeDocument, RecordEtiketTransferDocument, RecordGoldTradeDocument, RecordGoldTransferDocument,
  RecordMadeGoodsTradeDocument, RecordMadeGoodsTransferDocument, RecordReceivableOrPayableDocument, SanadInquiryDocument, SanadsDocument,
} from "./generated/operations.js";
import { startStack, type Stack } from "./support/harness.js";

const date = "1403-08-06";
const head = (factorNumber: number, posting = 1) => [posting, 3, factorNumber, 1, 1403, 8, 6];

describe("every Tahesab document command, with the exact arguments Tahesab receives", () => {
  let stack: Stack;
  let n = 5000;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  /** Runs a mutation and returns its receipt and the write command Tahesab received. */
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

  it("recordGoldTransfer → DoNewSanadVKHGOLD (melted, with assay)", async () => {
    const { receipt, write, factorNumber } = await record(RecordGoldTransferDocument, {
      direction: "IN", weightGrams: 10.5, ayar: 750, goldKind: "MELTED", assay: { stampNumber: 4411, labName: "آزمایشگاه طلای نوین" },
    });
    expect(write).toMatchObject({ command: "DoNewSanadVKHGOLD", args: [...head(factorNumber), 10.5, 750, 4411, "آزمایشگاه طلای نوین", 0, 1] });
    expect(receipt).toMatchObject({ kind: "GOLD_TRANSFER", customerCode: "3", factorNumber, date, posting: "FINAL", replayed: false });
    expect(receipt.factorCode).toMatch(/^\d+$/);
  });

  it("recordGoldTransfer of miscellaneous gold sends 0 and \"\" for the assay", async () => {
    const { write, factorNumber } = await record(RecordGoldTransferDocument, { direction: "OUT", weightGrams: 2, ayar: 585, goldKind: "MISCELLANEOUS", posting: "TEMPORARY" });
    expect(write.args).toEqual([...head(factorNumber, 0), 2, 585, 0, "", 1, 0]);
  });

  it("recordGoldTrade → DoNewSanadBuySaleGOLD", async () => {
    const { write, factorNumber } = await record(RecordGoldTradeDocument, {
      side: "BUY", weightGrams: 12.3, ayar: 750, goldKind: "MISCELLANEOUS", unitPrice: 150_000_000, priceUnit: "PER_MESGHAL", totalAmount: 400_350_000,
    });
    expect(write).toMatchObject({ command: "DoNewSanadBuySaleGOLD", args: [...head(factorNumber), 12.3, 750, 0, "", 1, 150_000_000, 0, 0, 400_350_000] });
  });

  it("recordCoinTransfer → DoNewSanadVKHSEKEH", async () => {
    const { write, factorNumber } = await record(RecordCoinTransferDocument, { direction: "IN", coinName: "امامی", count: 2, weightGrams: 16.26, ayar: 900 });
    expect(write).toMatchObject({ command: "DoNewSanadVKHSEKEH", args: [...head(factorNumber), 16.26, 900, 2, "امامی", 0] });
  });

  it("recordCoinTrade → DoNewSanadBuySaleSEKEH (sale, coin name as a string)", async () => {
    const { write, factorNumber } = await record(RecordCoinTradeDocument, {
      side: "SELL", coinName: "بهار آزادی", count: 1, weightGrams: 8.13, ayar: 900, unitPrice: 850_000_000, totalAmount: 850_000_000,
    });
    expect(write).toMatchObject({ command: "DoNewSanadBuySaleSEKEH", args: [...head(factorNumber), 8.13, 900, 1, "بهار آزادی", 0, 850_000_000, 850_000_000] });
  });

  it("recordCashTransfer → DoNewSanadVKHVaghNaghd", async () => {
    const { write, factorNumber } = await record(RecordCashTransferDocument, { direction: "OUT", amount: 25_000_000, description: "پرداخت نقدی" });
    expect(write).toMatchObject({ command: "DoNewSanadVKHVaghNaghd", args: [...head(factorNumber), 1, 25_000_000, "پرداخت نقدی"] });
  });

  it("recordDiscount → DoNewSanadTakhfif", async () => {
    const { write, factorNumber } = await record(RecordDiscountDocument, { discountDirection: "FROM_CUSTOMER", amount: 500_000 });
    expect(write).toMatchObject({ command: "DoNewSanadTakhfif", args: [...head(factorNumber), 1, 500_000, ""] });
  });

  it("recordReceivableOrPayable → DoNewSanadTalabBedehi", async () => {
    const { write, factorNumber } = await record(RecordReceivableOrPayableDocument, {
      claim: "RECEIVABLE", amount: 3_000_000, description: "مانده قبلی", regarding: "فاکتور ۱۲", weightGrams: 1.5,
    });
    expect(write).toMatchObject({ command: "DoNewSanadTalabBedehi", args: [...head(factorNumber), 1, 3_000_000, "مانده قبلی", "فاکتور ۱۲", 1.5] });
  });

  const pricing = { totalAmount: 90_000_000, wageBasis: "PER_GRAM", wage: 1_200_000, taxPercent: 9, taxAmount: 972_000, goldPercent: 0, returned: false, stonePrice: 0, pictureFileName: "a1.jpg" };

  it("recordMadeGoodsTrade → DoNewSanadBuySaleKar (24 arguments)", async () => {
    const { write, factorNumber } = await record(RecordMadeGoodsTradeDocument, {
      ...pricing, side: "SELL", name: "النگو", weightGrams: 9.2, ayar: 750, count: 2, unitPrice: 40_000_000, priceUnit: "PER_GRAM", profitPercent: 7,
    });
    expect(write.command).toBe("DoNewSanadBuySaleKar");
    expect(write.args).toEqual([...head(factorNumber), 9.2, 750, 2, "النگو", 0, 40_000_000, 1, 90_000_000, 1, 9, 972_000, 7, 0, 0, 0, "a1.jpg", 1_200_000]);
  });

  it("recordMadeGoodsTransfer → DoNewSanadVKHKar (21 arguments)", async () => {
    const { write, factorNumber } = await record(RecordMadeGoodsTransferDocument, {
      ...pricing, returned: true, stonePrice: 2_000_000, direction: "IN", name: "گردنبند", weightGrams: 5.5, ayar: 750, count: 1,
    });
    expect(write.command).toBe("DoNewSanadVKHKar");
    expect(write.args).toEqual([...head(factorNumber), 5.5, 750, 1, "گردنبند", 0, 1, 90_000_000, 9, 972_000, 0, 1, "a1.jpg", 1_200_000, 2_000_000]);
  });

  it("recordEtiketTrade → DoNewSanadBuySaleEtiket, then recordEtiketTransfer → DoNewSanadVKHEtiket (25 arguments each)", async () => {
    const code = [...(stack.sim.state as any).etikets.values()].find((e: any) => e.IsMojood === 1).Code;
    const sold = await record(RecordEtiketTradeDocument, { ...pricing, etiketCode: String(code), side: "SELL", unitPrice: 41_000_000, priceUnit: "PER_GRAM", profitPercent: 7 });
    expect(sold.write.command).toBe("DoNewSanadBuySaleEtiket");
    expect(sold.write.args).toEqual([...head(sold.factorNumber), 0, 0, 0, "", 0, 41_000_000, 1, 90_000_000, 1, 9, 972_000, 7, 0, 0, 0, "a1.jpg", 1_200_000, Number(code)]);
    const back = await record(RecordEtiketTransferDocument, { ...pricing, etiketCode: String(code), direction: "IN" });
    expect(back.write.command).toBe("DoNewSanadVKHEtiket");
    expect(back.write.args).toEqual([...head(back.factorNumber), 0, 0, 0, "", 0, 0, 0, 90_000_000, 1, 9, 972_000, 0, 0, 0, 0, "a1.jpg", 1_200_000, Number(code)]);
  });

  it("lists documents (DoListAsnad), finds one (DoNewSanadInquiry) and deletes it (DoDeleteSanad)", async () => {
    const { receipt, factorNumber } = await record(RecordCashTransferDocument, { direction: "IN", amount: 7_000_000, description: "واریز" });
    stack.sim.resetRequests();
    const listed = await stack.gql(SanadsDocument, { last: 5, customerCode: "3", from: "1403-08-01", to: "1403-08-30" });
    expect(stack.sim.requests.at(-1)).toMatchObject({ command: "DoListAsnad", args: [5, 3, "1403-08-01", "1403-08-30"] });
    expect(listed.data!.sanads.map((s) => s.factorCode)).toContain(receipt.factorCode);
    const mine = listed.data!.sanads.find((s) => s.factorCode === receipt.factorCode)!;
    expect(mine).toMatchObject({ kind: "CASH_TRANSFER", customerCode: "3", factorNumber, date, amount: "7000000", description: "واریز" });

    const found = await stack.gql(SanadInquiryDocument, { customerCode: "3", factorNumber, date });
    expect(stack.sim.requests.at(-1)).toMatchObject({ command: "DoNewSanadInquiry", args: [3, factorNumber, 1403, 8, 6] });
    expect(found.data!.sanad!.factorCode).toBe(receipt.factorCode);

    const node = await stack.gql<any, any>(`query($id: ID!) { node(id: $id) { ... on Sanad { factorCode kind } } }`, { id: receipt.id });
    expect(node.data.node).toEqual({ factorCode: receipt.factorCode, kind: "CASH_TRANSFER" });

    const deleted = await stack.gql(DeleteSanadDocument, { factorCode: receipt.factorCode });
    expect(deleted.errors).toBeUndefined();
    expect(stack.sim.requests.at(-1)).toMatchObject({ command: "DoDeleteSanad", args: [receipt.factorCode] });
    const gone = await stack.gql(SanadInquiryDocument, { customerCode: "3", factorNumber, date });
    expect(gone.data!.sanad).toBeNull();
  });

  it("picks a nine-digit factor number when none is given", async () => {
    const response = await stack.gql(RecordCashTransferDocument, { input: { customerCode: "3", date, direction: "IN", amount: 1000 } });
    expect(response.errors).toBeUndefined();
    expect(response.data!.recordCashTransfer!.factorNumber).toBeGreaterThanOrEqual(800_000_000);
  });

  it("refuses a factor number the customer already has on that day, naming it, without writing", async () => {
    const first = await record(RecordCashTransferDocument, { direction: "IN", amount: 1000 });
    stack.sim.resetRequests();
    const again = await stack.gql<any, any>(RecordCashTransferDocument, { input: { customerCode: "3", date, factorNumber: first.factorNumber, direction: "IN", amount: 1000 } });
    expect(again.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.factorNumber" });
    expect(stack.sim.count("DoNewSanadVKHVaghNaghd")).toBe(0);
  });

  it("an unknown customer has no document (null) and cannot be listed (BAD_USER_INPUT naming customerCode)", async () => {
    const one = await stack.gql(SanadInquiryDocument, { customerCode: "999999", factorNumber: 1, date });
    expect(one.errors).toBeUndefined();
    expect(one.data!.sanad).toBeNull();
    const list = await stack.gql(SanadsDocument, { customerCode: "999999" });
    expect(list.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "customerCode" });
    // Another refusal is still Tahesab's own: a listing of a known customer with a reversed period.
    stack.sim.resetRequests();
    const odd = await stack.gql(SanadsDocument, { customerCode: "3", from: "1403-09-01", to: "1403-01-01" });
    expect(odd.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(stack.sim.count()).toBe(0);
  });

  it("refuses an unknown customer and an unknown etiket, naming the field, without writing", async () => {
    stack.sim.resetRequests();
    const customer = await stack.gql<any, any>(RecordCashTransferDocument, { input: { customerCode: "999999", date, direction: "IN", amount: 1000 } });
    expect(customer.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.customerCode" });
    const etiket = await stack.gql<any, any>(RecordEtiketTransferDocument, { input: { customerCode: "3", date, ...pricing, etiketCode: "99999999", direction: "IN" } });
    expect(etiket.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.etiketCode" });
    expect(stack.sim.requests.filter((r) => r.command.startsWith("DoNewSanad") && r.command !== "DoNewSanadInquiry")).toEqual([]);
  });
});
