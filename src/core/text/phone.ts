import { badInput } from "../errors.js";
import { toAsciiDigits } from "./persian.js";

// What may separate digit groups as people type them: spaces (also no-break
// and zero-width ones), dashes of any kind, dots, slashes and parentheses.
const SEPARATORS = /[\s\u00a0\u200b-\u200f\u2010-\u2015\u2212\-./()]/g;

// 09xxxxxxxxx, 9xxxxxxxxx, +989xxxxxxxxx, 00989xxxxxxxxx or 989xxxxxxxxx.
const MOBILE = /^(?:\+98|0098|98|0)?(9\d{9})$/;

/**
 * An Iranian mobile number, in whatever form it was typed, as the ten digits
 * after the leading zero (9121234567): what Tahesab's DoListMoshtari [Tel]
 * takes. Persian and Arabic-Indic digits are read as digits. Anything that is
 * not a mobile number is BAD_USER_INPUT naming `field`.
 */
export function parseIranianMobile(field: string, value: string): string {
  const compact = toAsciiDigits(value).replace(SEPARATORS, "");
  const match = MOBILE.exec(compact);
  if (!match) {
    throw badInput(
      field,
      `must be an Iranian mobile number such as 09121234567, 9121234567 or +989121234567; got ${JSON.stringify(value.slice(0, 30))}`,
    );
  }
  return match[1];
}

// A phone number as typed: digits with an optional leading +, and the usual separators.
const PHONE = /^\+?\d{4,15}$/;

/**
 * Any phone number (a landline such as 021-88776655), digits only with a
 * leading + kept: Persian and Arabic-Indic digits read as digits, separators
 * dropped. Anything else is BAD_USER_INPUT naming `field`.
 */
export function parsePhoneNumber(field: string, value: string): string {
  const compact = toAsciiDigits(value).replace(SEPARATORS, "");
  if (!PHONE.test(compact)) {
    throw badInput(field, `must be a phone number of 4 to 15 digits such as 021-88776655; got ${JSON.stringify(value.slice(0, 30))}`);
  }
  return compact;
}
