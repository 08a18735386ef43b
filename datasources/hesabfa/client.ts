import pLimit, { type LimitFunction } from "p-limit";
import type { Redis } from "ioredis";
import { z } from "zod";
import { ErrorCode, VendorError } from "../../src/core/errors.js";
import { statusError, VendorTransport, type VendorCallObserver } from "../../src/core/http/transport.js";
import { parseJson, stringifyJson } from "../../src/core/json.js";
import { RollingWindowLimiter } from "../../src/core/limits/rolling-window.js";
import type { Logger } from "../../src/core/logger.js";
import type { HesabfaConfig } from "./config.js";
import { envelopeError, hesabfaError } from "./errors.js";
import { integer } from "./fields.js";

/** Calls in flight to Hesabfa at once, per instance. */
const CONCURRENCY = 4;

const ENVELOPE = z.looseObject({
  Success: z.boolean(),
  ErrorCode: integer.nullish(),
  ErrorMessage: z.string().nullish(),
  Result: z.unknown().optional(),
});

/** Where a parse failed, from the part read: `Result.List[3].Code: is not a code…`. */
function firstIssue(error: z.ZodError, part: string): string {
  const issue = error.issues[0]!; // a failed parse always has one
  const path = issue.path.map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`)).join("");
  return `${part}${path}: ${issue.message}`;
}

/**
 * Reads a value against its declared shape; a surprise is a VENDOR_ERROR
 * naming the method and the part that did not fit. `part` is what the value
 * is: `Result` (the envelope's), `envelope`, `List entry`.
 */
export function parseShape<S extends z.ZodTypeAny>(method: string, shape: S, value: unknown, part = "Result"): z.output<S> {
  const parsed = shape.safeParse(value);
  if (!parsed.success) {
    const article = /^[aeiou]/i.test(part) ? "an" : "a";
    throw hesabfaError(ErrorCode.VENDOR_ERROR, `Hesabfa answered ${method} with ${article} ${part} that does not fit (${firstIssue(parsed.error, part)}).`, "UNKNOWN");
  }
  return parsed.data;
}

export interface HesabfaAnswer<T> {
  result: T;
  /** The whole envelope, for members beside Result (GetChanges' LastId). */
  envelope: Record<string, unknown>;
}

/**
 * Owns Hesabfa's wire protocol: `POST <base>/<area>/<method>` with one flat
 * JSON object, the credentials beside the method's parameters, `yearId` only
 * when one was chosen, `requestUniqueId` on writes only; the answer is the
 * envelope `{Success, ErrorCode, ErrorMessage, Result}` on HTTP 200, unwrapped
 * here and nowhere else. Every call first passes the rolling-window limiter
 * of the Hesabfa host.
 */
export class HesabfaClient {
  private readonly transport: VendorTransport;
  private readonly limiter: RollingWindowLimiter;
  private readonly slots: LimitFunction = pLimit(CONCURRENCY);
  private readonly credentials: Record<string, unknown>;

  constructor(private readonly config: HesabfaConfig, logger: Logger, redis: Redis | undefined, observer?: VendorCallObserver) {
    // The transport never queues (our own cap is the same) and never retries: a call spends a
    // token of the rate limit when it leaves, and a retry the limiter did not count could break it.
    this.transport = new VendorTransport({ vendor: "HESABFA", label: "Hesabfa", timeoutMs: config.timeoutMs, concurrency: CONCURRENCY, logger, observer });
    this.limiter = new RollingWindowLimiter({
      vendor: "HESABFA",
      label: "Hesabfa",
      key: `HESABFA:${new URL(config.url).host.toLowerCase()}`,
      limit: config.rateLimit,
      windowMs: config.rateWindowMs,
      maxWaitMs: config.rateMaxWaitMs,
      inFlightMs: config.timeoutMs,
      redis,
    });
    this.credentials = config.loginToken
      ? { apiKey: config.apiKey, loginToken: config.loginToken }
      : { apiKey: config.apiKey, userId: config.userId, password: config.password };
    if (config.yearId !== undefined) this.credentials.yearId = config.yearId;
  }

  get pageSize(): number {
    return this.config.pageSize;
  }

  get batchSize(): number {
    return this.config.batchSize;
  }

  /** A read (Get, Find, List): no requestUniqueId; retried once, with a fresh token, after a reset or a gateway error. */
  async read<S extends z.ZodTypeAny>(method: string, params: Record<string, unknown>, shape: S): Promise<z.output<S>> {
    return (await this.readEnvelope(method, params, shape)).result;
  }

  async readEnvelope<S extends z.ZodTypeAny>(method: string, params: Record<string, unknown>, shape: S): Promise<HesabfaAnswer<z.output<S>>> {
    try {
      return await this.call(method, params, shape, undefined);
    } catch (error) {
      const transient = error instanceof VendorError && (error.code === ErrorCode.VENDOR_UNAVAILABLE || (error.httpStatus !== undefined && error.httpStatus >= 502 && error.httpStatus <= 504));
      if (!transient) throw error;
      return this.call(method, params, shape, undefined);
    }
  }

  /** A write (Save, Delete, Set…) under this requestUniqueId; never retried here. */
  async write<S extends z.ZodTypeAny>(method: string, params: Record<string, unknown>, shape: S, requestUniqueId: string): Promise<z.output<S>> {
    return (await this.call(method, params, shape, requestUniqueId)).result;
  }

  private call<S extends z.ZodTypeAny>(method: string, params: Record<string, unknown>, shape: S, requestUniqueId: string | undefined): Promise<HesabfaAnswer<z.output<S>>> {
    return this.slots(async () => {
      const done = await this.limiter.acquire(method);
      // A read's requestUniqueId is undefined, which JSON leaves out.
      const body = { ...this.credentials, requestUniqueId, ...params };
      let response;
      try {
        response = await this.transport.send({ operation: method, url: this.config.url + method, body: stringifyJson(body), write: true });
      } finally {
        await done();
      }
      return this.unwrap(method, response.status, response.body, response.headers, shape);
    });
  }

  private unwrap<S extends z.ZodTypeAny>(method: string, status: number, body: string, headers: Record<string, string | string[] | undefined>, shape: S): HesabfaAnswer<z.output<S>> {
    // Clients treat HTTP 429 like ErrorCode 101; other statuses carry no JSON (the seed).
    if (status === 429) {
      const error = statusError(this.transport, method, { status, body, headers });
      if (error.retryAfterSeconds !== undefined) throw error;
      throw envelopeError(method, 101, "", this.config.rateWindowMs, status);
    }
    if (status !== 200) throw statusError(this.transport, method, { status, body, headers });
    let parsed: unknown;
    try {
      parsed = parseJson(body);
    } catch {
      throw hesabfaError(ErrorCode.VENDOR_ERROR, `Hesabfa answered ${method} with a body that is not JSON.`, "UNKNOWN", { httpStatus: status });
    }
    const envelope = parseShape(method, ENVELOPE, parsed, "envelope");
    if (!envelope.Success) {
      throw envelopeError(method, envelope.ErrorCode ?? 0, envelope.ErrorMessage ?? "", this.config.rateWindowMs, status);
    }
    return { result: parseShape(method, shape, envelope.Result), envelope: envelope as Record<string, unknown> };
  }

  /** Readiness: Hesabfa answered an authenticated, harmless read. */
  async ping(): Promise<void> {
    await this.read("setting/getCurrency", {}, z.unknown());
  }
}
