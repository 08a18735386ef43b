import { LosslessNumber } from "lossless-json";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fromHesabfaDate, toHesabfaDate } from "../../datasources/hesabfa/dates.js";
import { bool, code, codeKey, date, decimal, integer, isCode, padCode, text } from "../../datasources/hesabfa/fields.js";

/** The field types Hesabfa's answers are read with (datasources/hesabfa/fields.ts, dates.ts): each known form, and each misfit's words. */

const read = (shape: z.ZodType, value: unknown) => {
  const parsed = shape.safeParse(value);
  if (!parsed.success) throw new Error(parsed.error.issues[0]!.message);
  return parsed.data;
};
const refusal = (shape: z.ZodType, value: unknown) => {
  const parsed = shape.safeParse(value);
  if (parsed.success) throw new Error(`read as ${String(parsed.data)}`);
  return parsed.error.issues[0]!.message;
};

describe("codes", () => {
  it("padded to six digits, keyed without zeros", () => {
    expect([padCode(12), padCode("0012"), padCode("1234567"), padCode("0")]).toEqual(["000012", "000012", "1234567", "000000"]);
    expect([codeKey("000123"), codeKey(" 123 "), codeKey(0), codeKey("000")]).toEqual(["123", "123", "0", "0"]);
    expect([isCode(" 12 "), isCode("1".repeat(15)), isCode("1".repeat(16)), isCode("1a"), isCode("")]).toEqual([true, true, false, false, false]);
  });
  it("read from a number, a string or a lossless number", () => {
    expect([read(code, 7), read(code, " 0007 "), read(code, new LosslessNumber("12"))]).toEqual(["000007", "000007", "000012"]);
    expect(refusal(code, "A-1")).toBe('is not a code of digits ("A-1")');
    expect(refusal(code, "1".repeat(40))).toBe(`is not a code of digits (${JSON.stringify("1".repeat(40)).slice(0, 30)})`);
  });
});

describe("numbers", () => {
  it("decimals exact, whatever form", () => {
    expect([read(decimal, 12.5), read(decimal, "0012.50"), read(decimal, new LosslessNumber("9007199254740993.25"))]).toEqual(["12.5", "12.5", "9007199254740993.25"]);
    expect(refusal(decimal, "12 ریال")).toBe("is not a decimal number (12 ریال)");
    expect(refusal(decimal, "x".repeat(50))).toBe(`is not a decimal number (${"x".repeat(30)})`);
  });
  it("whole numbers of up to 15 digits, signed", () => {
    expect([read(integer, "-42"), read(integer, " 7 "), read(integer, 0), read(integer, "1".repeat(15))]).toEqual([-42, 7, 0, 111111111111111]);
    expect(refusal(integer, "1.5")).toBe("is not a whole number (1.5)");
    expect(refusal(integer, "1".repeat(16))).toBe(`is not a whole number (${"1".repeat(16)})`);
    expect(refusal(integer, "9".repeat(40))).toBe(`is not a whole number (${"9".repeat(30)})`);
  });
  it("text: blank is no value; booleans in .NET's forms", () => {
    expect([read(text, "  "), read(text, null), read(text, undefined), read(text, " a ")]).toEqual([null, null, null, " a "]);
    expect([true, "true", 1, false, "false", 0].map((v) => read(bool, v))).toEqual([true, true, true, false, false, false]);
    expect(bool.safeParse("True").success).toBe(false);
  });
});

describe("dates", () => {
  it("either form, every fractional digit kept, with Tehran's offset of the day", () => {
    expect(fromHesabfaDate("2020-01-18T15:58:56.0629885")).toBe("2020-01-18T15:58:56.0629885+03:30");
    expect(fromHesabfaDate(" 2024-03-20 10:30:00 ")).toBe("2024-03-20T10:30:00+03:30");
    expect(fromHesabfaDate("2024-03-20")).toBe("2024-03-20T00:00:00+03:30");
    expect(fromHesabfaDate("2024-03-20T10:30")).toBe("2024-03-20T10:30:00+03:30");
    // Iran kept summer time until 2022.
    expect(fromHesabfaDate("2021-07-01T12:00:00")).toBe("2021-07-01T12:00:00+04:30");
  });
  it("no real day, no real time, or another form: none", () => {
    for (const bad of ["2024-02-30", "2023-13-01", "2024-03-20T24:00:00", "2024-03-20T10:60:00", "2024-03-20T10:30:60", "20-03-2024", "2024-03-20T10:30:00.12345678", "2024-03-20T10:30:00Z"]) {
      expect(fromHesabfaDate(bad), bad).toBeUndefined();
    }
    expect(refusal(date, "1403/01/01")).toBe('is not a date of a known form ("1403/01/01")');
    expect(read(date, "2024-03-20 10:30:00")).toBe("2024-03-20T10:30:00+03:30");
  });
  it("sent as Tehran's wall-clock time", () => {
    expect(toHesabfaDate(new Date("2024-03-20T07:00:00Z"))).toBe("2024-03-20 10:30:00");
    expect(toHesabfaDate(new Date("2021-07-01T07:30:00Z"))).toBe("2021-07-01 12:00:00");
    expect(toHesabfaDate(new Date("2024-03-19T20:30:00Z"))).toBe("2024-03-20 00:00:00");
  });
});
