// The Tahesab simulator's faults over real HTTPS: latency, failures, canned
// answers (respondNext), lost answers after a recorded write (dropAfterWrite),
// the shop PC going off, and the one request the real add-on never answers.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTahesabSimulator, type TahesabSimulator } from "../../sandbox/tahesab/index.js";
import { call, error, factorCode, head, ok, read, refusalOf, send } from "./tahesab-client.js";

let sim: TahesabSimulator;
beforeAll(async () => {
  sim = await startTahesabSimulator();
});
afterAll(() => sim.close());
afterEach(() => {
  sim.faults.reset();
  sim.resetRequests();
});

const balanceArgs = ["1"];

describe("faults", () => {
  it("adds latencyMs before every response", async () => {
    sim.faults.latencyMs = 300;
    const started = Date.now();
    const reply = await send(sim, { getmandehesabbycode: balanceArgs });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(reply.json).toHaveProperty("MandeHesab");
    const unauthorised = Date.now();
    expect((await send(sim, {}, { authorization: null })).status).toBe(401);
    expect(Date.now() - unauthorised).toBeGreaterThanOrEqual(290);
  });

  it("failNext 'error' answers the next requests with a Persian ERROR and processes nothing", async () => {
    sim.faults.failNext(2, "error");
    const before = sim.state.customers.size;
    expect(refusalOf(await call(sim, "DoNewMoshtari", ["مشتري تست", "", "", ""]))).toMatch(/[\u0600-\u06FF]/);
    expect(refusalOf(await call(sim, "getmandehesabbycode", ["1"]))).toBeDefined();
    expect(sim.state.customers.size).toBe(before);
    expect(await read(sim, "getmandehesabbycode", ["1"])).toHaveProperty("MandeHesab");
    expect(sim.count()).toBe(3);
  });

  it("failNext 'http500' answers HTTP 500 without a JSON body", async () => {
    sim.faults.failNext(1, "http500");
    const reply = await send(sim, { getmandehesabbycode: balanceArgs });
    expect(reply.status).toBe(500);
    expect(reply.json).toBeUndefined();
    expect((await send(sim, { getmandehesabbycode: balanceArgs })).status).toBe(200);
  });

  it("failNext 'reset' destroys the socket before processing", async () => {
    sim.faults.failNext(1, "reset");
    const before = sim.state.customers.size;
    await expect(send(sim, { DoNewMoshtari: ["مشتري تست", "", "", ""] })).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(sim.state.customers.size).toBe(before);
    expect(sim.count("DoNewMoshtari")).toBe(1);
  });

  it("failNext with a command fails only that command", async () => {
    sim.faults.failNext(1, "error", "DoListEtiket");
    expect(await read(sim, "getmandehesabbycode", ["1"])).toHaveProperty("MandeHesab");
    expect(refusalOf(await call(sim, "DoListEtiket", [1, 2, 0]))).toBeDefined();
    expect(Object.keys(await read(sim, "DoListEtiket", [1, 2, 0]))).toEqual(["1", "2"]);
  });

  it("respondNext answers the next call of that command with exactly the raw body and status, processing nothing", async () => {
    const before = sim.state.customers.size;
    sim.faults.respondNext("DoNewMoshtari", '{"OK":"not a number"}');
    sim.faults.respondNext("DoNewMoshtari", "<html>busy</html>", 503);
    sim.faults.respondNext("getmandehesabbycode", '{"OK":{"MandeHesab":[]}}');
    const first = await send(sim, { DoNewMoshtari: ["مشتري تست", "", "", ""] });
    expect([first.status, first.text]).toEqual([200, '{"OK":"not a number"}']);
    expect(first.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(await read(sim, "DoListEtiket", [1, 1])).toHaveProperty("1"); // other commands are untouched
    const second = await send(sim, { DoNewMoshtari: ["مشتري تست", "", "", ""] });
    expect([second.status, second.text]).toEqual([503, "<html>busy</html>"]);
    expect((await send(sim, { getmandehesabbycode: ["1"] })).text).toBe('{"OK":{"MandeHesab":[]}}');
    expect(sim.state.customers.size).toBe(before);
    expect(sim.count("DoNewMoshtari")).toBe(2); // recorded all the same
    expect(typeof (await ok(sim, "DoNewMoshtari", ["مشتري تست", "", "", ""]))).toBe("number");
  });

  it("respondNext refuses a status that is not HTTP, and reset clears what is queued", async () => {
    expect(() => sim.faults.respondNext("CheckHealth", "{}", 99)).toThrow(RangeError);
    sim.faults.respondNext("CheckHealth", "{}");
    sim.faults.reset();
    expect(await read(sim, "CheckHealth", [])).toHaveProperty("Api_Status", "OK");
  });

  it("dropAfterWrite records every Nth write but the client sees a socket error", async () => {
    sim.faults.dropAfterWrite = { every: 2 };
    const cash = (factor: number) => [...head(1, 1, factor, 1403, 9, 1), 0, 1_000_000, "واریز"];
    const first = await ok(sim, "DoNewSanadVKHVaghNaghd", cash(9001));
    expect(first).toMatch(/^\d+$/);
    expect(await read(sim, "getmandehesabbycode", ["1"])).toHaveProperty("MandeHesab"); // reads are never dropped
    await expect(send(sim, { DoNewSanadVKHVaghNaghd: cash(9002) })).rejects.toThrow(/socket hang up|ECONNRESET/);
    // The write happened: the inquiry finds it.
    const found = Object.values(await read(sim, "DoNewSanadInquiry", [1, 9002, 1403, 9, 1])) as any[];
    expect(found).toHaveLength(1);
    expect(found[0].Sh_Factor).toBe(9002);
    expect(sim.state.documents.has(found[0].ID)).toBe(true);
    expect(await ok(sim, "DoNewSanadVKHVaghNaghd", cash(9003))).toMatch(/^\d+$/);
    expect(sim.count("DoNewSanadVKHVaghNaghd")).toBe(3);
  });

  it("dropAfterWrite drops the newer forms too: the retry with the same Factor_Code is refused as a duplicate", async () => {
    sim.faults.dropAfterWrite = { every: 1 };
    const code = factorCode(0x9004);
    const cash = [...head(1, 1, -1, 1403, 9, 1), 0, 1_000_000, "واریز", code, -1, -1, 0];
    await expect(send(sim, { DoNewSanadVKHVaghNaghd: cash })).rejects.toThrow(/socket hang up|ECONNRESET/);
    sim.faults.dropAfterWrite = null;
    expect(await error(sim, "DoNewSanadVKHVaghNaghd", cash)).toBe("کد فاکتور ارسالی شما (Factor_Code) تکراری می باشد.");
    const rows = Object.values(await read(sim, "DoListAsnad", [-1, 1, "1403-09-01", "1403-09-01", "", 0])) as any[];
    expect(rows.filter((r) => r.Factor_Code === code)).toHaveLength(1);
    sim.faults.dropAfterWrite = { every: 1 };
    await expect(send(sim, { DoNewMoshtari: ["مشتري گمشده", "", "09350000001", "", "", "", "", -1, 4001, 0] })).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(sim.state.customer(4001)).toBeDefined();
  });

  it("dropAfterWrite counts only successful writes", async () => {
    sim.faults.dropAfterWrite = { every: 1 };
    expect(refusalOf(await call(sim, "DoNewMoshtari", ["", "", "", ""]))).toBeDefined(); // empty name: refused, answered
    await expect(send(sim, { DoNewMoshtari: ["مشتري دراپ", "", "", ""] })).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(sim.state.findCustomersByName("مشتری دراپ")).toHaveLength(1);
  });

  it("down destroys every connection until it is switched off", async () => {
    sim.faults.down = true;
    await expect(send(sim, { getmandehesabbycode: balanceArgs })).rejects.toThrow(/ECONNRESET|socket|disconnected|TLS/);
    expect(sim.count()).toBe(0);
    sim.faults.down = false;
    expect((await send(sim, { getmandehesabbycode: balanceArgs })).status).toBe(200);
  });

  it("reset switches every fault off", async () => {
    sim.faults.latencyMs = 5000;
    sim.faults.down = true;
    sim.faults.failNext(3, "http500");
    sim.faults.dropAfterWrite = { every: 1 };
    sim.faults.respondNext("DoNewMoshtari", "{}");
    sim.faults.reset();
    expect(sim.faults.latencyMs).toBe(0);
    expect(sim.faults.down).toBe(false);
    expect(sim.faults.dropAfterWrite).toBeNull();
    expect(typeof (await ok(sim, "DoNewMoshtari", ["مشتري بعد از ريست", "", "", ""]))).toBe("number");
  });
});

describe("a DoListAsnad with an empty date bound never answers", () => {
  const hangs = async (args: unknown[]) => {
    const pending = send(sim, { DoListAsnad: args }, { signal: AbortSignal.timeout(150) });
    await expect(pending).rejects.toMatchObject({ name: expect.stringMatching(/AbortError|TimeoutError/) });
  };

  it("in the newer form: the client's own timeout must fire", async () => {
    await hangs([-1, 1, "", "1403-12-29", "", 0]);
    await hangs([-1, 1, "1403-01-01", "", "", 0]);
    expect(sim.count("DoListAsnad")).toBe(2); // recorded, never answered
  });

  it("in the seed's form too, and other requests are served meanwhile", async () => {
    const pending = send(sim, { DoListAsnad: [10, 0, "", ""] }, { signal: AbortSignal.timeout(300) });
    expect(await read(sim, "CheckHealth", [])).toHaveProperty("Api_Status", "OK");
    await expect(pending).rejects.toMatchObject({ name: expect.stringMatching(/AbortError|TimeoutError/) });
  });

  it("bad arguments are still refused first", async () => {
    expect(await error(sim, "DoListAsnad", [-1, "1", "", ""])).toContain("2 (Moshtari_Code)");
  });
});
