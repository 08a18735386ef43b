import { isSafeNumber, LosslessNumber, parse, stringify } from "lossless-json";

/**
 * JSON for vendor wire formats, without losing digits: numbers a double holds
 * exactly come back as numbers, larger ones (amounts past 2^53, long ids) as
 * LosslessNumber with every digit; LosslessNumber and bigint are written back
 * as plain JSON numbers.
 */
export function parseJson(text: string): unknown {
  return parse(text, null, (value) => (isSafeNumber(value) ? Number(value) : new LosslessNumber(value)));
}

export function stringifyJson(value: unknown): string {
  const text = stringify(value);
  if (text === undefined) throw new TypeError("value cannot be written as JSON");
  return text;
}

/** A number to be written with exactly these digits (an amount held as a string). */
export function jsonNumber(digits: string): LosslessNumber {
  return new LosslessNumber(digits);
}
