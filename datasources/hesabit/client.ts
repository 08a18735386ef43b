import pLimit, { type LimitFunction } from "p-limit";
import { z } from "zod";
import { ErrorCode, VendorError } from "../../src/core/errors.js";
import { statusError, type VendorResponse, type VendorTransport } from "../../src/core/http/transport.js";
import { parseJson, stringifyJson } from "../../src/core/json.js";
import type { HesabitConfig } from "./config.js";
import type { HesabitQuota } from "./quota.js";
import type { HesabitTokens } from "./tokens.js";
import { vendorMessageOf } from "./vendor-text.js";

/** One call to Hesabit's /v1/ API. */
export interface HesabitCall {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** The vendor's name for it, without ids (`GET /customers/{id}`): in logs, errors and metrics. */
  operation: string;
  /** Below the API base, e.g. `customers/` or `customers/<id>` (ids already encoded). */
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: Record<string, unknown>;
}

/** A 2xx answer's envelope: `{data, success, status, message?}`. */
export interface HesabitAnswer {
  status: number;
  data: unknown;
  message?: string;
}

// The seed's success envelope. Only `data` is needed; `success` and `status` are checked when present.
const ENVELOPE = z.object({
  data: z.unknown().refine((value) => value !== undefined, "data is missing"),
  success: z.boolean().optional(),
  status: z.number().int().optional(),
  message: z.string().optional(),
});

// Only refusals (403) and answers that came but cannot be read (2xx) are made here: none is worth retrying as it is.
const hesabitError = (code: ErrorCode, message: string, fate: VendorError["fate"], httpStatus: number) => new VendorError("HESABIT", code, message, fate, { httpStatus });

/**
 * Hesabit's wire protocol on the shared transport: the access token as the
 * `access_token` query parameter of every call (the only form the seed shows;
 * the transport logs URLs with it blanked), JSON bodies, the `{data, success,
 * status}` envelope. Before anything is sent a call takes one unit of the
 * daily quota; a 401 gets one refresh (shared with every concurrent call, see
 * tokens.ts) and one more try, never a loop. Any non-2xx answer is a failure,
 * whatever its body: the body's `message` is quoted when there is one, and
 * 429 is VENDOR_RATE_LIMITED.
 */
export class HesabitClient {
  private readonly limit: LimitFunction;

  constructor(
    private readonly config: HesabitConfig,
    private readonly transport: VendorTransport,
    readonly tokens: HesabitTokens,
    readonly quota: HesabitQuota,
  ) {
    this.limit = pLimit(config.concurrency);
  }

  /**
   * The envelope of a 2xx answer. With `absentOn404`, a 404 answers undefined
   * (a read of one object by id: there is no such object).
   */
  call(call: HesabitCall, options: { absentOn404?: boolean } = {}): Promise<HesabitAnswer | undefined> {
    // The token is taken inside the slot, so calls queued behind a refresh go out with the new one.
    return this.limit(async () => {
      const write = call.method !== "GET";
      await this.quota.take(call.operation);
      let token: string;
      try {
        token = await this.tokens.accessToken();
      } catch (error) {
        // Nothing was sent to the API: the unit goes back, so the quota counts only real calls.
        await this.quota.giveBack().catch(() => undefined);
        throw error;
      }
      let response = await this.send(call, token, write);
      if (response.status === 401) {
        // Refused before anything was done (the token is checked first): safe to send again, once.
        const fresh = await this.tokens.afterRefusal(token);
        await this.quota.take(call.operation);
        response = await this.send(call, fresh, write);
        if (response.status === 401) {
          throw new VendorError(
            "HESABIT",
            ErrorCode.VENDOR_UNAUTHORIZED,
            `Hesabit refused a freshly issued access token for ${call.operation} (HTTP 401). Check the client's access in Hesabit's panel, or connect again at ${this.tokens.loginUrl}.`,
            "REJECTED",
            { httpStatus: 401, details: { loginUrl: this.tokens.loginUrl } },
          );
        }
      }
      if (response.status === 404 && options.absentOn404) return undefined;
      if (response.status < 200 || response.status > 299) throw this.failure(call.operation, response, token);
      return this.envelope(call.operation, response);
    });
  }

  private send(call: HesabitCall, token: string, write: boolean): Promise<VendorResponse> {
    const url = new URL(call.path, this.config.apiUrl);
    url.searchParams.set("access_token", token);
    for (const [name, value] of Object.entries(call.query ?? {})) if (value !== undefined) url.searchParams.set(name, String(value));
    return this.transport.send({
      operation: call.operation,
      url: url.toString(),
      method: call.method,
      body: call.body === undefined ? undefined : stringifyJson(call.body),
      write,
    });
  }

  private failure(operation: string, response: VendorResponse, token: string): VendorError {
    const said = vendorMessageOf(response.body, [token, this.config.clientSecret]);
    const error = statusError(this.transport, operation, response);
    if (response.status === 403) {
      return hesabitError(ErrorCode.VENDOR_UNAUTHORIZED, `Hesabit refused ${operation} (HTTP 403${said ? `: ${said}` : ""}); the connected account may lack access.`, "REJECTED", 403);
    }
    if (said) error.message = `${error.message.replace(/\.$/, "")}: ${said}`;
    return error;
  }

  private envelope(operation: string, response: VendorResponse): HesabitAnswer {
    let parsed: unknown;
    try {
      parsed = parseJson(response.body);
    } catch {
      throw hesabitError(ErrorCode.VENDOR_ERROR, `Hesabit answered ${operation} with a body that is not JSON (HTTP ${response.status}).`, "UNKNOWN", response.status);
    }
    const envelope = ENVELOPE.safeParse(parsed);
    if (!envelope.success) {
      throw hesabitError(ErrorCode.VENDOR_ERROR, `Hesabit answered ${operation} without its {data, success, status} envelope (${envelope.error.issues[0]?.message ?? "unexpected shape"}).`, "UNKNOWN", response.status);
    }
    if (envelope.data.success === false) {
      const said = envelope.data.message ? `: ${envelope.data.message.slice(0, 300)}` : "";
      throw hesabitError(ErrorCode.VENDOR_ERROR, `Hesabit answered ${operation} with success: false (HTTP ${response.status})${said}.`, "UNKNOWN", response.status);
    }
    return { status: response.status, data: envelope.data.data, message: envelope.data.message };
  }

  /** Readiness: an authenticated, harmless read (one unit of quota). */
  async ping(): Promise<void> {
    await this.call({ method: "GET", operation: "GET /customers", path: "customers/", query: { limit: 1 } });
  }
}
