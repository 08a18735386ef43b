import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codes, startStack, type Stack } from "./support/harness.js";

// `tahesabCustomers(first: n)` with each customer's balance: 10 for the list, and per row
// 1 (edge) + 1 (customer) + 10 (its balance, a vendor lookup) = 10 + 12n (src/cost.ts).
const customersWithBalances = (n: number) =>
  `{ tahesabCustomers(fromCode: "1", toCode: "1000", first: ${n}) { edges { node { code balance { money } } } } }`;

describe("the cost limit (HESABGRAPH_MAX_COST) and the other limits of one operation", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      env: { HESABGRAPH_MAX_COST: "1000", HESABGRAPH_MAX_PAGE_SIZE: "90", HESABGRAPH_MAX_CODES: "5", HESABGRAPH_MAX_BODY_BYTES: "4096" },
    });
  });
  afterAll(() => stack.close());

  it("runs an operation that costs up to the limit: 82 rows with balances cost 994", async () => {
    const response = await stack.gql(customersWithBalances(82));
    expect(response.errors).toBeUndefined();
    const line = stack.logs.filter((l) => l.msg === "operation").at(-1);
    expect(line?.cost).toBe(994);
  });

  it("refuses one row more (1006 > 1000) before Tahesab is asked anything, naming the limit and its variable", async () => {
    stack.sim.resetRequests();
    const response = await stack.gql(customersWithBalances(83));
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(["COST_LIMIT_EXCEEDED"]);
    expect(response.errors![0].extensions).toEqual({ code: "COST_LIMIT_EXCEEDED", cost: 1006, maxCost: 1000, variable: "HESABGRAPH_MAX_COST" });
    expect(response.errors![0].message).toMatch(/^This operation would cost 1006 points, more than this server allows in one operation: 1000 \(HESABGRAPH_MAX_COST\)\./);
    expect(stack.sim.count()).toBe(0);
  });

  it("counts rows through variables, fragments and aliases alike", async () => {
    stack.sim.resetRequests();
    const query = `query Two($n: Int!) { a: tahesabCustomers(fromCode: "1", toCode: "9", first: $n) { ...rows } b: tahesabCustomers(fromCode: "1", toCode: "9", first: $n) { ...rows } }
      fragment rows on CustomerConnection { edges { node { balance { money } } } }`;
    const response = await stack.gql(query, { n: 41 });
    expect(response.errors![0].extensions!.cost).toBe(2 * (10 + 12 * 41));
    expect(stack.sim.count()).toBe(0);
    expect((await stack.gql(query, { n: 40 })).errors).toBeUndefined();
  });

  it("costs a list of codes by its length: 5 etiket pictures cost 10 + 5 × 10", async () => {
    const response = await stack.gql(`{ etikets(codes: ["1", "2", "3", "4", "5"]) { code image { mimeType } } }`);
    expect(response.errors).toBeUndefined();
    expect(stack.logs.filter((l) => l.msg === "operation").at(-1)?.cost).toBe(60);
  });

  it("refuses a page over HESABGRAPH_MAX_PAGE_SIZE, naming it, and takes one at it", async () => {
    stack.sim.resetRequests();
    const over = await stack.gql(`{ etiketsByCodeRange(fromCode: "1", toCode: "500", first: 91) { edges { node { code } } } }`);
    expect(codes(over)).toEqual(["BAD_USER_INPUT"]);
    expect(over.errors![0].extensions!.field).toBe("first");
    expect(over.errors![0].message).toContain("at most 90 (HESABGRAPH_MAX_PAGE_SIZE)");
    expect(stack.sim.count()).toBe(0);
    expect((await stack.gql(`{ etiketsByCodeRange(fromCode: "1", toCode: "500", first: 90) { edges { node { code } } } }`)).errors).toBeUndefined();
  });

  it("names HESABGRAPH_MAX_CODES when a list of codes is too long", async () => {
    const response = await stack.gql(`{ etikets(codes: ["1", "2", "3", "4", "5", "6"]) { code } }`);
    expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].message).toContain("may contain at most 5 codes (HESABGRAPH_MAX_CODES); got 6");
  });

  it("refuses a body over HESABGRAPH_MAX_BODY_BYTES with 413, naming it", async () => {
    const response = await stack.gql(`{ etiket(code: "1") { code } } # ${"x".repeat(5000)}`);
    expect(response.status).toBe(413);
    expect(response.errors![0].message).toBe("The request body is too large (at most 4096 bytes: HESABGRAPH_MAX_BODY_BYTES).");
  });
});

describe("writes without an idempotencyKey", () => {
  const write = (key: string) => `mutation${key === "$key" ? "($key: String)" : ""} { recordCashTransfer(idempotencyKey: ${key}, input: { customerCode: "1", date: "1403-08-06", direction: IN, amount: 5000 }) { factorCode } }`;

  describe("with HESABGRAPH_REQUIRE_IDEMPOTENCY_KEY=1", () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ env: { HESABGRAPH_REQUIRE_IDEMPOTENCY_KEY: "1" } });
    });
    afterAll(() => stack.close());

    it("refuses one without a key (left out, null, empty), naming idempotencyKey and the variable, before Tahesab is asked anything", async () => {
      stack.sim.resetRequests();
      for (const [text, variables] of [
        [`mutation { recordCashTransfer(input: { customerCode: "1", date: "1403-08-06", direction: IN, amount: 5000 }) { factorCode } }`, undefined],
        [write("$key"), { key: null }],
        [write('""'), undefined],
      ] as const) {
        const response = await stack.gql(text, variables);
        expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
        expect(response.errors![0].extensions!.field).toBe("idempotencyKey");
        expect(response.errors![0].message).toContain("HESABGRAPH_REQUIRE_IDEMPOTENCY_KEY=1");
      }
      expect(stack.sim.count()).toBe(0);
    });

    it("runs one with a key, written in the operation or sent in a variable", async () => {
      expect((await stack.gql(write('"require-1"'))).errors).toBeUndefined();
      expect((await stack.gql(write("$key"), { key: "require-2" })).errors).toBeUndefined();
    });
  });

  describe("by default", () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack();
    });
    afterAll(() => stack.close());

    it("runs them, and counts them in the metrics", async () => {
      const response = await stack.gql(`mutation { recordCashTransfer(input: { customerCode: "1", date: "1403-08-06", direction: IN, amount: 5000 }) { factorCode } }`);
      expect(response.errors).toBeUndefined();
      const metrics = await stack.server.metrics.text();
      expect(metrics).toContain('hesabgraph_writes_without_idempotency_key_total{field="recordCashTransfer",outcome="sent"} 1');
    });
  });
});

describe("introspection and GraphiQL switched off (HESABGRAPH_INTROSPECTION=0, HESABGRAPH_GRAPHIQL=0)", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { HESABGRAPH_INTROSPECTION: "0", HESABGRAPH_GRAPHIQL: "0" } });
  });
  afterAll(() => stack.close());

  it("answers no introspection and serves no GraphiQL page, while queries still run", async () => {
    const schema = await stack.gql(`{ __schema { queryType { name } } }`);
    expect(codes(schema)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    const page = await fetch(stack.server.url, { headers: { accept: "text/html" } });
    expect(page.headers.get("content-type")).not.toContain("text/html");
    expect((await stack.gql(`{ etiket(code: "1") { code } }`)).data).toEqual({ etiket: { code: "1" } });
  });
});
