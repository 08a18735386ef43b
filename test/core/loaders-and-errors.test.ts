import { describe, expect, it } from "vitest";
import { badInput, ErrorCode, HesabgraphError, VendorError, vendorNotConfigured } from "../../src/core/errors.js";
import { batchedLoader, parallelLoader } from "../../src/core/loaders.js";

const canonical = (code: string) => code.replace(/^0+(?=\d)/, "");

describe("batched loaders", () => {
  it("one fetch per batch of at most maxBatchSize; answers picked by canonical key; absent keys are null", async () => {
    const batches: string[][] = [];
    const loader = batchedLoader<string, string>(
      async (keys) => {
        batches.push([...keys]);
        return new Map(keys.filter((k) => k !== "9").map((k) => [canonical(k), `item ${canonical(k)}`]));
      },
      { keyOf: canonical, maxBatchSize: 2 },
    );
    const answers = await Promise.all(["1", "01", "2", "9", "3"].map((k) => loader.load(k)));
    expect(answers).toEqual(["item 1", "item 1", "item 2", null, "item 3"]);
    // "01" is "1": asked once.
    expect(batches).toEqual([["1", "2"], ["9", "3"]]);
  });

  it("an Error in the answer fails that key alone", async () => {
    const loader = batchedLoader<string, string>(async () => new Map<string, string | Error>([["1", "one"], ["2", new Error("no 2")]]), { keyOf: canonical });
    const [one, two] = await Promise.allSettled([loader.load("1"), loader.load("2")]);
    expect(one).toEqual({ status: "fulfilled", value: "one" });
    expect(two).toMatchObject({ status: "rejected", reason: new Error("no 2") });
  });

  it("without maxBatchSize every key of a tick goes in one fetch", async () => {
    const batches: number[] = [];
    const loader = batchedLoader<string, string>(async (keys) => (batches.push(keys.length), new Map()), { keyOf: canonical });
    await Promise.all(Array.from({ length: 250 }, (_, i) => loader.load(String(i))));
    expect(batches).toEqual([250]);
  });
});

describe("parallel loaders", () => {
  it("one fetch per distinct canonical key; a failure fails that key alone, a thrown non-error becomes an Error", async () => {
    const asked: string[] = [];
    const loader = parallelLoader<string, string>(async (key) => {
      asked.push(key);
      if (key === "2") throw new HesabgraphError(ErrorCode.VENDOR_ERROR, "two failed");
      if (key === "3") throw "three failed";
      return key === "4" ? null : `item ${key}`;
    }, canonical);
    const results = await Promise.allSettled(["1", "001", "2", "3", "4"].map((k) => loader.load(k)));
    expect(asked).toEqual(["1", "2", "3", "4"]);
    expect(results[0]).toEqual({ status: "fulfilled", value: "item 1" });
    expect(results[1]).toEqual({ status: "fulfilled", value: "item 1" });
    expect(results[2]).toMatchObject({ status: "rejected", reason: { code: "VENDOR_ERROR", message: "two failed" } });
    expect(results[3]).toMatchObject({ status: "rejected", reason: new Error("three failed") });
    expect((results[3] as PromiseRejectedResult).reason).toBeInstanceOf(Error);
    expect(results[4]).toEqual({ status: "fulfilled", value: null });
  });
});

describe("errors and their extensions", () => {
  it("a plain error: only its code, not retryable, no cause", () => {
    const error = new HesabgraphError(ErrorCode.NOT_FOUND, "gone");
    expect(error.extensions).toEqual({ code: "NOT_FOUND" });
    expect(error.retryable).toBe(false);
    expect(error.name).toBe("HesabgraphError");
    expect(error.message).toBe("gone");
    expect("cause" in error).toBe(false);
  });

  it("every option given reaches the extensions, details merged in", () => {
    const cause = new Error("socket");
    const error = new HesabgraphError(ErrorCode.VENDOR_ERROR, "m", {
      vendor: "HESABFA", vendorCode: 0, httpStatus: 500, retryable: true, details: { method: "invoice/save" }, cause,
    });
    expect(error.extensions).toEqual({ code: "VENDOR_ERROR", vendor: "HESABFA", vendorCode: 0, httpStatus: 500, retryable: true, method: "invoice/save" });
    expect(error.cause).toBe(cause);
  });

  it("retryable is said whenever a vendor is named, and when true without one", () => {
    expect(new HesabgraphError(ErrorCode.VENDOR_ERROR, "m", { vendor: "TAHESAB" }).extensions).toEqual({ code: "VENDOR_ERROR", vendor: "TAHESAB", retryable: false });
    expect(new HesabgraphError(ErrorCode.STATE_UNAVAILABLE, "m", { retryable: true }).extensions).toEqual({ code: "STATE_UNAVAILABLE", retryable: true });
  });

  it("badInput names the field in the message and the extensions", () => {
    const error = badInput("input.weightGrams", "must be positive", { min: 0 });
    expect(error.message).toBe('Invalid value for "input.weightGrams": must be positive');
    expect(error.extensions).toEqual({ code: "BAD_USER_INPUT", field: "input.weightGrams", min: 0 });
    expect(badInput("first", "too big").extensions).toEqual({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("a vendor error carries its fate, and Retry-After among the details when given", () => {
    const limited = new VendorError("HESABIT", ErrorCode.VENDOR_RATE_LIMITED, "slow down", "REJECTED", { httpStatus: 429, retryable: true, retryAfterSeconds: 30, details: { quota: "daily" } });
    expect(limited.fate).toBe("REJECTED");
    expect(limited.retryAfterSeconds).toBe(30);
    expect(limited.name).toBe("VendorError");
    expect(limited).toBeInstanceOf(HesabgraphError);
    expect(limited.extensions).toEqual({ code: "VENDOR_RATE_LIMITED", vendor: "HESABIT", httpStatus: 429, retryable: true, quota: "daily", retryAfterSeconds: 30 });
    const plain = new VendorError("TAHESAB", ErrorCode.VENDOR_UNAVAILABLE, "off", "NOT_SENT");
    expect(plain.retryAfterSeconds).toBeUndefined();
    expect(plain.extensions).toEqual({ code: "VENDOR_UNAVAILABLE", vendor: "TAHESAB", retryable: false });
    expect(new VendorError("TAHESAB", ErrorCode.VENDOR_ERROR, "x", "UNKNOWN", { details: { a: 1 } }).extensions).toEqual({ code: "VENDOR_ERROR", vendor: "TAHESAB", retryable: false, a: 1 });
  });

  it("a vendor not configured says which variables to set", () => {
    const error = vendorNotConfigured("HESABFA", "HESABFA_API_KEY and HESABFA_LOGIN_TOKEN");
    expect(error.message).toBe("HESABFA is not configured on this server (set HESABFA_API_KEY and HESABFA_LOGIN_TOKEN).");
    expect(error.extensions).toEqual({ code: "VENDOR_NOT_CONFIGURED", vendor: "HESABFA", retryable: false });
  });
});
