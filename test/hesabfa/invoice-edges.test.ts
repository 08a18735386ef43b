import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { HesabfaSimulator } from "../../sandbox/hesabfa/index.js";
import { ok } from "../sandbox/hesabfa-client.js";
import { beforeHandling } from "../support/before-handling.js";
import { bodies, dayInYear, error120Stack, errorCodes, expectWrite, hesabfaStack, only, type HesabfaStack } from "./support.js";

/**
 * Hesabfa invoices at their edges (datasources/hesabfa/invoices.ts): the body
 * holds only what was given, payments' defaults and refusals, and a lost new
 * invoice found again only by its own customer, date and lines.
 */

const SAVE = `mutation($input: HesabfaInvoiceInput!, $key: String) { saveHesabfaInvoice(input: $input, idempotencyKey: $key) { reconciled invoice { number lines { itemCode quantity } } } }`;

describe("Hesabfa invoice bodies and payments", () => {
  let stack: HesabfaStack;
  beforeAll(async () => {
    stack = await hesabfaStack();
  });
  afterAll(() => stack.close());
  afterEach(() => stack.hesabfa.resetRequests());

  it("an invoice with only what it needs sends nothing more", async () => {
    const date = dayInYear(stack.hesabfa, 30, "10:00:00");
    const r = await stack.gql(SAVE, { input: { kind: "PURCHASE", date, customerCode: "6", lines: [{ itemCode: "2", quantity: "3", unitPrice: "1000" }] } });
    expect(r.errors).toBeUndefined();
    expectWrite(stack.hesabfa, only(stack.hesabfa, "invoice/save"), {
      invoice: { InvoiceType: 1, Status: 1, Date: date.slice(0, 19).replace("T", " "), ContactCode: "000006", InvoiceItems: [{ RowNumber: 0, ItemCode: "000002", Quantity: 3, UnitPrice: 1000 }] },
    });
  });

  it("a payment without a reference sends \"-\" (Hesabfa refuses an empty one); a reference is trimmed; a fee and a description are sent when given", async () => {
    const saved = (await stack.gql(SAVE, { input: { kind: "SALE", date: dayInYear(stack.hesabfa, 21), customerCode: "6", lines: [{ itemCode: "1", quantity: "1", unitPrice: "500000" }] } })).data!.saveHesabfaInvoice.invoice;
    stack.hesabfa.resetRequests();
    const PAY = `mutation($input: HesabfaPaymentInput!) { recordHesabfaPayment(input: $input) { invoice { paid } } }`;
    const pay = (extra: Record<string, unknown>) => stack.gql(PAY, { input: { invoiceNumber: saved.number, target: "CASH", targetCode: "1", amount: "1000", date: dayInYear(stack.hesabfa, 22), ...extra } });
    expect((await pay({})).errors).toBeUndefined();
    expect((await pay({ reference: "  TX-7  ", fee: "50", description: "کارمزد دار" })).errors).toBeUndefined();
    const [plain, full] = bodies(stack.hesabfa, "invoice/savepayment");
    expect(plain).toMatchObject({ transactionNumber: "-" });
    expect(plain).not.toHaveProperty("transactionFee");
    expect(plain).not.toHaveProperty("description");
    expect(full).toMatchObject({ transactionNumber: "TX-7", transactionFee: 50, description: "کارمزد دار" });
  });

  it("an invoice's currency: the business's when unstated or the same, another one named as stated, one hesabgraph does not know null", async () => {
    const saved = (await stack.gql(SAVE, { input: { kind: "SALE", date: dayInYear(stack.hesabfa, 23), customerCode: "6", lines: [{ itemCode: "1", quantity: "1", unitPrice: "7" }] } })).data!.saveHesabfaInvoice.invoice;
    const stored = await ok(stack.hesabfa, "invoice/get", { number: saved.number, type: 0 });
    const currencyWhen = async (currency: unknown) => {
      stack.hesabfa.faults.respondNext("invoice/get", JSON.stringify({ Success: true, ErrorCode: 0, ErrorMessage: "", Result: { ...stored, Currency: currency } }));
      const r = await stack.gql(`query($n: String!) { hesabfaInvoice(kind: SALE, number: $n) { currency } }`, { n: saved.number });
      expect(r.errors).toBeUndefined();
      return r.data!.hesabfaInvoice.currency;
    };
    expect([await currencyWhen(null), await currencyWhen("irr"), await currencyWhen("IRT"), await currencyWhen("USD")]).toEqual(["IRR", "IRR", "IRT", null]);
  });

  it("a waste invoice takes no payment: refused naming the kind, nothing sent", async () => {
    const r = await stack.gql(`mutation { recordHesabfaPayment(input: { invoiceKind: WASTE, invoiceNumber: "1", target: CASH, targetCode: "1", amount: "1000" }) { invoice { paid } } }`);
    expect(errorCodes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(r.errors![0]).toMatchObject({ message: 'Invalid value for "input.invoiceKind": a waste invoice takes no payment', extensions: { field: "input.invoiceKind" } });
    expect(stack.hesabfa.count()).toBe(0);
  });
});

describe("a new invoice whose answer was lost, read back after 120", () => {
  let sim: HesabfaSimulator;
  let stack: HesabfaStack;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ sim, stack, close } = await error120Stack());
  });
  afterAll(() => close());

  it("is the newest of its kind with its customer, date and lines; newer ones differing in a line's count, item or quantity are not taken", async () => {
    const date = dayInYear(sim, 40);
    const lines = [{ itemCode: "1", quantity: "2", unitPrice: "1000" }, { itemCode: "3", quantity: "1", unitPrice: "500" }];
    const wall = date.slice(0, 19).replace("T", " ");
    const decoy = (items: Array<{ ItemCode: string; Quantity: number }>) =>
      sim.userChange.saveInvoice({ InvoiceType: 0, Status: 1, Date: wall, ContactCode: "000006", InvoiceItems: items.map((item, i) => ({ RowNumber: i, UnitPrice: 10, ...item })) }).Number;
    const decoys: string[] = [];
    // As the resend reaches Hesabfa (which answers 120), the web app saves three look-alikes.
    let saves = 0;
    const undo = beforeHandling(sim.requests, (request) => {
      if (request.method === "invoice/save" && ++saves === 2) {
        decoys.push(
          decoy([{ ItemCode: "000001", Quantity: 2 }]),
          decoy([{ ItemCode: "000001", Quantity: 2 }, { ItemCode: "000004", Quantity: 1 }]),
          decoy([{ ItemCode: "000001", Quantity: 2 }, { ItemCode: "000003", Quantity: 2 }]),
        );
      }
    });
    sim.faults.dropAfterWrite = { every: 1 };
    const r = await stack.gql(SAVE, { input: { kind: "SALE", date, customerCode: "6", lines }, key: "lost-new-invoice" }).finally(() => {
      undo();
      sim.faults.dropAfterWrite = null;
    });
    expect(r.errors).toBeUndefined();
    expect(decoys).toHaveLength(3);
    const { number } = r.data!.saveHesabfaInvoice.invoice;
    expect(r.data!.saveHesabfaInvoice).toMatchObject({ reconciled: true, invoice: { lines: [{ itemCode: "000001", quantity: "2" }, { itemCode: "000003", quantity: "1" }] } });
    expect(decoys).not.toContain(number);
    expect(Math.max(...decoys.map(Number))).toBeGreaterThan(Number(number));
    expect(bodies(sim, "invoice/getinvoices")[0].queryInfo).toEqual({
      skip: 0, take: 20, sortBy: "Number", sortDesc: true,
      filters: [{ property: "Date", operator: "=", value: wall }, { property: "ContactCode", operator: "=", value: "000006" }],
    });
  });
});
