import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStack, type Stack } from "./support/harness.js";

const codes = (from: number, count: number) => Array.from({ length: count }, (_, i) => String(from + i));

describe("etiket lookups are batched per operation", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it("sends 50 etikets asked through a list, aliases, fragments and node() as one getetiketinfobycode call", async () => {
    const aliases = codes(41, 5).map((c) => `e${c}: etiket(code: "${c}") { ...F }`).join("\n");
    const nodeIds = codes(46, 5).map((c) => Buffer.from(`Etiket:TAHESAB:${c}`).toString("base64url"));
    const nodes = nodeIds.map((id, i) => `n${i}: node(id: "${id}") { ... on Etiket { ...F } }`).join("\n");
    const query = `
      fragment F on Etiket { code name weightGrams ayar inStock }
      query Fifty($codes: [String!]!) {
        etikets(codes: $codes) { ...F }
        ${aliases}
        ${nodes}
      }`;
    stack.sim.resetRequests();
    const response = await stack.gql<any, any>(query, { codes: codes(1, 40) });
    expect(response.errors).toBeUndefined();
    expect(response.data.etikets).toHaveLength(40);
    expect(response.data.e45.code).toBe("45");
    expect(response.data.n4.code).toBe("50");
    expect(stack.sim.count()).toBe(1);
    expect(stack.sim.count("getetiketinfobycode")).toBe(1);
    const sent = stack.sim.requests[0].args as string[];
    expect(new Set(sent)).toEqual(new Set(codes(1, 50)));
  });

  it("asks each code once however often the operation repeats it", async () => {
    stack.sim.resetRequests();
    const response = await stack.gql<any, any>(`{ a: etikets(codes: ["7", "7", "8"]) { code } b: etiket(code: "7") { code } }`);
    expect(response.data.a.map((e: any) => e.code)).toEqual(["7", "7", "8"]);
    expect(stack.sim.count()).toBe(1);
    expect(stack.sim.requests[0].args).toEqual(["7", "8"]);
  });
});

describe("batches are split at TAHESAB_BATCH_SIZE", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { TAHESAB_BATCH_SIZE: "20" } });
  });
  afterAll(() => stack.close());

  it("sends 50 codes as three calls of at most 20", async () => {
    stack.sim.resetRequests();
    const response = await stack.gql<any, any>(`query($c: [String!]!) { etikets(codes: $c) { code } }`, { c: codes(1, 50) });
    expect(response.errors).toBeUndefined();
    expect(response.data.etikets.map((e: any) => e.code)).toEqual(codes(1, 50));
    expect(stack.sim.count("getetiketinfobycode")).toBe(3);
    expect(stack.sim.requests.map((r) => r.args.length).sort((a, b) => a - b)).toEqual([10, 20, 20]);
  });
});
