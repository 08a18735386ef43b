import { GraphQLError, parseValue as parseLiteralText } from "graphql";
import { describe, expect, it } from "vitest";
import { JalaliDay } from "../../src/core/dates/jalali-day.js";
import { gregorianOf } from "../../src/core/scalars/gregorian-date.js";
import { JalaliDateScalar } from "../../src/core/scalars/jalali-date.js";
import { DecimalScalar, RialScalar } from "../../src/core/scalars/rial.js";

const literal = (text: string) => parseLiteralText(text);
const thrown = (run: () => unknown): GraphQLError => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error("expected a GraphQLError");
};

describe("Shamsi days", () => {
  it("years 1300 to 1499 only, both ends included", () => {
    expect(JalaliDay.parse("1300-01-01")?.toString()).toBe("1300-01-01");
    expect(JalaliDay.parse("1499-12-29")?.toString()).toBe("1499-12-29");
    expect(JalaliDay.parse("1299-12-29")).toBeUndefined();
    expect(JalaliDay.parse("1500-01-01")).toBeUndefined();
  });

  it("months and days of one or two digits, surrounding spaces ignored; nothing else", () => {
    expect(JalaliDay.parse(" 1403/1/2 ")).toMatchObject({ year: 1403, month: 1, day: 2 });
    for (const bad of ["1403-001-02", "1403-01-002", "14030-01-02", "x1403-01-02", "1403-01-02x", "1403.01.02"]) expect(JalaliDay.parse(bad)).toBeUndefined();
  });

  it("orders by year, then month, then day", () => {
    const day = (text: string) => JalaliDay.parse(text)!;
    expect(day("1403-08-06").compare(day("1402-12-29"))).toBeGreaterThan(0);
    expect(day("1403-08-06").compare(day("1403-09-01"))).toBeLessThan(0);
    expect(day("1403-08-06").compare(day("1403-08-05"))).toBeGreaterThan(0);
    expect(day("1403-08-06").compare(day("1403-08-06"))).toBe(0);
    expect(day("1403-01-31").compare(day("1403-02-01"))).toBeLessThan(0);
  });

  it("a Gregorian instant is read on its UTC day", () => {
    expect(JalaliDay.fromGregorian(new Date("2024-10-26T23:30:00Z")).toString()).toBe("1403-08-05");
    expect(JalaliDay.fromGregorian(new Date("2024-10-27T00:30:00Z")).toString()).toBe("1403-08-06");
    expect(JalaliDay.fromGregorian(new Date("2024-12-31T12:00:00Z")).toString()).toBe("1403-10-11");
  });

  it("the Gregorian twin, zero-padded", () => {
    expect(gregorianOf("1403-08-06")).toBe("2024-10-27");
    expect(gregorianOf("1403-10-11")).toBe("2024-12-31");
    expect(gregorianOf("1403-01-13")).toBe("2024-04-01");
    expect(gregorianOf(null)).toBeNull();
    expect(gregorianOf(undefined)).toBeNull();
    expect(gregorianOf("")).toBeNull();
    expect(gregorianOf("1403-13-01")).toBeNull();
  });
});

describe("the JalaliDate scalar", () => {
  it("writes days and strings that are days, zero-padded; refuses anything else", () => {
    expect(JalaliDateScalar.serialize(new JalaliDay(1403, 8, 6))).toBe("1403-08-06");
    expect(JalaliDateScalar.serialize("1403/8/6")).toBe("1403-08-06");
    expect(thrown(() => JalaliDateScalar.serialize("1403-13-01")).message).toBe('Cannot serialize "1403-13-01" as JalaliDate');
    expect(thrown(() => JalaliDateScalar.serialize(14030806)).message).toBe("Cannot serialize 14030806 as JalaliDate");
  });

  it("reads variables and literals, refusing with BAD_USER_INPUT and the rule", () => {
    expect(JalaliDateScalar.parseValue("۱۴۰۳-۰۸-۰۶")).toEqual(new JalaliDay(1403, 8, 6));
    expect(JalaliDateScalar.parseLiteral(literal('"1403-08-06"'), {})).toEqual(new JalaliDay(1403, 8, 6));
    const bad = thrown(() => JalaliDateScalar.parseValue("1403-12-31"));
    expect(bad.extensions.code).toBe("BAD_USER_INPUT");
    expect(bad.message).toBe('JalaliDate must be a real Shamsi day written YYYY-MM-DD, years 1300 to 1499, such as 1403-08-06; got "1403-12-31"');
    expect(thrown(() => JalaliDateScalar.parseValue(14030806)).message).toMatch(/; got 14030806$/);
    const numberLiteral = thrown(() => JalaliDateScalar.parseLiteral(literal("14030806"), {}));
    expect(numberLiteral.extensions.code).toBe("BAD_USER_INPUT");
    expect(numberLiteral.message).toMatch(/; got "IntValue"$/);
    expect(thrown(() => JalaliDateScalar.parseLiteral(literal('"1403-13-01"'), {})).message).toMatch(/; got "1403-13-01"$/);
  });

  it("says so when a Gregorian date was sent by mistake", () => {
    expect(thrown(() => JalaliDateScalar.parseValue(" 2024-10-27")).message).toMatch(/\(that looks like a Gregorian date\)$/);
    expect(thrown(() => JalaliDateScalar.parseValue("1999/01/01")).message).toMatch(/\(that looks like a Gregorian date\)$/);
    expect(thrown(() => JalaliDateScalar.parseValue("1899-01-01")).message).not.toContain("Gregorian");
    expect(thrown(() => JalaliDateScalar.parseValue("2024")).message).not.toContain("Gregorian");
  });
});

describe("the Rial scalar", () => {
  it("writes whole amounts as canonical strings; refuses fractions", () => {
    expect(RialScalar.serialize("-0012")).toBe("-12");
    expect(RialScalar.serialize(400350000)).toBe("400350000");
    expect(thrown(() => RialScalar.serialize("12.5")).message).toBe("Cannot serialize 12.5 as Rial");
  });

  it("reads strings and JSON integers; refuses anything else with BAD_USER_INPUT", () => {
    expect(RialScalar.parseValue("1,250")).toBe("1250");
    expect(RialScalar.parseValue(1250)).toBe("1250");
    const bad = thrown(() => RialScalar.parseValue(true));
    expect(bad.extensions.code).toBe("BAD_USER_INPUT");
    expect(bad.message).toBe('Rial must be a whole number of rials as a string of digits (e.g. "400350000" or "-1250") or a JSON integer up to 2^53−1; got true');
    expect(thrown(() => RialScalar.parseValue("12.5")).message).toMatch(/; got "12.5"$/);
    expect(thrown(() => RialScalar.parseValue(12.5)).extensions.code).toBe("BAD_USER_INPUT");
  });

  it("reads int and string literals; refuses floats and others with BAD_USER_INPUT", () => {
    expect(RialScalar.parseLiteral(literal("123456789012345678901"), {})).toBe("123456789012345678901");
    expect(RialScalar.parseLiteral(literal('"-5"'), {})).toBe("-5");
    const float = thrown(() => RialScalar.parseLiteral(literal("12.5"), {}));
    expect(float.extensions.code).toBe("BAD_USER_INPUT");
    expect(float.message).toBe('Rial must be a whole number of rials, written "400350000"; got 12.5');
    expect(thrown(() => RialScalar.parseLiteral(literal("[1]"), {})).message).toMatch(/; got ListValue$/);
    expect(thrown(() => RialScalar.parseLiteral(literal("true"), {})).message).toMatch(/; got true$/);
  });
});

describe("the Decimal scalar", () => {
  it("writes decimals as canonical strings; refuses what is not one", () => {
    expect(DecimalScalar.serialize("12.50")).toBe("12.5");
    expect(DecimalScalar.serialize(0.75)).toBe("0.75");
    expect(thrown(() => DecimalScalar.serialize("abc")).message).toBe("Cannot serialize abc as Decimal");
  });

  it("reads strings and numbers; refuses anything else with BAD_USER_INPUT", () => {
    expect(DecimalScalar.parseValue("-12.50")).toBe("-12.5");
    expect(DecimalScalar.parseValue(12.5)).toBe("12.5");
    const bad = thrown(() => DecimalScalar.parseValue({}));
    expect(bad.extensions.code).toBe("BAD_USER_INPUT");
    expect(bad.message).toBe('Decimal must be a decimal number such as "12.5"; got {}');
  });

  it("reads int, float and string literals; refuses others with BAD_USER_INPUT", () => {
    expect(DecimalScalar.parseLiteral(literal("12"), {})).toBe("12");
    expect(DecimalScalar.parseLiteral(literal("12.50"), {})).toBe("12.5");
    expect(DecimalScalar.parseLiteral(literal('"0.75"'), {})).toBe("0.75");
    const bad = thrown(() => DecimalScalar.parseLiteral(literal("true"), {}));
    expect(bad.extensions.code).toBe("BAD_USER_INPUT");
    expect(bad.message).toBe('Decimal must be a decimal number such as "12.5"; got true');
    expect(thrown(() => DecimalScalar.parseLiteral(literal("{a: 1}"), {})).message).toMatch(/; got ObjectValue$/);
    expect(thrown(() => DecimalScalar.parseLiteral(literal('"1.2.3"'), {})).message).toMatch(/; got 1.2.3$/);
  });
});

describe("what a refused value looked like, in the scalars' messages", () => {
  const long = "9".repeat(30) + "x" + "8".repeat(30);
  const cut = long.slice(0, 40);

  it("is cut at 40 characters", () => {
    expect(thrown(() => RialScalar.serialize(long)).message).toBe(`Cannot serialize ${cut} as Rial`);
    expect(thrown(() => DecimalScalar.serialize(long)).message).toBe(`Cannot serialize ${cut} as Decimal`);
    expect(thrown(() => RialScalar.parseValue(long)).message).toMatch(new RegExp(`; got ${JSON.stringify(long).slice(0, 40)}$`));
    expect(thrown(() => DecimalScalar.parseValue(long)).message).toMatch(new RegExp(`; got ${JSON.stringify(long).slice(0, 40)}$`));
    expect(thrown(() => RialScalar.parseLiteral(literal(`"${long}"`))).message).toMatch(new RegExp(`; got ${cut}$`));
    expect(thrown(() => JalaliDateScalar.parseValue(long)).message).toContain(`; got ${JSON.stringify(long).slice(0, 40)}`);
    expect(thrown(() => JalaliDateScalar.parseValue(long)).message).not.toContain(long.slice(0, 41));
  });

  it("names a missing value as undefined, and refuses values that are neither strings nor numbers", () => {
    expect(thrown(() => RialScalar.parseValue(undefined)).message).toMatch(/; got undefined$/);
    expect(thrown(() => DecimalScalar.parseValue(undefined)).message).toMatch(/; got undefined$/);
    expect(thrown(() => JalaliDateScalar.parseValue(undefined)).message).toContain("; got undefined");
    // Only a value that starts like a Gregorian year is called one.
    expect(thrown(() => JalaliDateScalar.parseValue(" 2024-10-27")).message).toContain("(that looks like a Gregorian date)");
    expect(thrown(() => JalaliDateScalar.parseValue("x2024-10-27")).message).not.toContain("Gregorian");
    for (const odd of [true, [1], { amount: 1 }]) {
      expect(thrown(() => RialScalar.parseValue(odd)).extensions.code).toBe("BAD_USER_INPUT");
      expect(thrown(() => DecimalScalar.parseValue(odd)).extensions.code).toBe("BAD_USER_INPUT");
    }
  });
});
