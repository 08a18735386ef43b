import { LosslessNumber } from "lossless-json";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { field, isAbsent } from "../../datasources/tahesab/answer-fields.js";

/**
 * How each Tahesab value form is read (datasources/tahesab/answer-fields.ts):
 * every form the evidence shows is read to one exact value, and anything else
 * is refused with a message naming what came, never read as a default.
 */

const read = (shape: z.ZodType, value: unknown): unknown => {
  const parsed = shape.safeParse(value);
  if (!parsed.success) throw new Error(`refused: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
};
const refusal = (shape: z.ZodType, value: unknown): string => {
  const parsed = shape.safeParse(value);
  if (parsed.success) throw new Error(`read as ${JSON.stringify(parsed.data)}`);
  expect(parsed.error.issues).toHaveLength(1);
  return parsed.error.issues[0]!.message;
};

describe("absent values", () => {
  it.each([undefined, null, "", "   ", "null", "NULL", " Null "])("%j is no value", (value) => {
    expect(isAbsent(value)).toBe(true);
  });
  it.each([0, "0", "nul", "null!", "-", false, {}, []])("%j is a value", (value) => {
    expect(isAbsent(value)).toBe(false);
  });
});

describe("numbers", () => {
  it.each([
    [12, 12],
    ["12", 12],
    [" 12 ", 12],
    ["-1.444", -1.444],
    ["4/06", 4.06],
    [" 4/06 ", 4.06],
    ["-4/06", -4.06],
    ["۴/۰۶", 4.06],
    ["1,234/5", 1234.5],
    ["1,234", 1234],
    [new LosslessNumber("7.25"), 7.25],
  ])("%j reads as %d", (value, number) => {
    expect(read(field.number, value)).toBe(number);
  });

  it.each([
    [true, "expected a number, got boolean true"],
    [{}, "expected a number, got an object"],
    [[1], "expected a number, got a list"],
    [null, "expected a number, got null"],
    ["", 'expected a number, got string ""'],
    ["4/0/6", 'expected a number, got string "4/0/6"'],
    ["12 kg", 'expected a number, got string "12 kg"'],
    ["x".repeat(40), `expected a number, got string "${"x".repeat(29)}`],
  ])("%j is refused: %s", (value, message) => {
    expect(refusal(field.number, value)).toBe(message);
  });

  it("an absent value is null where one is allowed, and a misfit names both forms", () => {
    expect(read(field.maybeNumber, "null")).toBeNull();
    expect(read(field.maybeNumber, "3/5")).toBe(3.5);
    expect(refusal(field.maybeNumber, "three")).toBe('expected a number or no value, got string "three"');
  });

  it("decimals stay exact past 2^53", () => {
    expect(read(field.maybeDecimal, new LosslessNumber("123456789012345678.5"))).toBe("123456789012345678.5");
    expect(read(field.maybeDecimal, " 1,000/250 ")).toBe("1000.25");
    expect(read(field.maybeDecimal, "")).toBeNull();
    expect(refusal(field.maybeDecimal, false)).toBe("expected a number or no value, got boolean false");
  });
});

describe("amounts", () => {
  it.each([
    ["1250", "1250"],
    [1250.5, "1251"],
    ["-1250.4", "-1250"],
    [new LosslessNumber("9007199254740993"), "9007199254740993"],
    ["۱۲٬۵۰۰", "12500"],
  ])("%j is %s rials", (value, amount) => {
    expect(read(field.amount, value)).toBe(amount);
  });
  it("refuses what is not an amount, naming the form", () => {
    expect(refusal(field.amount, "12 rial")).toBe('expected an amount, got string "12 rial"');
    expect(refusal(field.maybeAmount, [])).toBe("expected an amount or no value, got a list");
    expect(refusal(field.amount, new LosslessNumber("1e400"))).toBe("expected an amount, got the number 1e400");
    expect(read(field.maybeAmount, " NULL ")).toBeNull();
  });
});

describe("text", () => {
  it("is trimmed; a number is its digits", () => {
    expect(read(field.text, "  انگشتر  ")).toBe("انگشتر");
    expect(read(field.text, 42)).toBe("42");
    expect(read(field.maybeText, 0)).toBe("0");
    expect(read(field.maybeText, " ")).toBeNull();
  });
  it("refuses anything else", () => {
    expect(refusal(field.text, "  ")).toBe('expected text, got string "  "');
    expect(refusal(field.text, true)).toBe("expected text, got boolean true");
    expect(refusal(field.maybeText, { a: 1 })).toBe("expected text or no value, got an object");
  });
  it("a string field takes only a JSON string", () => {
    expect(read(field.maybeString, " iVBORw0KGgo= ")).toBe("iVBORw0KGgo=");
    expect(read(field.maybeString, "null")).toBeNull();
    expect(refusal(field.maybeString, 5)).toBe("expected a string or no value, got number 5");
  });
});

describe("codes", () => {
  it.each([
    [17, "17"],
    ["0017", "17"],
    ["0", "0"],
    ["000", "0"],
    [" 12 ", "12"],
    ["۱۲", "12"],
    ["1".repeat(18), "1".repeat(18)],
    [new LosslessNumber("123456789012345678"), "123456789012345678"],
  ])("%j is code %s", (value, code) => {
    expect(read(field.code, value)).toBe(code);
  });
  it.each([
    ["1".repeat(19), `expected a code of digits, got string "${"1".repeat(19)}"`],
    ["-1", 'expected a code of digits, got string "-1"'],
    [1.5, "expected a code of digits, got number 1.5"],
    ["12a", 'expected a code of digits, got string "12a"'],
    [true, "expected a code of digits, got boolean true"],
  ])("%j is refused", (value, message) => {
    expect(refusal(field.code, value)).toBe(message);
  });
  it("an optional code", () => {
    expect(read(field.maybeCode, "")).toBeNull();
    expect(read(field.maybeCode, "05")).toBe("5");
    expect(refusal(field.maybeCode, "A5")).toBe('expected a code of digits or no value, got string "A5"');
  });
});

describe("flags", () => {
  it.each([true, 1, "1", "true", "True"])("%j is set", (value) => {
    expect(read(field.maybeFlag, value)).toBe(true);
  });
  it.each([false, 0, "0", "false", "False"])("%j is not set", (value) => {
    expect(read(field.maybeFlag, value)).toBe(false);
  });
  it.each([2, "yes", "TRUE", -1])("%j is refused", (value) => {
    expect(refusal(field.maybeFlag, value)).toMatch(/^expected 0 or 1 or no value, got /);
  });
  it("an absent flag is null", () => {
    expect(read(field.maybeFlag, null)).toBeNull();
  });
});

describe("dates", () => {
  it("a Shamsi day, slashes or dashes, Persian digits", () => {
    expect(read(field.maybeDay, "1403/8/6")).toBe("1403-08-06");
    expect(read(field.maybeDay, "۱۴۰۳-۰۸-۰۶")).toBe("1403-08-06");
    expect(refusal(field.maybeDay, 14030806)).toBe("expected a Shamsi date or no value, got number 14030806");
    expect(refusal(field.maybeDay, "1403/13/01")).toBe('expected a Shamsi date or no value, got string "1403/13/01"');
  });

  it.each([
    ["1405/07/14 17:26:32", { day: "1405-07-14", time: "17:26:32" }],
    ["1405/07/14", { day: "1405-07-14", time: "00:00:00" }],
    ["1405/07/14 7:05", { day: "1405-07-14", time: "07:05:00" }],
    [" ۱۴۰۵/۰۷/۱۴  ۲۳:۵۹:۵۹ ", { day: "1405-07-14", time: "23:59:59" }],
  ])("%j is %j", (value, when) => {
    expect(read(field.dateTime, value)).toEqual(when);
  });

  it.each(["1405/07/14 24:00", "1405/07/14 23:60", "1405/07/14 23:59:60", "1405/07/14 17", "1405/07/32 10:00", "1405/07/14T10:00"])("%j is refused", (value) => {
    expect(refusal(field.dateTime, value)).toBe(`expected a Shamsi date and time such as 1405/07/14 17:26:32, got string ${JSON.stringify(value)}`);
  });

  it("only a string is a date and time", () => {
    expect(refusal(field.maybeDateTime, 1405)).toBe("expected a Shamsi date and time such as 1405/07/14 17:26:32 or no value, got number 1405");
    expect(read(field.maybeDateTime, "null")).toBeNull();
  });
});
