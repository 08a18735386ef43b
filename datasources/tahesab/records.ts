import { roundToWhole, toDecimalAmount } from "../../src/core/money.js";

/**
 * Reading Tahesab's records. Its answers are loosely typed (numbers may come as
 * strings, lists as objects keyed by code), so every field is read through
 * these helpers rather than trusted as-is.
 */
export type VendorRecord = Record<string, unknown>;

export function asRecord(value: unknown): VendorRecord | undefined {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as VendorRecord) : undefined;
}

/** A list that Tahesab keys by code (`{"17": {...}}`), or a plain array, as an array. */
export function recordList(payload: unknown): VendorRecord[] {
  if (Array.isArray(payload)) return payload.map(asRecord).filter((r): r is VendorRecord => r !== undefined);
  const keyed = asRecord(payload);
  if (!keyed) return [];
  return Object.values(keyed).map(asRecord).filter((r): r is VendorRecord => r !== undefined);
}

export function str(record: VendorRecord, key: string): string | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}

export function num(record: VendorRecord, key: string): number | null {
  const value = record[key];
  if (value === undefined || value === null || value === "") return null;
  const n = typeof value === "number" ? value : Number(String(value).replace(/,/g, ""));  // LosslessNumber and strings alike
  return Number.isFinite(n) ? n : null;
}

/** Tahesab flags are 0/1 (sometimes "0"/"1" or booleans). */
export function flag(record: VendorRecord, key: string): boolean | null {
  const value = record[key];
  if (value === undefined || value === null || value === "") return null;
  return value === true || value === 1 || value === "1" || value === "true";
}

/** Money: whole rials, exact, as a canonical string (a fraction is rounded to the rial). */
export function rial(record: VendorRecord, key: string): string | null {
  const value = record[key];
  if (value === undefined || value === null || value === "") return null;
  const amount = toDecimalAmount(value);
  return amount === undefined ? null : roundToWhole(amount);
}

/**
 * The form of a numeric code Tahesab answers with: its tables hold codes as
 * numbers, so "007" asked is "7" answered. Used to match answers to questions.
 */
export function canonicalCode(code: string): string {
  return /^\d+$/.test(code) ? code.replace(/^0+(?=\d)/, "") : code;
}
