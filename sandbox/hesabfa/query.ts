// queryInfo for list methods (seed page; H3 QueryInfo; VENDORS.md):
// {sortBy, sortDesc, take = 10, skip, search, searchFields, filters:
// [{property, operator, value}]}, answered as {TotalCount, FilteredCount,
// From, To, List}. Filters run on the records as they are answered, so a
// property is any answered field ("Code", "Sum", dotted "Contact.Code",
// "InvoiceItems.ItemCode"); Code is the padded string it is in answers, so
// an unpadded value matches nothing. Each operator does exactly one thing;
// an unknown property or operator is refused (114), never ignored.
import { asArray, asBool, asInt, asObject, asString, type Fields } from "./bind.js";
import { compareDates, parseInputDate, type LocalDateTime } from "./dates.js";
import { Dec } from "./decimal.js";
import { fail } from "./errors.js";
import { JNum, type JValue, type Out } from "./json.js";

export type FieldType = "string" | "number" | "bool" | "date";

export interface FieldSpec {
  /** Canonical names, e.g. ["InvoiceItems", "ItemCode"]. */
  path: string[];
  type: FieldType;
}

export type Schema = Map<string, FieldSpec>;

/** `{ "Code": "string", "Contact.Name": "string", … }` → lookup by lower-cased dotted name. */
export function makeSchema(fields: Record<string, FieldType>): Schema {
  const schema: Schema = new Map();
  for (const [name, type] of Object.entries(fields)) schema.set(name.toLowerCase(), { path: name.split("."), type });
  return schema;
}

export const OPERATORS = ["=", "!=", ">", ">=", "<", "<=", "*", "*?", "?*", "in"] as const;
type Op = (typeof OPERATORS)[number];
type Scalar = string | Dec | boolean | LocalDateTime | null;

interface Filter {
  spec: FieldSpec;
  op: Op;
  value: Scalar | Scalar[];
}

export interface Query {
  sortBy: FieldSpec | null;
  sortDesc: boolean;
  take: number;
  skip: number;
  search: string;
  searchFields: FieldSpec[];
  filters: Filter[];
}

function field(schema: Schema, name: string, label: string): FieldSpec {
  const spec = schema.get(name.toLowerCase());
  if (!spec) return fail.range(label, `unknown property ${JSON.stringify(name)}`);
  return spec;
}

function operator(text: string, label: string): Op {
  const op = text === "IN" || text === "In" ? "in" : text;
  if ((OPERATORS as readonly string[]).includes(op)) return op as Op;
  const hint = { "=>": ">=", "=<": "<=", "=!": "!=" }[text];
  return fail.range(label, `unknown operator ${JSON.stringify(text)}${hint ? ` (did you mean "${hint}"? the help page is right-to-left)` : ""}`);
}

function scalar(type: FieldType, value: JValue, label: string): Scalar {
  if (value === null) return null;
  switch (type) {
    case "string":
      return asString(value, label) as string;
    case "number":
      return Dec.parse(value instanceof JNum ? value.text : typeof value === "string" ? value : "x") ?? fail.range(label, "must be a number");
    case "bool":
      return asBool(value, label) as boolean;
    case "date":
      return (typeof value === "string" ? parseInputDate(value) : null) ?? fail.range(label, 'must be a date "YYYY-MM-DD HH:MM:SS"');
  }
}

function parseFilter(raw: JValue, schema: Schema, label: string): Filter {
  const f = asObject(raw, label, { required: true }) as Fields;
  f.only(["property", "operator", "value"]);
  const spec = field(schema, asString(f.get("property"), f.label("property"), { required: true }) as string, f.label("property"));
  const op = operator(asString(f.get("operator"), f.label("operator"), { required: true }) as string, f.label("operator"));
  const raw_ = f.get("value");
  const vLabel = f.label("value");
  if (op === "in") {
    const list = asArray(raw_, vLabel, { required: true }) as JValue[];
    return { spec, op, value: list.map((v, i) => scalar(spec.type, v, `${vLabel}[${i}]`)) };
  }
  if (Array.isArray(raw_)) fail.range(vLabel, `an array needs the operator "in", not ${JSON.stringify(op)}`);
  const value = scalar(spec.type, raw_ === undefined ? null : raw_, vLabel);
  if (value === null && op !== "=" && op !== "!=") fail.missing(vLabel);
  if ((op === "*" || op === "*?" || op === "?*") && spec.type !== "string") fail.range(f.label("operator"), `${op} works on text fields only`);
  if (spec.type === "bool" && op !== "=" && op !== "!=") fail.range(f.label("operator"), `${op} does not compare true/false`);
  return { spec, op, value };
}

export function parseQueryInfo(raw: JValue | undefined, schema: Schema, defaultSearchFields: string[]): Query {
  const f = asObject(raw, "queryInfo");
  const query: Query = {
    sortBy: null,
    sortDesc: false,
    take: 10,
    skip: 0,
    search: "",
    searchFields: defaultSearchFields.map((name) => field(schema, name, "searchFields")),
    filters: [],
  };
  if (!f) return query;
  f.only(["sortBy", "sortDesc", "take", "skip", "search", "searchFields", "filters"]);
  const sortBy = asString(f.get("sortBy"), f.label("sortBy"));
  if (sortBy) query.sortBy = field(schema, sortBy, f.label("sortBy"));
  query.sortDesc = asBool(f.get("sortDesc"), f.label("sortDesc")) ?? false;
  query.take = asInt(f.get("take"), f.label("take"), { min: 0 }) ?? 10;
  query.skip = asInt(f.get("skip"), f.label("skip"), { min: 0 }) ?? 0;
  query.search = asString(f.get("search"), f.label("search")) ?? "";
  const searchFields = asArray(f.get("searchFields"), f.label("searchFields"));
  if (searchFields && searchFields.length > 0) {
    query.searchFields = searchFields.map((v, i) => {
      const label = `${f.label("searchFields")}[${i}]`;
      return field(schema, asString(v, label, { required: true }) as string, label);
    });
  }
  const filters = asArray(f.get("filters"), f.label("filters")) ?? [];
  query.filters = filters.map((v, i) => parseFilter(v, schema, `${f.label("filters")}[${i}]`));
  return query;
}

/** The field's values in an answered record: one, or one per element when the path crosses an array. */
function valuesAt(record: Out, path: string[]): Out[] {
  let current: Out[] = [record];
  for (const name of path) {
    const next: Out[] = [];
    for (const value of current) {
      if (value === null || typeof value !== "object" || value instanceof Dec || Array.isArray(value)) continue;
      const child = value[name];
      if (Array.isArray(child)) next.push(...child);
      else next.push(child === undefined ? null : child);
    }
    current = next;
  }
  return current;
}

function toScalar(type: FieldType, value: Out): Scalar {
  if (value === null || value === undefined) return null;
  if (type === "number") return value instanceof Dec ? value : typeof value === "number" ? Dec.of(value) : null;
  if (type === "bool") return typeof value === "boolean" ? value : null;
  if (type === "date") return typeof value === "string" ? parseInputDate(value) : null;
  return value instanceof Dec ? value.toString() : String(value);
}

/** Text compares case-insensitively (SQL Server's default collation); empty text and null are alike. */
function compare(type: FieldType, a: Scalar, b: Scalar): number | null {
  if (type === "string") {
    const x = ((a as string | null) ?? "").toLowerCase();
    const y = ((b as string | null) ?? "").toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a === null || b === null) return a === b ? 0 : null;
  if (type === "number") return (a as Dec).cmp(b as Dec);
  if (type === "date") return compareDates(a as LocalDateTime, b as LocalDateTime);
  return a === b ? 0 : null;
}

function test(type: FieldType, op: Op, actual: Scalar, wanted: Scalar | Scalar[]): boolean {
  if (op === "in") return (wanted as Scalar[]).some((w) => compare(type, actual, w) === 0);
  const w = wanted as Scalar;
  if (op === "*" || op === "*?" || op === "?*") {
    const text = ((actual as string | null) ?? "").toLowerCase();
    const part = (w as string).toLowerCase();
    return op === "*" ? text.includes(part) : op === "*?" ? text.startsWith(part) : text.endsWith(part);
  }
  const c = compare(type, actual, w);
  if (c === null) return op === "!=";
  switch (op) {
    case "=": return c === 0;
    case "!=": return c !== 0;
    case ">": return c > 0;
    case ">=": return c >= 0;
    case "<": return c < 0;
    case "<=": return c <= 0;
  }
}

function matches(record: Out, filter: Filter): boolean {
  const values = valuesAt(record, filter.spec.path).map((v) => toScalar(filter.spec.type, v));
  if (values.length === 0) values.push(null);
  // Across an array (InvoiceItems.ItemCode): some line matches; for "!=", no line equals.
  if (filter.op === "!=") return values.every((v) => test(filter.spec.type, "!=", v, filter.value));
  return values.some((v) => test(filter.spec.type, filter.op, v, filter.value));
}

function searchText(record: Out, spec: FieldSpec): string {
  return valuesAt(record, spec.path)
    .map((v) => (v === null ? "" : v instanceof Dec ? v.toString() : String(v)))
    .join(" ")
    .toLowerCase();
}

export interface ListResult {
  TotalCount: number;
  FilteredCount: number;
  From: number;
  To: number;
  List: Out[];
}

/** Filters, searches, sorts and pages answered records (given in Id order). */
export function runQuery(records: Out[], query: Query): { [key: string]: Out } & ListResult {
  const needle = query.search.trim().toLowerCase();
  let rows = records.filter((record) => query.filters.every((filter) => matches(record, filter)));
  if (needle !== "") rows = rows.filter((record) => query.searchFields.some((spec) => searchText(record, spec).includes(needle)));
  if (query.sortBy) {
    const spec = query.sortBy;
    const key = (record: Out) => toScalar(spec.type, valuesAt(record, spec.path)[0] ?? null);
    rows = rows
      .map((record, index) => ({ record, index, k: key(record) }))
      .sort((a, b) => {
        const nullOrder = (a.k === null ? 0 : 1) - (b.k === null ? 0 : 1);
        const c = nullOrder !== 0 ? nullOrder : (compare(spec.type, a.k, b.k) ?? 0);
        return (query.sortDesc ? -c : c) || a.index - b.index;
      })
      .map((entry) => entry.record);
  }
  const list = rows.slice(query.skip, query.skip + query.take);
  return { TotalCount: records.length, FilteredCount: rows.length, From: query.skip, To: query.skip + list.length, List: list };
}
