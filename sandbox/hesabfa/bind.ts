// Reading request values the way Hesabfa's .NET binder does, and no looser.
// Names bind case-insensitively (VENDORS.md: PascalCase, camelCase, mixed).
// Types convert as Json.NET converts them, which the official samples rely
// on (H4's JS forms send every number as a string, H1 sends codes as
// integers): a number where a string is expected is its text, a numeric
// string where a number is expected is that number, "" on an optional field
// is no value. Anything else (a boolean for a name, "abc" for an amount, a
// fraction for a count) is refused with 114 naming the field.
import { Dec, MAX_DIGITS } from "./decimal.js";
import { parseInputDate, type LocalDateTime } from "./dates.js";
import { fail } from "./errors.js";
import { isJObject, JNum, type JObject, type JValue } from "./json.js";
import { parseCode } from "./codes.js";

export class Fields {
  private readonly byLower = new Map<string, { key: string; value: JValue }>();

  /** `where` prefixes field names in messages: "", "contact.", "invoice.InvoiceItems[2].". */
  constructor(
    obj: JObject,
    readonly where: string,
  ) {
    for (const [key, value] of obj) {
      const lower = key.toLowerCase();
      if (this.byLower.has(lower)) fail.range(where + key, "given twice, in different letter case");
      this.byLower.set(lower, { key, value });
    }
  }

  get(name: string): JValue | undefined {
    return this.byLower.get(name.toLowerCase())?.value;
  }

  /** Present and not null. */
  has(name: string): boolean {
    const value = this.get(name);
    return value !== undefined && value !== null;
  }

  label(name: string): string {
    return this.where + name;
  }

  /** Refuses any field that is not one of `allowed` (a misspelt field is an error, not silently dropped). */
  only(allowed: readonly string[]): void {
    const known = new Set(allowed.map((name) => name.toLowerCase()));
    for (const [lower, { key }] of this.byLower) {
      if (!known.has(lower)) fail.range(this.where + key, "unknown parameter");
    }
  }
}

interface Req {
  required?: boolean;
}

/** A short rendering of a refused value for the message. */
function describe(value: JValue): string {
  if (value instanceof JNum) return value.text;
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "an array";
  if (value instanceof Map) return "an object";
  return String(value);
}

function absent(value: JValue | undefined): value is undefined | null {
  return value === undefined || value === null;
}

export function asString(value: JValue | undefined, label: string, opts: Req & { max?: number } = {}): string | undefined {
  let result: string | undefined;
  if (absent(value)) result = undefined;
  else if (typeof value === "string") result = value;
  else if (value instanceof JNum) result = value.text;
  else return fail.range(label, "must be a string");
  if (opts.required && (result === undefined || result.trim() === "")) return fail.missing(label);
  if (result !== undefined && opts.max !== undefined && result.length > opts.max) {
    return fail.range(label, `longer than ${opts.max} characters`);
  }
  return result;
}

export function asDec(value: JValue | undefined, label: string, opts: Req & { min?: "zero" | "positive" } = {}): Dec | undefined {
  if (absent(value) || value === "") {
    return opts.required ? fail.missing(label) : undefined;
  }
  let parsed: Dec | null = null;
  if (value instanceof JNum) parsed = Dec.parse(value.text);
  else if (typeof value === "string") parsed = Dec.parse(value);
  else return fail.range(label, "must be a number");
  if (parsed === null) return fail.range(label, `not a number: ${describe(value)}`);
  if (parsed.digits() > MAX_DIGITS) return fail.range(label, `more than ${MAX_DIGITS} significant digits`);
  if (opts.min === "zero" && parsed.sign < 0) return fail.range(label, "must not be negative");
  if (opts.min === "positive" && parsed.sign <= 0) return fail.range(label, "must be greater than zero");
  return parsed;
}

export function asInt(value: JValue | undefined, label: string, opts: Req & { min?: number; max?: number } = {}): number | undefined {
  const dec = asDec(value, label, { required: opts.required });
  if (dec === undefined) return undefined;
  if (!dec.isInteger()) return fail.range(label, "must be a whole number");
  const n = Number(dec.toString());
  if (!Number.isSafeInteger(n) || n > 2_147_483_647 || n < -2_147_483_648) return fail.range(label, "outside the Int32 range");
  if (opts.min !== undefined && n < opts.min) return fail.range(label, `must be at least ${opts.min}`);
  if (opts.max !== undefined && n > opts.max) return fail.range(label, `must be at most ${opts.max}`);
  return n;
}

export function asBool(value: JValue | undefined, label: string, opts: Req = {}): boolean | undefined {
  if (absent(value) || value === "") return opts.required ? fail.missing(label) : undefined;
  if (typeof value === "boolean") return value;
  if (typeof value === "string") {
    const lower = value.trim().toLowerCase();
    if (lower === "true") return true;
    if (lower === "false") return false;
  }
  if (value instanceof JNum && (value.text === "0" || value.text === "1")) return value.text === "1";
  return fail.range(label, "must be true or false");
}

export function asDate(value: JValue | undefined, label: string, opts: Req = {}): LocalDateTime | undefined {
  if (absent(value) || value === "") return opts.required ? fail.missing(label) : undefined;
  if (typeof value !== "string") return fail.range(label, 'must be a date string "YYYY-MM-DD HH:MM:SS"');
  const parsed = parseInputDate(value);
  if (parsed === null) return fail.range(label, `not a date "YYYY-MM-DD HH:MM:SS": ${JSON.stringify(value)}`);
  return parsed;
}

/** A code: "000123", "123" or 123. Zero means "none" (a new object), as in the seed's example. */
export function asCode(value: JValue | undefined, label: string, opts: Req = {}): number | undefined {
  if (absent(value) || value === "") return opts.required ? fail.missing(label) : undefined;
  const code = parseCode(value);
  if (code === null) return fail.range(label, `not a code (a whole number such as "000123" or 123): ${describe(value)}`);
  if (opts.required && code === 0) return fail.missing(label);
  return code;
}

export function asArray(value: JValue | undefined, label: string, opts: Req = {}): JValue[] | undefined {
  if (absent(value)) return opts.required ? fail.missing(label) : undefined;
  if (!Array.isArray(value)) return fail.range(label, "must be an array");
  return value;
}

export function asObject(value: JValue | undefined, label: string, opts: Req = {}): Fields | undefined {
  if (absent(value)) return opts.required ? fail.missing(label) : undefined;
  if (!isJObject(value)) return fail.range(label, "must be an object");
  return new Fields(value, `${label}.`);
}

/** Field readers: `read.str(fields, "Name")`. */
export const read = {
  str: (f: Fields, name: string, opts?: Req & { max?: number }) => asString(f.get(name), f.label(name), opts),
  dec: (f: Fields, name: string, opts?: Req & { min?: "zero" | "positive" }) => asDec(f.get(name), f.label(name), opts),
  int: (f: Fields, name: string, opts?: Req & { min?: number; max?: number }) => asInt(f.get(name), f.label(name), opts),
  bool: (f: Fields, name: string, opts?: Req) => asBool(f.get(name), f.label(name), opts),
  date: (f: Fields, name: string, opts?: Req) => asDate(f.get(name), f.label(name), opts),
  code: (f: Fields, name: string, opts?: Req) => asCode(f.get(name), f.label(name), opts),
  arr: (f: Fields, name: string, opts?: Req) => asArray(f.get(name), f.label(name), opts),
  obj: (f: Fields, name: string, opts?: Req) => asObject(f.get(name), f.label(name), opts),
};
