import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/core/ids.js";
import { MAX_NESTING, nestingDepth } from "../src/limits.js";
import { codes, postGraphQL, startStack, type Stack } from "./support/harness.js";

/**
 * Requests that are the client's mistake: each is a 4xx or a field error with
 * a code and a sentence saying what was wrong, never INTERNAL_SERVER_ERROR,
 * never a crash, and no vendor call after the answer.
 */
describe("client mistakes are answered as such", () => {
  let stack: Stack;
  let base: string;
  beforeAll(async () => {
    stack = await startStack();
    base = stack.server.url.replace("/graphql", "");
  });
  afterEach(() => stack.sim.faults.reset());
  afterAll(() => stack.close());

  const raw = async (body: unknown) => {
    const response = await fetch(stack.server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as { errors?: Array<{ message: string; extensions: Record<string, unknown> }> } };
  };
  const stillServing = async () => expect((await fetch(`${base}/healthz`)).status).toBe(200);

  it("a subscription operation: 400 GRAPHQL_VALIDATION_FAILED saying subscriptions are not served", async () => {
    stack.sim.resetRequests();
    const { status, body } = await raw({ query: 'subscription { etikets(codes: ["1"]) { code } }' });
    expect(status).toBe(400);
    expect(body.errors!.map((e) => e.extensions.code)).toContain("GRAPHQL_VALIDATION_FAILED");
    expect(body.errors!.map((e) => e.message).join(" ")).toMatch(/Subscription operations are not served/);
    expect(stack.sim.count()).toBe(0);
  });

  it("a persisted-query hash that does not match its query: 400 BAD_REQUEST saying so", async () => {
    const { status, body } = await raw({
      query: '{ etiket(code: "1") { code } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
    });
    expect(status).toBe(400);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({ extensions: { code: "BAD_REQUEST" } });
    expect(body.errors![0].message).toMatch(/sha does not match/);
  });

  it("nesting past the limit: 400 GRAPHQL_PARSE_FAILED naming the limit, before parsing (no stack overflow)", async () => {
    for (const query of ["{" + "a{".repeat(20_000) + "}".repeat(20_001), "{ etikets(codes: " + "[".repeat(20_000) + "]".repeat(20_000) + ") { code } }"]) {
      const { status, body } = await raw({ query });
      expect(status).toBe(400);
      expect(body.errors![0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
      expect(body.errors![0].message).toContain(`deeper than ${MAX_NESTING} levels`);
      expect(JSON.stringify(body)).not.toMatch(/call stack/);
    }
    const get = await fetch(`${stack.server.url}?query=${encodeURIComponent("{" + "a{".repeat(100) + "}".repeat(101))}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "1" },
    });
    expect(get.status).toBe(400);
    expect((await get.json()).errors[0].message).toContain("deeper than");
    await stillServing();
  });

  it("the nesting limit sits exactly at MAX_NESTING: one level less parses, one more is refused", async () => {
    const at = (depth: number) => "{ etikets(codes: " + "[".repeat(depth - 2) + '"1"' + "]".repeat(depth - 2) + ") { code } }";
    expect(nestingDepth(at(MAX_NESTING))).toBe(MAX_NESTING);
    const allowed = await raw({ query: at(MAX_NESTING) });
    // Parsed and validated: a list nested that deep is not a [String!]!, which is the schema's business.
    expect(allowed.body.errors![0].extensions.code).not.toBe("GRAPHQL_PARSE_FAILED");
    const refused = await raw({ query: at(MAX_NESTING + 1) });
    expect(refused.body.errors![0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("nesting is counted outside strings and comments", () => {
    expect(nestingDepth('{ a(b: "{{{{[[[[") # {{{{{\n }')).toBe(2);
    expect(nestingDepth('{ a(b: """ {{{ \\""" {{ """) }')).toBe(2);
    expect(nestingDepth('{ a(b: "x\\"{{") }')).toBe(2);
  });

  for (const [fault, arm] of [
    ["answers HTTP 500", (s: Stack) => s.sim.faults.failNext(5, "http500")],
    ["is down", (s: Stack) => (s.sim.faults.down = true)],
    ["refuses with ERROR", (s: Stack) => s.sim.faults.failNext(5, "error")],
  ] as const) {
    it(`_entities with one good and one bad representation while Tahesab ${fault}: the bad one is BAD_USER_INPUT at its index, the server keeps serving`, async () => {
      arm(stack);
      const response = await stack.gql<any, any>(
        "query($r: [_Any!]!) { _entities(representations: $r) { ... on Etiket { code } } }",
        { r: [{ __typename: "Etiket", code: "1001" }, { __typename: "Bogus" }, { __typename: "Etiket", code: "x1" }] },
      );
      const byPath = Object.fromEntries(response.errors!.map((e) => [JSON.stringify(e.path), e]));
      expect(byPath['["_entities",1]'].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "representations[1].__typename" });
      expect(byPath['["_entities",2]'].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "representations[2].code" });
      expect(String(byPath['["_entities",0]'].extensions!.code)).toMatch(/^VENDOR_/);
      expect(response.data!._entities).toEqual([null, null, null]);
      stack.sim.faults.reset();
      const calls = stack.sim.count();
      // The server is alive and every lookup it started was part of the answer.
      await stillServing();
      const next = await stack.gql<any, any>('{ etiket(code: "1") { code } }');
      expect(next.data.etiket.code).toBe("1");
      expect(stack.sim.count()).toBe(calls + 1);
    });
  }

  it("_entities: good representations are answered beside a bad one", async () => {
    const response = await stack.gql<any, any>(
      "query($r: [_Any!]!) { _entities(representations: $r) { ... on Etiket { code name } } }",
      { r: [{ __typename: "Etiket", code: "1" }, "not an object", { __typename: "Etiket", code: "2" }] },
    );
    expect(response.data!._entities[0].code).toBe("1");
    expect(response.data!._entities[2].code).toBe("2");
    expect(response.data!._entities[1]).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "representations[1]" });
  });

  it("node(id:) with a forged etiket id fails its own field with BAD_USER_INPUT; the etikets beside it are answered", async () => {
    stack.sim.resetRequests();
    const forged = toGlobalId("TAHESAB", "Etiket", "abc");
    const response = await stack.gql<any, any>(`query($id: ID!) { bad: node(id: $id) { id } etikets(codes: ["1", "2"]) { code } }`, { id: forged });
    expect(response.data!.bad).toBeNull();
    expect(response.data!.etikets.map((e: { code: string }) => e.code)).toEqual(["1", "2"]);
    expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].extensions!.field).toBe("id");
    // Only the good codes reached Tahesab.
    expect(stack.sim.requests.map((r) => r.args)).toEqual([["1", "2"]]);
  });

  it("a forged customer or document id is BAD_USER_INPUT too", async () => {
    for (const id of [toGlobalId("TAHESAB", "Customer", "1;2"), toGlobalId("TAHESAB", "Sanad", "x/y/z")]) {
      const response = await postGraphQL<any>(stack.server.url, "query($id: ID!) { node(id: $id) { id } }", { id });
      expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
    }
  });
});

describe("/readyz without any vendor configured", () => {
  it("is ready (nothing to ping), naming no vendor, instead of failing on an absent one", async () => {
    const stack = await startStack({ withoutTahesab: true });
    try {
      const response = await fetch(stack.server.url.replace("/graphql", "/readyz"));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ready", vendors: {}, state: { ready: true } });
    } finally {
      await stack.close();
    }
  });
});
