import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CreateCustomerDocument, TahesabCustomersByPhoneDocument } from "./generated/operations.js";
import { codes, startStack, type Stack } from "./support/harness.js";

const customerCount = (stack: Stack) => stack.sim.state.customers.size;
const highestCode = (stack: Stack) => Math.max(...[...stack.sim.state.customers.keys()].map(Number));
const ALL = ["DoListMoshtari", [1, 999_999_999]];

for (const addOn of ["current", "older"] as const) {
  const current = addOn === "current";

  describe(`createCustomer (DoNewMoshtari) on a ${addOn} add-on`, () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ simulator: { addOn }, env: { TAHESAB_TIMEOUT_MS: "400" } });
      // Readiness learns which add-on the shop runs (CheckHealth), once, before the calls counted below.
      expect((await fetch(stack.server.url.replace("/graphql", "/readyz"))).status).toBe(200);
    });
    afterEach(() => stack.sim.faults.reset());
    afterAll(() => stack.close());

    it("checks the phone is no customer's, sends the customer in the seed's order (ی as ي, a mobile as 09…), answers the new code and the stored customer", async () => {
      const before = customerCount(stack);
      stack.sim.resetRequests();
      const response = await stack.gql(CreateCustomerDocument, {
        input: { vendor: "TAHESAB", name: " مریم کاظمی ", group: "مشتری عادی", mobile: "+98 ۹۱۲ ۱۱۱ ۲۲۳۳", address: "اصفهان، چهارباغ" },
      });
      expect(response.errors).toBeUndefined();
      const created = response.data!.createCustomer!;
      const write = current
        ? ["مريم کاظمي", "مشتري عادي", "09121112233", "اصفهان، چهارباغ", "", "", "", -1, -1, 0]
        : ["مريم کاظمي", "مشتري عادي", "09121112233", "اصفهان، چهارباغ"];
      expect(stack.sim.requests.map((r) => [r.command, r.args])).toEqual([
        ["DoListMoshtari", [9121112233]],
        ["DoNewMoshtari", write],
        ["DoListMoshtari", [Number(created.code), Number(created.code)]],
      ]);
      expect(customerCount(stack)).toBe(before + 1);
      expect(created).toMatchObject({ vendor: "TAHESAB", replayed: false, reconciled: false });
      // Written in Tahesab's spelling, it reads back equal.
      expect(created.customer).toMatchObject({ code: created.code, name: "مريم کاظمي", group: "مشتري عادي", mobile: "09121112233", address: "اصفهان، چهارباغ" });
      expect(stack.sim.state.customer(created.code)!.Name).not.toContain("?");
      const byPhone = await stack.gql(TahesabCustomersByPhoneDocument, { phone: "0912 111 2233" });
      expect(byPhone.data!.tahesabCustomersByPhone.map((c) => c.code)).toContain(created.code);
    });

    it("without a phone: a landline-less customer, with a national id and a birth date where the add-on keeps them", async () => {
      stack.sim.resetRequests();
      const next = highestCode(stack) + 1;
      const input = { vendor: "TAHESAB" as const, name: "طلافروشی نمونه", group: "همکار", address: "تهران", ...(current ? { nationalId: "0499370899", birthDate: "1365-04-12" } : {}) };
      const response = await stack.gql(CreateCustomerDocument, { input });
      expect(response.errors).toBeUndefined();
      const code = response.data!.createCustomer!.code;
      if (current) {
        // The code chosen before the first send: one past the highest.
        expect(code).toBe(String(next));
        expect(stack.sim.requests.slice(0, 2).map((r) => [r.command, r.args])).toEqual([
          ALL,
          ["DoNewMoshtari", ["طلافروشي نمونه", "همکار", "", "تهران", "0499370899", "1365-04-12", "", -1, next, 0]],
        ]);
        expect(response.data!.createCustomer!.customer).toMatchObject({ nationalId: "0499370899", birthDate: "1365-04-12" });
      } else {
        expect(stack.sim.requests.slice(0, 2).map((r) => [r.command, r.args])).toEqual([ALL, ["DoNewMoshtari", ["طلافروشي نمونه", "همکار", "", "تهران"]]]);
      }
    });

    it("a landline goes as its digits", async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "دفتر مرکزی", phone: "(021) 6677-5544" } });
      expect(response.errors).toBeUndefined();
      expect(stack.sim.requests[0]).toMatchObject({ command: "DoListMoshtari", args: [2166775544] });
      expect(stack.sim.requests[1].args.slice(0, 4)).toEqual(["دفتر مرکزي", "", "02166775544", ""]);
      expect(response.data!.createCustomer!.customer).toMatchObject({ phone: "02166775544", mobile: null });
    });

    it("a phone that is already a customer's is refused up front, naming that customer, and nothing is written", async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "کسی دیگر", mobile: "09121234567" } });
      expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(response.errors![0].extensions!.field).toBe("input.mobile");
      expect(response.errors![0].message).toMatch(/already has a customer with this phone number: code 1 /);
      expect(stack.sim.count("DoNewMoshtari")).toBe(0);
    });

    it("answers a repeated idempotency key from the journal, sending nothing", async () => {
      const input = { vendor: "TAHESAB" as const, name: "رضا تکراری", mobile: "09120000001" };
      const first = await stack.gql(CreateCustomerDocument, { input, idempotencyKey: `customer-repeat-${addOn}` });
      expect(first.errors).toBeUndefined();
      const before = customerCount(stack);
      stack.sim.resetRequests();
      const again = await stack.gql(CreateCustomerDocument, { input, idempotencyKey: `customer-repeat-${addOn}` });
      expect(again.data!.createCustomer!).toMatchObject({ code: first.data!.createCustomer!.code, replayed: true });
      // Nothing written; only the customer field's read-back.
      expect(stack.sim.requests.map((r) => r.command)).toEqual(["DoListMoshtari"]);
      expect(customerCount(stack)).toBe(before);
    });

    it("a lost answer with a mobile is settled without a second customer", async () => {
      const before = customerCount(stack);
      stack.sim.faults.dropAfterWrite = { every: 1 };
      stack.sim.resetRequests();
      const response = await stack.gql(CreateCustomerDocument, {
        input: { vendor: "TAHESAB", name: "سارا گمشده", mobile: "09127770001" },
        idempotencyKey: `customer-drop-mobile-${addOn}`,
      });
      stack.sim.faults.reset();
      expect(response.errors).toBeUndefined();
      expect(response.data!.createCustomer!).toMatchObject({ reconciled: true, replayed: false });
      expect(customerCount(stack)).toBe(before + 1);
      const code = response.data!.createCustomer!.code;
      expect(stack.sim.state.customer(code)!.Name).toBe("سارا گمشده");
      // Current: sent again and refused (تلفن تکراری); older: looked up by the mobile.
      expect(stack.sim.count("DoNewMoshtari")).toBe(current ? 2 : 1);
    });

    it("a lost answer without a phone is settled without a second customer, and never taken for an older customer with the same details", async () => {
      const input = { vendor: "TAHESAB" as const, name: "كيميا بی‌تلفن", group: "همکار" };
      const older = await stack.gql(CreateCustomerDocument, { input });
      expect(older.errors).toBeUndefined();
      const before = customerCount(stack);
      stack.sim.faults.dropAfterWrite = { every: 1 };
      const response = await stack.gql(CreateCustomerDocument, { input, idempotencyKey: `customer-drop-nophone-${addOn}` });
      stack.sim.faults.reset();
      expect(response.errors).toBeUndefined();
      expect(response.data!.createCustomer!.reconciled).toBe(true);
      expect(response.data!.createCustomer!.code).not.toBe(older.data!.createCustomer!.code);
      expect(customerCount(stack)).toBe(before + 1);
    });

    // Older add-ons only: a current one settles by sending again, refused for the code it chose.
    const onOlder = current ? () => undefined : it;
    onOlder("a lost answer is settled only by a new customer with every detail sent: decoys that differ in one are never taken", async () => {
      const input = { vendor: "TAHESAB" as const, name: "مهسا دقیق", group: "همکار", address: "یزد" };
      const state = stack.sim.state;
      const original = state.addCustomer.bind(state);
      let decoyCodes: string[] = [];
      let written = "";
      // Right after the write, before it is looked for, others add customers that differ in one detail each.
      state.addCustomer = (fields, code) => {
        const made = original(fields, code);
        state.addCustomer = original;
        written = made.Code;
        const { Code: _code, ...same } = made;
        decoyCodes = [
          { ...same, Name: "مهسا دیگر" },
          { ...same, GroupName: "مشتری", GID: 0 },
          { ...same, Address: "کرمان" },
          { ...same, Tel: "02155554444" },
        ].map((decoy) => original(decoy).Code);
        return made;
      };
      stack.sim.faults.dropAfterWrite = { every: 1 };
      stack.sim.resetRequests();
      const response = await stack.gql(CreateCustomerDocument, { input, idempotencyKey: "customer-decoys-older" });
      stack.sim.faults.reset();
      state.addCustomer = original;
      expect(response.errors).toBeUndefined();
      expect(decoyCodes).toHaveLength(4);
      expect(Number(decoyCodes[0])).toBeGreaterThan(Number(written));
      expect(response.data!.createCustomer!).toMatchObject({ code: written, reconciled: true });
      expect(stack.sim.count("DoNewMoshtari")).toBe(1);
    });

    it("a write that never reached Tahesab is not taken for an older customer with the same details: the retry writes it", async () => {
      const input = { vendor: "TAHESAB" as const, name: "همنام قدیمی", group: "همکار", address: "کرج" };
      const older = await stack.gql(CreateCustomerDocument, { input });
      const before = customerCount(stack);
      stack.sim.faults.failNext(1, "reset", "DoNewMoshtari");
      const lost = await stack.gql(CreateCustomerDocument, { input, idempotencyKey: `never-sent-${addOn}` });
      if (!lost.errors) {
        // Settled at once by sending again (current): a new customer, not the older one.
        expect(lost.data!.createCustomer!.code).not.toBe(older.data!.createCustomer!.code);
      } else {
        expect(codes(lost)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
        const retried = await stack.gql(CreateCustomerDocument, { input, idempotencyKey: `never-sent-${addOn}` });
        expect(retried.errors).toBeUndefined();
        expect(retried.data!.createCustomer!).toMatchObject({ reconciled: false });
        expect(retried.data!.createCustomer!.code).not.toBe(older.data!.createCustomer!.code);
      }
      expect(customerCount(stack)).toBe(before + 1);
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
            const response = await stack.gql(CreateCustomerDocument, { input, idempotencyKey: `bulk-customer-${addOn}-${i}` });
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
      // The drops happened and were settled, not written twice.
      expect(reconciled).toBeGreaterThanOrEqual(10);
      expect(stack.sim.count("DoNewMoshtari")).toBe(current ? 50 + reconciled : 50);
    });

    it("a refusal by Tahesab releases the key: the retry with the same key is sent and recorded once", async () => {
      const before = customerCount(stack);
      stack.sim.faults.failNext(1, "error", "DoNewMoshtari");
      const input = { vendor: "TAHESAB" as const, name: "بار دوم", mobile: "09127770002" };
      const refused = await stack.gql(CreateCustomerDocument, { input, idempotencyKey: `customer-refused-${addOn}` });
      expect(codes(refused)).toEqual(["VENDOR_ERROR"]);
      expect(customerCount(stack)).toBe(before);
      const retried = await stack.gql(CreateCustomerDocument, { input, idempotencyKey: `customer-refused-${addOn}` });
      expect(retried.errors).toBeUndefined();
      expect(retried.data!.createCustomer!).toMatchObject({ replayed: false, reconciled: false });
      expect(customerCount(stack)).toBe(before + 1);
    });
  });
}

describe("createCustomer: input checks", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ["a blank name", { name: "   " }, "input.name"],
    ["a name of 101 characters", { name: "ن".repeat(101) }, "input.name"],
    ["a name with a NUL in it", { name: "نام\u0000" }, "input.name"],
    ["a name an Access database cannot store", { name: "نام 😀" }, "input.name"],
    ["a group of two lines", { group: "همکار\nویژه" }, "input.group"],
    ["an address with a control character", { address: "تهران\u0007" }, "input.address"],
    ["a group of 51 characters", { group: "گ".repeat(51) }, "input.group"],
    ["an address of 301 characters", { address: "آ".repeat(301) }, "input.address"],
    ["a mobile that is not one", { mobile: "0212345678" }, "input.mobile"],
    ["a phone with letters", { phone: "021-TAHESAB" }, "input.phone"],
    ["a phone of 3 digits", { phone: "110" }, "input.phone"],
    ["both a mobile and a phone", { mobile: "09121234567", phone: "02188776655" }, "input.phone"],
    ["a national id of 9 digits", { nationalId: "049937089" }, "input.nationalId"],
    ["a national id whose check digit is wrong", { nationalId: "0499370898" }, "input.nationalId"],
    ["a field Tahesab does not keep", { email: "a@b.example" }, "input.email"],
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

  it("refuses a key already used for another customer, naming idempotencyKey", async () => {
    await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "اول" }, idempotencyKey: "customer-reuse" });
    stack.sim.resetRequests();
    const response = await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "دوم" }, idempotencyKey: "customer-reuse" });
    expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].extensions!.field).toBe("idempotencyKey");
    expect(stack.sim.count("DoNewMoshtari")).toBe(0);
  });

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
