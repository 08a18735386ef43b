// "Hesabfa's API answers at most 50 requests a minute from each IP" (seed).
// A rolling window: a request is allowed when fewer than `limit` requests
// from its IP were allowed in the last `windowMs`. Refused requests do not
// count, so a client that backs off gets through once the window has moved.
import type { Clock } from "./dates.js";

export interface RateLimit {
  limit: number;
  windowMs: number;
  /**
   * How an excess request is answered: 200 (default) is HTTP 200 with
   * ErrorCode 101 in the envelope, the only place the published table can
   * appear (the seed: any non-200 answer carries no JSON); 429 is HTTP 429
   * with no body. Clients treat both alike (VENDORS.md).
   */
  status?: 200 | 429;
}

export class RateLimiter {
  private readonly log = new Map<string, number[]>();

  constructor(
    readonly config: RateLimit | null,
    private readonly clock: Clock,
  ) {
    if (config && !(Number.isInteger(config.limit) && config.limit >= 1 && config.windowMs > 0)) {
      throw new RangeError("rateLimit needs a positive integer limit and a positive windowMs");
    }
  }

  allow(ip: string): boolean {
    if (!this.config) return true;
    const now = this.clock();
    const recent = (this.log.get(ip) ?? []).filter((at) => now - at < this.config!.windowMs);
    if (recent.length >= this.config.limit) {
      this.log.set(ip, recent);
      return false;
    }
    recent.push(now);
    this.log.set(ip, recent);
    return true;
  }

  reset(): void {
    this.log.clear();
  }
}
