import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { codes, startStack, type Stack } from "./support/harness.js";

/**
 * Every answer Tahesab gives is read against the shape of its command. Fed
 * an answer of another shape, each operation fails with VENDOR_ERROR naming
 * the command and the part that did not fit — and nothing invented in the
 * data: the field is null, never a default.
 */
const T = "1403-08-06";
const cases: Array<{ command: string; query: string; field: string; body: unknown; at?: RegExp }> = [
  { command: "getmandehesabbycode", query: '{ tahesabBalances(customerCodes: ["1"]) { money } }', field: "tahesabBalances", body: { MandeHesab: [{ Code: "1", MandeyeVazni: "two grams", MandeyeMali: "-1" }] }, at: /MandeyeVazni/ },
  { command: "getmandehesabbycode", query: '{ tahesabBalances(customerCodes: ["1"]) { money } }', field: "tahesabBalances", body: { Mande: [] }, at: /MandeHesab/ },
  { command: "GetMandeHesabByTarikh", query: `{ customer(vendor: TAHESAB, code: "1") { balanceAt(date: "${T}") { money } } }`, field: "customer", body: [1, 2] },
  { command: "DoListMoshtari", query: '{ tahesabCustomers(fromCode: "1", toCode: "5") { edges { node { code } } } }', field: "tahesabCustomers", body: { "1": { Code: "x1", Name: "a" } }, at: /Code/ },
  { command: "DoListMoshtari", query: '{ tahesabCustomersByPhone(phone: "09121234567") { code } }', field: "tahesabCustomersByPhone", body: 42 },
  { command: "getetiketinfobycode", query: '{ etiket(code: "1") { code name } }', field: "etiket", body: { "1": { Code: "1", Vazn: "heavy" } }, at: /Vazn/ },
  { command: "getetiketinfobycodewithimage", query: '{ etiket(code: "1") { image { base64 } } }', field: "etiket", body: { "1": { Code: "1", Image: { bytes: 1 } } }, at: /Image/ },
  { command: "DoListEtiket", query: '{ etiketsByCodeRange(fromCode: "1", toCode: "9") { edges { node { code } } } }', field: "etiketsByCodeRange", body: "not a list" },
  { command: "DoListGetUpdatedEtiket", query: `{ updatedEtikets(from: "1403-01-01", to: "${T}") { code } }`, field: "updatedEtikets", body: { "1": { Code: "1", TarikhTaghir: "yesterday" } }, at: /TarikhTaghir/ },
  { command: "DoList_EtiketByCodeKar", query: '{ etiketsByMadeGoodsCode(madeGoodsCode: "12") { code } }', field: "etiketsByMadeGoodsCode", body: { "1": { Code: "1", IsMojood: "maybe" } }, at: /IsMojood/ },
  { command: "DoListAsnad", query: '{ sanads(customerCode: "3") { rowId } }', field: "sanads", body: { "9": { ID: "9", NO: "فروش طلا", ZamanSabt: "last week" } }, at: /ZamanSabt/ },
  { command: "DoNewSanadInquiry", query: `{ sanad(customerCode: "3", factorNumber: 5, date: "${T}") { rowId } }`, field: "sanad", body: { "9": { ID: "9" } }, at: /NO/ },
  { command: "GetInfo", query: '{ rfidTags(epcs: ["E280116000000001"]) { epc } }', field: "rfidTags", body: [{ Code: "1" }], at: /Epc/ },
  { command: "GetInfoWithImage", query: '{ rfidTags(epcs: ["E280116000000001"]) { image { base64 } } }', field: "rfidTags", body: { E280116000000001: { Code: "1", Image: 5 } }, at: /Image/ },
];

for (const addOn of ["current", "older"] as const) {
  describe(`Tahesab answers of an unexpected shape (${addOn} add-on)`, () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ simulator: { addOn } });
    });
    afterEach(() => stack.sim.faults.reset());
    afterAll(() => stack.close());

    for (const c of cases) {
      it(`${c.command} answering ${JSON.stringify(c.body).slice(0, 60)}: VENDOR_ERROR naming the command${c.at ? " and the field" : ""}`, async () => {
        stack.sim.faults.respondNext(c.command, JSON.stringify(c.body));
        const response = await stack.gql<any, any>(c.query);
        const error = response.errors?.find((e) => e.extensions?.code === "VENDOR_ERROR");
        expect(error, JSON.stringify(response)).toBeDefined();
        expect(error!.message).toContain(`Tahesab answered ${c.command} in an unexpected shape`);
        if (c.at) expect(error!.message).toMatch(c.at);
        expect(error!.extensions).toMatchObject({ vendor: "TAHESAB", command: c.command });
        // Nothing made up: the field (or the item it fed) is null.
        const value = response.data?.[c.field];
        const nothing = value === null || value === undefined || (Array.isArray(value) && value.every((v) => v === null || v?.image === null)) || value?.balanceAt === null || value?.image === null;
        expect(nothing, JSON.stringify(response.data)).toBe(true);
      });
    }

    it("recordRfidRead: an epcList answer without its counts is an error saying so, never counts made up", async () => {
      stack.sim.faults.respondNext("epcList", JSON.stringify({ Count: 1 }));
      const response = await stack.gql<any, any>('mutation { recordRfidRead(epcs: ["E2801160FFFFFFFF"]) { count matched unmatched } }');
      // The read may have been recorded though its answer cannot be read: its fate is unknown.
      expect(codes(response)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
      expect(response.errors![0].message).toMatch(/epcList in an unexpected shape: at Matched/);
      expect(response.data!.recordRfidRead).toBeNull();
    });

    it("a document write answered without OK: the write's fate is unknown, it is settled rather than taken for a failure", async () => {
      stack.sim.faults.respondNext("DoNewSanadVKHVaghNaghd", JSON.stringify({ Result: "done" }));
      const response = await stack.gql<any, any>(
        `mutation { recordCashTransfer(input: { customerCode: "3", date: "${T}", direction: IN, amount: "1000" }, idempotencyKey: "no-ok-${addOn}") { factorCode } }`,
      );
      // The canned answer wrote nothing: the settling finds nothing (older) or sends again and records it (current).
      if (addOn === "current") expect(response.data!.recordCashTransfer.factorCode).toMatch(/^HG/);
      else expect(codes(response)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
    });

    it("a refusal under the key \"Error\" (as some add-ons spell it) is Tahesab's refusal, with its text", async () => {
      stack.sim.faults.respondNext("getetiketinfobycode", JSON.stringify({ Error: "خطای آزمایشی" }));
      const response = await stack.gql<any, any>('{ etiket(code: "1") { code } }');
      expect(codes(response)).toEqual(["VENDOR_ERROR"]);
      expect(response.errors![0].message).toContain("Tahesab refused getetiketinfobycode: خطای آزمایشی");
    });

    it("HTTP 429 is VENDOR_RATE_LIMITED with the seconds Retry-After asks for; without the header, without them", async () => {
      stack.sim.faults.respondNext("getetiketinfobycode", "{}", 429, { "Retry-After": "17" });
      const limited = await stack.gql<any, any>('{ etiket(code: "1") { code } }');
      expect(limited.errors![0].extensions).toMatchObject({ code: "VENDOR_RATE_LIMITED", vendor: "TAHESAB", retryable: true, retryAfterSeconds: 17, httpStatus: 429 });
      stack.sim.faults.respondNext("getetiketinfobycode", "{}", 429);
      const bare = await stack.gql<any, any>('{ etiket(code: "1") { code } }');
      expect(bare.errors![0].extensions!.code).toBe("VENDOR_RATE_LIMITED");
      expect(bare.errors![0].extensions!.retryAfterSeconds).toBeUndefined();
    });
  });
}

describe("a Tahesab whose refusals say \"Error\"", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ simulator: { errorKey: "Error" } });
  });
  afterAll(() => stack.close());

  it("its refusals are read as refusals: an unknown customer's documents are BAD_USER_INPUT, a refused write VENDOR_ERROR", async () => {
    const list = await stack.gql<any, any>('{ sanads(customerCode: "999999") { rowId } }');
    expect(list.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "customerCode" });
    stack.sim.faults.failNext(1, "error", "DoNewSanadVKHVaghNaghd");
    const refused = await stack.gql<any, any>(`mutation { recordCashTransfer(input: { customerCode: "3", date: "${T}", direction: IN, amount: "1000" }) { factorCode } }`);
    expect(codes(refused)).toEqual(["VENDOR_ERROR"]);
  });
});

describe("amounts beyond 2^53 rials", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it("two large cash documents: the balance is exact, in and out (strings of digits, no rounding)", async () => {
    // 1.5 × 2^52 each: their sum, 3 × 2^52, is past 2^53 (and exactly representable, so the simulator's own arithmetic is exact too).
    const big = "6755399441055744";
    for (const factorNumber of [1, 2]) {
      const response = await stack.gql<any, any>(
        `mutation($amount: Rial!, $n: Int) { recordCashTransfer(input: { customerCode: "20", date: "${T}", factorNumber: $n, direction: OUT, amount: $amount }) { factorCode } }`,
        { amount: big, n: 90_000 + factorNumber },
      );
      expect(response.errors).toBeUndefined();
    }
    const sent = stack.sim.requests.filter((r) => r.command === "DoNewSanadVKHVaghNaghd");
    expect(sent.every((r) => r.args[8] === 6755399441055744)).toBe(true);
    const balance = await stack.gql<any, any>('{ tahesabBalances(customerCodes: ["20"]) { money } }');
    expect(balance.errors).toBeUndefined();
    const before = BigInt(stack.sim.state.balance("20")!.money) + 2n * BigInt(big);
    expect(BigInt(balance.data.tahesabBalances[0].money)).toBe(before - 2n * BigInt(big));
    expect(balance.data.tahesabBalances[0].money).toBe(String(stack.sim.state.balance("20")!.money));
    expect(Math.abs(Number(balance.data.tahesabBalances[0].money))).toBeGreaterThan(2 ** 53);
  });

  it("an amount sent as a JSON number past 2^53 is refused (it was already rounded); as a string it is taken exactly", async () => {
    const response = await stack.gql<any, any>(
      `mutation($amount: Rial!) { recordCashTransfer(input: { customerCode: "20", date: "${T}", direction: IN, amount: $amount }) { factorCode } }`,
      { amount: 2 ** 53 + 2 },
    );
    expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].extensions!.field).toBe("amount");
  });
});
