import { createHash, randomUUID } from "node:crypto";
import type { z } from "zod";
import { ErrorCode, VendorError } from "../../src/core/errors.js";
import { AlreadyRecorded, type ExactlyOnce, type ExactlyOnceOutcome, type WriteResult } from "../../src/core/exactly-once.js";
import type { HesabfaClient } from "./client.js";
import { isDuplicateRequest } from "./errors.js";
import type { OwnChanges, OwnMark } from "./own-changes.js";

/**
 * A GUID (`xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx`) derived from the client's
 * idempotency key and the scope (tenant and business): the same on every
 * retry of one write, on any instance, so Hesabfa processes it once.
 */
export function requestIdOf(scope: string, idempotencyKey: string, part = 0): string {
  const hex = createHash("sha256").update(`${scope}\u0000${idempotencyKey}\u0000${part}`).digest("hex");
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Hesabfa keeps a requestUniqueId 24 hours; a resend under it is safe only well inside that. */
const RESEND_WINDOW_MS = 23 * 3600 * 1000;

export interface HesabfaWrite<S extends z.ZodTypeAny, R extends WriteResult> {
  idempotencyKey?: string | null;
  method: string;
  params: Record<string, unknown>;
  shape: S;
  /** The vendor's answer as the result journalled and returned. */
  map(answer: z.output<S>): R | Promise<R>;
  /** After 120 (already processed, no answer): the object read back; undefined when it cannot be found. */
  readBack(): Promise<R | undefined>;
  /** The objects this write changed, so the change feed knows them as hesabgraph's own. */
  own(result: R): OwnMark[];
  advice: string;
  /** Several calls for one write (a batch in chunks) each get their own id: this one's index. */
  part?: number;
}

/**
 * Hesabfa writes, exactly once. With an idempotencyKey the write carries the
 * GUID derived from it and runs under the journal (src/core/exactly-once.ts)
 * as a repeat-safe write: when its answer is lost it is sent again under the
 * same GUID (within Hesabfa's 24 hours), which Hesabfa answers with the first
 * answer replayed or with 120 — never by writing twice. On 120 the object is
 * read back. Without a key a write gets a fresh GUID and is never sent again.
 */
export class HesabfaWrites {
  constructor(
    private readonly client: HesabfaClient,
    private readonly exactlyOnce: ExactlyOnce,
    private readonly own: OwnChanges,
    private readonly scope: string,
  ) {}

  run<S extends z.ZodTypeAny, R extends WriteResult>(write: HesabfaWrite<S, R>): Promise<ExactlyOnceOutcome<R>> {
    const key = write.idempotencyKey ?? undefined;
    const send = async (requestUniqueId: string): Promise<R> => {
      let result: R;
      try {
        result = await write.map(await this.client.write(write.method, write.params, write.shape, requestUniqueId));
      } catch (error) {
        if (!isDuplicateRequest(error)) throw error;
        const found = await write.readBack();
        if (!found) {
          throw new VendorError("HESABFA", ErrorCode.VENDOR_OUTCOME_UNKNOWN, "Hesabfa says this write was already made (error 120), but it could not be read back.", "UNKNOWN", {
            vendorCode: 120,
            details: { advice: write.advice },
          });
        }
        await this.own.mark(write.own(found));
        throw new AlreadyRecorded(found);
      }
      await this.own.mark(write.own(result));
      return result;
    };
    const request = { method: write.method, params: write.params, part: write.part ?? 0 };
    if (!key) {
      return this.exactlyOnce.run<R>({ request, advice: write.advice, plan: { send: () => send(randomUUID()) } });
    }
    const requestUniqueId = requestIdOf(this.scope, key, write.part ?? 0);
    return this.exactlyOnce.run<R, { firstSentAt: number }>({
      idempotencyKey: key,
      request,
      advice: write.advice,
      plan: {
        repeatSafe: true,
        // When the first attempt left: kept with the key, so any instance knows whether a resend is still safe.
        precheck: async () => ({ firstSentAt: Date.now() }),
        send: async (checkpoint) => {
          if (checkpoint && Date.now() - checkpoint.firstSentAt > RESEND_WINDOW_MS) {
            throw new VendorError("HESABFA", ErrorCode.VENDOR_OUTCOME_UNKNOWN, "The first attempt is older than Hesabfa keeps request ids, so it is not sent again.", "UNKNOWN");
          }
          return send(requestUniqueId);
        },
      },
    });
  }
}
