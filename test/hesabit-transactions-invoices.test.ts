import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  CreateHesabitInvoiceDocument,
  HesabitInvoiceDocument,
  HesabitInvoicesDocument,
  HesabitItemDocument,
  HesabitNodeDocument,
  HesabitTransactionDocument,
  HesabitTransactionsDocument,
} from "./generated/operations.js";
import { codes, startStack, type Stack } from "./support/harness.js";

// Transactions, invoices and items through the graph, each call checked as the simulator received it.

const apiCalls = (stack: Stack) => stack.hesabit!.requests.filter((r) => r.path.startsWith("/v1/"));
const withoutToken = (query: Record<string, string>) => {
  const { access_token: _token, ...rest } = query;
  return rest;
};

describe("Hesabit transactions, invoices and items", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ hesabit: true, withoutTahesab: true, env: { HESABIT_TIMEOUT_MS: "2000" } });
    await stack.gql(`{ hesabitQuota { used } hesabitInvoices(first: 1) { edges { cursor } } }`);
  });
  beforeEach(() => stack.hesabit!.resetRequests());
  afterEach(() => {
    const sim = stack.hesabit!;
    sim.faults.reset();
    sim.state.account = { subscriptionActive: true, gatewayActive: true, gatewayLimit: "500000000", autoSend: false };
  });
  afterAll(() => stack.close());

  describe("transactions", () => {
    it("hesabitTransactions sends status, limit and offset, and keeps amounts and ids exact at any size", async () => {
      const sim = stack.hesabit!;
      const response = await stack.gql(HesabitTransactionsDocument, { status: "APPROVED", first: 100 });
      expect(response.errors).toBeUndefined();
      expect(apiCalls(stack).map((r) => [r.path, withoutToken(r.query)])).toEqual([
        ["/v1/transactions/", { status: "approved", limit: "100", offset: "0" }],
      ]);
      const nodes = response.data!.hesabitTransactions.edges.map((e) => e.node);
      const approved = sim.state.findTransactions("approved");
      expect(nodes.map((n) => n.code)).toEqual(approved.map((t) => t.id));
      expect(nodes.map((n) => String(n.amount))).toEqual(approved.map((t) => t.amount));
      // Past 2^53, every digit kept; ids longer than 16 digits stay strings.
      expect(nodes.map((n) => String(n.amount))).toEqual(expect.arrayContaining(["9007199254740993", "23000000000000001", "-9007199254740995"]));
      expect(nodes.some((n) => n.code.length > 16)).toBe(true);
      expect(nodes.every((n) => n.status === "APPROVED")).toBe(true);
      const paid = nodes.find((n) => n.description === "پرداخت فاکتور : لپ تاپ اپل (10001)")!;
      expect(paid).toMatchObject({ vendor: "HESABIT", amount: "40000", invoiceNumber: "10001", invoiceTitle: "لپ تاپ اپل" });
      const fee = nodes.find((n) => n.description === "کارمزد فاکتور")!;
      expect(fee).toMatchObject({ invoiceNumber: null, invoiceTitle: null });
      expect(String(fee.amount).startsWith("-")).toBe(true);
    });

    it("DISAPPROVED is sent as disapproved, and a second page starts where the first ended", async () => {
      const first = await stack.gql(HesabitTransactionsDocument, { status: "DISAPPROVED", first: 2 });
      const next = await stack.gql(HesabitTransactionsDocument, { status: "DISAPPROVED", first: 2, after: first.data!.hesabitTransactions.pageInfo.endCursor });
      expect(apiCalls(stack).map((r) => withoutToken(r.query))).toEqual([
        { status: "disapproved", limit: "3", offset: "0" },
        { status: "disapproved", limit: "3", offset: "2" },
      ]);
      const all = stack.hesabit!.state.findTransactions("disapproved").map((t) => t.id);
      expect([...first.data!.hesabitTransactions.edges, ...next.data!.hesabitTransactions.edges].map((e) => e.node.code)).toEqual(all.slice(0, 4));
    });

    it("every transaction's invoice in one operation is found with one read of the invoice list", async () => {
      const response = await stack.gql<any, any>(`{ hesabitTransactions(first: 100) { edges { node { code invoiceNumber invoice { code number title paymentStatus } } } } }`);
      expect(response.errors).toBeUndefined();
      const calls = apiCalls(stack).map((r) => [r.path, withoutToken(r.query)]);
      expect(calls).toEqual([
        ["/v1/transactions/", { limit: "100", offset: "0" }],
        ["/v1/invoices/", { limit: "100", offset: "0" }],
      ]);
      const sim = stack.hesabit!;
      for (const { node } of response.data.hesabitTransactions.edges) {
        const invoice = node.invoiceNumber ? sim.state.invoiceByNumber(node.invoiceNumber) : undefined;
        // Older invoices named by payments are no longer in Hesabit: null, though the number is known.
        expect(node.invoice?.code ?? null).toBe(invoice?.id ?? null);
      }
      const paid = response.data.hesabitTransactions.edges.find((e: any) => e.node.invoiceNumber === "10002").node;
      expect(paid.invoice).toMatchObject({ number: "10002", title: "طراحی وب سایت فروشگاهی", paymentStatus: "PAID" });
    });

    it("hesabitTransaction reads GET /transactions/{id} with its invoice; an unknown id is null; a non-numeric one is refused", async () => {
      const sim = stack.hesabit!;
      const target = sim.state.transactions.find((t) => t.description.includes("(10004)") && t.status === "approved")!;
      const response = await stack.gql(HesabitTransactionDocument, { id: target.id });
      expect(response.errors).toBeUndefined();
      expect(response.data!.hesabitTransaction).toMatchObject({ code: target.id, amount: target.amount, invoice: { number: "10004", vendor: "HESABIT" } });
      const missing = await stack.gql(HesabitTransactionDocument, { id: "1".repeat(30) });
      expect(missing.data!.hesabitTransaction).toBeNull();
      const bad = await stack.gql(HesabitTransactionDocument, { id: "12ab" });
      expect(bad.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
      expect(apiCalls(stack).map((r) => `${r.method} ${r.path}`)).toEqual([
        `GET /v1/transactions/${target.id}`,
        "GET /v1/invoices/",
        `GET /v1/transactions/${"1".repeat(30)}`,
      ]);
      const node = await stack.gql(HesabitNodeDocument, { id: response.data!.hesabitTransaction!.id });
      expect(node.data!.node).toMatchObject({ __typename: "Transaction", code: target.id, amount: target.amount });
    });
  });

  describe("invoices", () => {
    it("hesabitInvoices sends status, limit and offset, and answers what Hesabit keeps, in rials", async () => {
      const sim = stack.hesabit!;
      const response = await stack.gql(HesabitInvoicesDocument, { status: "paid", first: 3 });
      expect(response.errors).toBeUndefined();
      expect(apiCalls(stack).map((r) => [r.path, withoutToken(r.query)])).toEqual([["/v1/invoices/", { status: "paid", limit: "4", offset: "0" }]]);
      const paid = sim.state.findInvoices("paid");
      const [first] = response.data!.hesabitInvoices.edges.map((e) => e.node);
      expect(first).toEqual({
        id: expect.any(String),
        vendor: "HESABIT",
        code: paid[0].id,
        number: paid[0].number,
        title: paid[0].title,
        date: new Date(Number(paid[0].date) * 1000).toISOString(),
        dueDate: new Date(Number(paid[0].due) * 1000).toISOString(),
        note: paid[0].note || null,
        themeId: paid[0].theme_id,
        onlinePayment: paid[0].online_payment,
        vendorStatus: "paid",
        paymentStatus: "PAID",
        currency: "IRR",
        // No public source names these: null, never invented.
        customerCode: null,
        lines: null,
      });
      const unpaid = await stack.gql(HesabitInvoicesDocument, { status: "unpaid", first: 1 });
      // A status Hesabit's pages do not show says nothing sure about payment.
      expect(unpaid.data!.hesabitInvoices.edges[0].node).toMatchObject({ vendorStatus: "unpaid", paymentStatus: null });
      const bad = await stack.gql(HesabitInvoicesDocument, { status: "paid&x=1" });
      expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
      expect(apiCalls(stack)).toHaveLength(2);
    });

    it("hesabitInvoice reads GET /invoices/{id}; node(id:) finds it again", async () => {
      const target = stack.hesabit!.state.invoices[4];
      const response = await stack.gql(HesabitInvoiceDocument, { id: target.id });
      expect(response.data!.hesabitInvoice).toMatchObject({ code: target.id, title: target.title, number: target.number });
      expect(apiCalls(stack).map((r) => `${r.method} ${r.path}`)).toEqual([`GET /v1/invoices/${target.id}`]);
      const node = await stack.gql(HesabitNodeDocument, { id: response.data!.hesabitInvoice!.id });
      expect(node.data!.node).toMatchObject({ __typename: "Invoice", code: target.id, title: target.title });
    });

    it("createHesabitInvoice sends the documented fields as Hesabit takes them and answers what it stored", async () => {
      const sim = stack.hesabit!;
      const response = await stack.gql(CreateHesabitInvoiceDocument, {
        input: {
          title: " طراحی کاتالوگ ",
          number: "20417",
          date: "2024-10-27T10:00:00+03:30",
          dueDate: "2024-11-10T23:59:59+03:30",
          note: "پرداخت تا پایان آبان",
          themeId: 3,
          onlinePayment: true,
        },
      });
      expect(response.errors).toBeUndefined();
      const calls = apiCalls(stack);
      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatchObject({ method: "POST", path: "/v1/invoices/" });
      expect(calls[0].body).toEqual({
        title: "طراحی کاتالوگ",
        number: "20417",
        date: String(Date.parse("2024-10-27T10:00:00+03:30") / 1000),
        due: String(Date.parse("2024-11-10T23:59:59+03:30") / 1000),
        note: "پرداخت تا پایان آبان",
        theme_id: 3,
        online_payment: 1,
      });
      const created = response.data!.createHesabitInvoice!;
      expect(created).toMatchObject({ vendor: "HESABIT", replayed: false, reconciled: false });
      expect(created.invoice).toMatchObject({
        code: created.code,
        title: "طراحی کاتالوگ",
        number: "20417",
        date: "2024-10-27T06:30:00.000Z",
        dueDate: "2024-11-10T20:29:59.000Z",
        themeId: 3,
        onlinePayment: true,
        currency: "IRR",
      });
      expect(sim.state.invoice(created.code)).toMatchObject({ title: "طراحی کاتالوگ", number: "20417" });
    });

    it("answers online payment as Hesabit stored it (off without a subscription), and leaves out what was not given", async () => {
      const sim = stack.hesabit!;
      sim.state.account.subscriptionActive = false;
      const response = await stack.gql(CreateHesabitInvoiceDocument, {
        input: { title: "بدون اشتراک", date: "2024-10-01T00:00:00Z", dueDate: "2024-10-01T00:00:00Z", onlinePayment: true },
      });
      expect(response.errors).toBeUndefined();
      expect(apiCalls(stack)[0].body).toEqual({ title: "بدون اشتراک", date: "1727740800", due: "1727740800", online_payment: 1 });
      expect(response.data!.createHesabitInvoice!.invoice).toMatchObject({ onlinePayment: false, number: expect.stringMatching(/^\d+$/), themeId: 1 });
    });

    it("documents its side effect: with auto-send on, Hesabit sends the customer the payment link, once per key", async () => {
      const sim = stack.hesabit!;
      sim.state.account.autoSend = true;
      const before = sim.state.sentLinks.length;
      const input = { title: "ارسال خودکار", date: "2024-10-02T00:00:00Z", dueDate: "2024-10-09T00:00:00Z" };
      const first = await stack.gql(CreateHesabitInvoiceDocument, { input, idempotencyKey: "hesabit-invoice-autosend" });
      const again = await stack.gql(CreateHesabitInvoiceDocument, { input, idempotencyKey: "hesabit-invoice-autosend" });
      expect(again.data!.createHesabitInvoice).toMatchObject({ code: first.data!.createHesabitInvoice!.code, replayed: true });
      expect(sim.state.sentLinks.slice(before)).toEqual([{ invoiceId: first.data!.createHesabitInvoice!.code, channels: ["sms", "email"], at: expect.any(Number) }]);
      expect(sim.count({ method: "POST" })).toBe(1);
    });

    it("a create whose answer was lost is found again, not made twice (no second payment link)", async () => {
      const sim = stack.hesabit!;
      sim.faults.dropAfterWrite = { every: 1 };
      const input = { title: "پاسخ گمشده", date: "2024-10-03T00:00:00Z", dueDate: "2024-10-05T00:00:00Z", note: "یک بار" };
      const response = await stack.gql(CreateHesabitInvoiceDocument, { input, idempotencyKey: "hesabit-invoice-lost" });
      expect(response.errors).toBeUndefined();
      expect(response.data!.createHesabitInvoice).toMatchObject({ reconciled: true, invoice: { title: "پاسخ گمشده", note: "یک بار" } });
      expect(sim.state.invoices.filter((i) => i.title === "پاسخ گمشده")).toHaveLength(1);
      expect(apiCalls(stack).map((r) => `${r.method} ${r.path}`)).toEqual(["GET /v1/invoices/", "POST /v1/invoices/", "GET /v1/invoices/"]);
    });

    it("refuses a due date before the issue date and a blank title before anything is sent", async () => {
      const early = await stack.gql(CreateHesabitInvoiceDocument, { input: { title: "زود", date: "2024-10-10T00:00:00Z", dueDate: "2024-10-09T23:59:59Z" } });
      expect(early.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.dueDate" });
      const blank = await stack.gql(CreateHesabitInvoiceDocument, { input: { title: "   ", date: "2024-10-10T00:00:00Z", dueDate: "2024-10-11T00:00:00Z" } });
      expect(blank.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.title" });
      expect(apiCalls(stack)).toHaveLength(0);
    });
  });

  describe("items", () => {
    it("hesabitItem reads GET /items/{id} and answers its id only, as far as Hesabit documents items", async () => {
      const sim = stack.hesabit!;
      const target = sim.state.items[1];
      target.fields = { name: "undocumented" };
      const response = await stack.gql(HesabitItemDocument, { id: target.id });
      expect(response.data!.hesabitItem).toEqual({ id: expect.any(String), vendor: "HESABIT", code: target.id, name: null });
      expect(apiCalls(stack).map((r) => `${r.method} ${r.path}`)).toEqual([`GET /v1/items/${target.id}`]);
      const node = await stack.gql(HesabitNodeDocument, { id: response.data!.hesabitItem!.id });
      expect(node.data!.node).toMatchObject({ __typename: "Item", code: target.id });
      const missing = await stack.gql(HesabitItemDocument, { id: "no-such-item" });
      expect(missing.data!.hesabitItem).toBeNull();
    });
  });
});
