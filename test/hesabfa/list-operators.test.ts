import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { errorCodes, expectRead, hesabfaStack, only } from "./support.js";

// Every operator of FilterOperator, with the exact string Hesabfa takes and
// the rows it selects: a swapped string changes the body and the answer.
describe("Hesabfa list filters", () => {
  let stack: Awaited<ReturnType<typeof hesabfaStack>>;
  beforeAll(async () => {
    stack = await hesabfaStack();
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.hesabfa.resetRequests());

  const items = () => [...stack.hesabfa.state.items.values()];
  const price = (code: string) => Number(stack.hesabfa.state.items.get(code)!.SellPrice.toString());

  async function codesFor(filter: string): Promise<string[]> {
    const r = await stack.gql(`{ hesabfaItems(first: 1000, filter: { filters: [${filter}] }) { totalCount edges { node { code } } } }`);
    expect(r.errors).toBeUndefined();
    return r.data!.hesabfaItems.edges.map((e: any) => e.node.code).sort();
  }

  const sentFilter = () => only(stack.hesabfa, "item/getitems").queryInfo.filters[0];
  const expected = (keep: (item: ReturnType<typeof items>[number]) => boolean) => items().filter(keep).map((i) => i.Code).sort();

  it("EQUALS is = (codes padded)", async () => {
    expect(await codesFor(`{ field: CODE, operator: EQUALS, value: "3" }`)).toEqual(["000003"]);
    expect(sentFilter()).toEqual({ property: "Code", operator: "=", value: "000003" });
  });

  it("NOT_EQUALS is !=", async () => {
    expect(await codesFor(`{ field: KIND, operator: NOT_EQUALS, value: "SERVICE" }`)).toEqual(expected((i) => i.ItemType !== 1));
    expect(sentFilter()).toEqual({ property: "ItemType", operator: "!=", value: 1 });
  });

  it("GREATER_THAN is > and GREATER_OR_EQUAL is >=, the boundary on the right side", async () => {
    const bound = price("000005");
    expect(await codesFor(`{ field: SELL_PRICE, operator: GREATER_THAN, value: "${bound}" }`)).toEqual(expected((i) => Number(i.SellPrice.toString()) > bound));
    expect(sentFilter()).toEqual({ property: "SellPrice", operator: ">", value: bound });
    stack.hesabfa.resetRequests();
    const withBound = await codesFor(`{ field: SELL_PRICE, operator: GREATER_OR_EQUAL, value: "${bound}" }`);
    expect(withBound).toEqual(expected((i) => Number(i.SellPrice.toString()) >= bound));
    expect(withBound).toContain("000005");
    expect(sentFilter()).toEqual({ property: "SellPrice", operator: ">=", value: bound });
  });

  it("LESS_THAN is < and LESS_OR_EQUAL is <=", async () => {
    const bound = price("000005");
    const below = await codesFor(`{ field: SELL_PRICE, operator: LESS_THAN, value: "${bound}" }`);
    expect(below).toEqual(expected((i) => Number(i.SellPrice.toString()) < bound));
    expect(below).not.toContain("000005");
    expect(sentFilter()).toEqual({ property: "SellPrice", operator: "<", value: bound });
    stack.hesabfa.resetRequests();
    expect(await codesFor(`{ field: SELL_PRICE, operator: LESS_OR_EQUAL, value: "${bound}" }`)).toEqual(expected((i) => Number(i.SellPrice.toString()) <= bound));
    expect(sentFilter()).toEqual({ property: "SellPrice", operator: "<=", value: bound });
  });

  it("CONTAINS is *", async () => {
    const part = stack.hesabfa.state.items.get("000002")!.Name.split(" ")[1];
    expect(await codesFor(`{ field: NAME, operator: CONTAINS, value: "${part}" }`)).toEqual(expected((i) => i.Name.includes(part)));
    expect(sentFilter()).toEqual({ property: "Name", operator: "*", value: part });
  });

  it("STARTS_WITH is *? and ENDS_WITH is ?*", async () => {
    const name = stack.hesabfa.state.items.get("000002")!.Name;
    const head = name.slice(0, 4);
    const tail = name.slice(-4);
    expect(await codesFor(`{ field: NAME, operator: STARTS_WITH, value: "${head}" }`)).toEqual(expected((i) => i.Name.startsWith(head)));
    expect(sentFilter()).toEqual({ property: "Name", operator: "*?", value: head });
    stack.hesabfa.resetRequests();
    expect(await codesFor(`{ field: NAME, operator: ENDS_WITH, value: "${tail}" }`)).toEqual(expected((i) => i.Name.endsWith(tail)));
    expect(sentFilter()).toEqual({ property: "Name", operator: "?*", value: tail });
  });

  it("IN is in, with padded codes", async () => {
    expect(await codesFor(`{ field: CODE, operator: IN, values: ["1", "000002", "40"] }`)).toEqual(["000001", "000002", "000040"]);
    expect(sentFilter()).toEqual({ property: "Code", operator: "in", value: ["000001", "000002", "000040"] });
  });

  it("dates go as Tehran wall-clock time, booleans as booleans", async () => {
    const r = await stack.gql(`{ hesabfaInvoices(first: 5, filter: { filters: [{ field: DATE, operator: GREATER_OR_EQUAL, value: "2020-01-02T03:04:05Z" },
      { field: LINE_ITEM_CODE, operator: EQUALS, value: "36" }, { field: STATUS, operator: EQUALS, value: "DRAFT" }] }) { totalCount } }`);
    expect(r.errors).toBeUndefined();
    expectRead(stack.hesabfa, only(stack.hesabfa, "invoice/getinvoices"), {
      type: 0,
      queryInfo: {
        skip: 0,
        take: 6,
        filters: [
          { property: "Date", operator: ">=", value: "2020-01-02 06:34:05" },
          { property: "InvoiceItems.ItemCode", operator: "=", value: "000036" },
          { property: "Status", operator: "=", value: 0 },
        ],
      },
    });
  });

  it("refuses a filter that cannot work, naming it, before any call", async () => {
    for (const filter of [
      `{ field: SELL_PRICE, operator: CONTAINS, value: "1" }`,
      `{ field: CODE, operator: IN, value: "1" }`,
      `{ field: SELL_PRICE, operator: GREATER_THAN, value: "abc" }`,
      `{ field: ACTIVE, operator: LESS_THAN, value: "true" }`,
    ]) {
      const r = await stack.gql(`{ hesabfaItems(filter: { filters: [${filter}] }) { totalCount } }`);
      expect(errorCodes(r), filter).toEqual(["BAD_USER_INPUT"]);
      expect(r.errors![0].extensions!.field, filter).toMatch(/^filter\.filters\[0\]\./);
    }
    expect(stack.hesabfa.count()).toBe(0);
  });
});
