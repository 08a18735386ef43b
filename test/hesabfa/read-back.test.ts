import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { HesabfaSimulator } from "../../sandbox/hesabfa/index.js";
import { bodies, dayInYear, error120Stack, errorCodes, expectRead, type HesabfaStack } from "./support.js";

/**
 * Every Hesabfa write whose answer is lost, sent again under its
 * requestUniqueId to a Hesabfa that answers 120 (already processed, no
 * answer): the write is read back, each kind by its own lookup
 * (datasources/hesabfa/contacts.ts, items.ts), or said unknown when it cannot be.
 */

let sim: HesabfaSimulator;
let stack: HesabfaStack;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ sim, stack, close } = await error120Stack());
});
afterAll(() => close());
afterEach(() => sim.faults.reset());

/** Runs `operation` with the first write's answer lost, counting only its own calls. */
async function answerLost(query: string, variables: Record<string, unknown>) {
  await stack.gql(`{ hesabfaCurrency }`); // the currency, read once, is not part of what is counted
  sim.resetRequests();
  sim.faults.dropAfterWrite = { every: 1 };
  const response = await stack.gql(query, variables);
  sim.faults.dropAfterWrite = null;
  return response;
}
const sameIds = (method: string) => {
  const ids = bodies(sim, method).map((b) => b.requestUniqueId);
  expect(ids).toHaveLength(2);
  expect(ids[1]).toBe(ids[0]);
};

describe("customers", () => {
  it("a new one is the newest with its name, tag and mobile", async () => {
    const r = await answerLost(`mutation($k: String) { createCustomer(input: { vendor: HESABFA, name: "گمشده یک", tag: "t-1", mobile: "09120000001" }, idempotencyKey: $k) { code reconciled customer { name } } }`, { k: "rb-contact-new" });
    expect(r.errors).toBeUndefined();
    const code = r.data!.createCustomer.code;
    expect(r.data!.createCustomer).toMatchObject({ reconciled: true, customer: { name: "گمشده یک" } });
    expect(sim.state.contact(code)!.Name).toBe("گمشده یک");
    sameIds("contact/save");
    expectRead(sim, bodies(sim, "contact/getcontacts")[0], {
      queryInfo: {
        skip: 0, take: 1, sortBy: "Code", sortDesc: true,
        filters: [
          { property: "Name", operator: "=", value: "گمشده یک" },
          { property: "Tag", operator: "=", value: "t-1" },
          { property: "Mobile", operator: "=", value: "09120000001" },
        ],
      },
    });
  });

  it("a new one with only its name is looked for by the name alone", async () => {
    const r = await answerLost(`mutation($k: String) { createCustomer(input: { vendor: HESABFA, name: "گمشده دو" }, idempotencyKey: $k) { code reconciled } }`, { k: "rb-contact-name" });
    expect(r.data!.createCustomer.reconciled).toBe(true);
    expect(bodies(sim, "contact/getcontacts")[0].queryInfo.filters).toEqual([{ property: "Name", operator: "=", value: "گمشده دو" }]);
  });

  it("a change is the contact read again", async () => {
    const r = await answerLost(`mutation($k: String) { updateCustomer(input: { vendor: HESABFA, code: "5", city: "اصفهان" }, idempotencyKey: $k) { code customer { code city } } }`, { k: "rb-contact-update" });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateCustomer).toEqual({ code: "000005", customer: { code: "000005", city: "اصفهان" } });
    sameIds("contact/save");
    expect(bodies(sim, "contact/get").map((b) => b.code)).toEqual(["000005", "000005"]);
  });

  it("a deletion is taken as done", async () => {
    const created = await stack.gql(`mutation { createCustomer(input: { vendor: HESABFA, name: "حذف گمشده" }) { code } }`);
    const code = created.data!.createCustomer.code;
    const r = await answerLost(`mutation($c: String!, $k: String) { deleteCustomer(vendor: HESABFA, code: $c, idempotencyKey: $k) { code } }`, { c: code, k: "rb-contact-delete" });
    expect(r.errors).toBeUndefined();
    expect(r.data!.deleteCustomer.code).toBe(code);
    sameIds("contact/delete");
    expect(sim.state.contact(code)).toBeUndefined();
  });

  it("a batch of changes is its contacts read by code, in the order given", async () => {
    const r = await answerLost(`mutation($k: String) { saveHesabfaCustomers(customers: [{ code: "6", note: "ب" }, { code: "3", note: "الف" }], idempotencyKey: $k) { customers { code note } } }`, { k: "rb-contacts-batch" });
    expect(r.errors).toBeUndefined();
    expect(r.data!.saveHesabfaCustomers.customers).toEqual([{ code: "000006", note: "ب" }, { code: "000003", note: "الف" }]);
    sameIds("contact/batchsave");
  });

  it("a batch with a new contact cannot be read back: unknown, with what to do", async () => {
    const r = await answerLost(`mutation($k: String) { saveHesabfaCustomers(customers: [{ code: "6", note: "ج" }, { name: "تازه گمشده" }], idempotencyKey: $k) { customers { code } } }`, { k: "rb-contacts-new" });
    expect(errorCodes(r)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
    const { message, extensions } = r.errors![0];
    expect(message).toContain("(Hesabfa says this write was already made (error 120), but it could not be read back.)");
    expect(extensions!.advice).toMatch(/same idempotencyKey/);
    // The advice is said once, at the end.
    expect(message.split(extensions!.advice as string)).toEqual([expect.any(String), ""]);
    // Sent three times (the first and two resends under the same id), each 120 read back by code.
    expect(bodies(sim, "contact/batchsave")).toHaveLength(3);
  });
});

describe("items", () => {
  it("a new one is the newest with its name", async () => {
    const r = await answerLost(`mutation($k: String) { createHesabfaItem(input: { name: "کالای گمشده", sellPrice: "10" }, idempotencyKey: $k) { code reconciled item { name sellPrice } } }`, { k: "rb-item-new" });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createHesabfaItem).toMatchObject({ reconciled: true, item: { name: "کالای گمشده", sellPrice: "10" } });
    expect(sim.state.items.get(r.data!.createHesabfaItem.code)!.Name).toBe("کالای گمشده");
    sameIds("item/save");
    expect(bodies(sim, "item/getitems")[0].queryInfo).toEqual({ skip: 0, take: 1, sortBy: "Code", sortDesc: true, filters: [{ property: "Name", operator: "=", value: "کالای گمشده" }] });
  });

  it("a change is the item read again by code", async () => {
    const r = await answerLost(`mutation($k: String) { updateHesabfaItem(code: "4", input: { sellPrice: "777" }, idempotencyKey: $k) { code reconciled item { code sellPrice } } }`, { k: "rb-item-update" });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateHesabfaItem).toMatchObject({ reconciled: true, item: { code: "000004", sellPrice: "777" } });
    expect(bodies(sim, "item/getitems").at(-1).queryInfo.filters).toEqual([{ property: "Code", operator: "in", value: ["000004"] }]);
  });

  it("a deletion is taken as done", async () => {
    const created = await stack.gql(`mutation { createHesabfaItem(input: { name: "حذفی گمشده" }) { code } }`);
    const code = created.data!.createHesabfaItem.code;
    const r = await answerLost(`mutation($c: String!, $k: String) { deleteHesabfaItem(code: $c, idempotencyKey: $k) { code reconciled } }`, { c: code, k: "rb-item-delete" });
    expect(r.errors).toBeUndefined();
    expect(r.data!.deleteHesabfaItem).toMatchObject({ code, reconciled: true });
    expect(sim.state.items.get(code)).toBeUndefined();
  });

  it("a batch of changes is its items read by code, in the order given; one with a new item cannot be", async () => {
    const r = await answerLost(`mutation($k: String) { saveHesabfaItems(items: [{ code: "5", sellPrice: "55" }, { code: "2", sellPrice: "22" }], idempotencyKey: $k) { items { code sellPrice } } }`, { k: "rb-items-batch" });
    expect(r.errors).toBeUndefined();
    expect(r.data!.saveHesabfaItems.items).toEqual([{ code: "000005", sellPrice: "55" }, { code: "000002", sellPrice: "22" }]);
    sameIds("item/batchsave");
    const fresh = await answerLost(`mutation($k: String) { saveHesabfaItems(items: [{ code: "5", sellPrice: "56" }, { name: "تازه" }], idempotencyKey: $k) { items { code } } }`, { k: "rb-items-new" });
    expect(errorCodes(fresh)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
  });
});

describe("invoices", () => {
  const SAVE = `mutation($input: HesabfaInvoiceInput!, $k: String) { saveHesabfaInvoice(input: $input, idempotencyKey: $k) { reconciled invoice { number note paid } } }`;
  const newInvoice = async (tag: string) =>
    (await stack.gql(SAVE, { input: { kind: "SALE", customerCode: "6", date: dayInYear(sim, 50), tag, lines: [{ itemCode: "1", quantity: "1", unitPrice: "90000" }] } })).data!.saveHesabfaInvoice.invoice.number as string;

  it("a change to a numbered invoice is that invoice read again", async () => {
    const number = await newInvoice("rb-inv-edit");
    const r = await answerLost(SAVE, { input: { kind: "SALE", number, customerCode: "6", date: dayInYear(sim, 50), note: "ویرایش گمشده", lines: [{ itemCode: "1", quantity: "2", unitPrice: "90000" }] }, k: "rb-inv-edit" });
    expect(r.errors).toBeUndefined();
    expect(r.data!.saveHesabfaInvoice).toMatchObject({ reconciled: true, invoice: { number, note: "ویرایش گمشده" } });
    expect(bodies(sim, "invoice/get").map((b) => b.number)).toEqual([number]);
    expect(bodies(sim, "invoice/getinvoices")).toHaveLength(0);
  });

  it("a payment is its invoice read again, paid", async () => {
    const number = await newInvoice("rb-inv-pay");
    const r = await answerLost(`mutation($n: String!, $k: String) { recordHesabfaPayment(input: { invoiceNumber: $n, target: CASH, targetCode: "1", amount: "40000" }, idempotencyKey: $k) { reconciled invoice { number paid } } }`, { n: number, k: "rb-inv-pay" });
    expect(r.errors).toBeUndefined();
    expect(r.data!.recordHesabfaPayment).toEqual({ reconciled: true, invoice: { number, paid: "40000" } });
    sameIds("invoice/savepayment");
  });

  it("a deletion is taken as done", async () => {
    const number = await newInvoice("rb-inv-delete");
    const r = await answerLost(`mutation($n: String!, $k: String) { deleteHesabfaInvoice(kind: SALE, number: $n, idempotencyKey: $k) { reconciled } }`, { n: number, k: "rb-inv-delete" });
    expect(r.errors).toBeUndefined();
    expect(r.data!.deleteHesabfaInvoice.reconciled).toBe(true);
    sameIds("invoice/delete");
  });

  it("a warehouse receipt is what was asked, without the number Hesabfa gave it (Hesabfa cannot read a receipt back)", async () => {
    const number = await newInvoice("rb-receipt");
    const r = await answerLost(
      `mutation($n: String!, $k: String) { saveHesabfaWarehouseReceipt(input: { invoiceKind: SALE, invoiceNumber: $n, warehouseCode: 2, note: "گمشده", lines: [{ itemCode: "1", quantity: "1" }] }, idempotencyKey: $k) {
        reconciled receipt { number warehouseCode invoiceKind invoiceNumber date note lines { itemCode quantity } } } }`,
      { n: String(Number(number)), k: "rb-receipt" },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.saveHesabfaWarehouseReceipt).toEqual({
      reconciled: true,
      receipt: { number: null, warehouseCode: 2, invoiceKind: "SALE", invoiceNumber: number, date: null, note: "گمشده", lines: [{ itemCode: "000001", quantity: "1" }] },
    });
    sameIds("invoice/savewarehousereceipt");
  });
});
