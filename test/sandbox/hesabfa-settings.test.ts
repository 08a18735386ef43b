// setting/*: fiscal years, banks, cashes, currency, warehouses; the empty
// business (seed: false) and the toman business (currency: "IRT").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHesabfaSimulator, type HesabfaSimulator } from "../../sandbox/hesabfa/index.js";
import { dateIn, ok, refused } from "./hesabfa-client.js";

describe("the seeded business", () => {
  let sim: HesabfaSimulator;
  beforeAll(async () => {
    sim = await startHesabfaSimulator({ rateLimit: null });
  });
  afterAll(() => sim.close());

  it("GetFiscalYear answers {Name, StartDate, EndDate} (no Id); the latest year holds today", async () => {
    const year = await ok(sim, "setting/GetFiscalYear");
    expect(Object.keys(year)).toEqual(["Name", "StartDate", "EndDate"]);
    expect(year.StartDate).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00$/);
    expect(year.EndDate).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:59$/);
    const today = new Date(Date.now() + 3.5 * 3600_000).toISOString().slice(0, 19);
    expect(year.StartDate <= today && today <= year.EndDate).toBe(true);
  });

  it("GetFiscalYears answers both years, oldest first, with Closed and FirstYear", async () => {
    const years = await ok(sim, "setting/GetFiscalYears");
    expect(years).toHaveLength(2);
    expect(years.map((y: any) => y.FirstYear)).toEqual([true, false]);
    expect(years[0].EndDate < years[1].StartDate).toBe(true);
    expect(years.every((y: any) => y.Closed === false)).toBe(true);
  });

  it("getBanks, GetCashes, GetPettyCashes: {Id, Code, Name, …, Currency}", async () => {
    const banks = await ok(sim, "setting/getBanks");
    expect(banks).toHaveLength(3);
    expect(banks[0]).toMatchObject({ Code: "000001", Name: "بانک ملت", Currency: "IRR" });
    expect(Object.keys(banks[0])).toEqual(["Id", "Code", "Name", "Branch", "Account", "Currency"]);
    expect((await ok(sim, "setting/GetCashes")).map((c: any) => c.Code)).toEqual(["000001", "000002"]);
    expect(await ok(sim, "setting/GetPettyCashes")).toHaveLength(1);
  });

  it("getCurrency answers {Currency}", async () => {
    expect(await ok(sim, "setting/getCurrency")).toEqual({ Currency: "IRR" });
  });

  it("GetWarehouses answers {Id, Code (an integer), Name}", async () => {
    const warehouses = await ok(sim, "setting/GetWarehouses");
    expect(warehouses.map((w: any) => w.Code)).toEqual([1, 2, 3]);
    expect(warehouses[0].Name).toBe("انبار مرکزی");
  });

  it("setting methods take no parameters of their own", async () => {
    expect((await refused(sim, "setting/getBanks", { code: 1 })).ErrorCode).toBe(114);
  });

  it("the seed is realistic: 30 contacts, 40 items with barcodes, 20 invoices of every type over two years", () => {
    const s = sim.state;
    expect(s.contacts.size).toBe(30);
    expect(s.items.size).toBe(40);
    expect([...s.items.values()].filter((i) => i.Barcode !== "")).toHaveLength(35);
    expect(s.invoices.size).toBe(20);
    expect(new Set([...s.invoices.values()].map((i) => i.InvoiceType))).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(new Set([...s.invoices.values()].map((i) => i.yearOrdinal))).toEqual(new Set([1, 2]));
    expect(s.payments.length).toBeGreaterThan(10);
    expect(s.receipts.length).toBeGreaterThan(3);
    expect([...s.items.values()].filter((i) => i.SellPrice.toNumber() > 2 ** 31).length).toBeGreaterThan(1);
    expect([...s.items.values()].some((i) => !i.SellPrice.isInteger())).toBe(true);
  });
});

describe("an empty business (seed: false)", () => {
  let sim: HesabfaSimulator;
  beforeAll(async () => {
    sim = await startHesabfaSimulator({ rateLimit: null, seed: false, apiKey: "KEY", loginToken: "TOKEN" });
  });
  afterAll(() => sim.close());

  it("keeps the credentials it was given", () => {
    expect([sim.apiKey, sim.loginToken]).toEqual(["KEY", "TOKEN"]);
  });

  it("has no contacts, items or invoices, and no changes", async () => {
    expect((await ok(sim, "contact/getcontacts", {})).TotalCount).toBe(0);
    expect((await ok(sim, "item/getitems", {})).TotalCount).toBe(0);
    expect((await ok(sim, "invoice/getinvoices", { type: 0 })).TotalCount).toBe(0);
    expect(await ok(sim, "setting/GetChanges", { start: 0 })).toEqual([]);
  });

  it("answers 199 from GetWarehouses, with no warehouse", async () => {
    expect((await refused(sim, "setting/GetWarehouses")).ErrorCode).toBe(199);
  });

  it("numbers the first contact 000001 and the first sale 000001", async () => {
    const c = await ok(sim, "contact/save", { contact: { Name: "اولین" } });
    const i = await ok(sim, "item/save", { item: { Name: "اولین کالا" } });
    const inv = await ok(sim, "invoice/save", {
      invoice: { InvoiceType: 0, ContactCode: c.Code, Date: dateIn(sim, 1), InvoiceItems: [{ ItemCode: i.Code, Quantity: 1, UnitPrice: 1 }] },
    });
    expect([c.Code, i.Code, inv.Number, inv.Status]).toEqual(["000001", "000001", "000001", 0]);
  });
});

describe("a toman business (currency: IRT)", () => {
  let sim: HesabfaSimulator;
  beforeAll(async () => {
    sim = await startHesabfaSimulator({ rateLimit: null, currency: "IRT" });
  });
  afterAll(() => sim.close());

  it("answers IRT and keeps the seed's prices in toman (a tenth of the rial prices, exactly)", async () => {
    expect(await ok(sim, "setting/getCurrency")).toEqual({ Currency: "IRT" });
    expect((await ok(sim, "item/get", { code: 2 })).SellPrice).toBe(325_000_000);
    expect((await ok(sim, "item/get", { code: 26 })).SellPrice).toBe(23100.025);
    expect((await ok(sim, "setting/getBanks"))[0].Currency).toBe("IRT");
  });
});
