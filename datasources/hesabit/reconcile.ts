import { ErrorCode, HesabgraphError } from "../../src/core/errors.js";

/**
 * Hesabit's creates take no idempotency key, so a create whose answer was
 * lost is found again by its details. Details alone can match an older
 * object (two customers with one mobile), so before the first send the ids
 * of objects that already match are noted (the write's checkpoint, kept with
 * its key in the journal: src/core/exactly-once.ts); afterwards only an
 * object outside that set is the one this write made.
 */
export interface CreateCheckpoint extends Record<string, unknown> {
  /** Ids of the objects that matched before the first send. */
  existing: string[];
}

/** The one object among `candidates` that was not there before; undefined when none is; throws when that cannot be told. */
export function pickCreated<T extends { code: string }>(checkpoint: CreateCheckpoint | undefined, candidates: readonly T[]): T | undefined {
  if (!checkpoint) {
    throw new HesabgraphError(ErrorCode.VENDOR_OUTCOME_UNKNOWN, "What existed before the first attempt is not known.", { vendor: "HESABIT", retryable: false });
  }
  const before = new Set(checkpoint.existing);
  const made = candidates.filter((candidate) => !before.has(candidate.code));
  if (made.length > 1) {
    throw new HesabgraphError(ErrorCode.VENDOR_OUTCOME_UNKNOWN, `${made.length} new objects with these details exist in Hesabit; which one this request made cannot be told.`, {
      vendor: "HESABIT",
      retryable: false,
    });
  }
  return made[0];
}
