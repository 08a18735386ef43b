/**
 * Every error code hesabgraph puts in `extensions.code`, in one place.
 * README.md ("Errors") documents each one for API users.
 */
export enum ErrorCode {
  /** The HTTP request itself could not be used (not JSON, too large, a persisted-query hash that does not match). */
  BAD_REQUEST = "BAD_REQUEST",
  /** The operation does not parse (or nests too deeply to parse). Apollo's code, kept. */
  GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED",
  /** The operation is not valid against the schema, or exceeds a limit (aliases). Apollo's code, kept. */
  GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED",
  BAD_USER_INPUT = "BAD_USER_INPUT",
  /** No API key, or one this server does not know (HTTP 401); or a vendor login that is needed (Hesabit). */
  UNAUTHENTICATED = "UNAUTHENTICATED",
  /** The API key may not do this (a read-only key and a mutation), or the page's origin may not call the graph (HTTP 403). */
  FORBIDDEN = "FORBIDDEN",
  /** The operation would cost more than HESABGRAPH_MAX_COST; refused before anything ran. */
  COST_LIMIT_EXCEEDED = "COST_LIMIT_EXCEEDED",
  NOT_FOUND = "NOT_FOUND",
  /** The vendor has no credentials in this deployment. */
  VENDOR_NOT_CONFIGURED = "VENDOR_NOT_CONFIGURED",
  VENDOR_RATE_LIMITED = "VENDOR_RATE_LIMITED",
  /** The vendor could not be reached (refused, reset, DNS, TLS handshake). */
  VENDOR_UNAVAILABLE = "VENDOR_UNAVAILABLE",
  /** The vendor did not answer within the configured timeout. */
  VENDOR_TIMEOUT = "VENDOR_TIMEOUT",
  /** The vendor answered with an error of its own (for Tahesab: `{"ERROR": …}`). */
  VENDOR_ERROR = "VENDOR_ERROR",
  /** The vendor refused our credentials. */
  VENDOR_UNAUTHORIZED = "VENDOR_UNAUTHORIZED",
  /** The vendor refused this server's settings for it (API access off, subscription expired, a fiscal year that does not exist); the message names what to fix. */
  VENDOR_MISCONFIGURED = "VENDOR_MISCONFIGURED",
  /** The vendor's TLS certificate is not the one pinned in configuration. */
  VENDOR_CERTIFICATE_MISMATCH = "VENDOR_CERTIFICATE_MISMATCH",
  /** A write whose fate could not be learned: it may or may not have been recorded. */
  VENDOR_OUTCOME_UNKNOWN = "VENDOR_OUTCOME_UNKNOWN",
  /** The shared state store (Redis, REDIS_URL) could not be used; no write was sent to a vendor. */
  STATE_UNAVAILABLE = "STATE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

export type VendorName = "TAHESAB" | "HESABFA" | "HESABIT";

export interface HesabgraphErrorOptions {
  vendor?: VendorName;
  vendorCode?: string | number;
  httpStatus?: number;
  retryable?: boolean;
  /** Extra, non-secret facts for the client (argument names, what to do next…). */
  details?: Record<string, unknown>;
  cause?: unknown;
}

/**
 * An error that knows its public code. It is a plain Error (datasources throw it
 * without knowing GraphQL); graphql-js copies `extensions` from an original error
 * onto the GraphQL error it reports, so the code reaches the client unchanged.
 */
export class HesabgraphError extends Error {
  readonly code: ErrorCode;
  readonly vendor?: VendorName;
  readonly vendorCode?: string | number;
  readonly httpStatus?: number;
  readonly retryable: boolean;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: HesabgraphErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "HesabgraphError";
    this.code = code;
    this.vendor = options.vendor;
    this.vendorCode = options.vendorCode;
    this.httpStatus = options.httpStatus;
    this.retryable = options.retryable ?? false;
    this.details = options.details;
  }

  get extensions(): Record<string, unknown> {
    const ext: Record<string, unknown> = { code: this.code };
    if (this.vendor) ext.vendor = this.vendor;
    if (this.vendorCode !== undefined) ext.vendorCode = this.vendorCode;
    if (this.httpStatus !== undefined) ext.httpStatus = this.httpStatus;
    if (this.vendor || this.retryable) ext.retryable = this.retryable;
    if (this.details) Object.assign(ext, this.details);
    return ext;
  }
}

/** A BAD_USER_INPUT error that names the offending argument or input field. */
export function badInput(field: string, problem: string, details: Record<string, unknown> = {}): HesabgraphError {
  return new HesabgraphError(ErrorCode.BAD_USER_INPUT, `Invalid value for "${field}": ${problem}`, {
    details: { field, ...details },
  });
}

/**
 * How a failed vendor call may have ended, for writes: `NOT_SENT` (surely
 * never reached the vendor), `REJECTED` (the vendor answered and refused it:
 * nothing was written), `UNKNOWN` (the answer was lost: it may have been written).
 */
export type WriteFate = "NOT_SENT" | "REJECTED" | "UNKNOWN";

export interface VendorErrorOptions extends Omit<HesabgraphErrorOptions, "vendor"> {
  /** Seconds the vendor asked us to wait (429 Retry-After, Hesabfa 101). */
  retryAfterSeconds?: number;
}

/**
 * A vendor call that failed, with what that means for a write: the
 * exactly-once runner (exactly-once.ts) releases the key of a write that
 * surely did not happen and reconciles one whose fate is unknown.
 */
export class VendorError extends HesabgraphError {
  readonly retryAfterSeconds?: number;

  constructor(vendor: VendorName, code: ErrorCode, message: string, readonly fate: WriteFate, options: VendorErrorOptions = {}) {
    const { retryAfterSeconds, details, ...rest } = options;
    super(code, message, {
      vendor,
      ...rest,
      details: retryAfterSeconds === undefined ? details : { ...details, retryAfterSeconds },
    });
    this.name = "VendorError";
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function vendorNotConfigured(vendor: VendorName, variables: string): HesabgraphError {
  return new HesabgraphError(
    ErrorCode.VENDOR_NOT_CONFIGURED,
    `${vendor} is not configured on this server (set ${variables}).`,
    { vendor, retryable: false },
  );
}
