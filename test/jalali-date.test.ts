import { describe, expect, it } from "vitest";
import { JalaliDay } from "../src/core/dates/jalali-day.js";

describe("JalaliDay", () => {
  it("parses real Shamsi days, with Persian digits or slashes, and prints them zero-padded", () => {
    expect(JalaliDay.parse("1403-08-06")?.toString()).toBe("1403-08-06");
    expect(JalaliDay.parse("۱۴۰۳/۸/۶")?.toString()).toBe("1403-08-06");
    expect(JalaliDay.parse("1403-12-30")?.toString()).toBe("1403-12-30"); // 1403 is a leap year
  });

  it.each(["1404-12-30", "1403-13-01", "1403-00-10", "1403-07-31", "1403-08-32", "2024-10-27", "1299-01-01", "03-08-06", "1403-8", "yesterday"])(
    "refuses %s",
    (value) => expect(JalaliDay.parse(value)).toBeUndefined(),
  );

  it("converts to and from the Gregorian calendar", () => {
    expect(JalaliDay.parse("1403-08-06")!.toGregorianIso()).toBe("2024-10-27");
    expect(JalaliDay.parse("1403-01-01")!.toGregorianIso()).toBe("2024-03-20");
    expect(JalaliDay.fromGregorian(new Date("2025-03-21T00:00:00Z")).toString()).toBe("1404-01-01");
  });

  it("orders days", () => {
    expect(JalaliDay.parse("1403-08-06")!.compare(JalaliDay.parse("1403-09-01")!)).toBeLessThan(0);
  });
});
