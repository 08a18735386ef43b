import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EtiketByCodeDocument, EtiketsByCodeRangeDocument, EtiketsByCodesDocument, NodeByIdDocument } from "./generated/operations.js";
import { codes, startStack, type Stack } from "./support/harness.js";
import { itRefusesEach, type Refusal } from "./support/refusals.js";

describe("bad input gets BAD_USER_INPUT naming the argument, and nothing reaches Tahesab", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  const cases: Refusal[] = [
    ["an empty codes list", () => stack.gql(EtiketsByCodesDocument, { codes: [] }), "codes"],
    ["10,000 codes", () => stack.gql(EtiketsByCodesDocument, { codes: Array.from({ length: 10_000 }, (_, i) => String(i + 1)) }), "codes"],
    ["a malformed code in a list", () => stack.gql(EtiketsByCodesDocument, { codes: ["1", "12a", "3"] }), "codes[1]"],
    ["a code with SQL in it", () => stack.gql(EtiketByCodeDocument, { code: "1; DROP TABLE" }), "code"],
    ["an empty code", () => stack.gql(EtiketByCodeDocument, { code: "" }), "code"],
    ["a reversed range", () => stack.gql(EtiketsByCodeRangeDocument, { fromCode: "50", toCode: "10" }), "toCode"],
    ["a range page size of 0", () => stack.gql(EtiketsByCodeRangeDocument, { fromCode: "1", toCode: "10", first: 0 }), "first"],
    ["a forged cursor", () => stack.gql(EtiketsByCodeRangeDocument, { fromCode: "1", toCode: "10", after: "not-a-cursor!" }), "after"],
    ["a foreign global id", () => stack.gql(NodeByIdDocument, { id: "xyz" }), "id"],
  ];

  itRefusesEach(() => stack, cases);

  // The same mistakes typed into the operation itself, as in GraphiQL, rather than sent as variables.
  const literals: Array<[string, string, string]> = [
    ["a month 13 date", `{ updatedEtikets(from: "1403-13-01", to: "1403-08-01") { code } }`, "from"],
    ["a Gregorian date", `{ sanads(from: "2024-01-01") { factorCode } }`, "from"],
    ["a number in a codes list", `{ etikets(codes: ["1", 2]) { code } }`, "codes[1]"],
    ["an unknown enum value in an input", `mutation { createCustomer(input: { vendor: SEPIDAR, name: "x" }) { code } }`, "input.vendor"],
    ["a missing required input field", `mutation { createCustomer(input: { vendor: TAHESAB }) { code } }`, "input.name"],
    ["a negative amount", `mutation { recordCashTransfer(input: { customerCode: "1", date: "1403-08-06", direction: IN, amount: -5 }) { factorCode } }`, "input.amount"],
  ];
  for (const [name, query, field] of literals) {
    it(`refuses ${name} written as a literal, naming ${field}`, async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(query);
      // 400 when validation refuses it, 200 when a resolver check does: never a 500.
      expect([200, 400]).toContain(response.status);
      expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(response.errors![0].extensions!.field).toBe(field);
      expect(stack.sim.count()).toBe(0);
    });
  }

  it("answers a variable of the wrong type with BAD_USER_INPUT, not a 500", async () => {
    const response = await stack.gql(EtiketsByCodesDocument, { codes: [1, 2] as any });
    expect(response.status).toBeLessThan(500);
    expect(codes(response).length).toBeGreaterThan(0);
    expect(new Set(codes(response))).toEqual(new Set(["BAD_USER_INPUT"]));
    expect(response.errors![0].message).toContain("$codes");
  });
});
