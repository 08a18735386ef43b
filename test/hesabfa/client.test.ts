import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { ErrorCode, VendorError } from "../../src/core/errors.js";
import { createLogger } from "../../src/core/logger.js";
import { HesabfaClient } from "../../datasources/hesabfa/client.js";
import { readHesabfaConfig } from "../../datasources/hesabfa/config.js";
import { startHesabfaSimulator, type HesabfaSimulator } from "../../sandbox/hesabfa/index.js";
import { rejected } from "../support/thrown.js";
import { GUID } from "./support.js";

/**
 * Hesabfa's wire protocol (datasources/hesabfa/client.ts), driven directly
 * against the simulator: the body of reads and writes, which failures a read
 * tries again, and what each kind of answer becomes.
 */

let sim: HesabfaSimulator;
beforeAll(async () => {
  sim = await startHesabfaSimulator({ rateLimit: null });
});
afterAll(() => sim.close());
afterEach(() => {
  sim.faults.reset();
  sim.resetRequests();
});

const clientOf = (env: Record<string, string> = {}) =>
  new HesabfaClient(readHesabfaConfig({ HESABFA_URL: sim.url, HESABFA_API_KEY: sim.apiKey, HESABFA_LOGIN_TOKEN: sim.loginToken, HESABFA_RATE_LIMIT: "100000", ...env })!, createLogger("silent"), undefined);
const envelope = (result: unknown) => JSON.stringify({ Success: true, ErrorCode: 0, ErrorMessage: "", Result: result });
const CURRENCY = z.looseObject({ Currency: z.string() });

const failure = (run: () => Promise<unknown>) => rejected(VendorError, run);

describe("bodies", () => {
  it("a read carries the credentials and its parameters, no requestUniqueId; a write carries its id", async () => {
    const client = clientOf({ HESABFA_YEAR_ID: "2" });
    await client.read("setting/getCurrency", {}, CURRENCY);
    await client.write("contact/save", { contact: { Name: "الف" } }, z.unknown(), "7d3f2a4e-1b2c-4d5e-8f90-123456789abc");
    expect(sim.requests.map((r) => r.body)).toEqual([
      { apiKey: sim.apiKey, loginToken: sim.loginToken, yearId: 2 },
      { apiKey: sim.apiKey, loginToken: sim.loginToken, yearId: 2, requestUniqueId: "7d3f2a4e-1b2c-4d5e-8f90-123456789abc", contact: { Name: "الف" } },
    ]);
    expect((sim.requests[1]!.body as { requestUniqueId: string }).requestUniqueId).toMatch(GUID);
  });

  it("without a login token: the user id and password", async () => {
    await clientOf({ HESABFA_LOGIN_TOKEN: "", HESABFA_USER_ID: sim.userId, HESABFA_PASSWORD: sim.password }).read("setting/getCurrency", {}, CURRENCY);
    expect(sim.requests.map((r) => r.body)).toEqual([{ apiKey: sim.apiKey, userId: sim.userId, password: sim.password }]);
  });

  it("passes on its paging settings", () => {
    const client = clientOf({ HESABFA_PAGE_SIZE: "33", HESABFA_BATCH_SIZE: "44" });
    expect([client.pageSize, client.batchSize]).toEqual([33, 44]);
  });
});

describe("a read tried again", () => {
  it.each([502, 503, 504])("after HTTP %d, once", async (status) => {
    sim.faults.respondNext("setting/getCurrency", "", status);
    expect(await clientOf().read("setting/getCurrency", {}, CURRENCY)).toMatchObject({ Currency: expect.any(String) });
    expect(sim.count("setting/getCurrency")).toBe(2);
  });

  it.each([500, 501, 505])("never after HTTP %d", async (status) => {
    sim.faults.respondNext("setting/getCurrency", "", status);
    const error = await failure(() => clientOf().read("setting/getCurrency", {}, CURRENCY));
    expect(error.httpStatus).toBe(status);
    expect(sim.count("setting/getCurrency")).toBe(1);
  });

  it("after a reset connection, once; two in a row fail", async () => {
    sim.faults.failNext(1, "reset", "setting/getCurrency");
    await clientOf().read("setting/getCurrency", {}, CURRENCY);
    expect(sim.count("setting/getCurrency")).toBe(2);
    sim.resetRequests();
    sim.faults.failNext(2, "reset", "setting/getCurrency");
    expect((await failure(() => clientOf().read("setting/getCurrency", {}, CURRENCY))).code).toBe(ErrorCode.VENDOR_UNAVAILABLE);
    expect(sim.count("setting/getCurrency")).toBe(2);
  });

  it("never for a refusal, nor for a write", async () => {
    sim.faults.failNext(1, { errorCode: 112 }, "setting/getCurrency");
    expect((await failure(() => clientOf().read("setting/getCurrency", {}, CURRENCY))).vendorCode).toBe(112);
    expect(sim.count("setting/getCurrency")).toBe(1);
    sim.faults.respondNext("contact/save", "", 502);
    await failure(() => clientOf().write("contact/save", { contact: { Name: "ب" } }, z.unknown(), "0d3f2a4e-1b2c-4d5e-8f90-123456789abc"));
    expect(sim.count("contact/save")).toBe(1);
  });
});

describe("answers", () => {
  it("HTTP 429 with Retry-After: rate-limited for that long; without it, as error 101 for the window", async () => {
    sim.faults.respondNext("setting/getCurrency", "", 429, { "Retry-After": "7" });
    const said = await failure(() => clientOf().read("setting/getCurrency", {}, CURRENCY));
    expect([said.code, said.retryAfterSeconds]).toEqual([ErrorCode.VENDOR_RATE_LIMITED, 7]);
    sim.faults.respondNext("setting/getCurrency", "", 429);
    const unsaid = await failure(() => clientOf({ HESABFA_RATE_WINDOW_MS: "30000" }).read("setting/getCurrency", {}, CURRENCY));
    expect([unsaid.code, unsaid.retryAfterSeconds, unsaid.vendorCode, unsaid.httpStatus]).toEqual([ErrorCode.VENDOR_RATE_LIMITED, 30, 101, 429]);
  });

  it("a body that is not JSON", async () => {
    sim.faults.respondNext("setting/getCurrency", "<html>");
    const error = await failure(() => clientOf().read("setting/getCurrency", {}, CURRENCY));
    expect([error.code, error.fate, error.httpStatus, error.message]).toEqual([ErrorCode.VENDOR_ERROR, "UNKNOWN", 200, "Hesabfa answered setting/getCurrency with a body that is not JSON."]);
  });

  it("an envelope or a Result that does not fit names the part, from its root", async () => {
    sim.faults.respondNext("setting/getCurrency", '{"Success": "yes"}');
    expect((await failure(() => clientOf().read("setting/getCurrency", {}, CURRENCY))).message).toMatch(
      /^Hesabfa answered setting\/getCurrency with an envelope that does not fit \(envelope\.Success: .+\)\.$/,
    );
    sim.faults.respondNext("setting/getCurrency", envelope({ Currency: 5 }));
    const error = await failure(() => clientOf().read("setting/getCurrency", {}, CURRENCY));
    expect(error.message).toMatch(/^Hesabfa answered setting\/getCurrency with a Result that does not fit \(Result\.Currency: .+\)\.$/);
    expect(error.fate).toBe("UNKNOWN");
    sim.faults.respondNext("setting/getCurrency", envelope(null));
    expect((await failure(() => clientOf().read("setting/getCurrency", {}, CURRENCY))).message).toMatch(/ \(Result: .+\)\.$/);
  });

  it("a refusal without its code or message is error 0, said plainly", async () => {
    sim.faults.respondNext("setting/getCurrency", '{"Success": false, "ErrorCode": null, "ErrorMessage": null}');
    const error = await failure(() => clientOf().read("setting/getCurrency", {}, CURRENCY));
    expect([error.vendorCode, error.message]).toEqual([0, "Hesabfa refused setting/getCurrency (error 0)"]);
  });

  it("readiness asks the currency, whatever its shape", async () => {
    sim.faults.respondNext("setting/getCurrency", envelope([1, 2]));
    await clientOf().ping();
    expect(sim.count("setting/getCurrency")).toBe(1);
  });
});
