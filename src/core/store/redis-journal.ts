import type { Redis } from "ioredis";
import { inRedis } from "./redis-connection.js";
import { JOURNAL_RETENTION_MS, type ClaimOutcome, type IdempotencyJournal, type JournalEntry } from "./journal.js";

const RETENTION_MS = JOURNAL_RETENTION_MS;

// Each entry is a hash: scalar fields the scripts change (state, leaseUntil,
// updatedAt) beside JSON the scripts never re-encode (Lua's cjson would turn an
// empty array into an object).
const BEGIN = `
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('HGETALL', KEYS[1]) end
redis.call('HSET', KEYS[1], 'doc', ARGV[1], 'state', 'PENDING', 'leaseUntil', ARGV[2], 'updatedAt', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return false`;

const CLAIM = `
if redis.call('EXISTS', KEYS[1]) == 0 then return {-1} end
local state = redis.call('HGET', KEYS[1], 'state')
local lease = tonumber(redis.call('HGET', KEYS[1], 'leaseUntil') or '0')
if state ~= 'PENDING' or lease > tonumber(ARGV[2]) then return {0, redis.call('HGETALL', KEYS[1])} end
redis.call('HSET', KEYS[1], 'leaseUntil', ARGV[1], 'updatedAt', ARGV[2])
return {1, redis.call('HGETALL', KEYS[1])}`;

// Sets the given field/value pairs on an entry that still exists (never recreates a released one).
const UPDATE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 2))
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 1`;

/**
 * The journal shared by several hesabgraph instances (REDIS_URL): a key
 * journalled by one is replayed by all, and the lease keeps two instances from
 * working on one key at once. Any Redis failure is STATE_UNAVAILABLE, raised
 * before the vendor is called.
 */
export class RedisJournal implements IdempotencyJournal {
  /** `redis` is closed with the journal (the state store shares it). */
  constructor(private readonly redis: Redis, private readonly prefix = "hesabgraph:journal:") {}

  async get(key: string): Promise<JournalEntry | undefined> {
    const fields = await this.run(() => this.redis.hgetall(this.prefix + key));
    return Object.keys(fields).length === 0 ? undefined : fromHash(fields);
  }

  async begin(entry: JournalEntry) {
    const doc = JSON.stringify({ key: entry.key, fingerprint: entry.fingerprint, request: entry.request, createdAt: entry.createdAt });
    const existing = (await this.run(() =>
      this.redis.eval(BEGIN, 1, this.prefix + entry.key, doc, String(entry.leaseUntil), String(entry.updatedAt), String(RETENTION_MS)),
    )) as string[] | null;
    return existing ? { created: false as const, existing: fromHash(pairs(existing)) } : { created: true as const };
  }

  async claim(key: string, leaseUntil: number, now: number): Promise<ClaimOutcome> {
    const [outcome, fields] = (await this.run(() => this.redis.eval(CLAIM, 1, this.prefix + key, String(leaseUntil), String(now)))) as [number, string[]?];
    if (outcome === -1) return { claimed: false, entry: undefined };
    const entry = fromHash(pairs(fields ?? []));
    return outcome === 1 ? { claimed: true, entry } : { claimed: false, entry };
  }

  async checkpoint(key: string, checkpoint: Record<string, unknown>): Promise<void> {
    await this.update(key, ["checkpoint", JSON.stringify(checkpoint)]);
  }

  async complete(key: string, result: Record<string, unknown>): Promise<void> {
    await this.update(key, ["state", "DONE", "result", JSON.stringify(result), "leaseUntil", "0"]);
  }

  async setLease(key: string, leaseUntil: number): Promise<void> {
    await this.update(key, ["leaseUntil", String(leaseUntil)]);
  }

  async release(key: string): Promise<void> {
    await this.run(() => this.redis.del(this.prefix + key));
  }

  async ping(): Promise<void> {
    await this.run(() => this.redis.ping());
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private async update(key: string, fields: string[]): Promise<void> {
    await this.run(() => this.redis.eval(UPDATE, 1, this.prefix + key, String(RETENTION_MS), ...fields, "updatedAt", String(Date.now())));
  }

  private run<T>(command: () => Promise<T>): Promise<T> {
    return inRedis(command);
  }
}

function pairs(flat: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) out[flat[i]] = flat[i + 1];
  return out;
}

function fromHash(fields: Record<string, string>): JournalEntry {
  const doc = JSON.parse(fields.doc) as Pick<JournalEntry, "key" | "fingerprint" | "request" | "createdAt">;
  return {
    ...doc,
    state: fields.state === "DONE" ? "DONE" : "PENDING",
    result: fields.result ? (JSON.parse(fields.result) as Record<string, unknown>) : undefined,
    checkpoint: fields.checkpoint ? (JSON.parse(fields.checkpoint) as Record<string, unknown>) : undefined,
    leaseUntil: Number(fields.leaseUntil ?? 0),
    updatedAt: Number(fields.updatedAt ?? doc.createdAt),
  };
}
