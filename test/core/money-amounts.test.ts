import { LosslessNumber } from "lossless-json";
import { describe, expect, it } from "vitest";
import { isNegative, roundToWhole, toDecimalAmount, toWholeAmount } from "../../src/core/money.js";
import { paymentStatusOf } from "../../src/core/invoice.js";

describe("whole amounts (rials) as canonical integer strings", () => {
  const read: Array<[unknown, string]> = [
    ["400350000", "400350000"],
    ["-1250", "-1250"],
    ["+77", "77"],
    ["-0012", "-12"],
    ["000", "0"],
    ["-0", "0"],
    ["+0", "0"],
    [" 42 ", "42"],
    ["1,250,000", "1250000"],
    ["۱٬۲۵۰٬۰۰۰", "1250000"],
    ["٤٢", "42"],
    [12, "12"],
    [-7, "-7"],
    [0, "0"],
    [12.0, "12"],
    [123456789012345678901234567890n, "123456789012345678901234567890"],
    [-5n, "-5"],
    [new LosslessNumber("98765432109876543210"), "98765432109876543210"],
    [new LosslessNumber("-700"), "-700"],
  ];
  for (const [value, expected] of read) {
    it(`reads ${typeof value === "bigint" ? `${value}n` : JSON.stringify(value)} as ${expected}`, () => {
      expect(toWholeAmount(value)).toBe(expected);
    });
  }

  const refused: unknown[] = [
    "12.5", "1e3", "", " ", "-", "+", "12a", "1 2", "--1", "+-1", "0x10", "١٢.٥",
    12.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2, 1e21, null, undefined, true, {}, [1],
    new LosslessNumber("12.5"),
  ];
  for (const value of refused) {
    it(`refuses ${typeof value === "number" ? String(value) : JSON.stringify(value)}`, () => {
      expect(toWholeAmount(value)).toBeUndefined();
    });
  }

  it("the largest double that is still exact passes, the next one does not", () => {
    expect(toWholeAmount(Number.MAX_SAFE_INTEGER)).toBe("9007199254740991");
    expect(toWholeAmount(-Number.MAX_SAFE_INTEGER)).toBe("-9007199254740991");
    expect(toWholeAmount(2 ** 53)).toBeUndefined();
  });
});

describe("decimal amounts as canonical decimal strings", () => {
  const read: Array<[unknown, string]> = [
    ["12.5", "12.5"],
    ["12.50", "12.5"],
    ["12.", "12"],
    ["12.000", "12"],
    [".5", "0.5"],
    ["-.5", "-0.5"],
    ["0012.0300", "12.03"],
    ["-0.000", "0"],
    ["-0", "0"],
    ["+3.25", "3.25"],
    ["-1250", "-1250"],
    ["1,234.5", "1234.5"],
    ["۱۲٫۵", "12.5"],
    ["٠٫٧٥", "0.75"],
    [12.5, "12.5"],
    [-0.75, "-0.75"],
    [7, "7"],
    [3n, "3"],
    [new LosslessNumber("123456789012345678901.25"), "123456789012345678901.25"],
  ];
  for (const [value, expected] of read) {
    it(`reads ${typeof value === "bigint" ? `${value}n` : JSON.stringify(value)} as ${expected}`, () => {
      expect(toDecimalAmount(value)).toBe(expected);
    });
  }

  const refused: unknown[] = ["", ".", "-.", "1.2.3", "1e-7", "12,5.5.", "abc", "1 .5", 1e-7, 1.5e300 * 1e10, Number.NaN, null, false];
  for (const value of refused) {
    it(`refuses ${typeof value === "number" ? String(value) : JSON.stringify(value)}`, () => {
      expect(toDecimalAmount(value)).toBeUndefined();
    });
  }
});

describe("rounding a decimal to whole units (half away from zero)", () => {
  const cases: Array<[string, string]> = [
    ["12.4", "12"],
    ["12.5", "13"],
    ["12.49", "12"],
    ["12.9", "13"],
    ["12", "12"],
    ["-12.5", "-13"],
    ["-12.4", "-12"],
    ["-0.4", "0"],
    ["0.5", "1"],
    ["99999999999999999999.5", "100000000000000000000"],
  ];
  for (const [decimal, whole] of cases) {
    it(`${decimal} → ${whole}`, () => expect(roundToWhole(decimal)).toBe(whole));
  }

  it("tells a negative amount by its sign", () => {
    expect(isNegative("-1")).toBe(true);
    expect(isNegative("1")).toBe(false);
    expect(isNegative("0")).toBe(false);
  });
});

describe("payment status from what was paid and what is left", () => {
  const cases: Array<[string | null, string | null, string | null]> = [
    [null, "10", null],
    ["10", null, null],
    ["0", "100", "UNPAID"],
    ["0.00", "100", "UNPAID"],
    ["-5", "100", "UNPAID"],
    ["40", "60", "PARTLY_PAID"],
    ["0.5", "99.5", "PARTLY_PAID"],
    ["100", "0", "PAID"],
    ["100", "0.000", "PAID"],
    ["100", "-0", "PAID"],
    ["120", "-20", "PAID"],
    ["0", "0", "PAID"],
  ];
  for (const [paid, rest, status] of cases) {
    it(`paid ${paid}, rest ${rest}: ${status}`, () => expect(paymentStatusOf(paid, rest)).toBe(status));
  }
});
