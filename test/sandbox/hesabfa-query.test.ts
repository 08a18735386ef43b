// queryInfo on list methods: every operator exactly, dotted properties,
// search, sort, paging and the counts; refusals for what does not exist.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHesabfaSimulator, type HesabfaSimulator } from "../../sandbox/hesabfa/index.js";
import { ok, refused } from "./hesabfa-client.js";

let sim: HesabfaSimulator;
beforeAll(async () => {
  sim = await startHesabfaSimulator({ rateLimit: null });
});
afterAll(() => sim.close());

type Filter = { property: string; operator: string; value: unknown };
const items = async (filters: Filter[], extra: Record<string, unknown> = {}) =>
  (await ok(sim, "item/getitems", { queryInfo: { take: 1000, filters, ...extra } })).List.map((i: any) => i.Code) as string[];
const codes = (...n: number[]) => n.map((x) => String(x).padStart(6, "0"));
const allCodes = () => [...sim.state.items.values()].map((i) => i.Code);

describe("operators, each one exactly", () => {
  it("= and != split the list in two", async () => {
    const equal = await items([{ property: "ItemType", operator: "=", value: 1 }]);
    const notEqual = await items([{ property: "ItemType", operator: "!=", value: 1 }]);
    expect(equal).toEqual(codes(36, 37, 38, 39, 40));
    expect(notEqual).toHaveLength(allCodes().length - 5);
    expect(notEqual.some((c) => equal.includes(c))).toBe(false);
  });

  it("> and >= differ by the rows equal to the value; < and <= likewise", async () => {
    const price = "22400000"; // item 11's sell price
    const gt = await items([{ property: "SellPrice", operator: ">", value: price }]);
    const ge = await items([{ property: "SellPrice", operator: ">=", value: price }]);
    const lt = await items([{ property: "SellPrice", operator: "<", value: Number(price) }]);
    const le = await items([{ property: "SellPrice", operator: "<=", value: Number(price) }]);
    expect(ge.filter((c) => !gt.includes(c))).toEqual(codes(11));
    expect(le.filter((c) => !lt.includes(c))).toEqual(codes(11));
    expect([...gt, ...le].sort()).toEqual(allCodes().sort());
  });

  it("* contains, *? starts with, ?* ends with", async () => {
    const contains = await items([{ property: "Name", operator: "*", value: "یخچال" }]);
    const starts = await items([{ property: "Name", operator: "*?", value: "یخچال" }]);
    const ends = await items([{ property: "Name", operator: "?*", value: "یخچال" }]);
    expect(contains).toEqual(codes(1, 24, 29));
    expect(starts).toEqual(codes(1, 24));
    expect(ends).toEqual(codes(29));
  });

  it("in takes an array; Code in [...] needs the padded codes, unpadded ones match nothing", async () => {
    expect(await items([{ property: "Code", operator: "in", value: ["000003", "000001", "000777"] }])).toEqual(codes(1, 3));
    expect(await items([{ property: "Code", operator: "in", value: ["3", "1"] }])).toEqual([]);
    expect(await items([{ property: "Code", operator: "in", value: [3, 1] }])).toEqual([]);
    expect(await items([{ property: "Code", operator: "=", value: "1" }])).toEqual([]);
    expect(await items([{ property: "Id", operator: "in", value: [sim.state.item(5)!.Id, String(sim.state.item(6)!.Id)] }])).toEqual(codes(5, 6));
  });

  it("filters combine with AND; text compares without regard to letter case", async () => {
    expect(await items([
      { property: "ItemType", operator: "=", value: 0 },
      { property: "Name", operator: "*", value: "qled" },
    ])).toEqual(codes(2));
  });

  it("booleans with = and !=; dates with comparisons", async () => {
    expect(await items([{ property: "Active", operator: "=", value: false }])).toEqual(codes(35));
    expect(await items([{ property: "Active", operator: "!=", value: "true" }])).toEqual(codes(35));
    const year = sim.state.latestYear();
    const day = (n: number) => new Date((year.StartDate.seconds + n * 86400) * 1000).toISOString().slice(0, 10);
    const sales = async (filters: Filter[]) =>
      (await ok(sim, "invoice/getinvoices", { type: 0, queryInfo: { take: 100, filters } })).List.map((i: any) => i.Number);
    const all = await sales([]);
    const from9 = await sales([{ property: "Date", operator: ">=", value: `${day(9)} 00:00:00` }]);
    const before9 = await sales([{ property: "Date", operator: "<", value: day(9) }]);
    expect(from9.length).toBeGreaterThan(0);
    expect([...before9, ...from9].sort()).toEqual(all.sort());
  });

  it("dotted properties reach the contact and the lines of an invoice", async () => {
    const sales = async (filters: Filter[]) =>
      (await ok(sim, "invoice/getinvoices", { type: 0, queryInfo: { take: 100, filters } })).List.map((i: any) => i.ContactCode);
    expect(await sales([{ property: "Contact.Code", operator: "=", value: "000003" }])).toEqual(["000003"]);
    expect(await sales([{ property: "contact.city", operator: "=", value: "شیراز" }])).toEqual(["000003"]);
    const withItem36 = await sales([{ property: "InvoiceItems.ItemCode", operator: "=", value: "000036" }]);
    const withoutItem36 = await sales([{ property: "InvoiceItems.ItemCode", operator: "!=", value: "000036" }]);
    expect(withItem36.sort()).toEqual(["000002", "000015", "000024"]);
    expect(withoutItem36.some((c: string) => withItem36.includes(c))).toBe(false);
  });

  it("null with = finds empty fields, with != the filled ones", async () => {
    const empty = await items([{ property: "Barcode", operator: "=", value: null }]);
    expect(empty).toEqual(codes(36, 37, 38, 39, 40));
    expect(await items([{ property: "Barcode", operator: "!=", value: null }])).toHaveLength(35);
  });
});

describe("refusals (114), never a silent no-op", () => {
  const refusedWith = async (queryInfo: unknown) => refused(sim, "item/getitems", { queryInfo });

  it("an unknown property, in filters, sortBy and searchFields", async () => {
    const a = await refusedWith({ filters: [{ property: "Price", operator: "=", value: 1 }] });
    expect(a.ErrorCode).toBe(114);
    expect(a.ErrorMessage).toContain("Price");
    expect((await refusedWith({ sortBy: "Price" })).ErrorCode).toBe(114);
    expect((await refusedWith({ search: "x", searchFields: ["title"] })).ErrorCode).toBe(114);
    expect((await refusedWith({ filters: [{ property: "Contact.Code", operator: "=", value: "1" }] })).ErrorCode).toBe(114);
  });

  it("an unknown operator; the right-to-left forms => =< =! with a hint", async () => {
    for (const operator of ["==", "~", "like", "contains", "<>", "=>", "=<", "=!", " =", "?*?"]) {
      const answer = await refusedWith({ filters: [{ property: "SellPrice", operator, value: 1 }] });
      expect(answer.ErrorCode, operator).toBe(114);
    }
    expect((await refusedWith({ filters: [{ property: "SellPrice", operator: "=>", value: 1 }] })).ErrorMessage).toContain('">="');
  });

  it("in without an array, an array without in, text operators on numbers, order on booleans, a bad value", async () => {
    expect((await refusedWith({ filters: [{ property: "Code", operator: "in", value: "000001" }] })).ErrorCode).toBe(114);
    expect((await refusedWith({ filters: [{ property: "Code", operator: "=", value: ["000001"] }] })).ErrorCode).toBe(114);
    expect((await refusedWith({ filters: [{ property: "SellPrice", operator: "*", value: "1" }] })).ErrorCode).toBe(114);
    expect((await refusedWith({ filters: [{ property: "Active", operator: ">", value: true }] })).ErrorCode).toBe(114);
    expect((await refusedWith({ filters: [{ property: "SellPrice", operator: ">", value: "cheap" }] })).ErrorCode).toBe(114);
  });

  it("filters that are not an array (one client posts a single object), unknown queryInfo members, a negative take", async () => {
    expect((await refusedWith({ Filters: { Property: "Code", Operator: "in", Value: ["000001"] } })).ErrorCode).toBe(114);
    expect((await refusedWith({ top: 5 })).ErrorCode).toBe(114);
    expect((await refusedWith({ take: -1 })).ErrorCode).toBe(114);
    expect((await refusedWith({ filters: [{ property: "Code", operator: "=", value: "1", extra: 1 }] })).ErrorCode).toBe(114);
  });
});

describe("paging, counts, sort and search", () => {
  it("TotalCount counts every row, FilteredCount the filtered ones; From = skip, To = skip + rows returned", async () => {
    const page = await ok(sim, "item/getitems", { queryInfo: { skip: 5, take: 3, filters: [{ property: "ItemType", operator: "=", value: 0 }] } });
    expect(page).toMatchObject({ TotalCount: sim.state.items.size, FilteredCount: 35, From: 5, To: 8 });
    expect(page.List.map((i: any) => i.Code)).toEqual(codes(6, 7, 8));
    const last = await ok(sim, "item/getitems", { queryInfo: { skip: 33, take: 10, filters: [{ property: "ItemType", operator: "=", value: 0 }] } });
    expect(last).toMatchObject({ From: 33, To: 35 });
    expect(last.List).toHaveLength(2);
    const none = await ok(sim, "item/getitems", { queryInfo: { take: 0 } });
    expect(none).toMatchObject({ FilteredCount: sim.state.items.size, List: [] });
  });

  it("sorts by any field, ascending or descending, ties in Id order", async () => {
    const desc = await ok(sim, "item/getitems", { queryInfo: { sortBy: "SellPrice", sortDesc: true, take: 3 } });
    expect(desc.List.map((i: any) => i.Code)).toEqual(codes(2, 1, 9));
    const asc = await ok(sim, "item/getitems", { queryInfo: { SortBy: "sellprice", take: 2 } });
    expect(asc.List.map((i: any) => i.Code)).toEqual(codes(26, 31));
    const byName = await ok(sim, "contact/getcontacts", { queryInfo: { sortBy: "Name", take: 1000 } });
    const names = byName.List.map((c: any) => c.Name);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)));
  });

  it("search looks in searchFields (or the default ones) and counts in FilteredCount", async () => {
    const byName = await ok(sim, "contact/getcontacts", { queryInfo: { search: "محمد", searchFields: ["name", "firstName", "lastName"], take: 100 } });
    expect(byName.List.length).toBeGreaterThan(0);
    expect(byName.FilteredCount).toBe(byName.List.length);
    for (const c of byName.List) expect(`${c.Name} ${c.FirstName} ${c.LastName}`).toContain("محمد");
    const byDefault = await ok(sim, "item/getitems", { queryInfo: { search: sim.state.item(12)!.Barcode } });
    expect(byDefault.List.map((i: any) => i.Code)).toEqual(codes(12));
  });

  it("getinvoices lists one type of the selected year", async () => {
    const purchases = await ok(sim, "invoice/getinvoices", { type: 1, queryInfo: { take: 100 } });
    expect(purchases.List.every((i: any) => i.InvoiceType === 1)).toBe(true);
    expect(purchases.TotalCount).toBe(3);
    expect((await refused(sim, "invoice/getinvoices", { queryInfo: {} })).ErrorCode).toBe(104);
    expect((await refused(sim, "invoice/getinvoices", { type: 5 })).ErrorCode).toBe(114);
  });
});
