// Codes and numbers. Hesabfa answers them as six-digit zero-padded strings
// ("000123"); it takes "000123", "123" or the integer 123 on get, save and
// delete and in invoice lines (VENDORS.md; H1 stores codes as integers and
// sends them so). Inside list filters a code is just the string field it is
// in the answers, so an unpadded value there matches nothing.
import { JNum, type JValue } from "./json.js";

const MAX_CODE = 999_999_999;

/** The numeric code, or null when the value is not a non-negative whole number. */
export function parseCode(value: JValue): number | null {
  let text: string;
  if (typeof value === "string") text = value;
  else if (value instanceof JNum) text = value.text;
  else return null;
  if (!/^\d{1,12}$/.test(text)) return null;
  const n = Number(text);
  return n <= MAX_CODE ? n : null;
}

export function padCode(code: number): string {
  return String(code).padStart(6, "0");
}
