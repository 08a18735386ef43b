import { isLosslessNumber } from "lossless-json";
import { toAsciiDigits } from "./text/persian.js";

/**
 * Money kept exact. Amounts are held as canonical decimal strings ("-1250",
 * "400350000", "12.5") from the vendor's answer to the client's screen, never
 * as JavaScript numbers, which lose whole rials past 2^53. Vendor answers are
 * parsed losslessly (src/core/json.ts), so a number too large for a double
 * arrives here with all its digits.
 */

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** "-0012" → "-12", "+0" → "0"; for strings already known to be integers. */
function canonicalInteger(text: string): string {
  const negative = text.startsWith("-");
  const digits = text.replace(/^[+-]/, "").replace(/^0+(?=\d)/, "");
  return negative && digits !== "0" ? `-${digits}` : digits;
}

function canonicalDecimal(text: string): string {
  const negative = text.startsWith("-");
  let [whole, fraction = ""] = text.replace(/^[+-]/, "").split(".");
  whole = whole.replace(/^0+(?=\d)/, "") || "0";
  fraction = fraction.replace(/0+$/, "");
  const body = fraction ? `${whole}.${fraction}` : whole;
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

/** The digits of a value as a vendor or a client may give it: a number, a bigint, a lossless number, or a string (Persian digits, thousands separators). */
function textOf(value: unknown): string | undefined {
  if (typeof value === "bigint") return value.toString();
  if (isLosslessNumber(value)) return value.toString();
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return undefined;
    // Numbers beyond 2^53 were already rounded by whoever parsed them: refuse rather than pass on a guess.
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) return undefined;
    return Number.isInteger(value) ? value.toFixed(0) : String(value).includes("e") ? undefined : String(value);
  }
  if (typeof value === "string") return toAsciiDigits(value.trim()).replace(/[,٬]/g, "").replace(/٫/g, ".");
  return undefined;
}

/** A whole amount (rials) as a canonical integer string, or undefined when the value is not one. */
export function toWholeAmount(value: unknown): string | undefined {
  const text = textOf(value);
  return text !== undefined && INTEGER.test(text) ? canonicalInteger(text) : undefined;
}

/** An amount with decimals allowed, as a canonical decimal string, or undefined when the value is not one. */
export function toDecimalAmount(value: unknown): string | undefined {
  const text = textOf(value);
  return text !== undefined && DECIMAL.test(text) ? canonicalDecimal(text) : undefined;
}

/** A whole amount rounded to the nearest unit (half away from zero), for vendors that send rials with a fraction. */
export function roundToWhole(decimal: string): string {
  const negative = decimal.startsWith("-");
  const [whole, fraction = ""] = decimal.replace(/^-/, "").split(".");
  let units = BigInt(whole);
  if (fraction && Number(fraction[0]) >= 5) units += 1n;
  return canonicalInteger(`${negative ? "-" : ""}${units}`);
}

export const isNegative = (amount: string): boolean => amount.startsWith("-");
