import { isLosslessNumber, LosslessNumber } from "lossless-json";
import { describe, expect, it } from "vitest";
import { jsonNumber, parseJson, stringifyJson } from "../../src/core/json.js";

describe("vendor JSON without losing digits", () => {
  it("numbers a double holds come back as numbers; longer ones keep every digit", () => {
    const parsed = parseJson('{"small": 12, "fraction": 0.25, "negative": -3, "big": 12345678901234567890, "list": [1, 9007199254740993]}') as any;
    expect(parsed.small).toBe(12);
    expect(parsed.fraction).toBe(0.25);
    expect(parsed.negative).toBe(-3);
    expect(isLosslessNumber(parsed.big)).toBe(true);
    expect(parsed.big.toString()).toBe("12345678901234567890");
    expect(parsed.list[0]).toBe(1);
    expect(parsed.list[1].toString()).toBe("9007199254740993");
  });

  it("strings, nulls and booleans are as JSON.parse reads them", () => {
    expect(parseJson('{"a":"x","b":null,"c":true,"d":[]}')).toEqual({ a: "x", b: null, c: true, d: [] });
  });

  it("refuses text that is not JSON", () => {
    expect(() => parseJson("{nope")).toThrow();
  });

  it("writes lossless numbers and bigints as plain JSON numbers, digit for digit", () => {
    expect(stringifyJson({ amount: jsonNumber("123456789012345678901234"), id: 98765432109876543210n, n: 5, s: "5" })).toBe(
      '{"amount":123456789012345678901234,"id":98765432109876543210,"n":5,"s":"5"}',
    );
    expect(jsonNumber("-0.5")).toBeInstanceOf(LosslessNumber);
    expect(stringifyJson([jsonNumber("-0.5")])).toBe("[-0.5]");
  });

  it("refuses a value JSON cannot hold", () => {
    expect(() => stringifyJson(undefined)).toThrow(new TypeError("value cannot be written as JSON"));
    expect(() => stringifyJson(() => 1)).toThrow(TypeError);
  });
});
