import type { Redis } from "ioredis";
import { inRedis } from "./redis-connection.js";
import type { StateStore } from "./state-store.js";

const DELETE_IF_EQUALS = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

// INCRBY, and the expiry only when the counter is new (Redis 7's PEXPIRE NX, written out for older servers).
const INCREMENT = `
local total = redis.call('INCRBY', KEYS[1], ARGV[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return total`;

/** The state store shared by every instance (REDIS_URL). Any Redis failure is STATE_UNAVAILABLE. */
export class RedisStateStore implements StateStore {
  constructor(readonly redis: Redis, private readonly prefix = "hesabgraph:state:") {}

  get(key: string): Promise<string | undefined> {
    return this.run(async () => (await this.redis.get(this.prefix + key)) ?? undefined);
  }

  set(key: string, value: string, ttlMs?: number): Promise<void> {
    return this.run(async () => {
      if (ttlMs === undefined) await this.redis.set(this.prefix + key, value);
      else await this.redis.set(this.prefix + key, value, "PX", Math.max(1, Math.round(ttlMs)));
    });
  }

  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    return this.run(async () => (await this.redis.set(this.prefix + key, value, "PX", Math.max(1, Math.round(ttlMs)), "NX")) === "OK");
  }

  deleteIfEquals(key: string, value: string): Promise<boolean> {
    return this.run(async () => Number(await this.redis.eval(DELETE_IF_EQUALS, 1, this.prefix + key, value)) === 1);
  }

  delete(key: string): Promise<void> {
    return this.run(async () => void (await this.redis.del(this.prefix + key)));
  }

  increment(key: string, by: number, ttlMs: number): Promise<number> {
    return this.run(async () => Number(await this.redis.eval(INCREMENT, 1, this.prefix + key, String(by), String(Math.max(1, Math.round(ttlMs))))));
  }

  ping(): Promise<void> {
    return this.run(async () => void (await this.redis.ping()));
  }

  async close(): Promise<void> {
    // The connection is shared with the journal, which closes it.
  }

  private run<T>(command: () => Promise<T>): Promise<T> {
    return inRedis(command);
  }
}
