import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { RecordedRequest } from "../sandbox/tahesab/index.js";
import { CreateCustomerDocument } from "./generated/operations.js";
import { beforeHandling } from "./support/before-handling.js";
import { codes, startStack, type Stack } from "./support/harness.js";

/**
 * createCustomer while the shop's own screens add customers: a code or a
 * phone taken between hesabgraph's check and its DoNewMoshtari, and the
 * refusals and advice it answers with (datasources/tahesab/customer-writes.ts).
 */

const person = (name: string, fields: { Tel?: string; Mobile?: string } = {}) => ({
  Name: name, GroupName: "", GID: 0, Tel: "", Mobile: "", Address: "", CodeMelli: "", City: "", BDate: "", Moaref: "", CodeMoaref: -1, ...fields,
});

/** Runs `before` as each DoNewMoshtari reaches the simulator, ahead of its handling (as another till would). */
function beforeEachWrite(stack: Stack, before: (request: RecordedRequest) => void): () => void {
  return beforeHandling(stack.sim.requests, (request) => {
    if (request.command === "DoNewMoshtari") before(request);
  });
}

for (const addOn of ["current", "older"] as const) {
  describe(`createCustomer racing the shop's own screens, ${addOn} add-on`, () => {
    let stack: Stack;
    let restore = () => {};
    beforeAll(async () => {
      stack = await startStack({ simulator: { addOn } });
    });
    afterEach(() => {
      restore();
      stack.sim.faults.reset();
    });
    afterAll(() => stack.close());

    it("a phone taken after the check and before the write is refused naming who took it, under the field given", async () => {
      let rival = "";
      restore = beforeEachWrite(stack, () => {
        rival = stack.sim.state.addCustomer(person("رقیب همزمان", { Tel: "09125550001", Mobile: "09125550001" })).Code;
      });
      const before = stack.sim.state.customers.size;
      const response = await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "مشتری کند", mobile: "09125550001" }, idempotencyKey: `race-phone-${addOn}` });
      expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(response.errors![0].extensions!.field).toBe("input.mobile");
      expect(response.errors![0].message).toBe(`Invalid value for "input.mobile": Tahesab already has a customer with this phone number: code ${rival} (رقیب همزمان); use that customer`);
      expect(stack.sim.state.customers.size).toBe(before + 1);
    });

    it("a phone already a customer's is refused before any write, naming each holder, under input.phone for a landline", async () => {
      const a = stack.sim.state.addCustomer(person("دفتر یک", { Tel: "02144556677" })).Code;
      const b = stack.sim.state.addCustomer(person("", { Tel: "021-4455-6677" })).Code;
      stack.sim.resetRequests();
      const response = await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "دفتر دو", phone: "02144556677" } });
      expect(response.errors![0].extensions!.field).toBe("input.phone");
      expect(response.errors![0].message).toBe(`Invalid value for "input.phone": Tahesab already has a customer with this phone number: code ${a} (دفتر یک), code ${b}; use that customer`);
      expect(stack.sim.count("DoNewMoshtari")).toBe(0);
    });

    it("both a mobile and a phone: refused, saying Tahesab keeps one", async () => {
      const response = await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "دو شماره", mobile: "09121110000", phone: "02188776655" } });
      expect(response.errors![0].extensions!.field).toBe("input.phone");
      expect(response.errors![0].message).toBe('Invalid value for "input.phone": Tahesab keeps one phone number (Tel) per customer: give mobile or phone, not both');
    });

    it.each(["group", "address"])("a %s an Access database cannot store is refused under its own field", async (field) => {
      const response = await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "نام", [field]: "متن 😀" } });
      expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(response.errors![0].extensions!.field).toBe(`input.${field}`);
    });

    it("a write whose answer cannot be read is settled, not refused: one customer", async () => {
      const before = stack.sim.state.customers.size;
      stack.sim.faults.respondNext("DoNewMoshtari", '{"OK": "ثبت شد"}');
      const response = await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "پاسخ گنگ", mobile: "09125550002" }, idempotencyKey: `unreadable-${addOn}` });
      if (addOn === "current") {
        // Sent again at once (the canned answer recorded nothing): written now.
        expect(response.errors).toBeUndefined();
        expect(stack.sim.state.customers.size).toBe(before + 1);
        expect(stack.sim.state.customer(response.data!.createCustomer!.code)!.Name).toBe("پاسخ گنگ");
        // Three unreadable answers in a row (the first and its two resends): the outcome is unknown, and said why.
        for (let i = 0; i < 3; i++) stack.sim.faults.respondNext("DoNewMoshtari", '{"OK": "ثبت شد"}');
        const again = await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "پاسخ گنگ دو", mobile: "09125550003" }, idempotencyKey: "unreadable-thrice" });
        expect(codes(again)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
        expect(again.errors![0].message).toMatch(/Tahesab answered DoNewMoshtari in an unexpected shape: at the answer, expected a code of digits, got string "ثبت شد"/);
      } else {
        expect(codes(response)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
        expect(response.errors![0].message).toMatch(/Tahesab answered DoNewMoshtari in an unexpected shape/);
        expect(response.errors![0].message).toContain(
          'Retry the same mutation with the same idempotencyKey: hesabgraph settles the earlier attempt with Tahesab before anything is sent again. Without a key, look for "پاسخ گنگ" in tahesabCustomers (or tahesabCustomersByPhone) first.',
        );
      }
    });
  });
}

describe("createCustomer on a current add-on: the code chosen before the write taken meanwhile", () => {
  let stack: Stack;
  let restore = () => {};
  beforeAll(async () => {
    stack = await startStack({ simulator: { addOn: "current" } });
  });
  afterEach(() => restore());
  afterAll(() => stack.close());

  /** Another till takes the code of each of the first `times` writes. */
  const takeChosenCodes = (times: number) => {
    let taken = 0;
    restore = beforeEachWrite(stack, (request) => {
      if (taken++ < times) stack.sim.state.addCustomer(person(`رقیب ${taken}`), Number((request.args as unknown[])[8]));
    });
  };
  const written = () => stack.sim.requests.filter((r) => r.command === "DoNewMoshtari").map((r) => r.args as unknown[]);

  it("a new code is chosen, one past the highest, and the customer written under it", async () => {
    const highest = Math.max(...[...stack.sim.state.customers.keys()].map(Number));
    takeChosenCodes(1);
    stack.sim.resetRequests();
    const response = await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "صبور", group: "همکار", address: "قم" }, idempotencyKey: "race-code-1" });
    expect(response.errors).toBeUndefined();
    expect(response.data!.createCustomer!).toMatchObject({ code: String(highest + 2), reconciled: false });
    expect(written()).toEqual([
      ["صبور", "همکار", "", "قم", "", "", "", -1, highest + 1, 0],
      ["صبور", "همکار", "", "قم", "", "", "", -1, highest + 2, 0],
    ]);
    expect(stack.sim.state.customer(highest + 1)!.Name).toBe("رقیب 1");
  });

  it("five tries: taken four times, the fifth is written; taken five times, Tahesab's refusal is answered", async () => {
    takeChosenCodes(4);
    stack.sim.resetRequests();
    const fifth = await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "پنجم" } });
    expect(fifth.errors).toBeUndefined();
    expect(written()).toHaveLength(5);
    expect(stack.sim.state.customer(fifth.data!.createCustomer!.code)!.Name).toBe("پنجم");
    restore();

    takeChosenCodes(5);
    stack.sim.resetRequests();
    const before = stack.sim.state.customers.size;
    const refused = await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "ششم" }, idempotencyKey: "race-code-5" });
    expect(codes(refused)).toEqual(["VENDOR_ERROR"]);
    expect(refused.errors![0].message).toContain("کد مشتری تکراری می باشد.");
    expect(written()).toHaveLength(5);
    expect(stack.sim.state.customers.size).toBe(before + 5);
  });
});

describe("createCustomer on an older add-on", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ simulator: { addOn: "older" } });
  });
  afterAll(() => stack.close());

  it.each([
    ["nationalId", "0499370899", "this shop's Tahesab add-on is an older one that does not take a national id; leave it out"],
    ["birthDate", "1370-05-12", "this shop's Tahesab add-on is an older one that does not take a birth date; leave it out"],
  ])("refuses %s, which it cannot keep, sending nothing", async (field, value, message) => {
    stack.sim.resetRequests();
    const response = await stack.gql(CreateCustomerDocument, { input: { vendor: "TAHESAB", name: "قدیمی", [field]: value } });
    expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].extensions!.field).toBe(`input.${field}`);
    expect(response.errors![0].message).toBe(`Invalid value for "input.${field}": ${message}`);
    expect(stack.sim.count("DoNewMoshtari")).toBe(0);
  });
});
