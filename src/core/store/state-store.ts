import type { Redis } from "ioredis";

/**
 * Small shared state beside the idempotency journal: OAuth tokens, change-feed
 * cursors, quota counters and locks. In memory, in a file (tokens survive a
 * restart) or in Redis (REDIS_URL: every instance sees the same). Values are
 * strings; keys are namespaced by the caller (`<tenant>:<vendor>:…`).
 */
export interface StateStore {
  get(key: string): Promise<string | undefined>;
  /** Sets the value; with `ttlMs` it disappears that long after. */
  set(key: string, value: string, ttlMs?: number): Promise<void>;
  /** Sets the value only when the key is absent; true when this call set it (a lock taken). */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** Deletes the key only while it still holds `value` (a lock given back by its owner); true when deleted. */
  deleteIfEquals(key: string, value: string): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Adds `by` to a counter and returns the new total; a new counter expires `ttlMs` after its first increment. */
  increment(key: string, by: number, ttlMs: number): Promise<number>;
  /** The Redis connection, when the store is Redis, for libraries that take one (rate limiters). */
  readonly redis?: Redis;
  /** Throws when the store cannot be used (for /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

interface Held {
  value: string;
  /** Epoch ms; undefined: no expiry. */
  expiresAt?: number;
}

/**
 * In-process state: for tests, sandbox mode and single-instance deployments.
 * Expired keys are dropped when read and swept as the store grows, so a
 * long-running process keeps only what is live.
 */
export class MemoryStateStore implements StateStore {
  protected readonly held = new Map<string, Held>();
  private writesSinceSweep = 0;

  constructor(protected readonly now: () => number = Date.now) {}

  async get(key: string): Promise<string | undefined> {
    return this.live(key)?.value;
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    this.put(key, { value, expiresAt: ttlMs === undefined ? undefined : this.now() + ttlMs });
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    if (this.live(key)) return false;
    this.put(key, { value, expiresAt: this.now() + ttlMs });
    return true;
  }

  async deleteIfEquals(key: string, value: string): Promise<boolean> {
    if (this.live(key)?.value !== value) return false;
    this.remove(key);
    return true;
  }

  async delete(key: string): Promise<void> {
    this.remove(key);
  }

  async increment(key: string, by: number, ttlMs: number): Promise<number> {
    const current = this.live(key);
    const total = (current ? Number(current.value) || 0 : 0) + by;
    this.put(key, { value: String(total), expiresAt: current ? current.expiresAt : this.now() + ttlMs });
    return total;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}

  /** Number of live keys (for tests of forgetting). */
  size(): number {
    this.sweep();
    return this.held.size;
  }

  private live(key: string): Held | undefined {
    const held = this.held.get(key);
    if (held?.expiresAt !== undefined && held.expiresAt <= this.now()) {
      this.remove(key);
      return undefined;
    }
    return held;
  }

  private put(key: string, held: Held): void {
    this.held.set(key, held);
    this.changed();
    if (++this.writesSinceSweep >= 1000) this.sweep();
  }

  private remove(key: string): void {
    if (this.held.delete(key)) this.changed();
  }

  private sweep(): void {
    this.writesSinceSweep = 0;
    const now = this.now();
    let removed = false;
    for (const [key, held] of this.held) {
      if (held.expiresAt !== undefined && held.expiresAt <= now) {
        this.held.delete(key);
        removed = true;
      }
    }
    if (removed) this.changed();
  }

  /** Hook for durable subclasses. */
  protected changed(): void {}
}
