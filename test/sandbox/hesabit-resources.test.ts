// /v1/transactions, /v1/invoices and /v1/items, and the addresses nothing serves.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHesabitSimulator, type HesabitSimulator } from "../../sandbox/hesabit/index.js";
import { api, clock, type ApiCall } from "./hesabit-client.js";

let sim: HesabitSimulator;
let accessToken: string;
const time = clock(Date.UTC(2025, 5, 1, 8));
beforeAll(async () => {
  sim = await startHesabitSimulator({ now: time.now });
  accessToken = sim.issueTokens().accessToken;
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.state.account.autoSend = false;
  sim.state.account.subscriptionActive = true;
  sim.state.invoiceTotalOf = () => null;
});

const call = (path: string, options: ApiCall = {}) => api(sim, path, { token: accessToken, ...options });
const day = (offsetDays: number) => String(Math.floor(time.now() / 1000) + offsetDays * 86400);

describe("transactions", () => {
  it("the seed holds 60, approved and disapproved, some paying invoices, ids and amounts past 2^53", () => {
    const all = sim.state.transactions;
    expect(all).toHaveLength(60);
    expect(all.some((t) => t.status === "disapproved")).toBe(true);
    expect(all.some((t) => t.id.length > 16)).toBe(true);
    expect(all.filter((t) => BigInt(t.amount) > 2n ** 53n || BigInt(t.amount) < -(2n ** 53n)).length).toBeGreaterThanOrEqual(2);
    for (const t of all) {
      expect(t.id).toMatch(/^\d+$/);
      expect(t.amount).toMatch(/^-?\d+$/);
    }
  });

  it("lists the newest 10 by default, amounts as signed strings, the seed's fields in order", async () => {
    const reply = await call("transactions/");
    expect(reply.status).toBe(200);
    expect(reply.json.data).toHaveLength(10);
    for (const row of reply.json.data) {
      expect(Object.keys(row.Transaction)).toEqual(["id", "description", "amount", "created", "status"]);
      expect(typeof row.Transaction.amount).toBe("string");
      expect(typeof row.Transaction.created).toBe("number");
    }
    const created = reply.json.data.map((row: any) => row.Transaction.created);
    expect([...created].sort((a, b) => b - a)).toEqual(created);
  });

  it("keeps every digit of long ids and huge amounts on the wire", async () => {
    const huge = sim.state.transactions.find((t) => t.amount === "9007199254740993")!;
    const reply = await call(`transactions/${huge.id}`);
    expect(reply.text).toContain(`"amount":"9007199254740993"`);
    expect(reply.text).toContain(`"id":"${huge.id}"`);
  });

  it("filters by status and refuses other status values", async () => {
    const approved = await call("transactions", { query: { status: "approved", limit: "100" } });
    expect(approved.json.data.length).toBe(sim.state.transactions.filter((t) => t.status === "approved").length);
    for (const row of approved.json.data) expect(row.Transaction.status).toBe("approved");
    const disapproved = await call("transactions", { query: { status: "disapproved", limit: "100" } });
    for (const row of disapproved.json.data) expect(row.Transaction.status).toBe("disapproved");
    const bad = await call("transactions", { query: { status: "pending" } });
    expect(bad.status).toBe(400);
    expect(bad.json.success).toBe(false);
  });

  it("pages: limit above 100 clamps, an offset past the end is empty", async () => {
    expect((await call("transactions", { query: { limit: "500" } })).json.data).toHaveLength(60);
    sim.state.transactions.push(
      ...Array.from({ length: 50 }, (_, i) => ({ id: String(900000 + i), description: "کارمزد فاکتور", amount: "-100", created: 1, status: "approved" as const })),
    );
    try {
      expect((await call("transactions", { query: { limit: "500" } })).json.data).toHaveLength(100);
      expect((await call("transactions", { query: { limit: "100", page: "2" } })).json.data).toHaveLength(10);
      expect((await call("transactions", { query: { offset: "110" } })).json.data).toEqual([]);
    } finally {
      sim.state.transactions.splice(60);
    }
  });

  it("GET one is an array of one; unknown is 404; writes are 405", async () => {
    const t = sim.state.transactions[3];
    const reply = await call(`transactions/${t.id}`);
    expect(reply.json.data).toEqual([{ Transaction: { ...t } }]);
    expect((await call("transactions/1")).status).toBe(404);
    const post = await call("transactions", { method: "POST", body: {} });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET");
  });

  it("payments describe their invoice as «پرداخت فاکتور : title (number)»", async () => {
    const paid = sim.state.invoices.filter((i) => i.status === "paid");
    expect(paid.length).toBeGreaterThan(0);
    for (const invoice of paid) {
      const description = `پرداخت فاکتور : ${invoice.title} (${invoice.number})`;
      expect(sim.state.transactions.some((t) => t.description === description && t.status === "approved")).toBe(true);
    }
  });
});

describe("invoices", () => {
  const body = (extra: Record<string, unknown> = {}) => ({ title: "خدمات مشاوره", date: day(0), due: day(14), ...extra });

  it("POST answers 201 with what was stored; number, theme_id and note get their defaults", async () => {
    const reply = await call("invoices", { method: "POST", body: body({ online_payment: 1 }) });
    expect(reply.status).toBe(201);
    const invoice = reply.json.data.Invoice;
    expect(Object.keys(invoice)).toEqual(["id", "title", "number", "date", "due", "note", "theme_id", "online_payment", "status", "created"]);
    expect(invoice).toMatchObject({ title: "خدمات مشاوره", date: day(0), due: day(14), note: "", theme_id: 1, online_payment: true, status: "unpaid" });
    expect(invoice.id).toHaveLength(36);
    expect(invoice.number).toBe("10011");
    expect(invoice.created).toBe(Math.floor(time.now() / 1000));
  });

  it("online payment is stored off without a subscription, or above the gateway limit", async () => {
    sim.state.account.subscriptionActive = false;
    const noPackage = await call("invoices", { method: "POST", body: body({ online_payment: 1 }) });
    expect(noPackage.status).toBe(201);
    expect(noPackage.json.data.Invoice.online_payment).toBe(false);
    sim.state.account.subscriptionActive = true;
    sim.state.invoiceTotalOf = () => "600000000";
    const aboveLimit = await call("invoices", { method: "POST", body: body({ online_payment: "1" }) });
    expect(aboveLimit.json.data.Invoice.online_payment).toBe(false);
    expect(sim.state.invoice(aboveLimit.json.data.Invoice.id)?.total).toBe("600000000");
  });

  it("does not read or invent the customer and lines: other body fields are not stored or answered", async () => {
    const reply = await call("invoices", { method: "POST", body: body({ customer_id: "x", items: [{ price: 1 }] }) });
    expect(reply.status).toBe(201);
    expect(reply.json.data.Invoice.customer_id).toBeUndefined();
    expect(reply.json.data.Invoice.items).toBeUndefined();
  });

  it("with auto-send on, creating an invoice sends its link (a side effect to see in state)", async () => {
    sim.state.account.autoSend = true;
    const reply = await call("invoices", { method: "POST", body: body() });
    expect(sim.state.sentLinks.at(-1)).toMatchObject({ invoiceId: reply.json.data.Invoice.id, channels: ["sms", "email"] });
  });

  const refused: [string, Record<string, unknown>, string][] = [
    ["no title", { title: undefined }, "title"],
    ["no date", { date: undefined }, "date"],
    ["no due", { due: undefined }, "due"],
    ["a date that is not a timestamp", { date: "1403-01-01" }, "date"],
    ["due before date", { due: day(-1) }, "due"],
    ["a number already used", { number: "10001" }, "number"],
    ["theme_id 0", { theme_id: 0 }, "theme_id"],
    ["online_payment yes", { online_payment: "yes" }, "online_payment"],
  ];
  for (const [name, extra, field] of refused) {
    it(`refuses ${name}`, async () => {
      const reply = await call("invoices", { method: "POST", body: body(extra) });
      expect(reply.status).toBe(400);
      expect(reply.json.success).toBe(false);
      expect(reply.json.errors[field]).toBeDefined();
    });
  }

  it("lists newest first, filters by status, GET one is an array of one, DELETE removes", async () => {
    const paid = await call("invoices", { query: { status: "paid", limit: "100" } });
    expect(paid.json.data.length).toBe(7);
    for (const row of paid.json.data) expect(row.Invoice.status).toBe("paid");
    expect((await call("invoices", { query: { status: "refunded" } })).json.data).toEqual([]);
    expect((await call("invoices", { query: { limit: "5" } })).json.data).toHaveLength(5);
    const id = sim.state.invoices[0].id;
    const one = await call(`invoices/${id}`);
    expect(one.json.data).toHaveLength(1);
    expect(one.json.data[0].Invoice.id).toBe(id);
    expect(one.json.data[0].Invoice.total).toBeUndefined();
    const created = (await call("invoices", { method: "POST", body: body() })).json.data.Invoice.id;
    const removed = await call(`invoices/${created}`, { method: "DELETE" });
    expect(removed.json).toEqual({ data: { Invoice: { id: created } }, success: true, status: 200, message: "Invoice deleted successfully" });
    expect((await call(`invoices/${created}`)).status).toBe(404);
    expect((await call(`invoices/${id}`, { method: "PUT", body: {} })).status).toBe(405);
  });

  it("state.payInvoice adds the payment transaction and marks the invoice paid", async () => {
    const invoice = (await call("invoices", { method: "POST", body: body({ title: "لپ تاپ اپل", number: "20005" }) })).json.data.Invoice;
    const t = sim.state.payInvoice(invoice.id, "40000", Math.floor(time.now() / 1000));
    expect(t.description).toBe("پرداخت فاکتور : لپ تاپ اپل (20005)");
    expect((await call(`invoices/${invoice.id}`)).json.data[0].Invoice.status).toBe("paid");
    expect((await call(`transactions/${t.id}`)).json.data[0].Transaction.amount).toBe("40000");
  });
});

describe("items", () => {
  it("GET one answers the id (no public source names an item's fields), plus fields a test sets", async () => {
    const item = sim.state.items[0];
    const reply = await call(`items/${item.id}`);
    expect(reply.json).toEqual({ data: [{ Item: { id: item.id } }], success: true, status: 200 });
    item.fields = { title: "نمونه" };
    expect((await call(`items/${item.id}`)).json.data[0].Item).toEqual({ id: item.id, title: "نمونه" });
    item.fields = {};
  });

  it("unknown items are 404, there is no list, writes are 405", async () => {
    expect((await call("items/nope")).status).toBe(404);
    expect((await call("items")).status).toBe(404);
    expect((await call(`items/${sim.state.items[0].id}`, { method: "PUT", body: {} })).status).toBe(405);
  });
});

describe("addresses nothing serves", () => {
  it("answer the framework's HTML 404 page, token or not", async () => {
    for (const path of ["products", "customers/a/b", ""]) {
      const reply = await call(path);
      expect(reply.status).toBe(404);
      expect(reply.headers.get("content-type")).toMatch(/^text\/html/);
      expect(reply.json).toBeUndefined();
    }
    const root = await fetch(sim.apiUrl.replace("/v1/", "/"));
    expect(root.status).toBe(404);
    expect((await api(sim, "products")).status).toBe(404);
  });
});
