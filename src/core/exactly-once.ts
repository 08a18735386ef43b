import { createHash } from "node:crypto";
import { badInput, ErrorCode, HesabgraphError, VendorError, type VendorName } from "./errors.js";
import type { IdempotencyJournal } from "./store/journal.js";

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

function outcomeUnknown(vendor: VendorName, message: string, advice: string, cause?: unknown): HesabgraphError {
  return new HesabgraphError(ErrorCode.VENDOR_OUTCOME_UNKNOWN, `${message} ${advice}`, {
    vendor,
    retryable: true,
    cause,
    details: { advice },
  });
}

export interface ExactlyOnceOptions {
  /** The vendor written to, named in errors. */
  vendor: VendorName;
  /** Its name for people ("Tahesab"), in messages. */
  vendorLabel: string;
  /** Journal keys are `<scope>:<client key>`: one scope per vendor connection (and tenant). */
  scope: string;
  /**
   * How long one attempt (prechecks, send, inquiry) may hold a key: other
   * instances leave the vendor alone for that key meanwhile. Longer than the
   * slowest attempt, so a lease only runs out when its owner died.
   */
  leaseMs: number;
  /** How often a request waiting for another instance's lease looks again; default 50 ms. */
  pollMs?: number;
  /**
   * After an attempt timed out, how long the vendor may still be working on
   * it: the key stays leased that long, so a quick retry waits and then finds
   * the write instead of sending it a second time. Default 0.
   */
  settleMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one vendor write at most once per idempotency key, and never sends it
 * again without first asking the vendor whether the earlier attempt landed.
 *
 *   key journalled (PENDING, leased) → send → DONE with the answer
 *   answer lost (timeout, dropped connection) → ask the vendor (`find`):
 *     recorded → DONE, the client gets its answer;
 *     not (yet) visible → stays PENDING, VENDOR_OUTCOME_UNKNOWN; the lease is given
 *     back (after a timeout, only once the vendor has had `settleMs` to finish);
 *     a retry with the same key takes the lease and asks again before it ever sends again.
 *   surely not written (refused, never sent) → the key is released.
 *
 * The lease matters when instances share the journal (Redis): a request that
 * finds another instance working on its key waits for that answer instead of
 * racing it to the vendor.
 */
export class ExactlyOnce {
  private readonly inFlight = new Map<string, Promise<ExactlyOnceOutcome<any>>>();
  private readonly pollMs: number;

  constructor(private readonly journal: IdempotencyJournal, private readonly options: ExactlyOnceOptions) {
    this.pollMs = options.pollMs ?? 50;
  }

  async run<R extends WriteResult>(write: ExactlyOnceWrite<R>): Promise<ExactlyOnceOutcome<R>> {
    if (!write.idempotencyKey) return this.attempt(write, undefined, true);
    const key = `${this.options.scope}:${write.idempotencyKey}`;
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
    const begun = await this.journal.begin({
      key, fingerprint, state: "PENDING", request: write.request, leaseUntil: now + this.options.leaseMs, createdAt: now, updatedAt: now,
    });
    if (begun.created) return this.attempt(write, key, true);
    const existing = begun.existing;
    if (existing.fingerprint !== fingerprint) {
      throw badInput("idempotencyKey", "was already used for a different request; use a new key for a new write");
    }
    if (existing.state === "DONE") return { result: existing.result as R, replayed: true, reconciled: false };
    return this.resume(write, key, fingerprint);
  }

  /** A PENDING key: take its lease (waiting while another instance holds it), ask the vendor, then send only if need be. */
  private async resume<R extends WriteResult>(write: ExactlyOnceWrite<R>, key: string, fingerprint: string): Promise<ExactlyOnceOutcome<R>> {
    const deadline = Date.now() + this.options.leaseMs;
    for (;;) {
      const now = Date.now();
      const claim = await this.journal.claim(key, now + this.options.leaseMs, now);
      if (!claim.entry) return this.keyed(write, key, fingerprint); // released meanwhile: a fresh start
      if (claim.entry.state === "DONE") return { result: claim.entry.result as R, replayed: true, reconciled: false };
      if (claim.claimed) break;
      if (now >= deadline) {
        throw outcomeUnknown(this.options.vendor, "Another request with this idempotencyKey is still being processed.", write.advice);
      }
      await sleep(this.pollMs);
    }
    let found: R | undefined;
    try {
      found = await this.find(write);
    } catch (error) {
      await this.journal.setLease(key, 0).catch(() => undefined);
      throw error;
    }
    if (found) {
      await this.journal.complete(key, found).catch(() => undefined);
      return { result: found, replayed: false, reconciled: true };
    }
    return this.attempt(write, key, false);
  }

  private async find<R extends WriteResult>(write: ExactlyOnceWrite<R>): Promise<R | undefined> {
    const label = this.options.vendorLabel;
    if (!write.find) {
      throw outcomeUnknown(this.options.vendor, `An earlier attempt with this idempotencyKey has an unknown outcome and ${label} cannot be asked about it.`, write.advice);
    }
    try {
      return await write.find();
    } catch (error) {
      throw outcomeUnknown(this.options.vendor, `${label} could not be asked whether an earlier attempt with this idempotencyKey was recorded.`, write.advice, error);
    }
  }

  private async attempt<R extends WriteResult>(write: ExactlyOnceWrite<R>, key: string | undefined, first: boolean): Promise<ExactlyOnceOutcome<R>> {
    if (first && write.precheck) {
      try {
        await write.precheck();
      } catch (error) {
        // Nothing was written: the key is free again.
        if (key) await this.releaseQuietly(key);
        throw error;
      }
    }
    let result: R;
    try {
      result = await write.send();
    } catch (error) {
      const fate = error instanceof VendorError ? error.fate : error instanceof HesabgraphError ? "REJECTED" : "UNKNOWN";
      if (fate !== "UNKNOWN") {
        if (key) await this.releaseQuietly(key);
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
        if (key) await this.journal.complete(key, found).catch(() => undefined);
        return { result: found, replayed: false, reconciled: true };
      }
      // A timed-out request may still be running at the vendor: no resend until it has settled.
      const settleMs = error instanceof HesabgraphError && error.code === ErrorCode.VENDOR_TIMEOUT ? this.options.settleMs ?? 0 : 0;
      if (key) await this.journal.setLease(key, settleMs > 0 ? Date.now() + settleMs : 0).catch(() => undefined);
      throw outcomeUnknown(
        this.options.vendor,
        `${this.options.vendorLabel}'s answer was lost (${error instanceof Error ? error.message : "connection failed"}) and the write is not visible in ${this.options.vendorLabel} yet.`,
        write.advice,
        error,
      );
    }
    // The write happened. If the journal cannot record that now, the entry stays
    // PENDING and a retry finds the write with the vendor instead of repeating it.
    if (key) await this.journal.complete(key, result).catch(() => undefined);
    return { result, replayed: false, reconciled: false };
  }

  /**
   * Gives a key back after a write that surely did not happen. If the journal
   * cannot be reached now, the key stays PENDING: a retry then asks the vendor
   * first and finds nothing, which is safe. Either way the client hears why
   * the write failed (the vendor's refusal), not the journal's trouble.
   */
  private async releaseQuietly(key: string): Promise<void> {
    await this.journal.release(key).catch(() => undefined);
  }
}
