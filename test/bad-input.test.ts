import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EtiketByCodeDocument, EtiketsByCodeRangeDocument, EtiketsByCodesDocument, NodeByIdDocument } from "./generated/operations.js";
import { codes, startStack, type Stack } from "./support/harness.js";

describe("bad input gets BAD_USER_INPUT naming the argument, and nothing reaches Tahesab", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  const cases: Array<[string, () => Promise<any>, string]> = [
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

  for (const [name, run, field] of cases) {
    it(`refuses ${name}`, async () => {
      stack.sim.resetRequests();
      const response = await run();
      expect(response.status).toBe(200);
      expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(response.errors[0].extensions.field).toBe(field);
      expect(response.errors[0].message).toContain(field);
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
