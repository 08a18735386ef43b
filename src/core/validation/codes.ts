import { badInput } from "../errors.js";
import { toAsciiDigits } from "../text/persian.js";

const CODE = /^\d{1,15}$/;

/**
 * A vendor code: digits only (Persian or Arabic digits are converted), at most
 * 15, in its canonical form. Tahesab's codes are numbers, so "012" is code 12
 * and is sent, cached and compared as "12".
 */
export function parseCode(field: string, value: string): string {
  const code = toAsciiDigits(value.trim());
  if (!CODE.test(code)) {
    throw badInput(field, `must be a code of 1 to 15 digits; got ${JSON.stringify(value.slice(0, 30))}`);
  }
  return code.replace(/^0+(?=\d)/, "");
}

/** A non-empty list of codes, at most `max`, each checked; the error names the index. */
export function parseCodes(field: string, values: readonly string[], max: number): string[] {
  if (values.length === 0) throw badInput(field, "must contain at least one code");
  if (values.length > max) throw badInput(field, `may contain at most ${max} codes (HESABGRAPH_MAX_CODES); got ${values.length}`);
  return values.map((value, index) => parseCode(`${field}[${index}]`, value));
}

/** A code used as a number (range bounds): digits, within the safe-integer range. */
export function parseNumericCode(field: string, value: string): number {
  return Number(parseCode(field, value));
}

/**
 * A made-goods code (کد کار / Code_Kar). The seed sends it as a string and shows
 * digits ("12"); it is not promised to be digits only, so any short text
 * passes, with Persian/Arabic digits turned into ASCII ones.
 */
export function parseMadeGoodsCode(field: string, value: string): string {
  const code = toAsciiDigits(value.trim());
  if (code === "" || code.length > 50 || /[\u0000-\u001f\u007f]/.test(code)) {
    throw badInput(field, `must be a made-goods code of 1 to 50 characters; got ${JSON.stringify(value.slice(0, 30))}`);
  }
  return code;
}
