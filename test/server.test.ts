import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EtiketsByCodesDocument } from "./generated/operations.js";
import { codes, startStack, type Stack } from "./support/harness.js";

describe("HTTP server", () => {
  let stack: Stack;
  let base: string;
  beforeAll(async () => {
    stack = await startStack();
    base = stack.server.url.replace("/graphql", "");
  });
  afterAll(() => stack.close());

  it("answers /healthz and /readyz", async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", vendors: { TAHESAB: { ready: true } }, state: { ready: true } });
  });

  it("answers a body that is not JSON with a JSON 400, not an HTML page", async () => {
    const response = await fetch(stack.server.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/json/);
    expect((await response.json()).errors[0].message).toMatch(/not valid JSON/);
  });

  it("answers an unknown path with a JSON 404", async () => {
    const response = await fetch(`${base}/nowhere`);
    expect(response.status).toBe(404);
    expect((await response.json()).errors[0].extensions.code).toBe("NOT_FOUND");
  });

  it("answers a syntax error with GRAPHQL_PARSE_FAILED and no stack trace", async () => {
    const response = await stack.gql("{ etikets(codes: [) }");
    expect(codes(response)).toEqual(["GRAPHQL_PARSE_FAILED"]);
    expect(JSON.stringify(response)).not.toContain("stacktrace");
  });

  it("never puts the Tahesab token in an answer", async () => {
    stack.sim.faults.failNext(1, "error");
    const response = await stack.gql(EtiketsByCodesDocument, { codes: ["1"] });
    expect(JSON.stringify(response)).not.toContain(stack.sim.token);
    stack.sim.faults.reset();
  });
});

describe("a vendor without credentials", () => {
  it("answers VENDOR_NOT_CONFIGURED on its fields while the rest of the graph works", async () => {
    const stack = await startStack({ withoutTahesab: true });
    try {
      const response = await stack.gql<any, any>(`{ __typename etiket(code: "1") { code } }`);
      expect(response.data).toEqual({ __typename: "Query", etiket: null });
      expect(codes(response)).toEqual(["VENDOR_NOT_CONFIGURED"]);
      expect(response.errors![0].message).toContain("TAHESAB_URL");
      expect(stack.sim.count()).toBe(0);
    } finally {
      await stack.close();
    }
  });
});

describe("graceful shutdown", () => {
  it("finishes an in-flight request, then refuses new connections", async () => {
    const stack = await startStack();
    stack.sim.faults.latencyMs = 400;
    const inFlight = stack.gql(EtiketsByCodesDocument, { codes: ["1"] });
    await new Promise((r) => setTimeout(r, 100));
    const stopped = stack.server.stop();
    const response = await inFlight;
    expect(response.data!.etikets[0]!.code).toBe("1");
    await stopped;
    await expect(fetch(stack.server.url.replace("/graphql", "/healthz"))).rejects.toThrow();
    await stack.sim.close();
  });
});
