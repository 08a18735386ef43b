import { describe, expect, it } from "vitest";
import { ConfigError } from "../src/core/env.js";
import { MemoryStateStore } from "../src/core/store/state-store.js";
import { VendorError } from "../src/core/errors.js";
import { HESABIT_ITEM, manyOf, oneOf } from "../datasources/hesabit/answers.js";
import { pickCreated } from "../datasources/hesabit/reconcile.js";
import { HesabgraphError } from "../src/core/errors.js";
import { readHesabitConfig, tokenUrlOf } from "../datasources/hesabit/config.js";
import { hesabitId, idSegment, isHesabitId, transactionId } from "../datasources/hesabit/paths.js";
import { HesabitQuota, nextTehranMidnight, tehranDate, tehranDay } from "../datasources/hesabit/quota.js";
import { customerRecord, invoiceNamedBy, invoiceRecord, transactionRecord } from "../datasources/hesabit/records.js";
import { redactHesabitUrl, scrub, vendorMessageOf } from "../datasources/hesabit/vendor-text.js";

const client = { HESABIT_CLIENT_ID: "client-7", HESABIT_CLIENT_SECRET: "secret-8" };
const configError = (env: Record<string, string>): ConfigError => {
  try {
    readHesabitConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("expected a ConfigError");
};

describe("Hesabit's configuration, in words a person can act on", () => {
  it("says which variable is missing and why", () => {
    expect(configError({ HESABIT_REFRESH_TOKEN: "r-1" }).message).toBe("HESABIT_CLIENT_ID and HESABIT_CLIENT_SECRET are required when HESABIT_REFRESH_TOKEN is set");
    expect(configError({ HESABIT_CLIENT_SECRET: "s" }).message).toBe("HESABIT_CLIENT_ID is required when HESABIT_CLIENT_SECRET is set (the client made in Hesabit's panel)");
    expect(configError({ HESABIT_CLIENT_ID: "c" }).message).toBe("HESABIT_CLIENT_SECRET is required when HESABIT_CLIENT_ID is set (the client made in Hesabit's panel)");
    expect(readHesabitConfig({})).toBeUndefined();
    expect(readHesabitConfig({ HESABIT_REFRESH_TOKEN: "  " })).toBeUndefined();
  });

  it("every address: https or http, with its example when wrong; a callback must be hesabgraph's", () => {
    expect(configError({ ...client, HESABIT_API_URL: "ftp://x/" }).message).toBe('HESABIT_API_URL must be a https:// or http:// URL such as https://api.hesabit.com/v1/ (got "ftp://x/")');
    expect(configError({ ...client, HESABIT_AUTH_URL: "ftp://x/" }).message).toBe('HESABIT_AUTH_URL must be a https:// or http:// URL such as https://www.hesabit.com/oauth2/ (got "ftp://x/")');
    expect(configError({ ...client, HESABIT_REDIRECT_URI: "ftp://x/" }).message).toContain("such as https://graph.example/auth/hesabit/callback");
    expect(configError({ ...client, HESABIT_TOKEN_URL: "ftp://x/" }).message).toContain("https:// or http:// URL such as https://api.hesabit.com/oauth2/token");
    const long = `https://graph.example/${"p".repeat(100)}`;
    expect(configError({ ...client, HESABIT_REDIRECT_URI: long }).message).toBe(
      `HESABIT_REDIRECT_URI must end in /auth/hesabit/callback, where hesabgraph serves the callback (got ${JSON.stringify(long.slice(0, 80))})`,
    );
    const plain = readHesabitConfig({ ...client, HESABIT_API_URL: "http://a.example/v2/", HESABIT_AUTH_URL: "http://a.example/oauth2/", HESABIT_REDIRECT_URI: "http://g.example/auth/hesabit/callback", HESABIT_TOKEN_URL: "http://t.example/token" })!;
    expect(plain).toMatchObject({ apiUrl: "http://a.example/v2/", authUrl: "http://a.example/oauth2/", redirectUri: "http://g.example/auth/hesabit/callback", tokenUrl: "http://t.example/token" });
  });

  it("the token endpoint sits beside the API's version folder, with or without the trailing slash", () => {
    expect(tokenUrlOf("https://api.hesabit.com/v1/")).toBe("https://api.hesabit.com/oauth2/token");
    expect(tokenUrlOf("https://api.hesabit.com/v1")).toBe("https://api.hesabit.com/oauth2/token");
    expect(tokenUrlOf("http://127.0.0.1:9/x/v1")).toBe("http://127.0.0.1:9/x/oauth2/token");
  });
});

describe("Hesabit ids in paths", () => {
  it("letters, digits and -._~ up to 100; never . or ..", () => {
    for (const good of ["a", "5731b82a-346c-4a37-8801-087d2e65ec48", "a.b_c~d", "x".repeat(100), "...", ".a"]) expect(isHesabitId(good), good).toBe(true);
    for (const bad of ["", ".", "..", "a/b", "a b", "x".repeat(101), "%2e"]) expect(isHesabitId(bad), bad).toBe(false);
    expect(hesabitId("id", "abc")).toBe("abc");
    expect(() => hesabitId("input.code", "..")).toThrow('Invalid value for "input.code": is not a Hesabit id (letters, digits and -._~, at most 100 characters)');
  });

  it("transaction ids are digits only, up to 64", () => {
    expect(transactionId("id", "1".repeat(64))).toBe("1".repeat(64));
    for (const bad of ["", "12a", "a12", "1".repeat(65), "-1"]) {
      expect(() => transactionId("id", bad), bad).toThrow('Invalid value for "id": is not a Hesabit transaction id (a string of digits)');
    }
    expect(idSegment("a b/c")).toBe("a%20b%2Fc");
  });
});

describe("Hesabit's records as the graph's shapes", () => {
  const customer = { id: "c-1", name: "  نام  ", email: " ", mobile: null, address: "", company: "شرکت", tel: "021", created: 0 };
  it("a blank, spaces-only or absent field is null; text is trimmed; created 0 or absent is no time", () => {
    expect(customerRecord(customer)).toMatchObject({ vendor: "HESABIT", code: "c-1", name: "نام", email: null, mobile: null, address: null, company: "شرکت", phone: "021", fax: null, createdAt: null });
    expect(customerRecord({ ...customer, created: 1_700_000_000 }).createdAt).toBe("2023-11-14T22:13:20.000Z");
    expect(invoiceRecord({ id: "i-1", date: null, due: undefined, status: " paid " })).toMatchObject({ date: null, dueDate: null, paymentStatus: "PAID", vendorStatus: "paid", currency: "IRR", themeId: null, onlinePayment: null });
    expect(invoiceRecord({ id: "i-1", date: 0, due: 86400, status: "unpaid" })).toMatchObject({ date: null, dueDate: "1970-01-02T00:00:00.000Z", paymentStatus: null });
  });

  it("a transaction: approved or not, its invoice read from the description", () => {
    const t = { id: "9", description: "پرداخت فاکتور : لپ تاپ (مدل ۲) ( ۱۰۰۰۵ )", amount: "+0040", created: 1, status: "disapproved" as const };
    expect(transactionRecord(t)).toEqual({
      vendor: "HESABIT", code: "9", description: t.description, amount: "40", status: "DISAPPROVED", createdAt: "1970-01-01T00:00:01.000Z", invoiceTitle: "لپ تاپ (مدل ۲)", invoiceNumber: "10005",
    });
    expect(transactionRecord({ ...t, status: "approved" }).status).toBe("APPROVED");
    expect(invoiceNamedBy("پرداخت فاکتور : (10001)")).toEqual({ title: null, number: "10001" });
    expect(invoiceNamedBy("پرداخت فاکتور : عنوان ( )")).toBeNull();
    expect(invoiceNamedBy("کارمزد فاکتور")).toBeNull();
  });
});

describe("what Hesabit said about a failure", () => {
  it("the body's message, else OAuth's error and description; trimmed, one line, at most 300 characters", () => {
    expect(vendorMessageOf(JSON.stringify({ message: "  limit\\n must\u0000 be\t\tset  " }))).toBe("limit\\n must  be set");
    expect(vendorMessageOf(JSON.stringify({ message: "a\n\n\nb" }))).toBe("a b");
    expect(vendorMessageOf(JSON.stringify({ error: "invalid_grant", error_description: "expired" }))).toBe("invalid_grant: expired");
    expect(vendorMessageOf(JSON.stringify({ error: "invalid_grant", error_description: "  " }))).toBe("invalid_grant");
    expect(vendorMessageOf(JSON.stringify({ error: "invalid_grant", error_description: 5 }))).toBe("invalid_grant");
    expect(vendorMessageOf(JSON.stringify({ message: "said", error: "e" }))).toBe("said");
    expect(vendorMessageOf(JSON.stringify({ message: "   ", error: "e" }))).toBe("e");
    expect(vendorMessageOf(JSON.stringify({ message: "y".repeat(400) }))).toBe("y".repeat(300));
  });

  it("nothing when the body is not a JSON object with one of those", () => {
    for (const body of ["<html>", "", "null", "[]", '["message"]', '"message"', "12", "{}", '{"message": 5}', '{"error_description": "only"}']) {
      expect(vendorMessageOf(body), body).toBeUndefined();
    }
  });

  it("secrets of four characters or more are blanked wherever they appear", () => {
    expect(vendorMessageOf(JSON.stringify({ message: "token abcd-1 and abcd-1 again, id xyz" }), ["abcd-1", undefined, "xyz"])).toBe("token [redacted] and [redacted] again, id xyz");
    expect(scrub("a1b2 c3d", ["a1b2", "c3d", ""])).toBe("[redacted] c3d");
  });

  it("URLs are logged with every credential-bearing parameter blanked", () => {
    expect(redactHesabitUrl("https://h/v1/customers/?access_token=t0k&limit=5&code=C0DE#x")).toBe("https://h/v1/customers/?access_token=[redacted]&limit=5&code=[redacted]#x");
    expect(redactHesabitUrl("https://h/cb?STATE=s&refresh_token=r&client_secret=c&mycode=keep")).toBe("https://h/cb?STATE=[redacted]&refresh_token=[redacted]&client_secret=[redacted]&mycode=keep");
    expect(redactHesabitUrl("https://h/access_token=t")).toBe("https://h/access_token=t");
  });
});

describe("Hesabit's daily quota, on a set clock", () => {
  // 2024-10-27 20:29:59.000Z is 23:59:59 in Tehran; midnight comes a second later.
  const justBefore = Date.parse("2024-10-27T20:29:59.000Z");
  it("Tehran's days: the day, the next midnight and its date", () => {
    expect(tehranDate(tehranDay(justBefore))).toBe("2024-10-27");
    expect(tehranDate(tehranDay(justBefore + 1000))).toBe("2024-10-28");
    expect(nextTehranMidnight(justBefore)).toBe(justBefore + 1000);
  });

  it("counts per tenant and client, refuses past the limit until midnight, and gives units back", async () => {
    let now = justBefore - 60_000;
    const store = new MemoryStateStore(() => now);
    const quota = new HesabitQuota(store, "shop-1", "client-7", 2, () => now);
    await quota.take("GET /customers");
    await quota.take("GET /customers");
    expect(await quota.state()).toEqual({ limit: 2, used: 2, remaining: 0, day: "2024-10-27", resetsAt: "2024-10-27T20:30:00.000Z" });
    const refusal = await quota.take("POST /invoices").catch((e) => e);
    expect(refusal).toMatchObject({ code: "VENDOR_RATE_LIMITED", fate: "NOT_SENT", retryable: true, retryAfterSeconds: 61 });
    expect(refusal.message).toBe("Hesabit's daily quota of 2 requests is used up for today (Tehran time); POST /invoices was not sent. It starts again at midnight Tehran time, in 61 s.");
    expect(await quota.state()).toMatchObject({ used: 2, remaining: 0 });
    await quota.giveBack();
    await quota.giveBack();
    expect(await quota.state()).toMatchObject({ used: 1, remaining: 1 });
    // Another tenant, another client: counted apart.
    expect((await new HesabitQuota(store, "shop-2", "client-7", 2, () => now).state()).used).toBe(0);
    expect((await new HesabitQuota(store, "shop-1", "client-8", 2, () => now).state()).used).toBe(0);
    // Keys hold a fingerprint of the client id, never the id.
    const keys = [...(store as unknown as { held: Map<string, unknown> }).held.keys()];
    expect(keys).toEqual([expect.stringMatching(/^shop-1:HESABIT:quota:[0-9a-f]{16}:\d+$/)]);
    expect(keys[0]).not.toContain("client-7");
    // The count expires at midnight.
    now = justBefore + 1000;
    expect(await quota.state()).toEqual({ limit: 2, used: 0, remaining: 2, day: "2024-10-28", resetsAt: "2024-10-28T20:30:00.000Z" });
  });

  it("a count past the limit shows the limit used, none remaining", async () => {
    const store = new MemoryStateStore();
    const quota = new HesabitQuota(store, "t", "c", 3);
    for (let i = 0; i < 5; i++) await quota.take("x").catch(() => undefined);
    expect(await quota.state()).toMatchObject({ limit: 3, used: 3, remaining: 0 });
  });
});

describe("Hesabit's answers read against their shapes", () => {
  const misfit = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(VendorError);
      expect((error as VendorError).fate).toBe("UNKNOWN");
      return (error as VendorError).message;
    }
    throw new Error("read");
  };

  it("a list of wrapped objects, each read; anything else named by its place", () => {
    expect(manyOf("GET /items", [{ Item: { id: "a" } }, { Item: { id: 7 } }], "Item", HESABIT_ITEM)).toEqual([{ id: "a" }, { id: "7" }]);
    expect(misfit(() => manyOf("GET /items", { Item: { id: "a" } }, "Item", HESABIT_ITEM))).toBe("Hesabit answered GET /items with data that did not fit: data is not a list.");
    expect(misfit(() => manyOf("GET /items", [{ Item: { id: "a" } }, { Product: { id: "b" } }], "Item", HESABIT_ITEM))).toBe(
      'Hesabit answered GET /items with data that did not fit: data[1] is not a {"Item": …} object.',
    );
    for (const entry of [null, "Item", [{ Item: { id: "a" } }]]) {
      expect(misfit(() => manyOf("GET /items", [entry], "Item", HESABIT_ITEM))).toBe('Hesabit answered GET /items with data that did not fit: data[0] is not a {"Item": …} object.');
    }
    expect(misfit(() => manyOf("GET /items", [{ Item: { id: "" } }], "Item", HESABIT_ITEM))).toMatch(/^Hesabit answered GET \/items with data that did not fit: data\[0\]\.Item\.id .+\.$/);
    expect(misfit(() => manyOf("GET /items", [{ Item: 5 }], "Item", HESABIT_ITEM))).toMatch(/^Hesabit answered GET \/items with data that did not fit: data\[0\]\.Item [^.]/);
  });

  it("one object wrapped, or a list of exactly one", () => {
    expect(oneOf("GET /items/a", { Item: { id: "a" } }, "Item", HESABIT_ITEM)).toEqual({ id: "a" });
    expect(oneOf("GET /items/a", [{ Item: { id: "a" } }], "Item", HESABIT_ITEM)).toEqual({ id: "a" });
    expect(misfit(() => oneOf("GET /items/a", [], "Item", HESABIT_ITEM))).toBe("Hesabit answered GET /items/a with 0 objects where one was expected.");
    expect(misfit(() => oneOf("GET /items/a", [{ Item: { id: "a" } }, { Item: { id: "b" } }], "Item", HESABIT_ITEM))).toBe("Hesabit answered GET /items/a with 2 objects where one was expected.");
    expect(misfit(() => oneOf("GET /items/a", { Item: { id: "" } }, "Item", HESABIT_ITEM))).toMatch(/did not fit: data\.Item\.id /);
    expect(misfit(() => oneOf("GET /items/a", [{ Item: { id: "" } }], "Item", HESABIT_ITEM))).toMatch(/did not fit: data\[0\]\.Item\.id /);
    expect(misfit(() => oneOf("GET /items/a", { id: "a" }, "Item", HESABIT_ITEM))).toBe('Hesabit answered GET /items/a with data that did not fit: data is not a {"Item": …} object.');
  });
});

describe("a lost create found again by its details", () => {
  const a = { code: "a" };
  const b = { code: "b" };
  const c = { code: "c" };
  const unknown = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(HesabgraphError);
      expect((error as HesabgraphError).extensions).toMatchObject({ code: "VENDOR_OUTCOME_UNKNOWN", vendor: "HESABIT", retryable: false });
      return (error as HesabgraphError).message;
    }
    throw new Error("picked");
  };

  it("is the one candidate that was not there before the first send; none new is none", () => {
    expect(pickCreated({ existing: ["a", "b"] }, [a, b, c])).toBe(c);
    expect(pickCreated({ existing: ["a"] }, [a])).toBeUndefined();
    expect(pickCreated({ existing: [] }, [])).toBeUndefined();
  });

  it("two new ones, or nothing known of what was there before, cannot be told", () => {
    expect(unknown(() => pickCreated({ existing: ["a"] }, [a, b, c]))).toBe("2 new objects with these details exist in Hesabit; which one this request made cannot be told.");
    expect(unknown(() => pickCreated(undefined, [a]))).toBe("What existed before the first attempt is not known.");
  });
});
