import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CreateCustomerDocument, TahesabCustomersByPhoneDocument } from "./generated/operations.js";
import { codes, startStack, type Stack } from "./support/harness.js";

const customerCount = (stack: Stack) => stack.sim.state.customers.size;

describe("createCustomer (DoNewMoshtari)", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { TAHESAB_TIMEOUT_MS: "400" } });
  });
  afterEach(() => stack.sim.faults.reset());
  afterAll(() => stack.close());

  it("sends the four strings in the seed's order, a mobile as 09…, and answers the new code and the stored customer", async () => {
    const before = customerCount(stack);
    stack.sim.resetRequests();
    const response = await stack.gql(CreateCustomerDocument, {
      input: { vendor: "TAHESAB", name: " مريم كاظمی ", group: "مشتری عادی", mobile: "+98 ۹۱۲ ۱۱۱ ۲۲۳۳", address: "اصفهان، چهارباغ" },
    });
    expect(response.errors).toBeUndefined();
    const created = response.data!.createCustomer!;
    expect(stack.sim.requests[0]).toMatchObject({ command: "DoNewMoshtari", args: ["مريم كاظمی", "مشتری عادی", "09121112233", "اصفهان، چهارباغ"] });
    expect(customerCount(stack)).toBe(before + 1);
    const stored = stack.sim.state.customer(created.code)!;
    expect(stored.Name).toBe("مريم كاظمی");
    expect(created).toMatchObject({ vendor: "TAHESAB", replayed: false, reconciled: false });
    expect(created.customer).toMatchObject({ code: created.code, name: "مريم كاظمی", group: "مشتری عادی", mobile: "09121112233", address: "اصفهان، چهارباغ" });
    // The seed's other form of DoListMoshtari finds it by the mobile.
    const byPhone = await stack.gql(TahesabCustomersByPhoneDocument, { phone: "0912 111 2233" });
    expect(byPhone.data!.tahesabCustomersByPhone.map((c) => c.code)).toContain(created.code);
  });

  it("sends a landline as digits and leaves out what was not given as empty strings", async () => {
    stack.sim.resetRequests();
    const response = await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "طلافروشی نمونه", phone: "(021) 8877-6655" } });
    expect(response.errors).toBeUndefined();
    expect(stack.sim.requests[0]).toMatchObject({ command: "DoNewMoshtari", args: ["طلافروشی نمونه", "", "02188776655", ""] });
    expect(response.data!.createCustomer!.customer).toMatchObject({ phone: "02188776655", mobile: null });
  });

  it("answers a repeated idempotency key from the journal, sending nothing", async () => {
    const input = { vendor: "TAHESAB" as const, name: "رضا تکراری", mobile: "09120000001" };
    const first = await stack.gql(CreateCustomerDocument, { input, idempotencyKey: "customer-repeat-1" });
    const before = customerCount(stack);
    stack.sim.resetRequests();
    const again = await stack.gql(CreateCustomerDocument, { input, idempotencyKey: "customer-repeat-1" });
    expect(again.data!.createCustomer!).toMatchObject({ code: first.data!.createCustomer!.code, replayed: true });
    expect(stack.sim.count("DoNewMoshtari")).toBe(0);
    expect(customerCount(stack)).toBe(before);
  });

  it("refuses a key already used for another customer or for a document, naming idempotencyKey", async () => {
    await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "اول" }, idempotencyKey: "customer-reuse" });
    stack.sim.resetRequests();
    const response = await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "دوم" }, idempotencyKey: "customer-reuse" });
    expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].extensions!.field).toBe("idempotencyKey");
    expect(stack.sim.count("DoNewMoshtari")).toBe(0);
  });

  it("a lost answer is reconciled by the mobile: one DoNewMoshtari, the customer found with DoListMoshtari [Tel]", async () => {
    const before = customerCount(stack);
    stack.sim.faults.dropAfterWrite = { every: 1 };
    stack.sim.resetRequests();
    const response = await stack.gql(CreateCustomerDocument, {
      input: { vendor: "TAHESAB", name: "سارا گمشده", mobile: "09127770001" },
      idempotencyKey: "customer-drop-mobile",
    });
    stack.sim.faults.reset();
    expect(response.errors).toBeUndefined();
    expect(response.data!.createCustomer!).toMatchObject({ reconciled: true, replayed: false });
    expect(customerCount(stack)).toBe(before + 1);
    expect(stack.sim.requests.map((r) => [r.command, r.args])).toEqual([
      ["DoNewMoshtari", ["سارا گمشده", "", "09127770001", ""]],
      ["DoListMoshtari", [9127770001]],
      ["DoListMoshtari", [Number(response.data!.createCustomer!.code), Number(response.data!.createCustomer!.code)]],
    ]);
    expect(stack.sim.state.customer(response.data!.createCustomer!.code)!.Name).toBe("سارا گمشده");
  });

  it("without a mobile, a lost answer is reconciled by looking through all customers (Arabic ي/ك stored either way)", async () => {
    const before = customerCount(stack);
    stack.sim.faults.dropAfterWrite = { every: 1 };
    stack.sim.resetRequests();
    const response = await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "كيميا بی‌تلفن", group: "همکار" } });
    stack.sim.faults.reset();
    expect(response.errors).toBeUndefined();
    expect(response.data!.createCustomer!.reconciled).toBe(true);
    expect(customerCount(stack)).toBe(before + 1);
    expect(stack.sim.requests.slice(0, 2).map((r) => [r.command, r.args])).toEqual([
      ["DoNewMoshtari", ["كيميا بی‌تلفن", "همکار", "", ""]],
      ["DoListMoshtari", [1, 999999999]],
    ]);
  });

  it("50 creations through a Tahesab that drops one connection in three after recording: exactly 50 new customers", async () => {
    const before = customerCount(stack);
    stack.sim.faults.dropAfterWrite = { every: 3 };
    stack.sim.resetRequests();
    const created = new Set<string>();
    let reconciled = 0;
    await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const input = { vendor: "TAHESAB" as const, name: `مشتری انبوه ${i}`, mobile: `0912${String(3_000_000 + i)}` };
        for (let attempt = 1; attempt <= 5; attempt++) {
          const response = await stack.gql(CreateCustomerDocument, { input, idempotencyKey: `bulk-customer-${i}` });
          if (!response.errors) {
            if (response.data!.createCustomer!.reconciled) reconciled++;
            return void created.add(response.data!.createCustomer!.code);
          }
          expect(codes(response)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
        }
        throw new Error(`customer ${i} never confirmed`);
      }),
    );
    expect(created.size).toBe(50);
    expect(customerCount(stack) - before).toBe(50);
    expect(stack.sim.count("DoNewMoshtari")).toBe(50);
    // The drops happened and were recovered by looking the customer up, not by sending again.
    expect(reconciled).toBeGreaterThanOrEqual(10);
  });

  it("a refusal by Tahesab releases the key: the retry with the same key is sent and recorded once", async () => {
    const before = customerCount(stack);
    stack.sim.faults.failNext(1, "error", "DoNewMoshtari");
    const input = { vendor: "TAHESAB" as const, name: "بار دوم", mobile: "09127770002" };
    const refused = await stack.gql(CreateCustomerDocument, { input, idempotencyKey: "customer-refused" });
    expect(codes(refused)).toEqual(["VENDOR_ERROR"]);
    expect(customerCount(stack)).toBe(before);
    const retried = await stack.gql(CreateCustomerDocument, { input, idempotencyKey: "customer-refused" });
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.createCustomer!).toMatchObject({ replayed: false, reconciled: false });
    expect(customerCount(stack)).toBe(before + 1);
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ["a blank name", { name: "   " }, "input.name"],
    ["a name of 101 characters", { name: "ن".repeat(101) }, "input.name"],
    ["a name with a NUL in it", { name: "نام\u0000" }, "input.name"],
    ["a group of two lines", { group: "همکار\nویژه" }, "input.group"],
    ["an address with a control character", { address: "تهران\u0007" }, "input.address"],
    ["a group of 51 characters", { group: "گ".repeat(51) }, "input.group"],
    ["an address of 301 characters", { address: "آ".repeat(301) }, "input.address"],
    ["a mobile that is not one", { mobile: "0212345678" }, "input.mobile"],
    ["a phone with letters", { phone: "021-TAHESAB" }, "input.phone"],
    ["a phone of 3 digits", { phone: "110" }, "input.phone"],
    ["both a mobile and a phone", { mobile: "09121234567", phone: "02188776655" }, "input.phone"],
    ["a vendor not available for creating customers", { vendor: "HESABIT" }, "input.vendor"],
    ["an unknown vendor", { vendor: "SEPIDAR" }, "input.vendor"],
  ];
  for (const [what, change, field] of bad) {
    it(`refuses ${what} with BAD_USER_INPUT naming ${field}, sending nothing`, async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "نام", ...change } as any });
      expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(response.errors![0].extensions!.field).toBe(field);
      expect(response.status).not.toBe(500);
      expect(stack.sim.count()).toBe(0);
    });
  }

  it("refuses an idempotency key with spaces, naming idempotencyKey", async () => {
    stack.sim.resetRequests();
    const response = await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "نام" }, idempotencyKey: "two words" });
    expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].extensions!.field).toBe("idempotencyKey");
    expect(stack.sim.count()).toBe(0);
  });
});

describe("createCustomer without Tahesab configured", () => {
  it("answers VENDOR_NOT_CONFIGURED", async () => {
    const stack = await startStack({ withoutTahesab: true });
    try {
      const response = await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "نام" } });
      expect(codes(response)).toEqual(["VENDOR_NOT_CONFIGURED"]);
    } finally {
      await stack.close();
    }
  });
});
