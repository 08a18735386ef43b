import * as jalaali from "jalaali-js";
import { toAsciiDigits } from "../text/persian.js";

/** A day of the Shamsi (Jalali, solar hijri) calendar. Months are 1-based. */
export class JalaliDay {
  static readonly MIN_YEAR = 1300;
  static readonly MAX_YEAR = 1499;

  constructor(readonly year: number, readonly month: number, readonly day: number) {}

  /** Parses `1403-08-06` (also `1403/8/6` and Persian digits); undefined if not a real day. */
  static parse(input: string): JalaliDay | undefined {
    const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(toAsciiDigits(input.trim()));
    if (!match) return undefined;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    // Business dates live in 1300–1499; a year like 2024 is a Gregorian date sent by mistake.
    if (year < JalaliDay.MIN_YEAR || year > JalaliDay.MAX_YEAR) return undefined;
    return jalaali.isValidJalaaliDate(year, month, day) ? new JalaliDay(year, month, day) : undefined;
  }

  static fromGregorian(date: Date): JalaliDay {
    const j = jalaali.toJalaali(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    return new JalaliDay(j.jy, j.jm, j.jd);
  }

  /** ISO `YYYY-MM-DD` of the same day in the Gregorian calendar. */
  toGregorianIso(): string {
    const g = jalaali.toGregorian(this.year, this.month, this.day);
    return `${g.gy}-${String(g.gm).padStart(2, "0")}-${String(g.gd).padStart(2, "0")}`;
  }

  compare(other: JalaliDay): number {
    return this.year - other.year || this.month - other.month || this.day - other.day;
  }

  toString(): string {
    return `${this.year}-${String(this.month).padStart(2, "0")}-${String(this.day).padStart(2, "0")}`;
  }
}
