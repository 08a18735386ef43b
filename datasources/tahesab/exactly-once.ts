import { createHash } from "node:crypto";
import { badInput, ErrorCode, HesabgraphError } from "../../src/errors.js";
import type { IdempotencyJournal } from "../../src/store/journal.js";
import { TahesabError } from "./client.js";

export type WriteResult = Record<string, unknown>;

export interface ExactlyOnceWrite<R extends WriteResult> {
  /** The client's idempotency key, if any. */
  idempotencyKey?: string | null;
  /** The vendor request; its hash detects a key reused for another request. */
  request: { command: string; args: unknown[] };
  /** Checks to run before the very first send (e.g. the factor number is free). */
  precheck?: () => Promise<void>;
  send: () => Promise<R>;
  /** Asks the vendor whether the write happened: the result if so, undefined if not; throws if it cannot tell. */
  find?: () => Promise<R | undefined>;
  /** What a client should do when the outcome stays unknown. */
  advice: string;
}

export interface ExactlyOnceOutcome<R> {
  result: R;
  /** Answered from the journal, nothing sent. */
  replayed: boolean;
  /** The send's answer was lost; the vendor confirmed the write afterwards. */
  reconciled: boolean;
}

function outcomeUnknown(message: string, advice: string, cause?: unknown): HesabgraphError {
  return new HesabgraphError(ErrorCode.VENDOR_OUTCOME_UNKNOWN, `${message} ${advice}`, {
    vendor: "TAHESAB",
    retryable: true,
    cause,
    details: { advice },
  });
}

/**
 * Runs one vendor write at most once per idempotency key, and never sends it
 * again without first asking the vendor whether the earlier attempt landed.
 *
 *   key journalled (PENDING) → send → DONE with the answer
 *   answer lost (timeout, dropped connection) → ask the vendor (`find`):
 *     recorded → DONE, the client gets its answer;
 *     not (yet) visible → stays PENDING, VENDOR_OUTCOME_UNKNOWN; a retry with
 *     the same key asks again before it ever sends again.
 *   surely not written (refused, never sent) → the key is released.
 */
export class ExactlyOnce {
  private readonly inFlight = new Map<string, Promise<ExactlyOnceOutcome<any>>>();

  constructor(private readonly journal: IdempotencyJournal, private readonly scope: string) {}

  async run<R extends WriteResult>(write: ExactlyOnceWrite<R>): Promise<ExactlyOnceOutcome<R>> {
    if (!write.idempotencyKey) return this.attempt(write, undefined, true);
    const key = `${this.scope}:${write.idempotencyKey}`;
    const fingerprint = createHash("sha256").update(JSON.stringify(write.request)).digest("hex");
    const running = this.inFlight.get(key);
    if (running) {
      await running.catch(() => undefined);
      return this.run(write);
    }
    const promise = this.keyed(write, key, fingerprint);
    this.inFlight.set(key, promise);
    try {
      return await promise;
    } finally {
      this.inFlight.delete(key);
    }
  }

  private async keyed<R extends WriteResult>(write: ExactlyOnceWrite<R>, key: string, fingerprint: string): Promise<ExactlyOnceOutcome<R>> {
    const now = Date.now();
    const begun = await this.journal.begin({ key, fingerprint, state: "PENDING", request: write.request, createdAt: now, updatedAt: now });
    if (!begun.created) {
      const existing = begun.existing;
      if (existing.fingerprint !== fingerprint) {
        throw badInput("idempotencyKey", "was already used for a different request; use a new key for a new write");
      }
      if (existing.state === "DONE") return { result: existing.result as R, replayed: true, reconciled: false };
      // PENDING from an attempt whose fate we never learned: ask before sending again.
      const found = await this.find(write);
      if (found) {
        await this.journal.complete(key, found);
        return { result: found, replayed: false, reconciled: true };
      }
      return this.attempt(write, key, false);
    }
    return this.attempt(write, key, true);
  }

  private async find<R extends WriteResult>(write: ExactlyOnceWrite<R>): Promise<R | undefined> {
    if (!write.find) throw outcomeUnknown("An earlier attempt with this idempotencyKey has an unknown outcome and Tahesab cannot be asked about it.", write.advice);
    try {
      return await write.find();
    } catch (error) {
      throw outcomeUnknown("Tahesab could not be asked whether an earlier attempt with this idempotencyKey was recorded.", write.advice, error);
    }
  }

  private async attempt<R extends WriteResult>(write: ExactlyOnceWrite<R>, key: string | undefined, first: boolean): Promise<ExactlyOnceOutcome<R>> {
    if (first && write.precheck) {
      try {
        await write.precheck();
      } catch (error) {
        // Nothing was written: the key is free again.
        if (key) await this.journal.release(key);
        throw error;
      }
    }
    try {
      const result = await write.send();
      if (key) await this.journal.complete(key, result);
      return { result, replayed: false, reconciled: false };
    } catch (error) {
      const fate = error instanceof TahesabError ? error.fate : error instanceof HesabgraphError ? "REJECTED" : "UNKNOWN";
      if (fate !== "UNKNOWN") {
        if (key) await this.journal.release(key);
        throw error;
      }
      // The answer was lost: the write may or may not have been recorded.
      let found: R | undefined;
      try {
        found = write.find ? await write.find() : undefined;
      } catch {
        found = undefined;
      }
      if (found) {
        if (key) await this.journal.complete(key, found);
        return { result: found, replayed: false, reconciled: true };
      }
      throw outcomeUnknown(
        `Tahesab's answer was lost (${error instanceof Error ? error.message : "connection failed"}) and the write is not visible in Tahesab yet.`,
        write.advice,
        error,
      );
    }
  }
}
