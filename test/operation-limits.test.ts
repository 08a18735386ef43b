import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codes, startStack, type Stack } from "./support/harness.js";

/** One operation of `n` aliased balance lookups, each of which could be a Tahesab call. */
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: tahesabBalances(customerCodes: ["${i + 1}"]) { money }`).join(" ")} }`;

describe("the alias limit protects the shop PC (HESABGRAPH_MAX_ALIASES)", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { HESABGRAPH_MAX_ALIASES: "50" } });
  });
  afterAll(() => stack.close());

  it("runs an operation at the limit", async () => {
    const response = await stack.gql(aliases(50));
    expect(response.errors).toBeUndefined();
    expect(Object.keys(response.data as object)).toHaveLength(50);
  });

  it("refuses one alias more with a 400 validation error, before Tahesab is asked anything", async () => {
    stack.sim.resetRequests();
    const response = await stack.gql(aliases(51));
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(response.errors![0].message).toBe("Aliases limit of 50 exceeded, found 51 (HESABGRAPH_MAX_ALIASES).");
    expect(stack.sim.count()).toBe(0);
  });

  it("leaves GraphiQL's introspection alone", async () => {
    const response = await stack.gql(`{ __schema { queryType { name } types { name } } }`);
    expect(response.errors).toBeUndefined();
  });
});
