// invoice/savepayment and invoice/SaveWarehouseReceipt.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHesabfaSimulator, type HesabfaSimulator } from "../../sandbox/hesabfa/index.js";
import { dateIn, ok, refused } from "./hesabfa-client.js";

let sim: HesabfaSimulator;
beforeAll(async () => {
  sim = await startHesabfaSimulator({ rateLimit: null });
});
afterAll(() => sim.close());

async function newSale(overrides: Record<string, unknown> = {}): Promise<any> {
  return ok(sim, "invoice/save", {
    invoice: {
      InvoiceType: 0,
      ContactCode: 6,
      Date: dateIn(sim, 30),
      Status: 1,
      InvoiceItems: [
        { ItemCode: 3, Quantity: 2, UnitPrice: 795_000_000 },
        { ItemCode: 28, Quantity: 1, UnitPrice: 4_100_000 },
        { ItemCode: 36, Quantity: 1, UnitPrice: 15_000_000 },
      ],
      ...overrides,
    },
  });
}

describe("invoice/savepayment", () => {
  it("takes H1's parameters (number as integer, bankCode, date, amount, transactionNumber) and answers the invoice with Paid and Rest", async () => {
    const inv = await newSale();
    const after = await ok(sim, "invoice/savepayment", {
      number: Number(inv.Number), bankCode: 1, date: dateIn(sim, 31), amount: 500_000_000,
      transactionNumber: "None", description: null, transactionFee: 0,
    });
    expect(after).toMatchObject({ Number: inv.Number, Paid: 500_000_000, Rest: inv.Payable - 500_000_000 });
    const rest = await ok(sim, "invoice/savepayment", { number: inv.Number, type: 0, cashCode: 2, date: dateIn(sim, 32), amount: after.Rest, transactionNumber: "-" });
    expect(rest).toMatchObject({ Paid: inv.Payable, Rest: 0 });
    const payments = sim.state.paymentsOf(sim.state.invoice(0, inv.Number)!);
    expect(payments.map((p) => [p.target.kind, p.target.code, p.API])).toEqual([["bank", "000001", true], ["cash", "000002", true]]);
  });

  it("takes a petty cash or a contact as the other side (H2), and the H4 form's strings", async () => {
    const inv = await newSale();
    await ok(sim, "invoice/savepayment", { number: inv.Number, pettyCashCode: "1", date: dateIn(sim, 31), amount: "1000", transactionNumber: "P1" });
    await ok(sim, "invoice/savepayment", { number: inv.Number, contactCode: "000006", date: dateIn(sim, 31), amount: 2000, transactionNumber: "C1" });
    const h4 = await ok(sim, "invoice/savepayment", {
      type: "0", number: inv.Number, bankCode: "", date: dateIn(sim, 31).slice(0, 10), amount: "3000.5", transactionNumber: "H4",
      description: "", transactionFee: "", currency: "", currencyRate: "", cashCode: "1", pettyCashCode: "",
    });
    expect(h4.Paid).toBe(6000.5);
  });

  it("pays a purchase too (type 1)", async () => {
    const purchase = await ok(sim, "invoice/save", {
      invoice: { InvoiceType: 1, ContactCode: 21, Date: dateIn(sim, 30), Status: 1, InvoiceItems: [{ ItemCode: 5, Quantity: 1, UnitPrice: 590_000_000 }] },
    });
    const paid = await ok(sim, "invoice/savepayment", { number: purchase.Number, type: 1, bankCode: 2, date: dateIn(sim, 30), amount: 590_000_000, transactionNumber: "B" });
    expect(paid).toMatchObject({ InvoiceType: 1, Rest: 0 });
  });

  it("refuses what Hesabfa would refuse", async () => {
    const inv = await newSale();
    const base = { number: inv.Number, bankCode: 1, date: dateIn(sim, 31), amount: 1000, transactionNumber: "T" };
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ bankCode: undefined }, 104, "bankCode"],
      [{ cashCode: 1 }, 114, "only one"],
      [{ bankCode: undefined, accountPath: "درآمد" }, 190, "accountPath"],
      [{ bankCode: 7 }, 112, "bank 000007"],
      [{ transactionNumber: "" }, 104, "transactionNumber"],
      [{ transactionNumber: null }, 104, "transactionNumber"],
      [{ amount: 0 }, 114, "amount"],
      [{ amount: inv.Payable + 1 }, 114, "rest"],
      [{ date: "31/01/2026" }, 114, "date"],
      [{ date: dateIn(sim, 10, 1) }, 114, "fiscal year"],
      [{ number: 98_765 }, 112, "098765"],
      [{ type: 2 }, 112, "type 2"],
      [{ currency: "EUR" }, 114, "currency"],
      [{ transactionFee: 2000 }, 114, "transactionFee"],
      [{ bank: 1 }, 114, "bank"],
    ];
    for (const [overrides, code, mention] of cases) {
      const answer = await refused(sim, "invoice/savepayment", { ...base, ...overrides });
      expect(answer.ErrorCode, JSON.stringify(overrides)).toBe(code);
      expect(answer.ErrorMessage, JSON.stringify(overrides)).toContain(mention);
    }
    expect((await ok(sim, "invoice/get", { number: inv.Number, type: 0 })).Paid).toBe(0);
  });

  it("refuses a payment on a draft or a waste invoice (190)", async () => {
    const draft = await newSale({ Status: 0 });
    expect((await refused(sim, "invoice/savepayment", { number: draft.Number, bankCode: 1, date: dateIn(sim, 31), amount: 1, transactionNumber: "T" })).ErrorCode).toBe(190);
    const waste = await ok(sim, "invoice/save", { invoice: { InvoiceType: 4, Date: dateIn(sim, 30), Status: 1, InvoiceItems: [{ ItemCode: 31, Quantity: 1, UnitPrice: 780_000 }] } });
    expect((await refused(sim, "invoice/savepayment", { number: waste.Number, type: 4, bankCode: 1, date: dateIn(sim, 31), amount: 1, transactionNumber: "T" })).ErrorCode).toBe(190);
  });

  it("keeps an invoice from dropping below what was paid, or back to draft (190)", async () => {
    const inv = await newSale();
    await ok(sim, "invoice/savepayment", { number: inv.Number, bankCode: 1, date: dateIn(sim, 31), amount: 100_000_000, transactionNumber: "T" });
    const cheaper = { InvoiceType: 0, Number: inv.Number, ContactCode: 6, Date: dateIn(sim, 30), Status: 1, InvoiceItems: [{ ItemCode: 28, Quantity: 1, UnitPrice: 4_100_000 }] };
    expect((await refused(sim, "invoice/save", { invoice: cheaper })).ErrorCode).toBe(190);
    expect((await refused(sim, "invoice/save", { invoice: { ...cheaper, Status: 0, InvoiceItems: [{ ItemCode: 3, Quantity: 2, UnitPrice: 795_000_000 }] } })).ErrorCode).toBe(190);
  });
});

describe("invoice/SaveWarehouseReceipt", () => {
  const receipt = (inv: any, items: Array<[number | string, number | string]>, extra: Record<string, unknown> = {}) => ({
    WarehouseCode: 2,
    InvoiceNumber: inv.Number,
    InvoiceType: inv.InvoiceType,
    Date: dateIn(sim, 31),
    Items: items.map(([ItemCode, Quantity]) => ({ ItemCode, Quantity })),
    ...extra,
  });

  it("takes H1's call (deleteOldReceipts, receipt) and answers the receipt; the warehouse's quantity moves, the invoice's status follows", async () => {
    const inv = await newSale();
    const inWarehouse = () => sim.state.warehouseStock("000003", 2).toNumber();
    const before = inWarehouse();
    const first = await ok(sim, "invoice/SaveWarehouseReceipt", { deleteOldReceipts: true, receipt: receipt(inv, [[3, 1]]) });
    expect(first).toMatchObject({ InvoiceNumber: inv.Number, InvoiceType: 0, WarehouseCode: 2, Receiving: false });
    expect(typeof first.Number).toBe("number");
    expect(first.Items[0]).toMatchObject({ ItemCode: "000003", Quantity: 1 });
    expect(inWarehouse()).toBe(before - 1);
    expect((await ok(sim, "invoice/get", { number: inv.Number, type: 0 })).WarehouseReceiptStatus).toBe(1);

    await ok(sim, "invoice/SaveWarehouseReceipt", { receipt: receipt(inv, [[3, 1], [28, 1]]) });
    expect(inWarehouse()).toBe(before - 2);
    expect((await ok(sim, "invoice/get", { number: inv.Number, type: 0 })).WarehouseReceiptStatus).toBe(2);

    // deleteOldReceipts: the earlier two go, this one stays.
    await ok(sim, "invoice/SaveWarehouseReceipt", { deleteOldReceipts: "true", receipt: receipt(inv, [[3, 2], [28, 1]], { WarehouseCode: 1 }) });
    expect(inWarehouse()).toBe(before);
    expect(sim.state.receiptsOf(sim.state.invoice(0, inv.Number)!).map((r) => r.WarehouseCode)).toEqual([1]);
  });

  it("a purchase's receipt brings goods in", async () => {
    const purchase = await ok(sim, "invoice/save", {
      invoice: { InvoiceType: 1, ContactCode: 23, Date: dateIn(sim, 30), Status: 1, InvoiceItems: [{ ItemCode: 30, Quantity: 10, UnitPrice: 1_150_000 }] },
    });
    const before = sim.state.warehouseStock("000030", 3).toNumber();
    const answer = await ok(sim, "invoice/SaveWarehouseReceipt", { receipt: receipt(purchase, [[30, 10]], { WarehouseCode: 3 }) });
    expect(answer.Receiving).toBe(true);
    expect(sim.state.warehouseStock("000030", 3).toNumber()).toBe(before + 10);
  });

  it("refuses: more than the invoice has, a service, an item not on the invoice, an unknown warehouse, a draft", async () => {
    const inv = await newSale();
    expect((await refused(sim, "invoice/SaveWarehouseReceipt", { receipt: receipt(inv, [[3, 3]]) })).ErrorCode).toBe(114);
    expect((await refused(sim, "invoice/SaveWarehouseReceipt", { receipt: receipt(inv, [[36, 1]]) })).ErrorCode).toBe(190);
    expect((await refused(sim, "invoice/SaveWarehouseReceipt", { receipt: receipt(inv, [[4, 1]]) })).ErrorCode).toBe(114);
    expect((await refused(sim, "invoice/SaveWarehouseReceipt", { receipt: receipt(inv, [[3, 1]], { WarehouseCode: 9 }) })).ErrorCode).toBe(112);
    expect((await refused(sim, "invoice/SaveWarehouseReceipt", { receipt: receipt(inv, []) })).ErrorCode).toBe(104);
    expect((await refused(sim, "invoice/SaveWarehouseReceipt", { receipt: receipt(inv, [[3, 1]], { InvoiceType: 1 }) })).ErrorCode).toBe(112);
    const draft = await newSale({ Status: 0 });
    expect((await refused(sim, "invoice/SaveWarehouseReceipt", { receipt: receipt(draft, [[3, 1]]) })).ErrorCode).toBe(190);
    expect(sim.state.receiptsOf(sim.state.invoice(0, inv.Number)!)).toEqual([]);
  });
});
