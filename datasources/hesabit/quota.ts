import { createHash } from "node:crypto";
import { ErrorCode, VendorError } from "../../src/core/errors.js";
import type { StateStore } from "../../src/core/store/state-store.js";

// Hesabit allows 20,000 requests a day per client id. Which midnight ends the
// day is not documented; Hesabit is an Iranian service, so the day is Tehran's.
// Iran has kept UTC+03:30 all year since 2022 (no daylight saving), so a fixed
// offset is exact.
const TEHRAN_OFFSET_MS = 3.5 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Tehran calendar day a moment falls in, as a day number since 1970-01-01. */
export function tehranDay(nowMs: number): number {
  return Math.floor((nowMs + TEHRAN_OFFSET_MS) / DAY_MS);
}

/** The next Tehran midnight after a moment, in epoch ms. */
export function nextTehranMidnight(nowMs: number): number {
  return (tehranDay(nowMs) + 1) * DAY_MS - TEHRAN_OFFSET_MS;
}

/** A Tehran day number as its Gregorian date, `2024-10-27`. */
export function tehranDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export interface QuotaState {
  limit: number;
  used: number;
  remaining: number;
  /** The Tehran day counted, `2024-10-27`. */
  day: string;
  /** When the count starts again (the next Tehran midnight), ISO-8601. */
  resetsAt: string;
}

/**
 * The daily quota, counted here so Hesabit never has to refuse us: every API
 * call takes one unit from a counter per client id and Tehran day in the
 * state store (shared by every instance with Redis), which expires at the
 * next Tehran midnight. A call past the quota fails before anything is sent.
 */
export class HesabitQuota {
  private readonly prefix: string;

  constructor(
    private readonly store: StateStore,
    tenantId: string,
    clientId: string,
    private readonly limit: number,
    private readonly now: () => number = Date.now,
  ) {
    // The client id is a credential: keys hold a fingerprint of it.
    const client = createHash("sha256").update(clientId).digest("hex").slice(0, 16);
    this.prefix = `${tenantId}:HESABIT:quota:${client}:`;
  }

  /** Takes one call from today's quota, or throws VENDOR_RATE_LIMITED (nothing sent) when it is spent. */
  async take(operation: string): Promise<void> {
    const now = this.now();
    const day = tehranDay(now);
    const resetAt = nextTehranMidnight(now);
    const used = await this.store.increment(this.prefix + day, 1, resetAt - now);
    if (used > this.limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil((resetAt - now) / 1000));
      throw new VendorError(
        "HESABIT",
        ErrorCode.VENDOR_RATE_LIMITED,
        `Hesabit's daily quota of ${this.limit} requests is used up for today (Tehran time); ${operation} was not sent. ` +
          `It starts again at midnight Tehran time, in ${retryAfterSeconds} s.`,
        "NOT_SENT",
        { retryable: true, retryAfterSeconds },
      );
    }
  }

  /** Gives back the unit of a call that was not sent after all (no token to send it with). */
  async giveBack(): Promise<void> {
    const now = this.now();
    await this.store.increment(this.prefix + tehranDay(now), -1, nextTehranMidnight(now) - now);
  }

  async state(): Promise<QuotaState> {
    const now = this.now();
    const day = tehranDay(now);
    const used = Number((await this.store.get(this.prefix + day)) ?? "0") || 0;
    return {
      limit: this.limit,
      used: Math.min(used, this.limit),
      remaining: Math.max(0, this.limit - used),
      day: tehranDate(day),
      resetsAt: new Date(nextTehranMidnight(now)).toISOString(),
    };
  }
}
