import { badInput } from "../../src/core/errors.js";
import { jsonNumber } from "../../src/core/json.js";
import { toDecimalAmount } from "../../src/core/money.js";
import { toHesabfaDate } from "./dates.js";
import { isCode, padCode } from "./fields.js";

/**
 * A list query in the graph's words (sort, search, filters with an operator
 * enum), turned into Hesabfa's `queryInfo`. The operator strings and property
 * names live here and nowhere else.
 */
export type FilterOperator =
  | "EQUALS"
  | "NOT_EQUALS"
  | "GREATER_THAN"
  | "GREATER_OR_EQUAL"
  | "LESS_THAN"
  | "LESS_OR_EQUAL"
  | "CONTAINS"
  | "STARTS_WITH"
  | "ENDS_WITH"
  | "IN";

/** Hesabfa's operator strings (the help page shows them mirrored, right to left). */
export const OPERATOR_STRINGS: Record<FilterOperator, string> = {
  EQUALS: "=",
  NOT_EQUALS: "!=",
  GREATER_THAN: ">",
  GREATER_OR_EQUAL: ">=",
  LESS_THAN: "<",
  LESS_OR_EQUAL: "<=",
  CONTAINS: "*",
  STARTS_WITH: "*?",
  ENDS_WITH: "?*",
  IN: "in",
};

export type ListFieldKind = "code" | "text" | "number" | "date" | "bool" | { enum: Record<string, number> };

export interface ListField {
  property: string;
  kind: ListFieldKind;
}

export interface ListFilter {
  field: string;
  operator: FilterOperator;
  value?: string | null;
  values?: string[] | null;
}

export interface ListQuery {
  sort?: { field: string; descending?: boolean | null } | null;
  search?: { text: string; fields?: string[] | null } | null;
  filters?: ListFilter[] | null;
}

const TEXT_ONLY: FilterOperator[] = ["CONTAINS", "STARTS_WITH", "ENDS_WITH"];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const WALL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})$/;

function convert(kind: ListFieldKind, raw: string, at: string): unknown {
  const value = raw.trim();
  if (kind === "text") return raw;
  if (kind === "code") {
    if (!isCode(value)) throw badInput(at, `must be a code of digits, e.g. 000012 or 12; got ${JSON.stringify(raw).slice(0, 30)}`);
    return padCode(value);
  }
  if (kind === "number") {
    const amount = toDecimalAmount(value);
    if (amount === undefined) throw badInput(at, `must be a number such as 1250000 or 12.5; got ${JSON.stringify(raw).slice(0, 30)}`);
    return jsonNumber(amount);
  }
  if (kind === "bool") {
    if (value !== "true" && value !== "false") throw badInput(at, `must be true or false; got ${JSON.stringify(raw).slice(0, 30)}`);
    return value === "true";
  }
  if (kind === "date") {
    if (DAY.test(value)) return `${value} 00:00:00`;
    const wall = WALL.exec(value);
    if (wall) return `${wall[1]} ${wall[2]}`;
    const at_ = new Date(value);
    if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(at_.getTime())) return toHesabfaDate(at_);
    throw badInput(at, `must be a day (2024-03-20), a Tehran time (2024-03-20T10:30:00) or an instant with its offset; got ${JSON.stringify(raw).slice(0, 40)}`);
  }
  const number = kind.enum[value];
  if (number === undefined) throw badInput(at, `must be one of ${Object.keys(kind.enum).join(", ")}; got ${JSON.stringify(raw).slice(0, 30)}`);
  return number;
}

function fieldOf(fields: Record<string, ListField>, name: string, at: string): ListField {
  const field = fields[name];
  if (!field) throw badInput(at, `is not a field of this list (${Object.keys(fields).join(", ")})`);
  return field;
}

/** The `queryInfo` of one page: `skip`/`take` plus the query; BAD_USER_INPUT naming `<arg>.filters[i].value` and the like. */
export function toQueryInfo(query: ListQuery | null | undefined, fields: Record<string, ListField>, skip: number, take: number, arg = "filter"): Record<string, unknown> {
  const info: Record<string, unknown> = { skip, take };
  if (!query) return info;
  if (query.sort) {
    info.sortBy = fieldOf(fields, query.sort.field, `${arg}.sort.field`).property;
    info.sortDesc = Boolean(query.sort.descending);
  }
  if (query.search && query.search.text.trim() !== "") {
    info.search = query.search.text.trim();
    if (query.search.fields && query.search.fields.length > 0) {
      info.searchFields = query.search.fields.map((name, i) => fieldOf(fields, name, `${arg}.search.fields[${i}]`).property);
    }
  }
  if (query.filters && query.filters.length > 0) {
    info.filters = query.filters.map((filter, i) => {
      const at = `${arg}.filters[${i}]`;
      const field = fieldOf(fields, filter.field, `${at}.field`);
      const operator = OPERATOR_STRINGS[filter.operator];
      if (TEXT_ONLY.includes(filter.operator) && field.kind !== "text" && field.kind !== "code") {
        throw badInput(`${at}.operator`, `${filter.operator} compares text; ${filter.field} is not text`);
      }
      if ((field.kind === "bool" || typeof field.kind === "object") && !["EQUALS", "NOT_EQUALS", "IN"].includes(filter.operator)) {
        throw badInput(`${at}.operator`, `${filter.field} takes EQUALS, NOT_EQUALS or IN`);
      }
      if (filter.operator === "IN") {
        if (!filter.values || filter.values.length === 0) throw badInput(`${at}.values`, "must list at least one value for IN");
        if (filter.value !== undefined && filter.value !== null) throw badInput(`${at}.value`, "must be left out for IN (use values)");
        return { property: field.property, operator, value: filter.values.map((v, j) => convert(field.kind, v, `${at}.values[${j}]`)) };
      }
      if (filter.values !== undefined && filter.values !== null) throw badInput(`${at}.values`, "is for IN only (use value)");
      if (filter.value === undefined || filter.value === null) {
        if (filter.operator !== "EQUALS" && filter.operator !== "NOT_EQUALS") throw badInput(`${at}.value`, `is required for ${filter.operator}`);
        return { property: field.property, operator, value: null };
      }
      return { property: field.property, operator, value: convert(field.kind, filter.value, `${at}.value`) };
    });
  }
  return info;
}

/** The list answer every list method gives. */
export interface ListAnswer<T> {
  rows: T[];
  /** Rows after the filters (FilteredCount). */
  total: number;
}
