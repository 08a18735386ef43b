import { ErrorCode, VendorError, type WriteFate } from "../../src/core/errors.js";

const VENDOR = "HESABFA" as const;

/** A Hesabfa failure; `fate` says whether a write could have been recorded. */
export function hesabfaError(
  code: ErrorCode,
  message: string,
  fate: WriteFate,
  extra: { httpStatus?: number; vendorCode?: number; retryable?: boolean; retryAfterSeconds?: number } = {},
): VendorError {
  return new VendorError(VENDOR, code, message, fate, extra);
}

/** Hesabfa's published ErrorCode table, plus 199 and 120 that clients have met. */
export const HesabfaCode = {
  INTERNAL_ERROR: 100,
  TOO_MANY_REQUESTS: 101,
  MISSING_DATA: 103,
  MISSING_PARAMETER: 104,
  API_DISABLED: 105,
  USER_IS_NOT_OWNER: 106,
  BUSINESS_NOT_FOUND: 107,
  BUSINESS_EXPIRED: 108,
  FISCAL_YEAR_NOT_FOUND: 109,
  ID_MUST_BE_ZERO: 110,
  ID_MUST_NOT_BE_ZERO: 111,
  OBJECT_NOT_FOUND: 112,
  MISSING_API_KEY: 113,
  OUT_OF_RANGE: 114,
  DUPLICATE_REQUEST: 120,
  APPLICATION_ERROR: 190,
  NO_SHAREHOLDERS: 199,
} as const;

/** What the operator must change, per configuration-type code. */
const CONFIGURATION: Record<number, { code: ErrorCode; fix: string }> = {
  105: { code: ErrorCode.VENDOR_MISCONFIGURED, fix: "the business's API access is switched off: turn it on in Hesabfa (Settings, Financial settings, API)" },
  106: {
    code: ErrorCode.VENDOR_UNAUTHORIZED,
    fix: "the login is not the business owner's: check HESABFA_LOGIN_TOKEN (or HESABFA_USER_ID and HESABFA_PASSWORD)",
  },
  107: { code: ErrorCode.VENDOR_UNAUTHORIZED, fix: "no business has this API key: check HESABFA_API_KEY (Hesabfa: Settings, Financial settings, API)" },
  108: { code: ErrorCode.VENDOR_MISCONFIGURED, fix: "the business's subscription has expired: renew it in Hesabfa" },
  109: { code: ErrorCode.VENDOR_MISCONFIGURED, fix: "the fiscal year chosen does not exist: check HESABFA_YEAR_ID (1 for the first year; unset for the latest)" },
  113: { code: ErrorCode.VENDOR_UNAUTHORIZED, fix: "no API key was sent: set HESABFA_API_KEY" },
};

/**
 * The GraphQL error for an envelope with `Success: false`. 101 is a rate
 * limit (retry after the window), 105–109 and 113 say which setting to fix,
 * 100 may have happened half-way (its fate is unknown), everything else is a
 * refusal with the vendor's code and message.
 */
export function envelopeError(method: string, vendorCode: number, message: string, windowMs: number, httpStatus: number): VendorError {
  const said = message ? `: ${message.slice(0, 300)}` : "";
  if (vendorCode === HesabfaCode.TOO_MANY_REQUESTS) {
    const after = Math.max(1, Math.ceil(windowMs / 1000));
    return hesabfaError(ErrorCode.VENDOR_RATE_LIMITED, `Hesabfa refused ${method}: too many requests (error 101); retry after ${after} s.`, "REJECTED", {
      vendorCode,
      httpStatus,
      retryable: true,
      retryAfterSeconds: after,
    });
  }
  const configuration = CONFIGURATION[vendorCode];
  if (configuration) {
    return hesabfaError(configuration.code, `Hesabfa refused ${method} (error ${vendorCode}): ${configuration.fix}.`, "REJECTED", { vendorCode, httpStatus });
  }
  if (vendorCode === HesabfaCode.INTERNAL_ERROR) {
    return hesabfaError(ErrorCode.VENDOR_ERROR, `Hesabfa failed on ${method} with an internal error (100)${said}`, "UNKNOWN", { vendorCode, httpStatus, retryable: true });
  }
  return hesabfaError(ErrorCode.VENDOR_ERROR, `Hesabfa refused ${method} (error ${vendorCode})${said}`, "REJECTED", { vendorCode, httpStatus });
}

/** True for the vendor's "no such object" (112). */
export const isNotFound = (error: unknown): boolean => error instanceof VendorError && error.vendorCode === HesabfaCode.OBJECT_NOT_FOUND;

/** True for "this requestUniqueId was already processed" (120). */
export const isDuplicateRequest = (error: unknown): boolean => error instanceof VendorError && error.vendorCode === HesabfaCode.DUPLICATE_REQUEST;
