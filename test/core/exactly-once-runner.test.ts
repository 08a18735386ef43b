import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ErrorCode, HesabgraphError, VendorError } from "../../src/core/errors.js";
import { AlreadyRecorded, ExactlyOnce, type ExactlyOnceOptions, type WritePlan } from "../../src/core/exactly-once.js";
import { MemoryJournal } from "../../src/core/store/memory-journal.js";

/**
 * The exactly-once runner against an in-memory journal: what is journalled,
 * when a key is given back, what is sent again and what is looked for. Leases
 * are short and set here, so no test waits for a production-sized one.
 */
type Result = { id: string };
const ADVICE = "Retry with the same idempotencyKey.";
const options = (extra: Partial<ExactlyOnceOptions> = {}): ExactlyOnceOptions => ({ vendor: "HESABIT", vendorLabel: "Hesabit", scope: "t1:HESABIT", leaseMs: 60_000, pollMs: 5, ...extra });

const lost = () => new VendorError("HESABIT", ErrorCode.VENDOR_UNAVAILABLE, "socket hang up", "UNKNOWN", { retryable: true });
const timedOut = () => new VendorError("HESABIT", ErrorCode.VENDOR_TIMEOUT, "no answer in 1000 ms", "UNKNOWN", { retryable: true });
const refused = () => new VendorError("HESABIT", ErrorCode.VENDOR_ERROR, "refused", "REJECTED");

/** A plan whose every step is recorded; `sends` answer in turn (an Error is thrown). */
function plan(steps: { sends?: Array<Result | Error | AlreadyRecorded<Result>>; finds?: Array<Result | undefined | Error>; precheck?: () => Promise<any>; repeatSafe?: boolean; withoutFind?: boolean } = {}) {
  const calls: string[] = [];
  const checkpoints: unknown[] = [];
  const sends = [...(steps.sends ?? [{ id: "R-1" }])];
  const finds = [...(steps.finds ?? [])];
  const p: WritePlan<Result> = {
    repeatSafe: steps.repeatSafe,
    precheck: steps.precheck && (async () => (calls.push("precheck"), steps.precheck!())),
    send: async (checkpoint) => {
      calls.push("send");
      checkpoints.push(checkpoint);
      const next = sends.length > 1 ? sends.shift()! : sends[0];
      if (next instanceof Error) throw next;
      return next as Result;
    },
    find: steps.withoutFind
      ? undefined
      : async (checkpoint) => {
          calls.push("find");
          checkpoints.push(checkpoint);
          const next = finds.shift();
          if (next instanceof Error) throw next;
          return next;
        },
  };
  return { plan: p, calls, checkpoints };
}

async function failure(promise: Promise<unknown>): Promise<HesabgraphError> {
  try {
    await promise;
  } catch (error) {
    return error as HesabgraphError;
  }
  throw new Error("expected a failure");
}

describe("a write without an idempotency key", () => {
  it("is prechecked and sent once, and nothing is journalled", async () => {
    const journal = new MemoryJournal();
    const { plan: p, calls } = plan({ precheck: async () => ({ code: 7 }) });
    const outcome = await new ExactlyOnce(journal, options()).run({ request: { a: 1 }, advice: ADVICE, plan: p });
    expect(outcome).toEqual({ result: { id: "R-1" }, replayed: false, reconciled: false });
    expect(calls).toEqual(["precheck", "send"]);
    expect(journal.size()).toBe(0);
  });

  it("a lost answer is looked for, and settled when found", async () => {
    const { plan: p, calls } = plan({ sends: [lost()], finds: [{ id: "R-found" }] });
    const outcome = await new ExactlyOnce(new MemoryJournal(), options()).run({ idempotencyKey: null, request: {}, advice: ADVICE, plan: p });
    expect(outcome).toEqual({ result: { id: "R-found" }, replayed: false, reconciled: true });
    expect(calls).toEqual(["send", "find"]);
  });
});

/** A memory journal that records which of its methods were called. */
function recordingJournal() {
  const journal = new MemoryJournal();
  const used: string[] = [];
  const recorded = new Proxy(journal, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => (used.push(String(name)), value.apply(target, args));
    },
  });
  return { journal: recorded, used };
}

describe("a write without an idempotency key never touches the journal", () => {
  const cases: Array<[string, Parameters<typeof plan>[0], "ok" | "error"]> = [
    ["prechecked with facts, then sent", { precheck: async () => ({ code: 7 }) }, "ok"],
    ["a precheck that refuses", { precheck: async () => Promise.reject(refused()) }, "error"],
    ["the vendor's \"already recorded\"", { sends: [new AlreadyRecorded({ id: "R-0" })] }, "ok"],
    ["a refusal", { sends: [refused()] }, "error"],
    ["a lost answer found again", { sends: [lost()], finds: [{ id: "R-found" }] }, "ok"],
    ["a lost answer not found", { sends: [lost()], finds: [undefined] }, "error"],
    ["a timed-out answer, with settleMs", { sends: [timedOut()], finds: [undefined] }, "error"],
    ["a repeat-safe write lost, then sent again", { sends: [lost(), { id: "R-2" }], repeatSafe: true }, "ok"],
  ];
  it.each(cases)("%s", async (_name, steps, expected) => {
    const { journal, used } = recordingJournal();
    const { plan: p } = plan(steps);
    const run = new ExactlyOnce(journal, options({ settleMs: 10_000 })).run({ request: {}, advice: ADVICE, plan: p });
    if (expected === "ok") await run;
    else await failure(run);
    expect(used).toEqual([]);
  });
});

describe("a keyed write", () => {
  it("is journalled PENDING under <scope>:<key> with the request's fingerprint and a lease, then DONE with its answer", async () => {
    const journal = new MemoryJournal();
    const seen: unknown[] = [];
    const runner = new ExactlyOnce(journal, options({ leaseMs: 30_000 }));
    const before = Date.now();
    const outcome = await runner.run({
      idempotencyKey: "k-1", request: { amount: "12" }, advice: ADVICE,
      plan: {
        send: async () => {
          seen.push(await journal.get("t1:HESABIT:k-1"));
          return { id: "R-1" };
        },
      },
    });
    const after = Date.now();
    expect(outcome).toEqual({ result: { id: "R-1" }, replayed: false, reconciled: false });
    const pending = seen[0] as any;
    expect(pending).toMatchObject({ key: "t1:HESABIT:k-1", state: "PENDING", request: { amount: "12" }, fingerprint: createHash("sha256").update('{"amount":"12"}').digest("hex") });
    expect(pending.leaseUntil).toBeGreaterThanOrEqual(before + 30_000);
    expect(pending.leaseUntil).toBeLessThanOrEqual(after + 30_000);
    expect(pending.createdAt).toBeGreaterThanOrEqual(before);
    expect(pending.createdAt).toBeLessThanOrEqual(after);
    expect(await journal.get("t1:HESABIT:k-1")).toMatchObject({ state: "DONE", result: { id: "R-1" }, leaseUntil: 0 });
  });

  it("a repeat is answered from the journal: the plan is not even made", async () => {
    const journal = new MemoryJournal();
    const runner = new ExactlyOnce(journal, options());
    await runner.run({ idempotencyKey: "k-2", request: { a: 1 }, advice: ADVICE, plan: plan().plan });
    let planned = 0;
    const again = await runner.run({ idempotencyKey: "k-2", request: { a: 1 }, advice: ADVICE, plan: async () => (planned++, plan().plan) });
    expect(again).toEqual({ result: { id: "R-1" }, replayed: true, reconciled: false });
    expect(planned).toBe(0);
  });

  it("a key reused for another request is BAD_USER_INPUT naming idempotencyKey, and nothing is sent", async () => {
    const runner = new ExactlyOnce(new MemoryJournal(), options());
    await runner.run({ idempotencyKey: "k-3", request: { a: 1 }, advice: ADVICE, plan: plan().plan });
    const other = plan();
    const error = await failure(runner.run({ idempotencyKey: "k-3", request: { a: 2 }, advice: ADVICE, plan: other.plan }));
    expect(error.extensions).toEqual({ code: "BAD_USER_INPUT", field: "idempotencyKey" });
    expect(error.message).toBe('Invalid value for "idempotencyKey": was already used for a different request; use a new key for a new write');
    expect(other.calls).toEqual([]);
  });

  it("the same key in another scope is another write", async () => {
    const journal = new MemoryJournal();
    await new ExactlyOnce(journal, options({ scope: "A" })).run({ idempotencyKey: "k", request: { a: 1 }, advice: ADVICE, plan: plan().plan });
    const second = plan({ sends: [{ id: "R-B" }] });
    const outcome = await new ExactlyOnce(journal, options({ scope: "B" })).run({ idempotencyKey: "k", request: { a: 1 }, advice: ADVICE, plan: second.plan });
    expect(outcome).toMatchObject({ result: { id: "R-B" }, replayed: false });
    expect(second.calls).toEqual(["send"]);
  });

  it("the precheck's facts are journalled and handed to send; a precheck without facts journals none", async () => {
    const journal = new MemoryJournal();
    const runner = new ExactlyOnce(journal, options());
    const withFacts = plan({ precheck: async () => ({ code: "C-9" }) });
    await runner.run({ idempotencyKey: "k-4", request: {}, advice: ADVICE, plan: withFacts.plan });
    expect(withFacts.checkpoints).toEqual([{ code: "C-9" }]);
    expect((await journal.get("t1:HESABIT:k-4"))!.checkpoint).toEqual({ code: "C-9" });
    const without = plan({ precheck: async () => undefined });
    await runner.run({ idempotencyKey: "k-5", request: {}, advice: ADVICE, plan: without.plan });
    expect(without.checkpoints).toEqual([undefined]);
    expect((await journal.get("t1:HESABIT:k-5"))!.checkpoint).toBeUndefined();
  });
});

describe("a key is given back when the write surely did not happen", () => {
  for (const [what, error] of [
    ["the vendor refused it", refused()],
    ["it was never sent", new VendorError("HESABIT", ErrorCode.VENDOR_UNAVAILABLE, "refused", "NOT_SENT")],
    ["our own check refused it", new HesabgraphError(ErrorCode.BAD_USER_INPUT, "no such customer")],
  ] as const) {
    it(`${what}: the error as it is, the key free for a corrected retry`, async () => {
      const journal = new MemoryJournal();
      const runner = new ExactlyOnce(journal, options());
      const first = plan({ sends: [error] });
      expect(await failure(runner.run({ idempotencyKey: "k", request: { a: 1 }, advice: ADVICE, plan: first.plan }))).toBe(error);
      expect(first.calls).toEqual(["send"]);
      expect(await journal.get("t1:HESABIT:k")).toBeUndefined();
      // The retry is a fresh write: prechecked and sent, never looked for.
      const retry = plan({ precheck: async () => ({ n: 1 }) });
      expect(await runner.run({ idempotencyKey: "k", request: { a: 1 }, advice: ADVICE, plan: retry.plan })).toMatchObject({ replayed: false, reconciled: false });
      expect(retry.calls).toEqual(["precheck", "send"]);
    });
  }

  it("the precheck refused it: nothing sent, the key free", async () => {
    const journal = new MemoryJournal();
    const p = plan({ precheck: async () => Promise.reject(new HesabgraphError(ErrorCode.BAD_USER_INPUT, "taken")) });
    expect((await failure(new ExactlyOnce(journal, options()).run({ idempotencyKey: "k", request: {}, advice: ADVICE, plan: p.plan }))).message).toBe("taken");
    expect(p.calls).toEqual(["precheck"]);
    expect(await journal.get("t1:HESABIT:k")).toBeUndefined();
  });

  it("making the plan failed: nothing sent, the key free", async () => {
    const journal = new MemoryJournal();
    const error = new Error("add-on unknown");
    expect(await failure(new ExactlyOnce(journal, options()).run({ idempotencyKey: "k", request: {}, advice: ADVICE, plan: async () => Promise.reject(error) }))).toBe(error);
    expect(await journal.get("t1:HESABIT:k")).toBeUndefined();
  });

  it("a journal that cannot release: the vendor's refusal is still what the client hears", async () => {
    const journal = new MemoryJournal();
    journal.release = async () => Promise.reject(new Error("journal down"));
    const error = refused();
    expect(await failure(new ExactlyOnce(journal, options()).run({ idempotencyKey: "k", request: {}, advice: ADVICE, plan: plan({ sends: [error] }).plan }))).toBe(error);
  });
});

describe("a lost answer", () => {
  it("an unexpected error is taken as a lost answer, never as a refusal: looked for, the key kept, VENDOR_OUTCOME_UNKNOWN with the advice", async () => {
    const journal = new MemoryJournal();
    const p = plan({ sends: [new TypeError("cannot read properties of undefined")], finds: [undefined] });
    const error = await failure(new ExactlyOnce(journal, options()).run({ idempotencyKey: "k", request: {}, advice: ADVICE, plan: p.plan }));
    expect(p.calls).toEqual(["send", "find"]);
    expect(error.code).toBe("VENDOR_OUTCOME_UNKNOWN");
    expect(error.message).toBe(`Hesabit's answer was lost (cannot read properties of undefined) and the write is not visible in Hesabit yet. ${ADVICE}`);
    expect(error.extensions).toEqual({ code: "VENDOR_OUTCOME_UNKNOWN", vendor: "HESABIT", retryable: true, advice: ADVICE });
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(await journal.get("t1:HESABIT:k")).toMatchObject({ state: "PENDING", leaseUntil: 0 });
  });

  it("a thrown non-error is a failed connection", async () => {
    const p = plan({ sends: [] });
    p.plan.send = async () => Promise.reject("boom");
    const error = await failure(new ExactlyOnce(new MemoryJournal(), options()).run({ request: {}, advice: ADVICE, plan: p.plan }));
    expect(error.message).toBe(`Hesabit's answer was lost (connection failed) and the write is not visible in Hesabit yet. ${ADVICE}`);
  });

  it("found by the vendor: DONE with what was found, reconciled", async () => {
    const journal = new MemoryJournal();
    const outcome = await new ExactlyOnce(journal, options()).run({ idempotencyKey: "k", request: {}, advice: ADVICE, plan: plan({ sends: [lost()], finds: [{ id: "R-9" }] }).plan });
    expect(outcome).toEqual({ result: { id: "R-9" }, replayed: false, reconciled: true });
    expect(await journal.get("t1:HESABIT:k")).toMatchObject({ state: "DONE", result: { id: "R-9" } });
  });

  it("a look-up that fails counts as not found", async () => {
    const journal = new MemoryJournal();
    const error = await failure(new ExactlyOnce(journal, options()).run({ idempotencyKey: "k", request: {}, advice: ADVICE, plan: plan({ sends: [lost()], finds: [new Error("down")] }).plan }));
    expect(error.code).toBe("VENDOR_OUTCOME_UNKNOWN");
    expect(await journal.get("t1:HESABIT:k")).toMatchObject({ state: "PENDING" });
  });

  it("after a timeout the key stays leased for settleMs, so a quick retry waits rather than sending twice", async () => {
    const journal = new MemoryJournal();
    const before = Date.now();
    await failure(new ExactlyOnce(journal, options({ settleMs: 40_000 })).run({ idempotencyKey: "k", request: {}, advice: ADVICE, plan: plan({ sends: [timedOut()], finds: [undefined] }).plan }));
    const after = Date.now();
    const entry = (await journal.get("t1:HESABIT:k"))!;
    expect(entry.leaseUntil).toBeGreaterThanOrEqual(before + 40_000);
    expect(entry.leaseUntil).toBeLessThanOrEqual(after + 40_000);
  });

  it("after any other loss, or with no settleMs, the key is free to be settled at once", async () => {
    const journal = new MemoryJournal();
    await failure(new ExactlyOnce(journal, options({ settleMs: 40_000 })).run({ idempotencyKey: "a", request: {}, advice: ADVICE, plan: plan({ sends: [lost()], finds: [undefined] }).plan }));
    expect((await journal.get("t1:HESABIT:a"))!.leaseUntil).toBe(0);
    await failure(new ExactlyOnce(journal, options()).run({ idempotencyKey: "b", request: {}, advice: ADVICE, plan: plan({ sends: [timedOut()], finds: [undefined] }).plan }));
    expect((await journal.get("t1:HESABIT:b"))!.leaseUntil).toBe(0);
  });

  it("a journal that cannot record the answer: the client still gets it, and the key stays to be settled", async () => {
    const journal = new MemoryJournal();
    journal.complete = async () => Promise.reject(new Error("journal down"));
    const outcome = await new ExactlyOnce(journal, options()).run({ idempotencyKey: "k", request: {}, advice: ADVICE, plan: plan().plan });
    expect(outcome.result).toEqual({ id: "R-1" });
    expect(await journal.get("t1:HESABIT:k")).toMatchObject({ state: "PENDING" });
  });
});

describe("a repeat-safe write (the vendor refuses a repeat of it)", () => {
  it("a lost answer is settled by sending it again, twice at most by default, never looked for", async () => {
    const p = plan({ repeatSafe: true, sends: [lost(), lost(), lost(), { id: "never" }] });
    const error = await failure(new ExactlyOnce(new MemoryJournal(), options()).run({ idempotencyKey: "k", request: {}, advice: ADVICE, plan: p.plan }));
    expect(p.calls).toEqual(["send", "send", "send"]);
    expect(error.code).toBe("VENDOR_OUTCOME_UNKNOWN");
  });

  it("resends is configurable; the second send's answer is the result", async () => {
    const none = plan({ repeatSafe: true, sends: [lost(), { id: "R-2" }] });
    await failure(new ExactlyOnce(new MemoryJournal(), options({ resends: 0 })).run({ request: {}, advice: ADVICE, plan: none.plan }));
    expect(none.calls).toEqual(["send"]);
    const one = plan({ repeatSafe: true, sends: [lost(), { id: "R-2" }] });
    expect(await new ExactlyOnce(new MemoryJournal(), options({ resends: 1 })).run({ request: {}, advice: ADVICE, plan: one.plan })).toEqual({ result: { id: "R-2" }, replayed: false, reconciled: false });
    expect(one.calls).toEqual(["send", "send"]);
  });

  it("\"already recorded\" from the vendor is the write's receipt: DONE, reconciled", async () => {
    const journal = new MemoryJournal();
    const p = plan({ repeatSafe: true, sends: [lost(), new AlreadyRecorded({ id: "R-old" })] });
    expect(await new ExactlyOnce(journal, options()).run({ idempotencyKey: "k", request: {}, advice: ADVICE, plan: p.plan })).toEqual({ result: { id: "R-old" }, replayed: false, reconciled: true });
    expect(await journal.get("t1:HESABIT:k")).toMatchObject({ state: "DONE", result: { id: "R-old" } });
    expect(new AlreadyRecorded({ id: "x" })).toMatchObject({ name: "AlreadyRecorded", message: "the vendor has this write already" });
  });

  it("a timed-out send is not sent again at once", async () => {
    const p = plan({ repeatSafe: true, sends: [timedOut(), { id: "R-2" }] });
    expect((await failure(new ExactlyOnce(new MemoryJournal(), options()).run({ request: {}, advice: ADVICE, plan: p.plan }))).code).toBe("VENDOR_OUTCOME_UNKNOWN");
    expect(p.calls).toEqual(["send"]);
  });

  it("send may choose a new checkpoint (a code after a collision): it is journalled and used on the next send", async () => {
    const journal = new MemoryJournal();
    const used: unknown[] = [];
    let sends = 0;
    const outcome = await new ExactlyOnce(journal, options()).run<Result, { code: string }>({
      idempotencyKey: "k", request: {}, advice: ADVICE,
      plan: {
        repeatSafe: true,
        precheck: async () => ({ code: "C-1" }),
        send: async (checkpoint, save) => {
          used.push(checkpoint);
          if (++sends === 1) {
            await save({ code: "C-2" });
            throw lost();
          }
          return { id: "R-1" };
        },
      },
    });
    expect(outcome.result).toEqual({ id: "R-1" });
    expect(used).toEqual([{ code: "C-1" }, { code: "C-2" }]);
    expect((await journal.get("t1:HESABIT:k"))!.checkpoint).toEqual({ code: "C-2" });
  });
});

describe("a retry of a key whose outcome is unknown", () => {
  /** A journal holding a PENDING entry for `k`, as a lost answer leaves it. */
  async function pendingKey(extra: { checkpoint?: Record<string, unknown>; leaseUntil?: number; request?: Record<string, unknown> } = {}) {
    const journal = new MemoryJournal();
    const request = extra.request ?? { a: 1 };
    const now = Date.now();
    await journal.begin({
      key: "t1:HESABIT:k", fingerprint: createHash("sha256").update(JSON.stringify(request)).digest("hex"), state: "PENDING", request,
      leaseUntil: extra.leaseUntil ?? 0, createdAt: now, updatedAt: now, checkpoint: extra.checkpoint,
    });
    return { journal, request };
  }

  it("looks for the earlier attempt first (with its journalled facts): found, it is the answer and nothing is sent", async () => {
    const { journal, request } = await pendingKey({ checkpoint: { code: "C-7" } });
    const p = plan({ precheck: async () => ({ code: "new" }), finds: [{ id: "R-earlier" }] });
    expect(await new ExactlyOnce(journal, options()).run({ idempotencyKey: "k", request, advice: ADVICE, plan: p.plan })).toEqual({ result: { id: "R-earlier" }, replayed: false, reconciled: true });
    expect(p.calls).toEqual(["find"]);
    expect(p.checkpoints).toEqual([{ code: "C-7" }]);
    expect(await journal.get("t1:HESABIT:k")).toMatchObject({ state: "DONE", result: { id: "R-earlier" } });
  });

  it("not found: sent again with the journalled facts, without a new precheck", async () => {
    const { journal, request } = await pendingKey({ checkpoint: { code: "C-7" } });
    const p = plan({ precheck: async () => ({ code: "new" }), finds: [undefined], sends: [{ id: "R-now" }] });
    expect(await new ExactlyOnce(journal, options()).run({ idempotencyKey: "k", request, advice: ADVICE, plan: p.plan })).toEqual({ result: { id: "R-now" }, replayed: false, reconciled: false });
    expect(p.calls).toEqual(["find", "send"]);
    expect(p.checkpoints).toEqual([{ code: "C-7" }, { code: "C-7" }]);
  });

  it("repeat-safe: sent again at once, not looked for", async () => {
    const { journal, request } = await pendingKey({ checkpoint: { code: "C-7" } });
    const p = plan({ repeatSafe: true, precheck: async () => ({}), sends: [new AlreadyRecorded({ id: "R-earlier" })] });
    expect(await new ExactlyOnce(journal, options()).run({ idempotencyKey: "k", request, advice: ADVICE, plan: p.plan })).toEqual({ result: { id: "R-earlier" }, replayed: false, reconciled: true });
    expect(p.calls).toEqual(["send"]);
    expect(p.checkpoints).toEqual([{ code: "C-7" }]);
  });

  it("a vendor that cannot be asked: VENDOR_OUTCOME_UNKNOWN, nothing sent, the key free for the next retry", async () => {
    const { journal, request } = await pendingKey();
    const p = plan({ withoutFind: true });
    const error = await failure(new ExactlyOnce(journal, options()).run({ idempotencyKey: "k", request, advice: ADVICE, plan: p.plan }));
    expect(error.message).toBe(`An earlier attempt with this idempotencyKey has an unknown outcome and Hesabit cannot be asked about it. ${ADVICE}`);
    expect(error.extensions).toMatchObject({ code: "VENDOR_OUTCOME_UNKNOWN", retryable: true, advice: ADVICE });
    expect(p.calls).toEqual([]);
    expect((await journal.get("t1:HESABIT:k"))!.leaseUntil).toBe(0);
  });

  it("a look-up that fails: VENDOR_OUTCOME_UNKNOWN saying so, nothing sent, the key free", async () => {
    const { journal, request } = await pendingKey();
    const down = new Error("down");
    const p = plan({ finds: [down] });
    const error = await failure(new ExactlyOnce(journal, options()).run({ idempotencyKey: "k", request, advice: ADVICE, plan: p.plan }));
    expect(error.message).toBe(`Hesabit could not be asked whether an earlier attempt with this idempotencyKey was recorded. ${ADVICE}`);
    expect(error.cause).toBe(down);
    expect(p.calls).toEqual(["find"]);
    expect((await journal.get("t1:HESABIT:k"))!.leaseUntil).toBe(0);
  });

  it("making the plan failed: the error, the key free", async () => {
    const { journal, request } = await pendingKey();
    const error = new Error("no add-on");
    expect(await failure(new ExactlyOnce(journal, options()).run({ idempotencyKey: "k", request, advice: ADVICE, plan: async () => Promise.reject(error) }))).toBe(error);
    expect(await journal.get("t1:HESABIT:k")).toMatchObject({ state: "PENDING", leaseUntil: 0 });
  });

  it("takes the lease while it works: another instance finds the key leased", async () => {
    const { journal, request } = await pendingKey();
    let during: any;
    const before = Date.now();
    await new ExactlyOnce(journal, options({ leaseMs: 25_000 })).run({
      idempotencyKey: "k", request, advice: ADVICE,
      plan: { find: async () => ((during = await journal.get("t1:HESABIT:k")), undefined), send: async () => ({ id: "R" }) },
    });
    expect(during.leaseUntil).toBeGreaterThanOrEqual(before + 25_000);
  });
});

describe("a key another instance is working on", () => {
  /** A journal whose entry `k` is leased by someone else until `handOver` is called on the n-th claim. */
  function leasedElsewhere(onClaim: (journal: MemoryJournal, claims: number) => Promise<void>) {
    const journal = new MemoryJournal();
    const claim = journal.claim.bind(journal);
    let claims = 0;
    journal.claim = async (key, leaseUntil, now) => {
      await onClaim(journal, ++claims);
      return claim(key, leaseUntil, now);
    };
    return { journal, claims: () => claims };
  }
  const request = { a: 1 };
  const entry = () => {
    const now = Date.now();
    return { key: "t1:HESABIT:k", fingerprint: createHash("sha256").update(JSON.stringify(request)).digest("hex"), state: "PENDING" as const, request, leaseUntil: now + 3_600_000, createdAt: now, updatedAt: now };
  };

  it("waits, and answers with the other's result once it is DONE, sending nothing", async () => {
    const other = leasedElsewhere(async (journal, n) => {
      if (n === 3) await journal.complete("t1:HESABIT:k", { id: "R-other" });
    });
    await other.journal.begin(entry());
    const p = plan();
    expect(await new ExactlyOnce(other.journal, options()).run({ idempotencyKey: "k", request, advice: ADVICE, plan: p.plan })).toEqual({ result: { id: "R-other" }, replayed: true, reconciled: false });
    expect(other.claims()).toBe(3);
    expect(p.calls).toEqual([]);
  });

  it("waits, and starts afresh when the other gave the key back", async () => {
    const other = leasedElsewhere(async (journal, n) => {
      if (n === 2) await journal.release("t1:HESABIT:k");
    });
    await other.journal.begin(entry());
    const p = plan({ precheck: async () => ({ x: 1 }) });
    expect(await new ExactlyOnce(other.journal, options()).run({ idempotencyKey: "k", request, advice: ADVICE, plan: p.plan })).toMatchObject({ replayed: false, reconciled: false });
    expect(p.calls).toEqual(["precheck", "send"]);
  });

  it("waits no longer than the lease: then VENDOR_OUTCOME_UNKNOWN, nothing sent", async () => {
    const other = leasedElsewhere(async () => undefined);
    await other.journal.begin(entry());
    const p = plan();
    const error = await failure(new ExactlyOnce(other.journal, options({ leaseMs: 60, pollMs: 20 })).run({ idempotencyKey: "k", request, advice: ADVICE, plan: p.plan }));
    expect(error.message).toBe(`Another request with this idempotencyKey is still being processed. ${ADVICE}`);
    expect(error.extensions).toMatchObject({ code: "VENDOR_OUTCOME_UNKNOWN", vendor: "HESABIT", retryable: true });
    expect(p.calls).toEqual([]);
    // It looked again every pollMs meanwhile, a bounded number of times.
    expect(other.claims()).toBeGreaterThan(1);
    expect(other.claims()).toBeLessThan(60);
  });

  it("in this process, a second request with the key waits for the first and is answered from the journal", async () => {
    const journal = new MemoryJournal();
    const runner = new ExactlyOnce(journal, options());
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let sends = 0;
    const slow: WritePlan<Result> = { send: async () => (sends++, await gate, { id: "R-1" }) };
    const first = runner.run({ idempotencyKey: "k", request, advice: ADVICE, plan: slow });
    const second = runner.run({ idempotencyKey: "k", request, advice: ADVICE, plan: slow });
    release();
    expect(await first).toEqual({ result: { id: "R-1" }, replayed: false, reconciled: false });
    expect(await second).toEqual({ result: { id: "R-1" }, replayed: true, reconciled: false });
    expect(sends).toBe(1);
  });

  it("in this process, a second request after the first failed starts afresh", async () => {
    const runner = new ExactlyOnce(new MemoryJournal(), options());
    const first = runner.run({ idempotencyKey: "k", request, advice: ADVICE, plan: plan({ sends: [refused()] }).plan });
    const retry = plan({ sends: [{ id: "R-2" }] });
    const second = runner.run({ idempotencyKey: "k", request, advice: ADVICE, plan: retry.plan });
    await expect(first).rejects.toThrow("refused");
    expect(await second).toEqual({ result: { id: "R-2" }, replayed: false, reconciled: false });
  });
});
