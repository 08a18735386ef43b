import { createHash } from "node:crypto";
import { ErrorCode, HesabgraphError } from "../../src/core/errors.js";
import type { StateStore } from "../../src/core/store/state-store.js";

/** Longer than any sensible wait before a client retries with the same key. */
const REMEMBER_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Hesabit's creates take no idempotency key, so a create whose answer was
 * lost is found again by its details. Details alone can match an older
 * object (two customers with one mobile), so before the first send the ids
 * of objects that already match are remembered (in the state store, shared
 * by instances); afterwards only an object outside that set is the one we made.
 */
export class CreatedObjectFinder {
  constructor(private readonly store: StateStore, private readonly scope: string) {}

  private key(idempotencyKey: string): string {
    return `${this.scope}:before:${createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 32)}`;
  }

  /** Before the first send: the ids that already match. */
  remember(idempotencyKey: string, ids: readonly string[]): Promise<void> {
    return this.store.set(this.key(idempotencyKey), JSON.stringify(ids), REMEMBER_MS);
  }

  /**
   * The one object among `candidates` that was not there before; undefined
   * when none is (the create did not land); throws when that cannot be told.
   */
  async pick<T extends { code: string }>(idempotencyKey: string, candidates: readonly T[]): Promise<T | undefined> {
    const saved = await this.store.get(this.key(idempotencyKey));
    if (saved === undefined) {
      throw new HesabgraphError(ErrorCode.VENDOR_OUTCOME_UNKNOWN, "What existed before the first attempt is no longer remembered.", { vendor: "HESABIT", retryable: false });
    }
    const before = new Set(JSON.parse(saved) as string[]);
    const made = candidates.filter((candidate) => !before.has(candidate.code));
    if (made.length > 1) {
      throw new HesabgraphError(ErrorCode.VENDOR_OUTCOME_UNKNOWN, `${made.length} new objects with these details exist in Hesabit; which one this request made cannot be told.`, {
        vendor: "HESABIT",
        retryable: false,
      });
    }
    return made[0];
  }
}
