// Fiscal years. Hesabfa numbers them 1, 2, … (yearId, the seed); an Iranian
// business's year runs from 1 Farvardin to the end of Esfand. The simulator's
// business has two: last Jalali year and the current one, so that a client
// saving today's invoice lands in the latest year (absent yearId), as it would
// against a business that is in use.
import { toGregorian, toJalaali } from "jalaali-js";
import { compareDates, fromParts, TEHRAN_OFFSET_MS, type Clock, type LocalDateTime } from "./dates.js";

export interface FiscalYear {
  /** yearId: 1 for the first year. */
  ordinal: number;
  jalaliYear: number;
  Name: string;
  StartDate: LocalDateTime;
  EndDate: LocalDateTime;
  Closed: boolean;
  FirstYear: boolean;
}

function jalaliYearBounds(jy: number): { start: LocalDateTime; end: LocalDateTime } {
  const first = toGregorian(jy, 1, 1);
  const next = toGregorian(jy + 1, 1, 1);
  const start = fromParts(first.gy, first.gm, first.gd);
  const nextStart = fromParts(next.gy, next.gm, next.gd);
  return { start, end: { seconds: nextStart.seconds - 1, fraction: "" } };
}

export function makeFiscalYears(clock: Clock, count = 2): FiscalYear[] {
  const now = new Date(clock() + TEHRAN_OFFSET_MS);
  const { jy } = toJalaali(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
  const years: FiscalYear[] = [];
  for (let i = 0; i < count; i++) {
    const year = jy - (count - 1) + i;
    const { start, end } = jalaliYearBounds(year);
    years.push({
      ordinal: i + 1,
      jalaliYear: year,
      Name: `سال مالی ${year}`,
      StartDate: start,
      EndDate: end,
      Closed: false,
      FirstYear: i === 0,
    });
  }
  return years;
}

export function yearContains(year: FiscalYear, date: LocalDateTime): boolean {
  return compareDates(year.StartDate, date) <= 0 && compareDates(date, year.EndDate) <= 0;
}
