import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { toGlobalId } from "../../src/core/ids.js";
import { dayInYear, errorCodes, expectRead, expectWrite, hesabfaStack, only } from "./support.js";

const SAVE = `mutation($input: HesabfaInvoiceInput!, $key: String) { saveHesabfaInvoice(input: $input, idempotencyKey: $key) {
  replayed reconciled invoice { id code number kind status vendorStatus paymentStatus currency date customerCode sum payable paid rest tag
    lines { rowNumber itemCode quantity unitPrice discount tax total } } } }`;

describe("Hesabfa invoices", () => {
  let stack: Awaited<ReturnType<typeof hesabfaStack>>;
  beforeAll(async () => {
    stack = await hesabfaStack();
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.hesabfa.resetRequests());

  const newInvoice = (extra: Record<string, unknown> = {}) => ({
    kind: "SALE",
    customerCode: "6",
    date: dayInYear(stack.hesabfa, 20),
    reference: "ref-1",
    tag: "order-1",
    freight: "25000",
    lines: [
      { itemCode: "1", quantity: "2", unitPrice: "100000.25", discount: "0.5", tax: "9" },
      { itemCode: "000036", quantity: "1.5", unitPrice: "2000" },
    ],
    ...extra,
  });

  it("saveHesabfaInvoice sends the invoice in Hesabfa's shape with a requestUniqueId and answers it exactly", async () => {
    const r = await stack.gql(SAVE, { input: newInvoice() });
    expect(r.errors).toBeUndefined();
    const invoice = r.data!.saveHesabfaInvoice.invoice;
    expect(invoice).toMatchObject({
      kind: "SALE", status: "APPROVED", vendorStatus: "1", paymentStatus: "UNPAID", currency: "IRR", customerCode: "000006", tag: "order-1",
      sum: "203009", payable: "228009", paid: "0", rest: "228009",
    });
    expect(invoice.lines).toEqual([
      { rowNumber: 0, itemCode: "000001", quantity: "2", unitPrice: "100000.25", discount: "0.5", tax: "9", total: "200009" },
      { rowNumber: 1, itemCode: "000036", quantity: "1.5", unitPrice: "2000", discount: "0", tax: "0", total: "3000" },
    ]);
    const day = dayInYear(stack.hesabfa, 20).slice(0, 10);
    expectWrite(stack.hesabfa, only(stack.hesabfa, "invoice/save"), {
      invoice: {
        InvoiceType: 0, Status: 1, Date: `${day} 10:00:00`, ContactCode: "000006", Reference: "ref-1", Tag: "order-1", Freight: 25000,
        InvoiceItems: [
          { RowNumber: 0, ItemCode: "000001", Quantity: 2, UnitPrice: 100000.25, Discount: 0.5, Tax: 9 },
          { RowNumber: 1, ItemCode: "000036", Quantity: 1.5, UnitPrice: 2000 },
        ],
      },
    });
  });

  it("invoice(vendor:, code:), node(id:), hesabfaInvoice and hesabfaInvoices read without requestUniqueId", async () => {
    const saved = (await stack.gql(SAVE, { input: newInvoice({ status: "DRAFT" }) })).data!.saveHesabfaInvoice.invoice;
    expect(saved).toMatchObject({ status: "DRAFT", vendorStatus: "0" });
    stack.hesabfa.resetRequests();
    const r = await stack.gql(`query($code: String!, $id: ID!, $n: String!) { invoice(vendor: HESABFA, code: $code) { number status } node(id: $id) { ... on Invoice { code } }
      hesabfaInvoice(kind: SALE, number: $n) { code } }`, { code: saved.code, id: toGlobalId("HESABFA", "Invoice", saved.code), n: String(Number(saved.number)) });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ invoice: { number: saved.number, status: "DRAFT" }, node: { code: saved.code }, hesabfaInvoice: { code: saved.code } });
    expectRead(stack.hesabfa, only(stack.hesabfa, "invoice/getbyid"), { idList: [Number(saved.code)] });
    expectRead(stack.hesabfa, only(stack.hesabfa, "invoice/get"), { number: saved.number, type: 0 });
    stack.hesabfa.resetRequests();
    const list = await stack.gql(`{ hesabfaInvoices(kind: PURCHASE, first: 2, filter: { sort: { field: DATE, descending: true } }) { totalCount edges { node { kind } } } }`);
    expect(list.errors).toBeUndefined();
    expect(list.data!.hesabfaInvoices.edges.every((e: any) => e.node.kind === "PURCHASE")).toBe(true);
    expectRead(stack.hesabfa, only(stack.hesabfa, "invoice/getinvoices"), { type: 1, queryInfo: { skip: 0, take: 3, sortBy: "Date", sortDesc: true } });
  });

  it("recordHesabfaPayment pays into a bank and answers the invoice partly paid", async () => {
    const saved = (await stack.gql(SAVE, { input: newInvoice() })).data!.saveHesabfaInvoice.invoice;
    stack.hesabfa.resetRequests();
    const r = await stack.gql(`mutation($n: String!, $d: DateTime) { recordHesabfaPayment(input: { invoiceNumber: $n, target: BANK, targetCode: "2", amount: "100000.5",
      date: $d, reference: "TRX-77", description: "کارت", fee: "1500" }, idempotencyKey: "pay-1") { invoice { paid rest paymentStatus } } }`, {
      n: saved.number,
      d: dayInYear(stack.hesabfa, 21, "11:30:00"),
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.recordHesabfaPayment.invoice).toEqual({ paid: "100000.5", rest: "128008.5", paymentStatus: "PARTLY_PAID" });
    expectWrite(stack.hesabfa, only(stack.hesabfa, "invoice/savepayment"), {
      number: saved.number, type: 0, bankCode: "000002", date: `${dayInYear(stack.hesabfa, 21).slice(0, 10)} 11:30:00`, amount: 100000.5,
      transactionNumber: "TRX-77", description: "کارت", transactionFee: 1500,
    });
  });

  it("saveHesabfaWarehouseReceipt sends one warehouse's goods for an invoice", async () => {
    const saved = (await stack.gql(SAVE, { input: newInvoice() })).data!.saveHesabfaInvoice.invoice;
    stack.hesabfa.resetRequests();
    const r = await stack.gql(`mutation($n: String!) { saveHesabfaWarehouseReceipt(input: { invoiceKind: SALE, invoiceNumber: $n, warehouseCode: 2, note: "ارسال",
      lines: [{ itemCode: "1", quantity: "1" }] }) { receipt { number warehouseCode invoiceNumber lines { itemCode quantity } } } }`, { n: saved.number });
    expect(r.errors).toBeUndefined();
    expect(r.data!.saveHesabfaWarehouseReceipt.receipt).toMatchObject({ warehouseCode: 2, invoiceNumber: saved.number, lines: [{ itemCode: "000001", quantity: "1" }] });
    expect(typeof r.data!.saveHesabfaWarehouseReceipt.receipt.number).toBe("number");
    expectWrite(stack.hesabfa, only(stack.hesabfa, "invoice/savewarehousereceipt"), {
      receipt: { WarehouseCode: 2, InvoiceNumber: saved.number, InvoiceType: 0, Notes: "ارسال", Items: [{ ItemCode: "000001", Quantity: 1 }] },
      deleteOldReceipts: false,
    });
  });

  it("deleteHesabfaInvoice deletes by number and type", async () => {
    const saved = (await stack.gql(SAVE, { input: newInvoice({ kind: "PURCHASE" }) })).data!.saveHesabfaInvoice.invoice;
    stack.hesabfa.resetRequests();
    const r = await stack.gql(`mutation($n: String!) { deleteHesabfaInvoice(kind: PURCHASE, number: $n) { invoice { code } } }`, { n: saved.number });
    expect(r.errors).toBeUndefined();
    expectWrite(stack.hesabfa, only(stack.hesabfa, "invoice/delete"), { number: saved.number, type: 1 });
    expect(stack.hesabfa.state.invoice(1, saved.number)).toBeUndefined();
  });

  it("a refusal is VENDOR_ERROR with Hesabfa's code and message; nothing is retried", async () => {
    const r = await stack.gql(SAVE, { input: newInvoice({ customerCode: "98765" }) });
    expect(errorCodes(r)).toEqual(["VENDOR_ERROR"]);
    expect(r.errors![0].extensions).toMatchObject({ vendor: "HESABFA", vendorCode: 112 });
    expect(stack.hesabfa.count("invoice/save")).toBe(1);
  });
});
