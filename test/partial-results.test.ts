import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codes, startStack, type Stack } from "./support/harness.js";

/**
 * README: "a failed field is null with its error, the rest of the answer
 * returns" — mutations included: every mutation's payload is nullable, so one
 * failed write does not null the answers of the writes beside it.
 */
describe("partial results", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it("a refused mutation is null with its error; the next mutation of the same operation is answered", async () => {
    const response = await stack.gql<any, any>(`mutation {
      refused: recordCashTransfer(input: { customerCode: "99999", date: "1403-08-06", direction: IN, amount: 1000 }) { factorCode }
      recorded: recordCashTransfer(input: { customerCode: "3", date: "1403-08-06", direction: IN, amount: 1000 }) { factorCode kind }
    }`);
    expect(response.status).toBe(200);
    expect(response.data!.refused).toBeNull();
    expect(response.data!.recorded).toMatchObject({ kind: "CASH_TRANSFER" });
    expect(response.data!.recorded.factorCode).toMatch(/\S/);
    expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].path).toEqual(["refused"]);
  });

  it("a vendor failure in a query nulls that field alone", async () => {
    stack.sim.faults.failNext(1, "error", "getmandehesabbycode");
    const response = await stack.gql<any, any>(`{ tahesabBalances(customerCodes: ["1"]) { money } etiket(code: "1") { code } }`);
    expect(response.data!.etiket.code).toBe("1");
    expect(response.data!.tahesabBalances).toEqual([null]);
    expect(codes(response)).toEqual(["VENDOR_ERROR"]);
    stack.sim.faults.reset();
  });
});
