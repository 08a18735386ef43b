// item/*: get, getById, getByBarcode, getitems, save, batchsave, delete, GetQuantity.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHesabfaSimulator, type HesabfaSimulator } from "../../sandbox/hesabfa/index.js";
import { ok, refused } from "./hesabfa-client.js";

let sim: HesabfaSimulator;
beforeAll(async () => {
  sim = await startHesabfaSimulator({ rateLimit: null });
});
afterAll(() => sim.close());

describe("reading items", () => {
  it("item/get answers H3's ProductItem fields, code padded", async () => {
    const item = await ok(sim, "item/get", { code: 2 });
    expect(Object.keys(item).sort()).toEqual(
      ["Active", "Barcode", "BuyPrice", "Code", "Description", "Id", "ItemType", "Name", "NodeFamily", "ProductCode", "PurchasesTitle", "SalesTitle", "SellPrice", "Stock", "Tag", "Unit"].sort(),
    );
    expect(item).toMatchObject({ Code: "000002", ItemType: 0, SellPrice: 3_250_000_000, Unit: "دستگاه" });
    expect(item.SellPrice).toBeGreaterThan(2 ** 31);
    expect((await refused(sim, "item/get", { code: 99_999 })).ErrorCode).toBe(112);
  });

  it("item/getByBarcode finds by the exact barcode; 112 otherwise, 104 without one", async () => {
    const barcode = sim.state.item(7)!.Barcode;
    expect(barcode).toMatch(/^626\d{10}$/);
    expect((await ok(sim, "item/getByBarcode", { barcode })).Code).toBe("000007");
    expect((await refused(sim, "item/getByBarcode", { barcode: barcode.slice(0, 12) })).ErrorCode).toBe(112);
    expect((await refused(sim, "item/getByBarcode", {})).ErrorCode).toBe(104);
  });

  it("item/getById answers a list for idList and the object for id", async () => {
    const ids = [sim.state.item(9)!.Id, sim.state.item(8)!.Id];
    expect((await ok(sim, "item/getById", { idList: ids })).map((i: any) => i.Code)).toEqual(["000009", "000008"]);
    expect((await ok(sim, "item/getById", { id: ids[0] })).Code).toBe("000009");
  });

  it("item/getitems lists 10 by default, every item with a large take", async () => {
    expect((await ok(sim, "item/getitems", {})).List).toHaveLength(10);
    expect((await ok(sim, "item/getitems", { queryInfo: null })).List).toHaveLength(10);
    const all = await ok(sim, "item/getitems", { queryInfo: { Take: 1_000_000 } });
    expect(all.List).toHaveLength(all.TotalCount);
    expect(all.List.filter((i: any) => i.ItemType === 1)).toHaveLength(5);
  });
});

describe("saving items", () => {
  it("item/save creates with the next code and updates by code (whole record)", async () => {
    const created = await ok(sim, "item/save", { item: { Name: "کالای تازه", SellPrice: "1500000.5", Barcode: "1234567890123", Tag: "x" } });
    expect(created).toMatchObject({ Name: "کالای تازه", SellPrice: 1500000.5, Stock: 0, ItemType: 0, Unit: "عدد", Active: true });
    const updated = await ok(sim, "item/save", { item: { Code: Number(created.Code), Name: "کالای تازه ۲", SellPrice: 2_000_000 } });
    expect(updated).toMatchObject({ Code: created.Code, Id: created.Id, Name: "کالای تازه ۲", Barcode: "", Tag: "" });
  });

  it("refuses: no Name (104), negative price (114), a price that is not a number (114), Stock is ignored", async () => {
    expect((await refused(sim, "item/save", { item: { SellPrice: 1 } })).ErrorCode).toBe(104);
    expect((await refused(sim, "item/save", { item: { Name: "x", SellPrice: -1 } })).ErrorCode).toBe(114);
    expect((await refused(sim, "item/save", { item: { Name: "x", SellPrice: "12,000" } })).ErrorCode).toBe(114);
    expect((await refused(sim, "item/save", { item: { Name: "x", ItemType: 2 } })).ErrorCode).toBe(114);
    expect((await ok(sim, "item/save", { item: { Name: "x", Stock: 99 } })).Stock).toBe(0);
  });

  it("refuses to turn goods with history into a service (190)", async () => {
    expect((await refused(sim, "item/save", { item: { Code: 1, Name: "خدمت؟", ItemType: 1 } })).ErrorCode).toBe(190);
  });

  it("item/batchsave answers in input order, matched back by Tag", async () => {
    const items = [{ Name: "ب۱", Tag: "a" }, { Name: "ب۲", Tag: "b" }, { Code: "000010", Name: "آبگرمکن دیواری", Tag: "c", SellPrice: 1 }];
    const saved = await ok(sim, "item/batchsave", { items });
    expect(saved.map((i: any) => [i.Tag, i.Name])).toEqual([["a", "ب۱"], ["b", "ب۲"], ["c", "آبگرمکن دیواری"]]);
    expect(saved[2].Code).toBe("000010");
    expect((await refused(sim, "item/batchsave", { items: Array.from({ length: 501 }, (_, i) => ({ Name: `${i}` })) })).ErrorCode).toBe(114);
  });

  it("item/delete deletes an unused item, refuses one used in invoices (190)", async () => {
    const saved = await ok(sim, "item/save", { item: { Name: "حذفی" } });
    expect(await ok(sim, "item/delete", { code: saved.Code })).toBe(true);
    expect((await refused(sim, "item/get", { code: saved.Code })).ErrorCode).toBe(112);
    expect((await refused(sim, "item/delete", { code: 1 })).ErrorCode).toBe(190);
  });
});

describe("item/GetQuantity", () => {
  it("answers every item without codes, rows {Code, Quantity, Tag, Barcode, SellPrice, ProductCode}", async () => {
    const rows = await ok(sim, "item/GetQuantity", {});
    expect(rows).toHaveLength(sim.state.items.size);
    expect(Object.keys(rows[0]).sort()).toEqual(["Barcode", "Code", "ProductCode", "Quantity", "SellPrice", "Tag"]);
    const one = rows.find((r: any) => r.Code === "000001");
    expect(one.Quantity).toBe(sim.state.itemStock("000001").toNumber());
    expect(one.Quantity).toBe((await ok(sim, "item/get", { code: 1 })).Stock);
  });

  it("takes codes padded or not, in the order given, and leaves unknown ones out", async () => {
    const rows = await ok(sim, "item/GetQuantity", { codes: ["000003", 2, "1", 98_765] });
    expect(rows.map((r: any) => r.Code)).toEqual(["000003", "000002", "000001"]);
  });

  it("with warehouseCode answers that warehouse's quantity (moved by warehouse receipts), 112 for an unknown warehouse", async () => {
    const inWarehouse = await ok(sim, "item/GetQuantity", { codes: [3], warehouseCode: 1 });
    expect(inWarehouse[0].Quantity).toBe(sim.state.warehouseStock("000003", 1).toNumber());
    expect(inWarehouse[0].Quantity).not.toBe(sim.state.itemStock("000003").toNumber());
    expect((await refused(sim, "item/GetQuantity", { codes: [7], warehouseCode: 9 })).ErrorCode).toBe(112);
  });

  it("answers 0 for services", async () => {
    expect((await ok(sim, "item/GetQuantity", { codes: [36] }))[0].Quantity).toBe(0);
  });
});
