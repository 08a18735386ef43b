import { isLosslessNumber } from "lossless-json";
import { z } from "zod";
import { toDecimalAmount } from "../../src/core/money.js";
import { fromHesabfaDate } from "./dates.js";

/**
 * The field types Hesabfa's answers are read with: strict about meaning,
 * tolerant about the forms the real service is known to use (codes padded or
 * not, numbers or numeric strings, dates with `T` or a space). A value that
 * fits no known form fails the parse: the caller names the method and path.
 */

/** A code as hesabgraph shows it: at least six digits, zero-padded ("000123"), as Hesabfa answers them. */
export function padCode(code: string | number): string {
  return String(code).replace(/^0+(?=\d)/, "").padStart(6, "0");
}

/** The canonical key of a code ("000123", "123" and 123 are one): its number without leading zeros. */
export function codeKey(code: string | number): string {
  return String(code).trim().replace(/^0+(?=\d)/, "");
}

const CODE = /^\d{1,15}$/;

/** True for a code Hesabfa can take: 1 to 15 digits. */
export const isCode = (value: string): boolean => CODE.test(value.trim());

const numberLike = z.union([z.number(), z.string(), z.custom<object>((v) => isLosslessNumber(v), "a number")]);

/** A code (string or number, padded or not) → padded string. */
export const code = numberLike.transform((value, ctx) => {
  const text = String(value).trim();
  if (!CODE.test(text)) {
    ctx.addIssue({ code: "custom", message: `is not a code of digits (${JSON.stringify(text).slice(0, 30)})` });
    return z.NEVER;
  }
  return padCode(text);
});

/** An exact decimal (JSON number, lossless number or numeric string) → canonical decimal string. */
export const decimal = numberLike.transform((value, ctx) => {
  const amount = toDecimalAmount(value);
  if (amount === undefined) {
    ctx.addIssue({ code: "custom", message: `is not a decimal number (${String(value).slice(0, 30)})` });
    return z.NEVER;
  }
  return amount;
});

/** An integer (JSON number or numeric string). */
export const integer = numberLike.transform((value, ctx) => {
  const text = String(value).trim();
  if (!/^-?\d{1,15}$/.test(text)) {
    ctx.addIssue({ code: "custom", message: `is not a whole number (${text.slice(0, 30)})` });
    return z.NEVER;
  }
  return Number(text);
});

/** A date in either of Hesabfa's forms → ISO-8601 instant with Tehran's offset. */
export const date = z.string().transform((text, ctx) => {
  const iso = fromHesabfaDate(text);
  if (iso === undefined) {
    ctx.addIssue({ code: "custom", message: `is not a date of a known form (${JSON.stringify(text).slice(0, 40)})` });
    return z.NEVER;
  }
  return iso;
});

/** Text; blank is no value. */
export const text = z
  .string()
  .nullish()
  .transform((value) => (value === undefined || value === null || value.trim() === "" ? null : value));

/** A JSON boolean, or the "true"/"false" and 0/1 a .NET service may write. */
export const bool = z.union([z.boolean(), z.literal("true"), z.literal("false"), z.literal(0), z.literal(1)]).transform((v) => v === true || v === "true" || v === 1);

export const optional = <T extends z.ZodTypeAny>(type: T) => type.nullish().transform((value) => (value === undefined ? null : value));
