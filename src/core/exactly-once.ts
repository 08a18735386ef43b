import { createHash } from "node:crypto";
import { badInput, ErrorCode, HesabgraphError, VendorError, type VendorName } from "./errors.js";
import type { IdempotencyJournal } from "./store/journal.js";

export type WriteResult = Record<string, unknown>;
export type Checkpoint = Record<string, unknown>;

/** How a write is made and settled with the vendor. */
export interface WritePlan<R extends WriteResult, C extends Checkpoint = Checkpoint> {
  /**
   * Runs before the very first send: checks that refuse the write (throw),
   * and the facts later attempts need (returned), kept with the key in the
   * journal — e.g. the customers that already matched before the write, or
   * the code chosen for it — so a retry on another instance sees the same.
   */
  precheck?: () => Promise<C | void>;
  /** Sends the write. `save` replaces the checkpoint (a new code chosen after a collision). */
  send: (checkpoint: C | undefined, save: (checkpoint: C) => Promise<void>) => Promise<R>;
  /** Asks the vendor whether the write happened: the result if so, undefined if not; throws if it cannot tell. */
  find?: (checkpoint: C | undefined) => Promise<R | undefined>;
  /**
   * The vendor itself refuses (or replays) a repeat of this very write — a
   * Tahesab Factor_Code, a Hesabfa request id — so sending it again is
   * how a lost answer is settled: `send` throws `AlreadyRecorded` when the
   * vendor says it had the write already. No `find` is needed then.
   */
  repeatSafe?: boolean;
}

export interface ExactlyOnceWrite<R extends WriteResult, C extends Checkpoint = Checkpoint> {
  /** The client's idempotency key, if any. */
  idempotencyKey?: string | null;
  /** What the client asked for; its hash detects a key reused for another request. */
  request: Record<string, unknown>;
  /** What a client should do when the outcome stays unknown. */
  advice: string;
  /**
   * The plan, or how to make it: called only once the vendor has to be
   * reached, never for a repeat answered from the journal (working out the
   * plan may itself ask the vendor something, such as which add-on it runs).
   */
  plan: WritePlan<R, C> | (() => Promise<WritePlan<R, C>>);
}

type Planned<R extends WriteResult, C extends Checkpoint> = WritePlan<R, C> & { advice: string };

export interface ExactlyOnceOutcome<R> {
  result: R;
  /** Answered from the journal, nothing sent. */
  replayed: boolean;
  /** The send's answer was lost; the vendor confirmed the write afterwards. */
  reconciled: boolean;
}

/** Thrown by a repeat-safe `send` when the vendor answers that it has this write already: the write's result. */
export class AlreadyRecorded<R extends WriteResult = WriteResult> extends Error {
  constructor(readonly result: R) {
    super("the vendor has this write already");
    this.name = "AlreadyRecorded";
  }
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
  /** How many times a repeat-safe write whose answer was lost (not timed out) is sent again at once; default 2. */
  resends?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function planned<R extends WriteResult, C extends Checkpoint>(write: ExactlyOnceWrite<R, C>): Promise<Planned<R, C>> {
  const plan = typeof write.plan === "function" ? await write.plan() : write.plan;
  return { ...plan, advice: write.advice };
}

const fateOf = (error: unknown) => (error instanceof VendorError ? error.fate : error instanceof HesabgraphError ? "REJECTED" : "UNKNOWN");
const timedOut = (error: unknown) => error instanceof HesabgraphError && error.code === ErrorCode.VENDOR_TIMEOUT;

/**
 * Runs one vendor write at most once per idempotency key, and never sends it
 * again blind.
 *
 *   key journalled (PENDING, leased) → precheck (its facts kept) → send → DONE with the answer
 *   answer lost (timeout, dropped connection):
 *     repeat-safe write → sent again (the vendor refuses a repeat): done, or
 *       "already recorded" → DONE, the client gets its answer;
 *     otherwise → ask the vendor (`find`): recorded → DONE; not (yet) visible →
 *       stays PENDING, VENDOR_OUTCOME_UNKNOWN, and a retry with the same key asks
 *       again before it ever sends again.
 *     After a timeout nothing is sent again until the vendor has had `settleMs`
 *     to finish what it may still be doing.
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

  async run<R extends WriteResult, C extends Checkpoint = Checkpoint>(write: ExactlyOnceWrite<R, C>): Promise<ExactlyOnceOutcome<R>> {
    if (!write.idempotencyKey) return this.attempt(await planned(write), undefined, { first: true, checkpoint: undefined });
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

  private async keyed<R extends WriteResult, C extends Checkpoint>(write: ExactlyOnceWrite<R, C>, key: string, fingerprint: string): Promise<ExactlyOnceOutcome<R>> {
    const now = Date.now();
    const begun = await this.journal.begin({
      key, fingerprint, state: "PENDING", request: write.request, leaseUntil: now + this.options.leaseMs, createdAt: now, updatedAt: now,
    });
    if (begun.created) {
      let plan: Planned<R, C>;
      try {
        plan = await planned(write);
      } catch (error) {
        // Nothing was sent: the key is free again.
        await this.releaseQuietly(key);
        throw error;
      }
      return this.attempt(plan, key, { first: true, checkpoint: undefined });
    }
    const existing = begun.existing;
    if (existing.fingerprint !== fingerprint) {
      throw badInput("idempotencyKey", "was already used for a different request; use a new key for a new write");
    }
    if (existing.state === "DONE") return { result: existing.result as R, replayed: true, reconciled: false };
    return this.resume(write, key, fingerprint);
  }

  /** A PENDING key: take its lease (waiting while another instance holds it), settle its fate, then send only if need be. */
  private async resume<R extends WriteResult, C extends Checkpoint>(write: ExactlyOnceWrite<R, C>, key: string, fingerprint: string): Promise<ExactlyOnceOutcome<R>> {
    const deadline = Date.now() + this.options.leaseMs;
    let checkpoint: C | undefined;
    for (;;) {
      const now = Date.now();
      const claim = await this.journal.claim(key, now + this.options.leaseMs, now);
      if (!claim.entry) return this.keyed(write, key, fingerprint); // released meanwhile: a fresh start
      if (claim.entry.state === "DONE") return { result: claim.entry.result as R, replayed: true, reconciled: false };
      if (claim.claimed) {
        checkpoint = claim.entry.checkpoint as C | undefined;
        break;
      }
      if (now >= deadline) {
        throw outcomeUnknown(this.options.vendor, "Another request with this idempotencyKey is still being processed.", write.advice);
      }
      await sleep(this.pollMs);
    }
    let plan: Planned<R, C>;
    try {
      plan = await planned(write);
    } catch (error) {
      await this.journal.setLease(key, 0).catch(() => undefined);
      throw error;
    }
    // A repeat-safe write is settled by sending it again; any other is first looked for.
    if (plan.repeatSafe) return this.attempt(plan, key, { first: false, checkpoint });
    let found: R | undefined;
    try {
      found = await this.find(plan, checkpoint);
    } catch (error) {
      await this.journal.setLease(key, 0).catch(() => undefined);
      throw error;
    }
    if (found) {
      await this.journal.complete(key, found).catch(() => undefined);
      return { result: found, replayed: false, reconciled: true };
    }
    return this.attempt(plan, key, { first: false, checkpoint });
  }

  private async find<R extends WriteResult, C extends Checkpoint>(write: Planned<R, C>, checkpoint: C | undefined): Promise<R | undefined> {
    const label = this.options.vendorLabel;
    if (!write.find) {
      throw outcomeUnknown(this.options.vendor, `An earlier attempt with this idempotencyKey has an unknown outcome and ${label} cannot be asked about it.`, write.advice);
    }
    try {
      return await write.find(checkpoint);
    } catch (error) {
      throw outcomeUnknown(this.options.vendor, `${label} could not be asked whether an earlier attempt with this idempotencyKey was recorded.`, write.advice, error);
    }
  }

  private async attempt<R extends WriteResult, C extends Checkpoint>(
    write: Planned<R, C>,
    key: string | undefined,
    state: { first: boolean; checkpoint: C | undefined },
  ): Promise<ExactlyOnceOutcome<R>> {
    let checkpoint = state.checkpoint;
    if (state.first && write.precheck) {
      try {
        checkpoint = (await write.precheck()) ?? undefined;
        if (key && checkpoint) await this.journal.checkpoint(key, checkpoint);
      } catch (error) {
        // Nothing was written: the key is free again.
        if (key) await this.releaseQuietly(key);
        throw error;
      }
    }
    const save = async (next: C) => {
      checkpoint = next;
      if (key) await this.journal.checkpoint(key, next);
    };
    let resends = write.repeatSafe ? this.options.resends ?? 2 : 0;
    for (;;) {
      try {
        const result = await write.send(checkpoint, save);
        // The write happened. If the journal cannot record that now, the entry stays
        // PENDING and a retry settles it with the vendor instead of repeating it blind.
        if (key) await this.journal.complete(key, result).catch(() => undefined);
        return { result, replayed: false, reconciled: false };
      } catch (error) {
        if (error instanceof AlreadyRecorded) {
          if (key) await this.journal.complete(key, error.result).catch(() => undefined);
          return { result: error.result as R, replayed: false, reconciled: true };
        }
        if (fateOf(error) !== "UNKNOWN") {
          if (key) await this.releaseQuietly(key);
          throw error;
        }
        // The answer was lost: the write may or may not have been recorded.
        if (resends > 0 && !timedOut(error)) {
          resends -= 1;
          continue;
        }
        return this.lost(write, key, checkpoint, error);
      }
    }
  }

  /** After a lost answer: look for the write (when the vendor can be asked), else leave the key PENDING and say so. */
  private async lost<R extends WriteResult, C extends Checkpoint>(write: Planned<R, C>, key: string | undefined, checkpoint: C | undefined, error: unknown): Promise<ExactlyOnceOutcome<R>> {
    let found: R | undefined;
    if (!write.repeatSafe && write.find) {
      try {
        found = await write.find(checkpoint);
      } catch {
        found = undefined;
      }
    }
    if (found) {
      if (key) await this.journal.complete(key, found).catch(() => undefined);
      return { result: found, replayed: false, reconciled: true };
    }
    // A timed-out request may still be running at the vendor: nothing is sent again until it has settled.
    const settleMs = timedOut(error) ? this.options.settleMs ?? 0 : 0;
    if (key) await this.journal.setLease(key, settleMs > 0 ? Date.now() + settleMs : 0).catch(() => undefined);
    const label = this.options.vendorLabel;
    throw outcomeUnknown(
      this.options.vendor,
      `${label}'s answer was lost (${error instanceof Error ? error.message : "connection failed"}) and the write is not visible in ${label} yet.`,
      write.advice,
      error,
    );
  }

  /**
   * Gives a key back after a write that surely did not happen. If the journal
   * cannot be reached now, the key stays PENDING: a retry then settles it with
   * the vendor first, which is safe. Either way the client hears why the write
   * failed (the vendor's refusal), not the journal's trouble.
   */
  private async releaseQuietly(key: string): Promise<void> {
    await this.journal.release(key).catch(() => undefined);
  }
}
