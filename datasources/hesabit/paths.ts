import { badInput } from "../../src/core/errors.js";

/** Hesabit's largest `limit` (seed: "up to 100 records"); larger lists are paged underneath. */
export const PAGE_SIZE = 100;

/**
 * Hesabit's ids are opaque strings (CakePHP-style UUIDs for customers,
 * invoices and items; digit strings for transactions). One is accepted when it
 * could be a path segment as it is: letters, digits and `-._~`, at most 100.
 */
const ID = /^[A-Za-z0-9._~-]{1,100}$/;

export function isHesabitId(value: string): boolean {
  return ID.test(value) && value !== "." && value !== "..";
}

/** The id checked (BAD_USER_INPUT naming `field` otherwise). */
export function hesabitId(field: string, value: string): string {
  if (!isHesabitId(value)) throw badInput(field, "is not a Hesabit id (letters, digits and -._~, at most 100 characters)");
  return value;
}

/** A transaction id: a numeric string of any length (seed). */
export function transactionId(field: string, value: string): string {
  if (!/^\d{1,64}$/.test(value)) throw badInput(field, "is not a Hesabit transaction id (a string of digits)");
  return value;
}

/** An id as a path segment; ids reaching here were checked, this keeps the path safe regardless. */
export function idSegment(id: string): string {
  return encodeURIComponent(id);
}
