// Text and date helpers. Tahesab runs on Windows with data typed over the years
// on different keyboards: names may hold the Arabic ي / ك instead of the Persian
// ی / ک, and numbers may be typed in Persian or Arabic-Indic digits. Searches
// compare after normalising; stored data is left as it was typed.
import { isValidJalaaliDate } from "jalaali-js";

const ARABIC_YEH = /\u064A/g; // ي
const ARABIC_KAF = /\u0643/g; // ك
const ALEF_MAKSURA = /\u0649/g; // ى, also typed for ی on some keyboards

/** Persian (U+06F0..) and Arabic-Indic (U+0660..) digits to ASCII. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Persian (extended Arabic-Indic) digits from ASCII, for display labels. */
export function toPersianDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
}

/** The comparison form of a text: Persian letters, ASCII digits, trimmed, single spaces. */
export function normalizeText(text: string): string {
  return toAsciiDigits(text)
    .replace(ARABIC_YEH, "\u06CC")
    .replace(ALEF_MAKSURA, "\u06CC")
    .replace(ARABIC_KAF, "\u06A9")
    .replace(/\s+/g, " ")
    .trim();
}

/** Keeps only the digits (after normalising them), for phone comparisons. */
export function phoneDigits(text: string): string {
  return toAsciiDigits(text).replace(/[^0-9]/g, "");
}

export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface JalaliParts {
  year: number;
  month: number;
  day: number;
}

/** Parses a "1403-08-06" Shamsi date string; null when the form or the date is wrong. */
export function parseJalali(text: string): JalaliParts | null {
  const m = DATE_PATTERN.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isValidJalaaliDate(year, month, day)) return null;
  return { year, month, day };
}

export function isValidJalali(year: number, month: number, day: number): boolean {
  return isValidJalaaliDate(year, month, day);
}

/** "1403-08-06": zero-padded, so string order is date order. */
export function formatJalali(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export const DIGITS = /^[0-9]+$/;
export const HEX = /^[0-9A-Fa-f]+$/;

const TEHRAN_CLOCK = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Tehran",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** "17:26:32": the shop PC's wall clock (Tehran) at `at`. */
export function tehranTime(at: Date): string {
  return TEHRAN_CLOCK.format(at);
}

/** "1403-08-06" -> "1403/08/06", the way Tahesab writes dates in its answers (ZamanSabt). */
export const slashDate = (date: string) => date.replace(/-/g, "/");
