import { createHash, randomUUID } from "node:crypto";
import type { z } from "zod";
import { ErrorCode, HesabgraphError } from "../../src/core/errors.js";
import type { ExactlyOnce, ExactlyOnceOutcome, WriteResult } from "../../src/core/exactly-once.js";
import type { StateStore } from "../../src/core/store/state-store.js";
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
 * GUID derived from it and runs under the journal (src/core/exactly-once.ts);
 * when its answer is lost, the same call is sent again under the same GUID
 * (within Hesabfa's 24 hours), which Hesabfa answers with the first answer
 * replayed or with 120 — never by writing twice. On 120 the object is read
 * back. Without a key a write gets a fresh GUID and is never sent again.
 */
export class HesabfaWrites {
  constructor(
    private readonly client: HesabfaClient,
    private readonly exactlyOnce: ExactlyOnce,
    private readonly store: StateStore,
    private readonly scope: string,
    private readonly own: OwnChanges,
  ) {}

  run<S extends z.ZodTypeAny, R extends WriteResult>(write: HesabfaWrite<S, R>): Promise<ExactlyOnceOutcome<R>> {
    const key = write.idempotencyKey ?? undefined;
    const requestUniqueId = key ? requestIdOf(this.scope, key, write.part ?? 0) : randomUUID();
    const sentAt = `${this.scope}:rid:${requestUniqueId}`;
    const send = async (): Promise<R> => {
      if (key) await this.store.setIfAbsent(sentAt, String(Date.now()), RESEND_WINDOW_MS);
      let result: R;
      try {
        result = await write.map(await this.client.write(write.method, write.params, write.shape, requestUniqueId));
      } catch (error) {
        if (!isDuplicateRequest(error)) throw error;
        const found = await write.readBack();
        if (!found) {
          throw new HesabgraphError(ErrorCode.VENDOR_OUTCOME_UNKNOWN, `Hesabfa says this write was already made (error 120), but it could not be read back. ${write.advice}`, {
            vendor: "HESABFA",
            vendorCode: 120,
            retryable: false,
            details: { advice: write.advice },
          });
        }
        result = found;
      }
      await this.own.mark(write.own(result));
      return result;
    };
    return this.exactlyOnce.run<R>({
      idempotencyKey: key,
      request: { command: write.method, args: [write.params, write.part ?? 0] },
      send,
      find: key
        ? async () => {
            if ((await this.store.get(sentAt)) === undefined) {
              throw new Error("the first attempt is older than Hesabfa keeps request ids, so it cannot be sent again safely");
            }
            return send();
          }
        : undefined,
      advice: write.advice,
    });
  }
}
