import { beforeEach, describe, expect, it } from "vitest";
import { ErrorCode, VendorError } from "../../src/core/errors.js";
import { AddOnDetector } from "../../datasources/tahesab/add-on.js";
import { TahesabRefusal } from "../../datasources/tahesab/client.js";
import { codeClusters, TahesabCustomers } from "../../datasources/tahesab/customers.js";
import type { TahesabSimulator } from "../../sandbox/tahesab/index.js";
import { rejected } from "../support/thrown.js";
import { tahesabClient, useTahesabSimulator } from "./support.js";

/**
 * Tahesab's wire protocol and its small readers, driven directly against the
 * simulator over HTTPS (datasources/tahesab/client.ts, customers.ts,
 * add-on.ts): what each kind of answer becomes, and the exact calls made.
 */

const currentSim = useTahesabSimulator();
const olderSim = useTahesabSimulator({ addOn: "older" });
let current: TahesabSimulator;
let older: TahesabSimulator;
beforeEach(() => {
  [current, older] = [currentSim(), olderSim()];
});

const clientOf = (sim: TahesabSimulator, env: Record<string, string> = {}) => tahesabClient(sim, env);
const failure = (run: () => Promise<unknown>) => rejected(VendorError, run);

describe("the client", () => {
  it("passes on its settings", () => {
    const client = clientOf(current, { TAHESAB_DB: "DB1", TAHESAB_TIMEOUT_MS: "4321", TAHESAB_BATCH_SIZE: "17" });
    expect([client.dbName, client.timeoutMs, client.batchSize]).toEqual(["DB1", 4321, 17]);
  });

  it("refused credentials name the variables, quoting the vendor's body trimmed and cut short", async () => {
    current.faults.respondNext("CheckHealth", "  Invalid token\n", 401);
    const error = await failure(() => clientOf(current).read("CheckHealth", []));
    expect(error.code).toBe(ErrorCode.VENDOR_UNAUTHORIZED);
    expect(error.message).toBe("Tahesab refused the credentials (HTTP 401: Invalid token); check TAHESAB_TOKEN and TAHESAB_DB.");
    expect(error.httpStatus).toBe(401);
    current.faults.respondNext("CheckHealth", "x".repeat(100), 403);
    expect((await failure(() => clientOf(current).read("CheckHealth", []))).message).toBe(
      `Tahesab refused the credentials (HTTP 403: ${"x".repeat(80)}); check TAHESAB_TOKEN and TAHESAB_DB.`,
    );
  });

  it("a body that is not JSON: nothing recorded for a read, unknown for a write", async () => {
    current.faults.respondNext("DoListMoshtari", "<html>busy</html>");
    const read = await failure(() => clientOf(current).read("DoListMoshtari", [1, 2]));
    expect([read.code, read.fate, read.httpStatus, read.message]).toEqual([ErrorCode.VENDOR_ERROR, "REJECTED", 200, "Tahesab answered DoListMoshtari with a body that is not JSON."]);
    current.faults.respondNext("DoNewMoshtari", "OK");
    const write = await failure(() => clientOf(current).write("DoNewMoshtari", ["a", "b", "", "c"]));
    expect([write.fate, write.message]).toEqual(["UNKNOWN", "Tahesab answered DoNewMoshtari with a body that is not JSON."]);
  });

  it("a write answered without OK may have been recorded", async () => {
    current.faults.respondNext("DoNewMoshtari", '{"Code": 5}');
    const error = await failure(() => clientOf(current).write("DoNewMoshtari", ["a", "b", "", "c"]));
    expect([error.code, error.fate, error.message]).toEqual([ErrorCode.VENDOR_ERROR, "UNKNOWN", 'Tahesab answered DoNewMoshtari without {"OK": …}; whether it was recorded is not known.']);
    current.faults.respondNext("DoNewMoshtari", '{"ok": 77}');
    expect(await clientOf(current).write("DoNewMoshtari", ["a", "b", "", "c"])).toBe(77);
  });

  it("a refusal in any letter case is TahesabRefusal with its text trimmed; a null text is empty", async () => {
    current.faults.respondNext("DoListMoshtari", '{"error": "  کد تکراری  "}');
    const refusal = await failure(() => clientOf(current).read("DoListMoshtari", [1, 2]));
    expect(refusal).toBeInstanceOf(TahesabRefusal);
    expect((refusal as TahesabRefusal).text).toBe("کد تکراری");
    current.faults.respondNext("DoListMoshtari", '{"Error": null}');
    expect(((await failure(() => clientOf(current).read("DoListMoshtari", [1, 2]))) as TahesabRefusal).text).toBe("");
    current.faults.respondNext("DoListMoshtari", JSON.stringify({ ERROR: "خ".repeat(600) }));
    expect(((await failure(() => clientOf(current).read("DoListMoshtari", [1, 2]))) as TahesabRefusal).text).toBe("خ".repeat(500));
  });

  it("a read wrapped in OK is unwrapped; an object with OK among other keys is not", async () => {
    current.faults.respondNext("DoListMoshtari", '{"OK": {"5": {"Code": 5}}}');
    expect(await clientOf(current).read("DoListMoshtari", [1, 9])).toEqual({ "5": { Code: 5 } });
    current.faults.respondNext("DoListMoshtari", '{"OK": 1, "Count": 2}');
    expect(await clientOf(current).read("DoListMoshtari", [1, 9])).toEqual({ OK: 1, Count: 2 });
  });
});

describe("customer lookups", () => {
  it("a phone goes as a JSON number without its leading zeros; zeros inside are kept", async () => {
    const customers = new TahesabCustomers(clientOf(current));
    await customers.byPhone("009120001234");
    expect(current.requests.map((r) => r.args)).toEqual([[9120001234]]);
  });

  it("up to 15 digits are asked for; more, or anything but digits, finds nobody without a call", async () => {
    const customers = new TahesabCustomers(clientOf(current));
    await customers.byPhone("123456789012345");
    expect(current.count("DoListMoshtari")).toBe(1);
    expect(await customers.byPhone("1234567890123456")).toEqual([]);
    expect(await customers.byPhone("912x")).toEqual([]);
    expect(await customers.byPhone("x912")).toEqual([]);
    expect(await customers.byPhone("000")).toEqual([]);
    expect(current.count("DoListMoshtari")).toBe(1);
  });

  it("customers come in code order whatever order Tahesab lists them in", async () => {
    current.faults.respondNext("DoListMoshtari", '[{"Code": "30"}, {"Code": 4}, {"Code": "100"}]');
    const found = await new TahesabCustomers(clientOf(current)).byRange(1, 200);
    expect(found.map((c) => c.code)).toEqual(["4", "30", "100"]);
    expect(current.requests.map((r) => r.args)).toEqual([[1, 200]]);
  });

  it("codes are read as ranges of neighbours, and only those asked for are answered", async () => {
    const customers = new TahesabCustomers(clientOf(current));
    const found = await customers.byCodes(["0001", "2", "1"]);
    expect([...found.keys()].sort()).toEqual(["1", "2"]);
    expect(current.requests.map((r) => r.args)).toEqual([[1, 2]]);
  });
});

describe("code ranges", () => {
  it("a gap of up to 50 codes stays in one range; 51 starts another", () => {
    expect(codeClusters([10, 60])).toEqual([[10, 60]]);
    expect(codeClusters([10, 61])).toEqual([[10, 10], [61, 61]]);
  });
  it("no range spans 1,000 codes or more", () => {
    const steps = Array.from({ length: 21 }, (_, i) => 1 + i * 50); // 1, 51, …, 1001
    expect(codeClusters(steps)).toEqual([[1, 951], [1001, 1001]]);
    expect(codeClusters([...steps.slice(0, 20), 1000])).toEqual([[1, 1000]]);
  });
  it("sorted numerically, each code once", () => {
    expect(codeClusters([1000, 5, 30, 5, 960])).toEqual([[5, 30], [960, 1000]]);
    expect(codeClusters([])).toEqual([]);
  });
});

describe("the add-on", () => {
  it("is learnt once from CheckHealth: answered, a current one; refused, an older one", async () => {
    const detector = new AddOnDetector(clientOf(current), "auto");
    expect(await detector.addOn()).toBe("current");
    expect(await detector.addOn()).toBe("current");
    expect(current.count("CheckHealth")).toBe(1);
    expect(await new AddOnDetector(clientOf(older), "auto").addOn()).toBe("older");
  });

  it("a failure to learn it is not kept: the next question asks again", async () => {
    current.faults.failNext(1, "http500", "CheckHealth");
    const detector = new AddOnDetector(clientOf(current), "auto");
    expect((await failure(() => detector.addOn())).httpStatus).toBe(500);
    expect(await detector.addOn()).toBe("current");
    expect(current.count("CheckHealth")).toBe(2);
  });

  it("a setting is taken as given, without asking", async () => {
    expect(await new AddOnDetector(clientOf(current), "older").addOn()).toBe("older");
    expect(current.count()).toBe(0);
  });

  it("readiness of an older add-on: a balance lookup; its refusal names TAHESAB_DB, other failures pass as they are", async () => {
    const detector = new AddOnDetector(clientOf(older), "older");
    await detector.ping();
    expect(older.requests.map((r) => [r.command, r.args])).toEqual([["getmandehesabbycode", ["0"]]]);
    older.faults.failNext(1, "error", "getmandehesabbycode");
    const refused = await failure(() => detector.ping());
    expect(refused.message).toBe('Tahesab refused getmandehesabbycode (خطا در ارتباط با بانک اطلاعاتی ته حساب. لطفا دوباره تلاش نمایید.); check TAHESAB_DB (now "DB").');
    expect(refused).not.toBeInstanceOf(TahesabRefusal);
    expect([refused.vendor, refused.code]).toEqual(["TAHESAB", ErrorCode.VENDOR_ERROR]);
    older.faults.failNext(1, "http500", "getmandehesabbycode");
    const down = await failure(() => detector.ping());
    expect([down.httpStatus, down.message.includes("TAHESAB_DB")]).toEqual([500, false]);
  });

  it("readiness of a current add-on: CheckHealth, its status OK in any case, its database the one named in any case", async () => {
    const detector = new AddOnDetector(clientOf(current), "current");
    current.faults.respondNext("CheckHealth", '{"Api_Status": "ok", "DBName": "db"}');
    await detector.ping();
    current.faults.respondNext("CheckHealth", '{"Api_Status": "OKAY"}');
    const status = await failure(() => detector.ping());
    expect([status.vendor, status.code, status.retryable, status.message]).toEqual(["TAHESAB", ErrorCode.VENDOR_UNAVAILABLE, true, 'Tahesab\'s add-on reports Api_Status "OKAY".']);
    current.faults.respondNext("CheckHealth", '{"Api_Status": "OK", "DBName": "DB1"}');
    const otherDb = await failure(() => detector.ping());
    expect([otherDb.vendor, otherDb.code, otherDb.message]).toEqual([
      "TAHESAB", ErrorCode.VENDOR_ERROR, 'Tahesab\'s add-on opened the database "DB1", not the "DB" that TAHESAB_DB names: set TAHESAB_DB to the environment you mean.',
    ]);
    current.faults.failNext(1, "error", "CheckHealth");
    expect((await failure(() => detector.ping())).message).toMatch(/^Tahesab refused CheckHealth \(.+\); check TAHESAB_DB \(now "DB"\)\.$/);
    current.faults.respondNext("CheckHealth", '{"Status": "OK"}');
    expect((await failure(() => detector.ping())).message).toMatch(/^Tahesab answered CheckHealth in an unexpected shape: at Api_Status, /);
    expect(current.count("getmandehesabbycode")).toBe(0);
  });
});
