import { afterEach, describe, expect, it } from "vitest";
import { startHesabfaSimulator, type HesabfaSimulator } from "../../sandbox/hesabfa/index.js";
import { bodies, dayInYear, errorCodes, GUID, hesabfaStack } from "./support.js";

const SAVE = `mutation($input: HesabfaInvoiceInput!, $key: String) { saveHesabfaInvoice(input: $input, idempotencyKey: $key) { replayed reconciled invoice { number tag } } }`;

const input = (sim: HesabfaSimulator, tag: string) => ({
  kind: "SALE",
  customerCode: "7",
  date: dayInYear(sim, 30),
  tag,
  lines: [{ itemCode: "2", quantity: "1", unitPrice: "5000" }],
});

const invoicesTagged = (sim: HesabfaSimulator, tag: string) => [...sim.state.invoices.values()].filter((invoice) => invoice.Tag === tag);

describe("Hesabfa writes exactly once", () => {
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (closers.length) await closers.pop()!();
  });

  async function stackOn(sim: HesabfaSimulator) {
    const stack = await hesabfaStack({ shared: sim });
    closers.push(() => stack.close());
    return stack;
  }

  async function simulator(duplicateRequests: "replay" | "error120") {
    const sim = await startHesabfaSimulator({ rateLimit: null, duplicateRequests });
    closers.unshift(() => sim.close());
    return sim;
  }

  for (const mode of ["replay", "error120"] as const) {
    it(`a save whose connection dropped is sent again under the same requestUniqueId and leaves one invoice (simulator: ${mode})`, async () => {
      const sim = await simulator(mode);
      const stack = await stackOn(sim);
      sim.faults.dropAfterWrite = { every: 1 };
      const first = await stack.gql(SAVE, { input: input(sim, `drop-${mode}`), key: `drop-${mode}` });
      sim.faults.dropAfterWrite = null;
      expect(first.errors).toBeUndefined();
      // Replayed by Hesabfa, the resend's answer is the first one; after 120 it was read back (reconciled).
      expect(first.data!.saveHesabfaInvoice).toMatchObject({ replayed: false, reconciled: mode === "error120", invoice: { tag: `drop-${mode}` } });
      const saves = bodies(sim, "invoice/save");
      expect(saves).toHaveLength(2);
      expect(saves[0].requestUniqueId).toMatch(GUID);
      expect(saves[1].requestUniqueId).toBe(saves[0].requestUniqueId);
      expect(invoicesTagged(sim, `drop-${mode}`)).toHaveLength(1);
      // 120 gave no answer: the invoice was read back.
      if (mode === "error120") expect(bodies(sim, "invoice/getinvoices")).toHaveLength(1);

      // The client's retry with the same key is answered from the journal.
      const retry = await stack.gql(SAVE, { input: input(sim, `drop-${mode}`), key: `drop-${mode}` });
      expect(retry.data!.saveHesabfaInvoice).toMatchObject({ replayed: true, invoice: first.data!.saveHesabfaInvoice.invoice });
      expect(bodies(sim, "invoice/save")).toHaveLength(2);

      // Another instance without that journal sends the same requestUniqueId: still one invoice.
      const other = await stackOn(sim);
      const elsewhere = await other.gql(SAVE, { input: input(sim, `drop-${mode}`), key: `drop-${mode}` });
      expect(elsewhere.errors).toBeUndefined();
      expect(elsewhere.data!.saveHesabfaInvoice.invoice).toEqual(first.data!.saveHesabfaInvoice.invoice);
      expect(bodies(sim, "invoice/save").at(-1).requestUniqueId).toBe(saves[0].requestUniqueId);
      expect(invoicesTagged(sim, `drop-${mode}`)).toHaveLength(1);
    });
  }

  it("when even the read-back fails, the write is reported unknown, and the retry finds it without a second invoice (120)", async () => {
    const sim = await simulator("error120");
    const stack = await stackOn(sim);
    await stack.gql(`{ hesabfaCurrency }`);
    sim.faults.dropAfterWrite = { every: 1 };
    sim.faults.failNext(2, "http500", "invoice/getinvoices");
    const first = await stack.gql(SAVE, { input: input(sim, "lost"), key: "lost-1" });
    sim.faults.dropAfterWrite = null;
    expect(errorCodes(first)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
    expect(first.errors![0].extensions!.advice).toMatch(/same idempotencyKey/);
    expect(invoicesTagged(sim, "lost")).toHaveLength(1);

    const retry = await stack.gql(SAVE, { input: input(sim, "lost"), key: "lost-1" });
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.saveHesabfaInvoice).toMatchObject({ reconciled: true, invoice: { tag: "lost", number: invoicesTagged(sim, "lost")[0].Number } });
    expect(invoicesTagged(sim, "lost")).toHaveLength(1);
    expect(new Set(bodies(sim, "invoice/save").map((b) => b.requestUniqueId)).size).toBe(1);
  });

  it("a write without an idempotencyKey gets a fresh requestUniqueId and is never sent again", async () => {
    const sim = await simulator("replay");
    const stack = await stackOn(sim);
    await stack.gql(`{ hesabfaCurrency }`);
    sim.faults.dropAfterWrite = { every: 1 };
    const r = await stack.gql(SAVE, { input: input(sim, "no-key") });
    sim.faults.dropAfterWrite = null;
    expect(errorCodes(r)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
    expect(bodies(sim, "invoice/save")).toHaveLength(1);
    const again = await stack.gql(SAVE, { input: input(sim, "no-key-2") });
    expect(again.errors).toBeUndefined();
    const ids = bodies(sim, "invoice/save").map((b) => b.requestUniqueId);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it("reads never carry a requestUniqueId; writes with different keys carry different ones", async () => {
    const sim = await simulator("replay");
    const stack = await stackOn(sim);
    await stack.gql(SAVE, { input: input(sim, "k1"), key: "key-a" });
    await stack.gql(SAVE, { input: input(sim, "k2"), key: "key-b" });
    await stack.gql(`{ customer(vendor: HESABFA, code: "1") { code } hesabfaItems(first: 1) { totalCount } }`);
    for (const request of sim.requests) {
      const write = /\/(save|delete|savepayment|batchsave|savewarehousereceipt|setchangehook)$/.test(request.method);
      expect(Boolean((request.body as any).requestUniqueId), request.method).toBe(write);
    }
    const [a, b] = bodies(sim, "invoice/save").map((x) => x.requestUniqueId);
    expect(a).not.toBe(b);
  });
});
