import { badInput } from "../errors.js";
import { toAsciiDigits } from "../text/persian.js";

/**
 * An Iranian national id (کد ملی): ten digits whose last is a check digit
 * (each of the first nine weighted 10…2, the sum taken mod 11: a remainder
 * under 2 is the check digit itself, else 11 minus it). Typed with Persian
 * digits, spaces or dashes, it is read as digits. A mistyped id is refused
 * here rather than stored in the shop's books.
 */
export function parseNationalId(field: string, value: string): string {
  const digits = toAsciiDigits(value).replace(/[\s\-]/g, "");
  if (!/^\d{10}$/.test(digits)) throw badInput(field, `must be a national id of 10 digits; got ${JSON.stringify(value.slice(0, 20))}`);
  const sum = [...digits.slice(0, 9)].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
  const remainder = sum % 11;
  const check = remainder < 2 ? remainder : 11 - remainder;
  if (Number(digits[9]) !== check || /^(\d)\1{9}$/.test(digits)) {
    throw badInput(field, `is not a valid national id (its check digit does not match); got ${JSON.stringify(value.slice(0, 20))}`);
  }
  return digits;
}
