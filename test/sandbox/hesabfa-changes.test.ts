// GetChanges (API true/false, start inclusive, LastId), changes made as a
// web-app user, and the change hook's POSTs to a listener.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHesabfaSimulator, type HesabfaSimulator } from "../../sandbox/hesabfa/index.js";
import { call, dateIn, ok, refused } from "./hesabfa-client.js";

let sim: HesabfaSimulator;
beforeAll(async () => {
  sim = await startHesabfaSimulator({ rateLimit: null });
});
afterAll(() => sim.close());

describe("setting/GetChanges", () => {
  it("answers changes from `start` (inclusive) with LastId beside Result; the seed's history is API: false", async () => {
    const all = await call(sim, "setting/GetChanges", { start: 0 });
    expect(Object.keys(all)).toEqual(["Success", "ErrorCode", "ErrorMessage", "Result", "LastId"]);
    expect(all.LastId).toBe(all.Result.at(-1).Id);
    expect(all.Result.every((c: any) => c.API === false)).toBe(true);
    expect(Object.keys(all.Result[0])).toEqual(["Id", "DateTime", "Action", "ObjectId", "ObjectType", "Extra", "Extra2", "API"]);
    const from = await ok(sim, "setting/GetChanges", { start: 10 });
    expect(from[0].Id).toBe(10);
    const types = new Set(all.Result.map((c: any) => c.ObjectType));
    expect([...types].sort()).toEqual(["Contact", "Invoice", "Product", "WarehouseReceipt"]);
  });

  it("answers no rows but the LastId for a start past the end (H1 asks 1000000000 to learn it)", async () => {
    const answer = await call(sim, "setting/GetChanges", { start: 1_000_000_000 });
    expect(answer.Result).toEqual([]);
    expect(answer.LastId).toBe(sim.state.lastChangeId);
  });

  it("marks API changes API: true and web-app changes API: false, with H3's LogAction numbers and H1's Extra", async () => {
    const start = sim.state.lastChangeId + 1;
    const contact = await ok(sim, "contact/save", { contact: { Name: "از API" } });
    await ok(sim, "contact/save", { contact: { Code: contact.Code, Name: "از API ۲" } });
    const user = sim.userChange.saveContact({ Name: "از وب" });
    const item = sim.userChange.saveItem({ Name: "کالای وب", SellPrice: 1000 });
    sim.userChange.deleteItem(item.Code);
    const inv = await ok(sim, "invoice/save", {
      invoice: { InvoiceType: 0, ContactCode: contact.Code, Date: dateIn(sim, 40), Status: 1, InvoiceItems: [{ ItemCode: 3, Quantity: 1, UnitPrice: 1 }, { ItemCode: 36, Quantity: 1, UnitPrice: 1 }] },
    });
    await ok(sim, "invoice/delete", { number: inv.Number, type: 0 });
    const rows = await ok(sim, "setting/GetChanges", { start });
    expect(rows.map((c: any) => [c.Action, c.ObjectType, c.API, c.Extra])).toEqual([
      [31, "Contact", true, contact.Code],
      [32, "Contact", true, contact.Code],
      [31, "Contact", false, user.Code],
      [51, "Product", false, item.Code],
      [53, "Product", false, item.Code],
      [121, "Invoice", true, "000003,000036"],
      [123, "Invoice", true, "000003,000036"],
    ]);
    expect(rows[0].ObjectId).toBe(contact.Id);
    expect(rows[5].Extra2).toBe(inv.Number);
    expect(rows[0].DateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?$/);
  });

  it("logs a payment and a warehouse receipt: an edit of the invoice (122), a receipt (261)", async () => {
    const inv = await ok(sim, "invoice/save", {
      invoice: { InvoiceType: 0, ContactCode: 9, Date: dateIn(sim, 40), Status: 1, InvoiceItems: [{ ItemCode: 16, Quantity: 1, UnitPrice: 100 }] },
    });
    const start = sim.state.lastChangeId + 1;
    await ok(sim, "invoice/savepayment", { number: inv.Number, bankCode: 1, date: dateIn(sim, 40), amount: 100, transactionNumber: "T" });
    const receipt = await ok(sim, "invoice/SaveWarehouseReceipt", { receipt: { WarehouseCode: 1, InvoiceNumber: inv.Number, InvoiceType: 0, Items: [{ ItemCode: 16, Quantity: 1 }] } });
    const rows = await ok(sim, "setting/GetChanges", { start });
    expect(rows.map((c: any) => [c.Action, c.ObjectType, c.ObjectId, c.Extra, c.Extra2, c.API])).toEqual([
      [122, "Invoice", inv.Id, "000016", inv.Number, true],
      [261, "WarehouseReceipt", receipt.Id, "000016", String(receipt.Number), true],
    ]);
  });

  it("needs start (104)", async () => {
    expect((await refused(sim, "setting/GetChanges", {})).ErrorCode).toBe(104);
  });
});

describe("web-app changes (sim.userChange)", () => {
  it("are visible through the API at once and follow the API's rules", async () => {
    const c = sim.userChange.saveContact({ name: "کاربر وب", mobile: "09129999999" });
    expect((await ok(sim, "contact/get", { code: c.Code })).Mobile).toBe("09129999999");
    expect(() => sim.userChange.saveContact({ Mobile: "0912" })).toThrow(/Name/);
    const inv = sim.userChange.saveInvoice({ InvoiceType: 0, ContactCode: c.Code, Date: dateIn(sim, 41), Status: 1, InvoiceItems: [{ ItemCode: 12, Quantity: 1, UnitPrice: 100 }] });
    sim.userChange.savePayment({ number: inv.Number, cashCode: 1, date: dateIn(sim, 41), amount: 40, transactionNumber: "-" });
    expect((await ok(sim, "invoice/get", { number: inv.Number, type: 0 })).Rest).toBe(60);
  });
});

describe("the change hook", () => {
  let listener: Server;
  let received: Array<{ url: string; body: any; contentType: string | undefined }> = [];
  let waiters: Array<() => void> = [];
  let hookUrl: string;

  beforeAll(async () => {
    listener = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        received.push({ url: req.url ?? "", body: JSON.parse(Buffer.concat(chunks).toString("utf8")), contentType: req.headers["content-type"] });
        res.end("ok");
        for (const wake of waiters.splice(0)) wake();
      });
    });
    await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
    hookUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/hesabfa-hook?token=abc`;
  });
  afterAll(() => new Promise<void>((resolve) => listener.close(() => resolve())));
  beforeEach(() => {
    received = [];
  });

  const nextPosts = (n: number) =>
    new Promise<void>((resolve) => {
      const check = () => (received.length >= n ? resolve() : waiters.push(check));
      check();
    });

  it("SetChangeHook stores url and password; each change is POSTed {Password, Action, ObjectType, ObjectIdList}", async () => {
    expect(await ok(sim, "setting/SetChangeHook", { url: hookUrl, hookPassword: "p@ss" })).toBe(true);
    const saved = await ok(sim, "contact/save", { contact: { Name: "برای هوک" } });
    await nextPosts(1);
    expect(received[0]).toEqual({
      url: "/hesabfa-hook?token=abc",
      body: { Password: "p@ss", Action: 31, ObjectType: "Contact", ObjectIdList: [saved.Id] },
      contentType: "application/json; charset=utf-8",
    });
  });

  it("posts a batchsave's changes as one POST per action, and web-app changes too", async () => {
    const existing = sim.state.item(8)!;
    const saved = await ok(sim, "item/batchsave", { items: [{ Name: "هوک ۱" }, { Name: "هوک ۲" }, { Code: existing.Code, Name: existing.Name }] });
    await nextPosts(2);
    const bodies = received.map((r) => r.body).sort((a, b) => a.Action - b.Action);
    expect(bodies).toEqual([
      { Password: "p@ss", Action: 51, ObjectType: "Product", ObjectIdList: [saved[0].Id, saved[1].Id] },
      { Password: "p@ss", Action: 52, ObjectType: "Product", ObjectIdList: [existing.Id] },
    ]);
    received = [];
    const c = sim.userChange.saveContact({ Name: "وب" });
    await nextPosts(1);
    expect(received[0].body).toMatchObject({ Action: 31, ObjectType: "Contact", ObjectIdList: [c.Id] });
  });

  it("keeps failed deliveries quietly in state.hookDeliveries", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/gone`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await ok(sim, "setting/SetChangeHook", { url: deadUrl, hookPassword: "x" });
    const before = sim.state.hookDeliveries.length;
    await ok(sim, "contact/save", { contact: { Name: "بی جواب" } });
    const delivery = sim.state.hookDeliveries[before];
    await new Promise<void>((resolve) => {
      const poll = () => (delivery.outcome !== "pending" ? resolve() : setImmediate(poll));
      poll();
    });
    expect(typeof delivery.outcome).toBe("string");
    expect(delivery.url).toBe(deadUrl);
    await ok(sim, "setting/SetChangeHook", { url: hookUrl, hookPassword: "p@ss" });
  });

  it("SetChangeHook refuses a missing or non-http url, a missing password", async () => {
    expect((await refused(sim, "setting/SetChangeHook", { hookPassword: "x" })).ErrorCode).toBe(104);
    expect((await refused(sim, "setting/SetChangeHook", { url: "ftp://example.com/h", hookPassword: "x" })).ErrorCode).toBe(114);
    expect((await refused(sim, "setting/SetChangeHook", { url: "not a url", hookPassword: "x" })).ErrorCode).toBe(114);
    expect((await refused(sim, "setting/SetChangeHook", { url: hookUrl })).ErrorCode).toBe(104);
  });
});
