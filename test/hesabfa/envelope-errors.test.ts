import { describe, expect, it } from "vitest";
import { ErrorCode } from "../../src/core/errors.js";
import { envelopeError, isDuplicateRequest, isNotFound } from "../../datasources/hesabfa/errors.js";

/** Hesabfa's `Success: false` envelopes as errors (datasources/hesabfa/errors.ts): the code, the fate and the exact words of each kind. */

const summary = (e: ReturnType<typeof envelopeError>) => ({
  code: e.code, fate: e.fate, message: e.message, vendorCode: e.vendorCode, httpStatus: e.httpStatus, retryable: e.retryable, retryAfterSeconds: e.retryAfterSeconds,
});

describe("envelope errors", () => {
  it("101: rate-limited for the window, in whole seconds, at least one", () => {
    expect(summary(envelopeError("contact/get", 101, "Too many", 60_000, 200))).toEqual({
      code: ErrorCode.VENDOR_RATE_LIMITED, fate: "REJECTED", message: "Hesabfa refused contact/get: too many requests (error 101); retry after 60 s.",
      vendorCode: 101, httpStatus: 200, retryable: true, retryAfterSeconds: 60,
    });
    expect(envelopeError("contact/get", 101, "", 1_500, 429).retryAfterSeconds).toBe(2);
    expect(envelopeError("contact/get", 101, "", 100, 429).retryAfterSeconds).toBe(1);
  });

  it.each([
    [105, ErrorCode.VENDOR_MISCONFIGURED, "the business's API access is switched off: turn it on in Hesabfa (Settings, Financial settings, API)"],
    [106, ErrorCode.VENDOR_UNAUTHORIZED, "the login is not the business owner's: check HESABFA_LOGIN_TOKEN (or HESABFA_USER_ID and HESABFA_PASSWORD)"],
    [107, ErrorCode.VENDOR_UNAUTHORIZED, "no business has this API key: check HESABFA_API_KEY (Hesabfa: Settings, Financial settings, API)"],
    [108, ErrorCode.VENDOR_MISCONFIGURED, "the business's subscription has expired: renew it in Hesabfa"],
    [109, ErrorCode.VENDOR_MISCONFIGURED, "the fiscal year chosen does not exist: check HESABFA_YEAR_ID (1 for the first year; unset for the latest)"],
    [113, ErrorCode.VENDOR_UNAUTHORIZED, "no API key was sent: set HESABFA_API_KEY"],
  ])("%d says which setting to fix, not the vendor's words", (vendorCode, code, fix) => {
    expect(summary(envelopeError("setting/getCurrency", vendorCode, "متن فروشنده", 60_000, 200))).toEqual({
      code, fate: "REJECTED", message: `Hesabfa refused setting/getCurrency (error ${vendorCode}): ${fix}.`, vendorCode, httpStatus: 200, retryable: false, retryAfterSeconds: undefined,
    });
  });

  it("100: may have happened half-way, so its fate is unknown; retryable", () => {
    expect(summary(envelopeError("invoice/save", 100, "خطای داخلی", 60_000, 200))).toEqual({
      code: ErrorCode.VENDOR_ERROR, fate: "UNKNOWN", message: "Hesabfa failed on invoice/save with an internal error (100): خطای داخلی",
      vendorCode: 100, httpStatus: 200, retryable: true, retryAfterSeconds: undefined,
    });
    expect(envelopeError("invoice/save", 100, "", 60_000, 200).message).toBe("Hesabfa failed on invoice/save with an internal error (100)");
  });

  it("anything else is a refusal with the vendor's code and words, cut at 300 characters", () => {
    expect(summary(envelopeError("item/save", 190, "کالا تکراری است", 60_000, 200))).toEqual({
      code: ErrorCode.VENDOR_ERROR, fate: "REJECTED", message: "Hesabfa refused item/save (error 190): کالا تکراری است", vendorCode: 190, httpStatus: 200, retryable: false, retryAfterSeconds: undefined,
    });
    expect(envelopeError("item/save", 114, "", 60_000, 200).message).toBe("Hesabfa refused item/save (error 114)");
    expect(envelopeError("item/save", 190, "ب".repeat(400), 60_000, 200).message).toBe(`Hesabfa refused item/save (error 190): ${"ب".repeat(300)}`);
  });

  it("112 is not-found and 120 a duplicate request; nothing else is", () => {
    expect([isNotFound(envelopeError("a", 112, "", 1000, 200)), isNotFound(envelopeError("a", 111, "", 1000, 200)), isNotFound(new Error("112"))]).toEqual([true, false, false]);
    expect([isDuplicateRequest(envelopeError("a", 120, "", 1000, 200)), isDuplicateRequest(envelopeError("a", 112, "", 1000, 200))]).toEqual([true, false]);
  });
});
