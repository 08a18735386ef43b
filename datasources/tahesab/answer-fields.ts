import { isLosslessNumber } from "lossless-json";
import { z } from "zod";
import { JalaliDay } from "../../src/core/dates/jalali-day.js";
import { roundToWhole, toDecimalAmount } from "../../src/core/money.js";
import { toAsciiDigits } from "../../src/core/text/persian.js";

/**
 * How Tahesab writes a value, read strictly. Real add-ons send numbers as JSON
 * numbers or as strings ("-1.444"), weights with a slash as the decimal point
 * ("4/06"), and an absent value as null, "" or the string "null". Each parser
 * accepts exactly those forms and fails on anything else, so an answer of an
 * unexpected shape is an error naming the field, never a made-up value.
 */

const describe = (value: unknown): string => {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (isLosslessNumber(value)) return `the number ${value.toString()}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${JSON.stringify(value)?.slice(0, 30)}`;
};

/** null, undefined, "" and "null" (any case, any spacing): Tahesab's ways of saying "no value". */
export const isAbsent = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === "string" && /^\s*(null)?\s*$/i.test(value));

/** A decimal as Tahesab writes it: JSON number, or a string with ASCII/Persian digits, "/" or "." as the point, thousands commas. */
export function decimalText(value: unknown): string | undefined {
  if (typeof value === "number" || isLosslessNumber(value)) return toDecimalAmount(value);
  if (typeof value !== "string") return undefined;
  const text = toAsciiDigits(value.trim()).replace(/,/g, "").replace(/^(-?\d+)\/(\d+)$/, "$1.$2");
  return toDecimalAmount(text);
}

function parser<T>(what: string, read: (value: unknown) => T | undefined) {
  return z.unknown().transform((value, ctx): T => {
    const out = isAbsent(value) ? undefined : read(value);
    if (out === undefined) {
      ctx.addIssue({ code: "custom", message: `expected ${what}, got ${describe(value)}` });
      return z.NEVER;
    }
    return out;
  });
}

/** The same, where an absent value is allowed (read as null). */
function optional<T>(what: string, read: (value: unknown) => T | undefined) {
  return z.unknown().transform((value, ctx): T | null => {
    if (isAbsent(value)) return null;
    const out = read(value);
    if (out === undefined) {
      ctx.addIssue({ code: "custom", message: `expected ${what} or no value, got ${describe(value)}` });
      return z.NEVER;
    }
    return out;
  });
}

const readNumber = (value: unknown): number | undefined => {
  const text = decimalText(value);
  return text === undefined ? undefined : Number(text);
};
const readAmount = (value: unknown): string | undefined => {
  const text = decimalText(value);
  return text === undefined ? undefined : roundToWhole(text);
};
const readText = (value: unknown): string | undefined => (typeof value === "string" ? value.trim() || undefined : typeof value === "number" ? String(value) : undefined);
const readCode = (value: unknown): string | undefined => {
  const text = typeof value === "number" || isLosslessNumber(value) ? value.toString() : typeof value === "string" ? toAsciiDigits(value.trim()) : "";
  return /^\d{1,18}$/.test(text) ? text.replace(/^0+(?=\d)/, "") : undefined;
};
const readFlag = (value: unknown): boolean | undefined => {
  if (value === true || value === 1 || value === "1" || value === "true" || value === "True") return true;
  if (value === false || value === 0 || value === "0" || value === "false" || value === "False") return false;
  return undefined;
};
const readDay = (value: unknown): string | undefined => (typeof value === "string" ? JalaliDay.parse(value)?.toString() : undefined);

/** A Shamsi date with its time, `1405/07/14 17:26:32` (seconds optional). */
export interface ShamsiDateTime {
  day: string;
  time: string;
}
const readDateTime = (value: unknown): ShamsiDateTime | undefined => {
  if (typeof value !== "string") return undefined;
  const match = /^(\S+)(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(toAsciiDigits(value.trim()));
  const day = match ? JalaliDay.parse(match[1]) : undefined;
  if (!match || !day) return undefined;
  const [h, m, s] = [Number(match[2] ?? 0), Number(match[3] ?? 0), Number(match[4] ?? 0)];
  if (h > 23 || m > 59 || s > 59) return undefined;
  const two = (n: number) => String(n).padStart(2, "0");
  return { day: day.toString(), time: `${two(h)}:${two(m)}:${two(s)}` };
};

export const field = {
  number: parser("a number", readNumber),
  maybeNumber: optional("a number", readNumber),
  /** Exact, as a canonical decimal string (a balance line may be rials past 2^53, grams or a coin count). */
  maybeDecimal: optional("a number", decimalText),
  /** Whole rials, exact, as a canonical string (a fraction is rounded to the rial). */
  amount: parser("an amount", readAmount),
  maybeAmount: optional("an amount", readAmount),
  text: parser("text", readText),
  maybeText: optional("text", readText),
  /** Text that must come as a JSON string (base64 pictures, EPCs). */
  maybeString: optional("a string", (value) => (typeof value === "string" ? value.trim() || undefined : undefined)),
  code: parser("a code of digits", readCode),
  maybeCode: optional("a code of digits", readCode),
  maybeFlag: optional("0 or 1", readFlag),
  maybeDay: optional("a Shamsi date", readDay),
  dateTime: parser("a Shamsi date and time such as 1405/07/14 17:26:32", readDateTime),
  maybeDateTime: optional("a Shamsi date and time such as 1405/07/14 17:26:32", readDateTime),
};
