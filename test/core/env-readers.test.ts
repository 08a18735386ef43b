import { describe, expect, it } from "vitest";
import { ConfigError, flag, integer, oneOf, secret, text, url } from "../../src/core/env.js";

const problem = (read: () => unknown): ConfigError => {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("expected a ConfigError");
};

describe("reading configuration from the environment", () => {
  it("text: trimmed, and blank is unset", () => {
    expect(text({ A: "  hello  " }, "A")).toBe("hello");
    expect(text({ A: "   " }, "A")).toBeUndefined();
    expect(text({ A: "" }, "A")).toBeUndefined();
    expect(text({}, "A")).toBeUndefined();
  });

  it("integer: within its bounds, both ends included; the fallback when unset", () => {
    expect(integer({ N: "5" }, "N", 5, 9, 7)).toBe(5);
    expect(integer({ N: "9" }, "N", 5, 9, 7)).toBe(9);
    expect(integer({ N: " -3 " }, "N", -5, 9)).toBe(-3);
    expect(integer({}, "N", 5, 9, 7)).toBe(7);
    expect(integer({ N: " " }, "N", 5, 9)).toBeUndefined();
  });

  it("integer: out of bounds or not whole, the error names the variable, the range and the value", () => {
    const low = problem(() => integer({ N: "4" }, "N", 5, 9, 7));
    expect(low.variable).toBe("N");
    expect(low.name).toBe("ConfigError");
    expect(low.message).toBe('N must be a whole number from 5 to 9 (got "4")');
    expect(problem(() => integer({ N: "10" }, "N", 5, 9)).message).toBe('N must be a whole number from 5 to 9 (got "10")');
    expect(problem(() => integer({ N: "5.5" }, "N", 5, 9)).message).toContain('(got "5.5")');
    expect(problem(() => integer({ N: "5x" }, "N", 5, 9)).message).toContain('(got "5x")');
    expect(problem(() => integer({ N: "x5" }, "N", 0, 9)).message).toContain('(got "x5")');
    expect(problem(() => integer({ N: "99999999999999999999" }, "N", 0, Number.MAX_SAFE_INTEGER)).variable).toBe("N");
  });

  it("a long value is shown cut short, a 60-character one whole", () => {
    const sixty = "7".repeat(60);
    expect(problem(() => integer({ N: sixty }, "N", 0, 1)).message).toBe(`N must be a whole number from 0 to 1 (got "${sixty}")`);
    const long = "8".repeat(61);
    expect(problem(() => integer({ N: long }, "N", 0, 1)).message).toBe(`N must be a whole number from 0 to 1 (got "${"8".repeat(57)}...")`);
  });

  it("flag: 1/0, true/false, yes/no, on/off in any case; the fallback when unset", () => {
    for (const yes of ["1", "true", "YES", "On"]) expect(flag({ F: yes }, "F", false)).toBe(true);
    for (const no of ["0", "False", "no", "OFF"]) expect(flag({ F: no }, "F", true)).toBe(false);
    expect(flag({}, "F", true)).toBe(true);
    expect(flag({}, "F")).toBeUndefined();
    expect(problem(() => flag({ F: "maybe" }, "F")).message).toBe('F must be 1 or 0 (true/false and yes/no work too) (got "maybe")');
  });

  it("oneOf: one of the words exactly, else the error lists them", () => {
    expect(oneOf({ M: "older" }, "M", ["current", "older", "auto"], "auto")).toBe("older");
    expect(oneOf({}, "M", ["current", "older", "auto"], "auto")).toBe("auto");
    expect(problem(() => oneOf({ M: "Older" }, "M", ["current", "older"], "current")).message).toBe('M must be one of current, older (got "Older")');
  });

  it("url: one of the allowed schemes with a host; the fallback when unset", () => {
    const rule = { schemes: ["https"], example: "https://shop:8081/" };
    expect(url({ U: " https://shop.example:8081/api " }, "U", rule)).toBe("https://shop.example:8081/api");
    expect(url({}, "U", rule, "https://fallback/")).toBe("https://fallback/");
    expect(url({}, "U", rule)).toBeUndefined();
    expect(problem(() => url({ U: "http://shop/" }, "U", rule)).message).toBe('U must be a https:// URL such as https://shop:8081/ (got "http://shop/")');
    expect(problem(() => url({ U: "not a url" }, "U", rule)).variable).toBe("U");
    expect(problem(() => url({ U: "file:///etc/passwd" }, "U", { schemes: ["file", "https"], example: "x" })).message).toContain("file:// or https://");
  });

  it("url: a secret URL (a Redis password) is never shown", () => {
    const rule = { schemes: ["redis", "rediss"], example: "redis://host:6379", secret: true };
    expect(url({ R: "rediss://:pw@redis.example:6380" }, "R", rule)).toBe("rediss://:pw@redis.example:6380");
    const error = problem(() => url({ R: "http://:hunter2@redis" }, "R", rule));
    expect(error.message).toBe("R must be a redis:// or rediss:// URL such as redis://host:6379");
    expect(error.message).not.toContain("hunter2");
  });

  it("secret: any value without white space, never shown when refused", () => {
    expect(secret({ S: "  abc.def  " }, "S")).toBe("abc.def");
    expect(secret({}, "S")).toBeUndefined();
    const error = problem(() => secret({ S: "abc def" }, "S"));
    expect(error.message).toBe("S must not contain white space");
    expect(problem(() => secret({ S: "abc\tdef" }, "S")).variable).toBe("S");
  });
});
