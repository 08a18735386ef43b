import { describe, expect, it } from "vitest";
import { HesabgraphError } from "../../src/core/errors.js";
import { stringifyJson } from "../../src/core/json.js";
import { thrown } from "../support/thrown.js";
import { toQueryInfo, type ListField, type ListQuery } from "../../datasources/hesabfa/list-query.js";

/**
 * A list query in the graph's words turned into Hesabfa's queryInfo
 * (datasources/hesabfa/list-query.ts): each value kind converted, each
 * impossible filter refused naming the argument's exact place.
 */

const FIELDS: Record<string, ListField> = {
  CODE: { property: "Code", kind: "code" },
  NAME: { property: "Name", kind: "text" },
  PRICE: { property: "SellPrice", kind: "number" },
  ACTIVE: { property: "Active", kind: "bool" },
  DATE: { property: "Date", kind: "date" },
  TYPE: { property: "ItemType", kind: { enum: { PRODUCT: 0, SERVICE: 1 } } },
};

const info = (query: ListQuery | null, skip = 0, take = 10, arg?: string) => toQueryInfo(query, FIELDS, skip, take, arg);
const filterOf = (field: string, operator: any, value?: string | null, values?: string[] | null) => info({ filters: [{ field, operator, value, values }] }).filters;

function refusal(query: ListQuery, arg?: string): { field: unknown; message: string } {
  const e = thrown(HesabgraphError, () => info(query, 0, 10, arg));
  expect(e.code).toBe("BAD_USER_INPUT");
  return { field: e.details?.field, message: e.message };
}
const refusedFilter = (field: string, operator: any, value?: string | null, values?: string[] | null) => refusal({ filters: [{ field, operator, value, values }] });

describe("queryInfo", () => {
  it("is skip and take alone without a query, or with an empty one", () => {
    expect(info(null, 20, 5)).toEqual({ skip: 20, take: 5 });
    expect(info({ filters: [], search: { text: "   " } }, 3, 4)).toEqual({ skip: 3, take: 4 });
  });

  it("sorts by the field's property, ascending unless asked", () => {
    expect(info({ sort: { field: "PRICE" } })).toEqual({ skip: 0, take: 10, sortBy: "SellPrice", sortDesc: false });
    expect(info({ sort: { field: "NAME", descending: true } })).toMatchObject({ sortBy: "Name", sortDesc: true });
  });

  it("searches the trimmed text, in the fields named", () => {
    expect(info({ search: { text: " انگشتر " } })).toEqual({ skip: 0, take: 10, search: "انگشتر" });
    expect(info({ search: { text: "x", fields: [] } })).toEqual({ skip: 0, take: 10, search: "x" });
    expect(info({ search: { text: "x", fields: ["NAME", "CODE"] } })).toMatchObject({ searchFields: ["Name", "Code"] });
  });

  it("converts each kind of value", () => {
    expect(filterOf("CODE", "EQUALS", " 12 ")).toEqual([{ property: "Code", operator: "=", value: "000012" }]);
    expect(filterOf("NAME", "CONTAINS", " طلا ")).toEqual([{ property: "Name", operator: "*", value: " طلا " }]);
    expect(stringifyJson(filterOf("PRICE", "GREATER_THAN", "1250000.50"))).toBe('[{"property":"SellPrice","operator":">","value":1250000.5}]');
    expect(filterOf("ACTIVE", "EQUALS", "false")).toEqual([{ property: "Active", operator: "=", value: false }]);
    expect(filterOf("ACTIVE", "NOT_EQUALS", " true ")).toEqual([{ property: "Active", operator: "!=", value: true }]);
    expect(filterOf("TYPE", "EQUALS", "SERVICE")).toEqual([{ property: "ItemType", operator: "=", value: 1 }]);
    expect(filterOf("TYPE", "IN", null, ["PRODUCT", "SERVICE"])).toEqual([{ property: "ItemType", operator: "in", value: [0, 1] }]);
  });

  it("dates: a day at midnight, a Tehran time as it is, an instant in Tehran's time", () => {
    expect(filterOf("DATE", "GREATER_OR_EQUAL", "2024-03-20")).toEqual([{ property: "Date", operator: ">=", value: "2024-03-20 00:00:00" }]);
    expect(filterOf("DATE", "LESS_THAN", "2024-03-20T10:30:00")).toEqual([{ property: "Date", operator: "<", value: "2024-03-20 10:30:00" }]);
    expect(filterOf("DATE", "LESS_OR_EQUAL", "2024-03-20 10:30:00")).toEqual([{ property: "Date", operator: "<=", value: "2024-03-20 10:30:00" }]);
    expect(filterOf("DATE", "EQUALS", "2024-03-20T07:00:00Z")).toEqual([{ property: "Date", operator: "=", value: "2024-03-20 10:30:00" }]);
    expect(filterOf("DATE", "EQUALS", "2024-03-20T10:00:00+03:30")).toEqual([{ property: "Date", operator: "=", value: "2024-03-20 10:00:00" }]);
  });

  it("EQUALS and NOT_EQUALS without a value compare with null; the other operators need one", () => {
    expect(filterOf("NAME", "EQUALS", null)).toEqual([{ property: "Name", operator: "=", value: null }]);
    expect(filterOf("NAME", "NOT_EQUALS")).toEqual([{ property: "Name", operator: "!=", value: null }]);
    expect(refusedFilter("PRICE", "GREATER_THAN")).toEqual({ field: "filter.filters[0].value", message: 'Invalid value for "filter.filters[0].value": is required for GREATER_THAN' });
  });

  it("filters keep their order and each names its own place", () => {
    const query = { filters: [{ field: "NAME", operator: "STARTS_WITH" as const, value: "a" }, { field: "NAME", operator: "ENDS_WITH" as const, value: "b" }] };
    expect(info(query).filters).toEqual([
      { property: "Name", operator: "*?", value: "a" },
      { property: "Name", operator: "?*", value: "b" },
    ]);
    const second = refusal({ filters: [query.filters[0], { field: "CODE", operator: "EQUALS", value: "x" }] }, "where");
    expect(second.field).toBe("where.filters[1].value");
  });
});

describe("refusals", () => {
  it.each([
    [{ sort: { field: "COLOR" } }, "filter.sort.field", "is not a field of this list (CODE, NAME, PRICE, ACTIVE, DATE, TYPE)"],
    [{ search: { text: "x", fields: ["NAME", "COLOR"] } }, "filter.search.fields[1]", "is not a field of this list (CODE, NAME, PRICE, ACTIVE, DATE, TYPE)"],
    [{ filters: [{ field: "COLOR", operator: "EQUALS", value: "1" }] }, "filter.filters[0].field", "is not a field of this list (CODE, NAME, PRICE, ACTIVE, DATE, TYPE)"],
  ] as const)("%j", (query, field, problem) => {
    expect(refusal(query as ListQuery)).toEqual({ field, message: `Invalid value for "${field}": ${problem}` });
  });

  it.each([
    ["PRICE", "CONTAINS", "1", undefined, "filter.filters[0].operator", "CONTAINS compares text; PRICE is not text"],
    ["DATE", "STARTS_WITH", "1", undefined, "filter.filters[0].operator", "STARTS_WITH compares text; DATE is not text"],
    ["ACTIVE", "GREATER_THAN", "true", undefined, "filter.filters[0].operator", "ACTIVE takes EQUALS, NOT_EQUALS or IN"],
    ["TYPE", "LESS_OR_EQUAL", "PRODUCT", undefined, "filter.filters[0].operator", "TYPE takes EQUALS, NOT_EQUALS or IN"],
    ["CODE", "IN", null, [], "filter.filters[0].values", "must list at least one value for IN"],
    ["CODE", "IN", null, null, "filter.filters[0].values", "must list at least one value for IN"],
    ["CODE", "IN", "1", ["1"], "filter.filters[0].value", "must be left out for IN (use values)"],
    ["CODE", "EQUALS", "1", ["1"], "filter.filters[0].values", "is for IN only (use value)"],
    ["CODE", "IN", null, ["1", "1a"], "filter.filters[0].values[1]", 'must be a code of digits, e.g. 000012 or 12; got "1a"'],
    ["PRICE", "EQUALS", "12,5a", undefined, "filter.filters[0].value", 'must be a number such as 1250000 or 12.5; got "12,5a"'],
    ["ACTIVE", "EQUALS", "yes", undefined, "filter.filters[0].value", 'must be true or false; got "yes"'],
    ["DATE", "EQUALS", "2024-03-20T10:30", undefined, "filter.filters[0].value", 'must be a day (2024-03-20), a Tehran time (2024-03-20T10:30:00) or an instant with its offset; got "2024-03-20T10:30"'],
    ["DATE", "EQUALS", "2024-13-45T10:00:00Z", undefined, "filter.filters[0].value", 'must be a day (2024-03-20), a Tehran time (2024-03-20T10:30:00) or an instant with its offset; got "2024-13-45T10:00:00Z"'],
    ["DATE", "EQUALS", "20240320", undefined, "filter.filters[0].value", 'must be a day (2024-03-20), a Tehran time (2024-03-20T10:30:00) or an instant with its offset; got "20240320"'],
    ["TYPE", "EQUALS", "GOODS", undefined, "filter.filters[0].value", 'must be one of PRODUCT, SERVICE; got "GOODS"'],
  ] as const)("%s %s %j %j: %s", (field, operator, value, values, at, problem) => {
    expect(refusedFilter(field, operator, value, values as string[] | null | undefined)).toEqual({ field: at, message: `Invalid value for "${at}": ${problem}` });
  });

  it("a long value is quoted cut short", () => {
    const long = "9".repeat(20) + "x";
    expect(refusedFilter("CODE", "EQUALS", long).message).toBe(`Invalid value for "filter.filters[0].value": must be a code of digits, e.g. 000012 or 12; got ${JSON.stringify(long).slice(0, 30)}`);
  });
});
