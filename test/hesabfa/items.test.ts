import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { toGlobalId } from "../../src/core/ids.js";
import { bodies, expectRead, expectWrite, hesabfaStack, only } from "./support.js";

describe("Hesabfa items", () => {
  let stack: Awaited<ReturnType<typeof hesabfaStack>>;
  beforeAll(async () => {
    stack = await hesabfaStack();
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.hesabfa.resetRequests());

  it("item(vendor: HESABFA) and node(id:) read through one in filter; stock comes from one GetQuantity call; amounts exact in the business currency", async () => {
    const r = await stack.gql(`query($id: ID!) { a: item(vendor: HESABFA, code: "1") { id code name sellPrice buyPrice currency stock kind }
      b: item(vendor: HESABFA, code: "000036") { code stock kind } n: node(id: $id) { ... on Item { code } } }`, { id: toGlobalId("HESABFA", "Item", "000002") });
    expect(r.errors).toBeUndefined();
    const item1 = stack.hesabfa.state.items.get("000001")!;
    expect(r.data!.a).toMatchObject({ code: "000001", sellPrice: item1.SellPrice.toString(), currency: "IRR", kind: "PRODUCT", stock: stack.hesabfa.state.itemStock("000001").toString() });
    expect(r.data!.b).toMatchObject({ code: "000036", kind: "SERVICE", stock: "0" });
    expect(r.data!.n).toEqual({ code: "000002" });
    const lookup = only(stack.hesabfa, "item/getitems");
    lookup.queryInfo.filters[0].value.sort();
    expectRead(stack.hesabfa, lookup, {
      queryInfo: { skip: 0, take: 3, filters: [{ property: "Code", operator: "in", value: ["000001", "000002", "000036"] }] },
    });
    expectRead(stack.hesabfa, only(stack.hesabfa, "item/getquantity"), { codes: ["000001", "000036"] });
    expectRead(stack.hesabfa, only(stack.hesabfa, "setting/getcurrency"), {});
  });

  it("hesabfaItemByBarcode finds by barcode; an unknown one is null (112)", async () => {
    const barcode = stack.hesabfa.state.items.get("000007")!.Barcode;
    const r = await stack.gql(`query($b: String!) { found: hesabfaItemByBarcode(barcode: $b) { code } missing: hesabfaItemByBarcode(barcode: "0000") { code } }`, { b: barcode });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ found: { code: "000007" }, missing: null });
    const sent = bodies(stack.hesabfa, "item/getbybarcode").sort((a, b) => a.barcode.localeCompare(b.barcode));
    expect(sent).toHaveLength(2);
    for (const [i, wanted] of ["0000", barcode].sort().entries()) expectRead(stack.hesabfa, sent[i], { barcode: wanted });
  });

  it("hesabfaItems pages a 1,000-row connection underneath in calls of HESABFA_PAGE_SIZE, with totalCount", async () => {
    const paged = await hesabfaStack({ env: { HESABFA_PAGE_SIZE: "15" } });
    try {
      const r = await paged.gql(`{ hesabfaItems(first: 1000) { totalCount edges { cursor node { code } } pageInfo { hasNextPage hasPreviousPage } } }`);
      expect(r.errors).toBeUndefined();
      expect(r.data!.hesabfaItems.totalCount).toBe(40);
      expect(r.data!.hesabfaItems.edges).toHaveLength(40);
      expect(r.data!.hesabfaItems.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false });
      expect(bodies(paged.hesabfa, "item/getitems").map((b) => [b.queryInfo.skip, b.queryInfo.take])).toEqual([[0, 15], [15, 15], [30, 10]]);
      const next = await paged.gql(`query($after: String) { hesabfaItems(first: 3, after: $after) { edges { node { code } } pageInfo { hasPreviousPage hasNextPage } } }`, {
        after: r.data!.hesabfaItems.edges[9].cursor,
      });
      expect(next.data!.hesabfaItems.edges.map((e: any) => e.node.code)).toEqual(["000011", "000012", "000013"]);
      expect(next.data!.hesabfaItems.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: true });
    } finally {
      await paged.close();
    }
  });

  it("createHesabfaItem, updateHesabfaItem (read, merge, save whole) and deleteHesabfaItem send writes with a requestUniqueId", async () => {
    const created = await stack.gql(`mutation { createHesabfaItem(input: { name: "اتو بخار", kind: PRODUCT, unit: "عدد", sellPrice: "12500000.5", buyPrice: "9000000", barcode: "6260000000999", tag: "sku-9" }) { code item { name sellPrice barcode } } }`);
    expect(created.errors).toBeUndefined();
    const code = created.data!.createHesabfaItem.code;
    expect(created.data!.createHesabfaItem.item).toEqual({ name: "اتو بخار", sellPrice: "12500000.5", barcode: "6260000000999" });
    expectWrite(stack.hesabfa, only(stack.hesabfa, "item/save"), {
      item: { Name: "اتو بخار", ItemType: 0, Unit: "عدد", SellPrice: 12500000.5, BuyPrice: 9000000, Barcode: "6260000000999", Tag: "sku-9" },
    });
    stack.hesabfa.resetRequests();
    const updated = await stack.gql(`mutation($c: String!) { updateHesabfaItem(code: $c, input: { sellPrice: "13000000" }) { item { sellPrice name barcode } } }`, { c: code });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateHesabfaItem.item).toEqual({ sellPrice: "13000000", name: "اتو بخار", barcode: "6260000000999" });
    expectRead(stack.hesabfa, only(stack.hesabfa, "item/get"), { code });
    const save = only(stack.hesabfa, "item/save");
    expect(save.item).toMatchObject({ Code: code, Name: "اتو بخار", SellPrice: 13000000, Barcode: "6260000000999", Tag: "sku-9" });
    expect(save.item).not.toHaveProperty("Stock");
    stack.hesabfa.resetRequests();
    const deleted = await stack.gql(`mutation($c: String!) { deleteHesabfaItem(code: $c) { code } }`, { c: code });
    expect(deleted.errors).toBeUndefined();
    expectWrite(stack.hesabfa, only(stack.hesabfa, "item/delete"), { code });
  });

  it("saveHesabfaItems saves a batch in input order", async () => {
    const r = await stack.gql(`mutation { saveHesabfaItems(items: [{ name: "الف", sellPrice: "1" }, { code: "3", sellPrice: "7" }, { name: "ب", kind: SERVICE }]) { items { code name sellPrice kind } } }`);
    expect(r.errors).toBeUndefined();
    const [a, b, c] = r.data!.saveHesabfaItems.items;
    expect(a).toMatchObject({ name: "الف", sellPrice: "1" });
    expect(b).toMatchObject({ code: "000003", sellPrice: "7", name: stack.hesabfa.state.items.get("000003")!.Name });
    expect(c).toMatchObject({ name: "ب", kind: "SERVICE" });
    const body = only(stack.hesabfa, "item/batchsave");
    expectWrite(stack.hesabfa, body, { items: [{ Name: "الف", SellPrice: 1 }, expect.objectContaining({ Code: "000003", SellPrice: 7 }), { Name: "ب", ItemType: 1 }] });
    expect(body.items[1]).not.toHaveProperty("Stock");
  });
});
