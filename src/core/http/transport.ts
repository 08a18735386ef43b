import got, { RequestError, type Agents, type Got } from "got";
import pLimit, { type LimitFunction } from "p-limit";
import { ErrorCode, VendorError, type VendorName, type WriteFate } from "../errors.js";
import type { Logger } from "../logger.js";
import { CertificatePinMismatch } from "./tls-trust.js";

/** One call to a vendor, as a datasource's protocol client builds it. */
export interface VendorRequest {
  /** The vendor's name for what is asked (a Tahesab command, a Hesabfa method, `GET /customers`): in logs, errors and metrics. */
  operation: string;
  url: string;
  /** Default POST. */
  method?: "GET" | "POST" | "PUT" | "DELETE";
  /** The body, already serialised. */
  body?: string;
  /** Default `application/json` when there is a body. */
  contentType?: string;
  /** Writes are never retried here: a retry could make the write twice. */
  write: boolean;
}

export interface VendorResponse {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** What the transport reports about each call: for metrics and the per-operation log line. */
export interface VendorCallEvent {
  vendor: VendorName;
  operation: string;
  /** `ok`, or the error code the call failed with at the transport (HTTP statuses are judged by the vendor's client). */
  outcome: string;
  status?: number;
  ms: number;
}

export type VendorCallObserver = (event: VendorCallEvent) => void;

export interface TransportOptions {
  vendor: VendorName;
  /** The vendor's name for people ("Tahesab"), in messages. */
  label: string;
  timeoutMs: number;
  /** Most calls in flight to this vendor at once; default 4. */
  concurrency?: number;
  agent?: Agents;
  /** Sent with every call (authentication headers of header-authenticated vendors). */
  headers?: Record<string, string>;
  logger: Logger;
  /** What to tell the user when the vendor's TLS certificate is not trusted (which variables to set). */
  tlsAdvice?: string;
  /** The variable holding a pinned certificate fingerprint, named when the pin does not match. */
  pinVariable?: string;
  /** The URL as it may appear in a log line or an error: vendors that put a secret in the URL strip it here. */
  redactUrl?: (url: string) => string;
  observer?: VendorCallObserver;
}

// Network failures that happen before the request left us: a write then surely
// did not reach the vendor.
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ERR_HESABGRAPH_CERT_PIN"]);
const TLS_PROBLEM = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|EPROTO/;

/**
 * The HTTP side every vendor shares: got with a timeout, a concurrency cap,
 * one retry for reads that met a gateway error or a reset (never for writes),
 * and network failures turned into a VendorError that says whether a write
 * could have reached the vendor. HTTP statuses are passed back as they are:
 * what a status means is the vendor's protocol (see `statusError` for the
 * common readings).
 */
export class VendorTransport {
  private readonly http: Got;
  private readonly limit: LimitFunction;

  constructor(private readonly options: TransportOptions) {
    this.limit = pLimit(options.concurrency ?? 4);
    this.http = got.extend({
      agent: options.agent,
      headers: { "user-agent": "hesabgraph", ...options.headers },
      timeout: { request: options.timeoutMs },
      throwHttpErrors: false,
      responseType: "text",
      followRedirect: false,
    });
  }

  get vendor(): VendorName {
    return this.options.vendor;
  }

  get label(): string {
    return this.options.label;
  }

  get timeoutMs(): number {
    return this.options.timeoutMs;
  }

  /** Sends one call; throws VendorError when no HTTP answer came back. */
  send(request: VendorRequest): Promise<VendorResponse> {
    return this.limit(() => this.sendNow(request));
  }

  private async sendNow(request: VendorRequest): Promise<VendorResponse> {
    const started = Date.now();
    const { vendor, logger } = this.options;
    const url = this.options.redactUrl ? this.options.redactUrl(request.url) : request.url;
    try {
      const response = await this.http(request.url, {
        method: request.method ?? "POST",
        body: request.body,
        headers: request.body === undefined ? {} : { "content-type": request.contentType ?? "application/json" },
        retry: request.write
          ? { limit: 0 }
          : { limit: 1, methods: ["GET", "POST", "PUT", "DELETE"], statusCodes: [502, 503, 504], errorCodes: ["ECONNRESET", "EPIPE"] },
      });
      const ms = Date.now() - started;
      logger.debug({ vendor, operation: request.operation, ms, status: response.statusCode }, "vendor call");
      this.options.observer?.({ vendor, operation: request.operation, outcome: "ok", status: response.statusCode, ms });
      return { status: response.statusCode, body: response.body, headers: response.headers };
    } catch (error) {
      const mapped = this.networkError(error, request);
      const ms = Date.now() - started;
      logger.warn({ vendor, operation: request.operation, url, ms, code: mapped.code }, "vendor call failed");
      this.options.observer?.({ vendor, operation: request.operation, outcome: mapped.code, ms });
      throw mapped;
    }
  }

  private networkError(error: unknown, request: VendorRequest): VendorError {
    const { vendor, label } = this.options;
    const code = error instanceof RequestError ? error.code : undefined;
    const cause = error instanceof RequestError ? error.cause ?? error : error;
    if (cause instanceof CertificatePinMismatch) {
      return new VendorError(
        vendor,
        ErrorCode.VENDOR_CERTIFICATE_MISMATCH,
        `${label}'s TLS ${cause.message}${this.options.pinVariable ? ` (${this.options.pinVariable})` : ""}. Nothing was sent. If the certificate was renewed, pin the new one.`,
        "NOT_SENT",
      );
    }
    const fate: WriteFate = code && NOT_SENT_CODES.has(code) ? "NOT_SENT" : "UNKNOWN";
    if (code === "ETIMEDOUT") {
      return new VendorError(vendor, ErrorCode.VENDOR_TIMEOUT, `${label} did not answer ${request.operation} within ${this.options.timeoutMs} ms.`, fate, {
        retryable: true,
      });
    }
    const tlsProblem = Boolean(code && TLS_PROBLEM.test(code));
    const what = tlsProblem
      ? `the TLS certificate was not trusted (${code})${this.options.tlsAdvice ? `; ${this.options.tlsAdvice}` : ""}`
      : `the connection failed (${code ?? "network error"})`;
    return new VendorError(vendor, ErrorCode.VENDOR_UNAVAILABLE, `${label} could not be reached for ${request.operation}: ${what}.`, tlsProblem ? "NOT_SENT" : fate, {
      retryable: !tlsProblem,
    });
  }
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterSeconds(headers: VendorResponse["headers"], now = Date.now()): number | undefined {
  const raw = headers["retry-after"];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return undefined;
  if (/^\d{1,9}$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * The common meaning of an HTTP failure status, for vendors whose protocol
 * has nothing more specific to say: 429 rate limited (with Retry-After), 401
 * and 403 refused credentials, anything else a vendor error. A 5xx may have
 * been processed before the failure (fate UNKNOWN); a 4xx was refused.
 */
export function statusError(transport: { vendor: VendorName; label: string }, operation: string, response: VendorResponse, advice = ""): VendorError {
  const { vendor, label } = transport;
  const status = response.status;
  if (status === 429) {
    const after = retryAfterSeconds(response.headers);
    return new VendorError(
      vendor,
      ErrorCode.VENDOR_RATE_LIMITED,
      `${label} refused ${operation}: too many requests (HTTP 429)${after === undefined ? "" : `; retry after ${after} s`}.`,
      "REJECTED",
      { httpStatus: status, retryable: true, retryAfterSeconds: after },
    );
  }
  if (status === 401 || status === 403) {
    return new VendorError(vendor, ErrorCode.VENDOR_UNAUTHORIZED, `${label} refused the credentials (HTTP ${status}) for ${operation}.${advice ? ` ${advice}` : ""}`, "REJECTED", {
      httpStatus: status,
    });
  }
  const server = status >= 500;
  return new VendorError(vendor, ErrorCode.VENDOR_ERROR, `${label} answered HTTP ${status} to ${operation}.`, server ? "UNKNOWN" : "REJECTED", {
    httpStatus: status,
    retryable: server,
  });
}
