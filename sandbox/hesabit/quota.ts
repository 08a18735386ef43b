// The daily request quota per client id (seed: 20,000 a day). Which midnight
// ends the day is not documented; Hesabit is an Iranian service, so the day is
// Tehran's. Iran keeps UTC+03:30 all year since 2022 (no daylight saving), so a
// fixed offset is exact for any date a test can set.

const TEHRAN_OFFSET_MS = 3.5 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Tehran calendar day a moment falls in, as a day number. */
export function tehranDay(nowMs: number): number {
  return Math.floor((nowMs + TEHRAN_OFFSET_MS) / DAY_MS);
}

/** The next Tehran midnight after a moment, in ms. */
export function nextTehranMidnight(nowMs: number): number {
  return (tehranDay(nowMs) + 1) * DAY_MS - TEHRAN_OFFSET_MS;
}

export class Quota {
  private readonly counters = new Map<string, { day: number; used: number }>();

  constructor(
    private readonly limit: number,
    private readonly now: () => number,
  ) {
    if (!(Number.isInteger(limit) && limit >= 0)) throw new RangeError("dailyQuota must be a non-negative integer");
  }

  /** Counts one request; false (and not counted) once the day's quota is spent. */
  admit(clientId: string): boolean {
    const counter = this.current(clientId);
    if (counter.used >= this.limit) return false;
    counter.used += 1;
    return true;
  }

  used(clientId: string): number {
    return this.current(clientId).used;
  }

  reset(): void {
    this.counters.clear();
  }

  private current(clientId: string): { day: number; used: number } {
    const day = tehranDay(this.now());
    let counter = this.counters.get(clientId);
    if (!counter || counter.day !== day) {
      counter = { day, used: 0 };
      this.counters.set(clientId, counter);
    }
    return counter;
  }
}
