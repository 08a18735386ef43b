// requestUniqueId: honoured by writes only, a repeat within 24 hours is not
// processed again (replayed, or 120 by option), malformed ids refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHesabfaSimulator, type HesabfaSimulator } from "../../sandbox/hesabfa/index.js";
import { call, GUID, ok, refused, send, creds } from "./hesabfa-client.js";

const contact = (name: string) => ({ contact: { Name: name, Mobile: "09350000000" } });

describe('duplicateRequests: "replay" (default)', () => {
  let now = Date.UTC(2026, 5, 1, 8, 0, 0);
  let sim: HesabfaSimulator;
  beforeAll(async () => {
    sim = await startHesabfaSimulator({ rateLimit: null, clock: () => now });
  });
  afterAll(() => sim.close());

  it("processes a write once and answers a repeat with the first answer, byte for byte", async () => {
    const id = GUID();
    const before = sim.state.contacts.size;
    const first = await send(sim, "contact/save", { ...creds(sim), requestUniqueId: id, ...contact("یکبار") });
    const second = await send(sim, "contact/save", { ...creds(sim), requestUniqueId: id, ...contact("یکبار") });
    expect(first.json.Success).toBe(true);
    expect(second.text).toBe(first.text);
    expect(sim.state.contacts.size).toBe(before + 1);
    // Even a different body under the same id is not processed again.
    const third = await send(sim, "contact/save", { ...creds(sim), requestUniqueId: id.toUpperCase(), ...contact("دیگری") });
    expect(third.text).toBe(first.text);
    expect(sim.state.contacts.size).toBe(before + 1);
  });

  it("replays the answer as it was, not the object as it is now", async () => {
    const id = GUID();
    const saved = await ok(sim, "contact/save", { requestUniqueId: id, ...contact("قبل") });
    await ok(sim, "contact/save", { contact: { Code: saved.Code, Name: "بعد" } });
    expect((await ok(sim, "contact/save", { requestUniqueId: id, ...contact("قبل") })).Name).toBe("قبل");
    expect((await ok(sim, "contact/get", { code: saved.Code })).Name).toBe("بعد");
  });

  it("forgets an id after 24 hours", async () => {
    const id = GUID();
    const before = sim.state.contacts.size;
    await ok(sim, "contact/save", { requestUniqueId: id, ...contact("روز اول") });
    now += 24 * 3600 * 1000 - 1;
    await ok(sim, "contact/save", { requestUniqueId: id, ...contact("روز اول") });
    expect(sim.state.contacts.size).toBe(before + 1);
    now += 1;
    await ok(sim, "contact/save", { requestUniqueId: id, ...contact("روز اول") });
    expect(sim.state.contacts.size).toBe(before + 2);
  });

  it("does not let a refused write take its id: the corrected retry is processed", async () => {
    const id = GUID();
    expect((await refused(sim, "contact/save", { requestUniqueId: id, contact: { Mobile: "0912" } })).ErrorCode).toBe(104);
    expect((await ok(sim, "contact/save", { requestUniqueId: id, ...contact("درست") })).Name).toBe("درست");
  });

  it("honours it on every kind of write: delete, batchsave, savepayment, SetChangeHook", async () => {
    const saved = await ok(sim, "item/save", { item: { Name: "کالای حذفی" } });
    const id = GUID();
    expect(await ok(sim, "item/delete", { code: saved.Code, requestUniqueId: id })).toBe(true);
    expect(await ok(sim, "item/delete", { code: saved.Code, requestUniqueId: id })).toBe(true);
    expect((await refused(sim, "item/delete", { code: saved.Code })).ErrorCode).toBe(112);

    const batchId = GUID();
    const before = sim.state.items.size;
    await ok(sim, "item/batchsave", { requestUniqueId: batchId, items: [{ Name: "الف" }, { Name: "ب" }] });
    await ok(sim, "item/batchsave", { requestUniqueId: batchId, items: [{ Name: "الف" }, { Name: "ب" }] });
    expect(sim.state.items.size).toBe(before + 2);
  });

  it("ignores it on Get/Find/List methods, even a malformed one", async () => {
    const id = GUID();
    expect((await ok(sim, "contact/get", { code: 1, requestUniqueId: id })).Code).toBe("000001");
    expect((await ok(sim, "contact/get", { code: 2, requestUniqueId: id })).Code).toBe("000002");
    expect((await ok(sim, "contact/getcontacts", { requestUniqueId: "not-a-guid" })).List).toHaveLength(10);
    // A read's id is not taken either: a write may use it afterwards.
    expect((await ok(sim, "contact/save", { requestUniqueId: id, ...contact("پس از خواندن") })).Name).toBe("پس از خواندن");
  });

  it("refuses a malformed id on a write with 114, and an empty one too", async () => {
    for (const bad of ["", "123", "3adb4da2a970441e96fd9864a40d034d", "{3adb4da2-a970-441e-96fd-9864a40d034d}", "3adb4da2-a970-441e-96fd-9864a40d034g"]) {
      const { ErrorCode, ErrorMessage } = await refused(sim, "contact/save", { requestUniqueId: bad, ...contact("x") });
      expect(ErrorCode, bad).toBe(114);
      expect(ErrorMessage).toContain("requestUniqueId");
    }
    // Any GUID version is taken (the seed asks only for the form).
    expect((await call(sim, "contact/save", { requestUniqueId: "3adb4da2-a970-141e-06fd-9864a40d034d", ...contact("x") })).Success).toBe(true);
  });

  it("a write whose answer was dropped is replayed to the retry that carries the same id", async () => {
    const id = GUID();
    const before = sim.state.contacts.size;
    sim.faults.dropAfterWrite = { every: 1 };
    await expect(send(sim, "contact/save", { ...creds(sim), requestUniqueId: id, ...contact("گم شده") })).rejects.toThrow();
    sim.faults.reset();
    const retry = await ok(sim, "contact/save", { requestUniqueId: id, ...contact("گم شده") });
    expect(retry.Name).toBe("گم شده");
    expect(sim.state.contacts.size).toBe(before + 1);
  });
});

describe('duplicateRequests: "error120"', () => {
  let sim: HesabfaSimulator;
  beforeAll(async () => {
    sim = await startHesabfaSimulator({ rateLimit: null, duplicateRequests: "error120" });
  });
  afterAll(() => sim.close());

  it("answers a repeat with ErrorCode 120 DuplicateRequestId and processes nothing", async () => {
    const id = GUID();
    const before = sim.state.contacts.size;
    expect((await call(sim, "contact/save", { requestUniqueId: id, ...contact("یک") })).Success).toBe(true);
    const repeat = await call(sim, "contact/save", { requestUniqueId: id, ...contact("یک") });
    expect(repeat).toMatchObject({ Success: false, ErrorCode: 120, Result: null });
    expect(repeat.ErrorMessage).toContain("DuplicateRequestId");
    expect(sim.state.contacts.size).toBe(before + 1);
  });
});
