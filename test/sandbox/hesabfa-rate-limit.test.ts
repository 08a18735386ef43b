// The rate limit: N requests in a rolling window per IP (50 a minute by
// default), the excess answered 200 + ErrorCode 101, or HTTP 429 by option.
import { afterEach, describe, expect, it } from "vitest";
import { startHesabfaSimulator, type HesabfaSimulator } from "../../sandbox/hesabfa/index.js";
import { call, creds, send } from "./hesabfa-client.js";

let sim: HesabfaSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe("rate limit", () => {
  it("is 50 a minute by default", async () => {
    sim = await startHesabfaSimulator({ seed: false });
    const answers = [];
    for (let i = 0; i < 51; i++) answers.push(await call(sim, "setting/getCurrency"));
    expect(answers.slice(0, 50).every((a) => a.Success)).toBe(true);
    expect(answers[50]).toMatchObject({ Success: false, ErrorCode: 101, Result: null });
  });

  it("answers the excess HTTP 200 with ErrorCode 101, records it, and lets requests through again as the window rolls", async () => {
    let now = 1_000_000;
    sim = await startHesabfaSimulator({ seed: false, rateLimit: { limit: 3, windowMs: 1000 }, clock: () => now });
    for (let i = 0; i < 3; i++) expect((await call(sim, "setting/getCurrency")).Success).toBe(true);
    now += 500;
    const excess = await send(sim, "setting/getCurrency", creds(sim));
    expect(excess.status).toBe(200);
    expect(excess.json).toMatchObject({ Success: false, ErrorCode: 101 });
    expect(sim.count("setting/getcurrency")).toBe(4);
    // Refused requests do not count: once the first three are a window old, three more pass.
    now += 500;
    for (let i = 0; i < 3; i++) expect((await call(sim, "setting/getCurrency")).Success, `after the window, ${i}`).toBe(true);
    expect((await call(sim, "setting/getCurrency")).ErrorCode).toBe(101);
  });

  it("counts every call, whatever its method or outcome", async () => {
    sim = await startHesabfaSimulator({ seed: false, rateLimit: { limit: 2, windowMs: 60_000 } });
    await send(sim, "contact/get", { apiKey: "wrong", loginToken: "x", code: 1 });
    await send(sim, "no/such", {});
    expect((await call(sim, "setting/getCurrency")).ErrorCode).toBe(101);
  });

  it("answers HTTP 429 with no body when configured so", async () => {
    sim = await startHesabfaSimulator({ seed: false, rateLimit: { limit: 1, windowMs: 60_000, status: 429 } });
    expect((await call(sim, "setting/getCurrency")).Success).toBe(true);
    const excess = await send(sim, "setting/getCurrency", creds(sim));
    expect(excess.status).toBe(429);
    expect(excess.text).toBe("");
  });

  it("is off with rateLimit: null", async () => {
    sim = await startHesabfaSimulator({ seed: false, rateLimit: null });
    for (let i = 0; i < 60; i++) expect((await call(sim, "setting/getCurrency")).Success).toBe(true);
  });
});
