import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { ErrorCode, HesabgraphError, VendorError, type VendorName } from "../errors.js";

/**
 * A client-side limit of `limit` calls per ROLLING window toward one vendor
 * identity (a host that counts per IP), shared by every instance through
 * Redis when there is one, else by everything in this process.
 *
 * Why not a fixed-window limiter (rate-limiter-flexible's Memory/Redis
 * limiters count in windows that start at the first call and expire whole):
 * a burst at the end of one window and another at the start of the next put
 * 2 × limit calls inside one rolling window, and a vendor that counts a
 * rolling minute refuses the excess. Here every allowed call is logged with
 * its time (a sorted set in Redis, Redis's own clock, so instances agree), and
 * a call goes only when fewer than `limit` were logged in the last window.
 *
 * A call counts from the moment it may go until its answer came back: its
 * entry is logged first with a time in the future (the longest a call may
 * take) and moved to the time of the answer when the call ends. A call has
 * surely reached the vendor by then, so whatever the event loop or the wire
 * delayed, no rolling window at the vendor can hold more calls than the log
 * did. A small margin (1/100 of the window, 50 ms to 1 s) covers clock grain.
 *
 * Excess calls queue here, first come first served; a call that would wait
 * longer than `maxWaitMs` is refused with VENDOR_RATE_LIMITED and the seconds
 * after which a retry will likely pass.
 */
export interface RollingWindowOptions {
  vendor: VendorName;
  label: string;
  /** The identity counted: e.g. `HESABFA:api.hesabfa.com`. Never a tenant: the vendor counts per caller IP. */
  key: string;
  limit: number;
  windowMs: number;
  maxWaitMs: number;
  /** The longest one call may take (the transport's timeout). */
  inFlightMs: number;
  /** The shared Redis connection (REDIS_URL); absent: this process only. */
  redis?: Redis;
}

// KEYS[1] the log; ARGV: limit, window ms, member, in-flight ms. 0: the call may go (logged); else ms to wait.
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window + tonumber(ARGV[4]))
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)`;

// The call ended: its entry moves to now (if it is still there).
const DONE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[1], 'XX', now, ARGV[1])
return 0`;

interface Log {
  /** 0 when the call may go now (and counts it), else the ms until one may. */
  take(member: string): Promise<number>;
  done(member: string): Promise<void>;
}

/** Logs of this process, by key: every limiter of one identity in this process shares one. */
const LOGS = new Map<string, Map<string, number>>();

function memoryLog(key: string, limit: number, windowMs: number, inFlightMs: number): Log {
  const log = LOGS.get(key) ?? new Map<string, number>();
  LOGS.set(key, log);
  return {
    async take(member) {
      const now = Date.now();
      for (const [id, at] of log) if (at <= now - windowMs) log.delete(id);
      if (log.size < limit) {
        log.set(member, now + inFlightMs);
        return 0;
      }
      return Math.max(1, Math.min(...log.values()) + windowMs - now);
    },
    async done(member) {
      if (log.has(member)) log.set(member, Date.now());
    },
  };
}

function unavailable(error: unknown): HesabgraphError {
  return new HesabgraphError(ErrorCode.STATE_UNAVAILABLE, "The shared state store (Redis) cannot be reached to count vendor calls; nothing was sent. Retry later.", {
    retryable: true,
    cause: error,
  });
}

function redisLog(redis: Redis, key: string, limit: number, windowMs: number, inFlightMs: number): Log {
  const redisKey = `hesabgraph:ratelimit:${key}`;
  return {
    async take(member) {
      try {
        return Number(await redis.eval(TAKE, 1, redisKey, String(limit), String(windowMs), member, String(inFlightMs)));
      } catch (error) {
        throw unavailable(error);
      }
    },
    // Not reachable now: the entry keeps its later time, which only counts the call longer.
    async done(member) {
      await redis.eval(DONE, 1, redisKey, member).catch(() => undefined);
    },
  };
}

interface Waiter {
  deadline: number;
  member: string;
  resolve(): void;
  reject(error: Error): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class RollingWindowLimiter {
  private readonly log: Log;
  private readonly queue: Waiter[] = [];
  private pumping = false;
  private readonly windowMs: number;

  constructor(private readonly options: RollingWindowOptions) {
    this.windowMs = options.windowMs + Math.min(1000, Math.max(50, Math.ceil(options.windowMs / 100)));
    this.log = options.redis
      ? redisLog(options.redis, options.key, options.limit, this.windowMs, options.inFlightMs)
      : memoryLog(options.key, options.limit, this.windowMs, options.inFlightMs);
  }

  /**
   * Resolves when a call may be sent (and counts it) with the function to
   * call when the call has ended; VENDOR_RATE_LIMITED when that would take
   * longer than maxWaitMs.
   */
  async acquire(operation: string): Promise<() => Promise<void>> {
    const member = `${process.pid}:${randomBytes(8).toString("hex")}`;
    await this.enqueue(operation, member);
    return () => this.log.done(member);
  }

  private enqueue(operation: string, member: string): Promise<void> {
    const { limit, maxWaitMs } = this.options;
    // More callers queued here than the window can pass before the bound: no point waiting.
    const windowsAhead = Math.floor(this.queue.length / limit);
    if (windowsAhead * this.windowMs > maxWaitMs) {
      return Promise.reject(this.refusal(operation, (windowsAhead + 1) * this.windowMs));
    }
    // A waiter behind the head needs no timer of its own: the pump never sleeps past the
    // head's deadline, which comes no later than this one's, and refuses it then.
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ deadline: Date.now() + maxWaitMs, member, resolve, reject });
      void this.pump(operation);
    });
  }

  private async pump(operation: string): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.queue.length > 0) {
        const head = this.queue[0];
        let waitMs: number;
        try {
          waitMs = await this.log.take(head.member);
        } catch (error) {
          this.settleHead(error as Error);
          continue;
        }
        if (waitMs <= 0) {
          this.settleHead();
          continue;
        }
        if (Date.now() + waitMs > head.deadline) {
          this.settleHead(this.refusal(operation, waitMs));
          continue;
        }
        await sleep(waitMs);
      }
    } finally {
      this.pumping = false;
    }
  }

  /** Only the pump settles waiters, always the one at the head. */
  private settleHead(error?: Error): void {
    const waiter = this.queue.shift()!;
    if (error) waiter.reject(error);
    else waiter.resolve();
  }

  private refusal(operation: string, waitMs: number): VendorError {
    const { vendor, label, limit } = this.options;
    const after = Math.max(1, Math.ceil(waitMs / 1000));
    return new VendorError(
      vendor,
      ErrorCode.VENDOR_RATE_LIMITED,
      `${operation} was not sent: ${label} takes at most ${limit} calls per ${Math.round(this.options.windowMs / 1000)} s from this server, and the queue is full; retry after ${after} s.`,
      "NOT_SENT",
      { retryable: true, retryAfterSeconds: after },
    );
  }
}
