// Faults: latency, down, failNext (http500, reset, http429, {errorCode}),
// dropAfterWrite, respondNext, reset. Nothing here asserts on timing.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startHesabfaSimulator, type HesabfaSimulator } from "../../sandbox/hesabfa/index.js";
import { call, creds, ok, send } from "./hesabfa-client.js";

let sim: HesabfaSimulator;
beforeAll(async () => {
  sim = await startHesabfaSimulator({ rateLimit: null });
});
afterAll(() => sim.close());
afterEach(() => {
  sim.faults.reset();
  sim.resetRequests();
});

const get = () => send(sim, "contact/get", { ...creds(sim), code: 1 });

describe("failNext", () => {
  it("http500: HTTP 500 with no body, recorded, nothing processed", async () => {
    sim.faults.failNext(1, "http500");
    const reply = await get();
    expect(reply.status).toBe(500);
    expect(reply.text).toBe("");
    expect((await get()).status).toBe(200);
    expect(sim.count("contact/get")).toBe(2);
  });

  it("http429: HTTP 429 with no body", async () => {
    sim.faults.failNext(2, "http429");
    expect((await get()).status).toBe(429);
    expect((await get()).status).toBe(429);
    expect((await get()).status).toBe(200);
  });

  it("reset: the connection is destroyed", async () => {
    sim.faults.failNext(1, "reset");
    await expect(get()).rejects.toThrow();
    expect((await get()).status).toBe(200);
  });

  it("{errorCode}: HTTP 200, Success false with that code, nothing processed", async () => {
    const before = sim.state.contacts.size;
    sim.faults.failNext(1, { errorCode: 108 });
    const answer = await call(sim, "contact/save", { contact: { Name: "نمی ماند" } });
    expect(answer).toMatchObject({ Success: false, ErrorCode: 108, Result: null });
    expect(sim.state.contacts.size).toBe(before);
  });

  it("only the named method (case-insensitively) when one is given; others pass", async () => {
    sim.faults.failNext(1, "http500", "Contact/Get");
    expect((await call(sim, "setting/getCurrency")).Success).toBe(true);
    expect((await get()).status).toBe(500);
    expect((await get()).status).toBe(200);
  });

  it("refuses an unknown kind or a bad count", () => {
    expect(() => sim.faults.failNext(1, "boom" as never)).toThrow(RangeError);
    expect(() => sim.faults.failNext(-1, "reset")).toThrow(RangeError);
  });
});

describe("dropAfterWrite", () => {
  it("processes and records every Nth write, then destroys its connection; reads are never dropped", async () => {
    sim.faults.dropAfterWrite = { every: 2 };
    const before = sim.state.contacts.size;
    expect((await call(sim, "contact/save", { contact: { Name: "اول" } })).Success).toBe(true);
    expect((await call(sim, "contact/get", { code: 1 })).Success).toBe(true);
    await expect(send(sim, "contact/save", { ...creds(sim), contact: { Name: "دوم" } })).rejects.toThrow();
    expect(sim.state.contacts.size).toBe(before + 2);
    expect([...sim.state.contacts.values()].some((c) => c.Name === "دوم")).toBe(true);
    expect((await call(sim, "contact/save", { contact: { Name: "سوم" } })).Success).toBe(true);
  });

  it("does not count refused writes", async () => {
    sim.faults.dropAfterWrite = { every: 1 };
    expect((await call(sim, "contact/save", { contact: {} })).ErrorCode).toBe(104);
    await expect(send(sim, "contact/save", { ...creds(sim), contact: { Name: "گم" } })).rejects.toThrow();
  });
});

describe("respondNext", () => {
  it("answers one call of that method with exactly the given body and status, processing nothing", async () => {
    const before = sim.state.contacts.size;
    sim.faults.respondNext("contact/save", '{"Success":true,"ErrorCode":0,"ErrorMessage":"","Result":{"Code":12}}');
    const reply = await send(sim, "Contact/Save", { ...creds(sim), contact: { Name: "x" } });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe('{"Success":true,"ErrorCode":0,"ErrorMessage":"","Result":{"Code":12}}');
    expect(sim.state.contacts.size).toBe(before);
    expect((await call(sim, "contact/save", { contact: { Name: "y" } })).Result.Name).toBe("y");
  });

  it("can answer non-JSON text and any status", async () => {
    sim.faults.respondNext("contact/get", "<html>bad gateway</html>", 502);
    const reply = await get();
    expect(reply.status).toBe(502);
    expect(reply.text).toBe("<html>bad gateway</html>");
  });
});

describe("latency and down", () => {
  it("still answers with latency set", async () => {
    sim.faults.latencyMs = 20;
    expect((await get()).status).toBe(200);
  });

  it("down destroys connections; back up, it answers again", async () => {
    sim.faults.down = true;
    await expect(get()).rejects.toThrow();
    sim.faults.down = false;
    expect((await get()).status).toBe(200);
  });

  it("reset turns every fault off", async () => {
    sim.faults.latencyMs = 5;
    sim.faults.failNext(3, "reset");
    sim.faults.dropAfterWrite = { every: 1 };
    sim.faults.respondNext("contact/get", "x");
    sim.faults.reset();
    expect(sim.faults.latencyMs).toBe(0);
    expect(sim.faults.dropAfterWrite).toBeNull();
    expect((await get()).json.Success).toBe(true);
    expect((await ok(sim, "contact/save", { contact: { Name: "پس از ریست" } })).Name).toBe("پس از ریست");
  });
});
