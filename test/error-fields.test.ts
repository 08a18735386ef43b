import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hesabfaStack, type HesabfaStack } from "./hesabfa/support.js";

/**
 * Every input error names where the bad value sits in `extensions.field`,
 * down to the list item, whether the value came in a variable or was typed
 * into the operation, and whichever layer refused it (graphql-js's variable
 * coercion, validation of a literal, class-validator, a resolver's check).
 */
describe("extensions.field names the bad value's path", () => {
  let stack: HesabfaStack;
  beforeAll(async () => {
    stack = await hesabfaStack();
  });
  afterAll(() => stack.close());

  const line = { itemCode: "1", quantity: "1", unitPrice: "1000" };
  const SAVE = `mutation ($input: HesabfaInvoiceInput!) { saveHesabfaInvoice(input: $input) { replayed } }`;
  const invoice = (lines: unknown[], extra: Record<string, unknown> = {}) => ({ kind: "SALE", customerCode: "1", lines, ...extra });

  async function refusal(query: string, variables?: Record<string, unknown>) {
    stack.hesabfa.resetRequests();
    const response = await stack.gql(query, variables);
    expect(response.errors, JSON.stringify(response)).toHaveLength(1);
    expect(response.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(stack.hesabfa.count()).toBe(0);
    return response.errors![0];
  }

  it("a variable item of the wrong type, deep in a list: input.lines[1].quantity", async () => {
    const error = await refusal(SAVE, { input: invoice([line, { ...line, quantity: true }]) });
    expect(error.extensions!.field).toBe("input.lines[1].quantity");
  });

  it("a required field missing from a variable's list item: input.lines[2].unitPrice", async () => {
    const error = await refusal(SAVE, { input: invoice([line, line, { itemCode: "1", quantity: "1" }]) });
    expect(error.extensions!.field).toBe("input.lines[2].unitPrice");
  });

  it("a required field missing from a variable's top object: input.kind", async () => {
    const error = await refusal(SAVE, { input: { customerCode: "1", lines: [line] } });
    expect(error.message).toContain('Field "kind" of required type');
    expect(error.extensions!.field).toBe("input.kind");
  });

  it("a whole variable missing or of the wrong type: the variable's name", async () => {
    expect((await refusal(SAVE, {})).extensions!.field).toBe("input");
    const CUSTOMER = `query ($code: String!) { customer(vendor: HESABFA, code: $code) { code } }`;
    expect((await refusal(CUSTOMER, { code: 5 })).extensions!.field).toBe("code");
    expect((await refusal(CUSTOMER, { code: null })).extensions!.field).toBe("code");
  });

  it("a null item in a variable list: codes[1]", async () => {
    expect((await refusal(`query ($codes: [String!]!) { etikets(codes: $codes) { code } }`, { codes: ["1", null] })).extensions!.field).toBe("codes[1]");
  });

  it("class-validator on a list item: input.lines[1].itemCode, with every failing field listed", async () => {
    const error = await refusal(SAVE, { input: invoice([line, { ...line, itemCode: "" }], { note: "x".repeat(501) }) });
    expect(error.extensions!.field).toBe("input.note");
    expect(error.extensions!.fields).toEqual([
      { field: "input.note", problems: [expect.stringContaining("500")] },
      { field: "input.lines[1].itemCode", problems: [expect.stringContaining("1")] },
    ]);
    expect(error.message).toBe(`Invalid value for "input.note": ${error.extensions!.fields[0].problems[0]}. Invalid value for "input.lines[1].itemCode": ${error.extensions!.fields[1].problems[0]}`);
  });

  it("a resolver's own check on a list item: input.lines[1].itemCode", async () => {
    const error = await refusal(SAVE, { input: invoice([line, { ...line, itemCode: "1x" }]) });
    expect(error.extensions!.field).toBe("input.lines[1].itemCode");
  });

  it("a literal list item inside an input object: input.lines[1].quantity", async () => {
    const error = await refusal(`mutation { saveHesabfaInvoice(input: { kind: SALE, customerCode: "1", lines: [{ itemCode: "1", quantity: "1", unitPrice: "1" }, { itemCode: "1", quantity: true, unitPrice: "1" }] }) { replayed } }`);
    expect(error.extensions!.field).toBe("input.lines[1].quantity");
  });

  it("a literal list item missing a required field: input.lines[0].unitPrice", async () => {
    const error = await refusal(`mutation { saveHesabfaInvoice(input: { kind: SALE, customerCode: "1", lines: [{ itemCode: "1", quantity: "1" }] }) { replayed } }`);
    expect(error.extensions!.field).toBe("input.lines[0].unitPrice");
  });
});
