import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStack, type Stack } from "./support/harness.js";

const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
  });

const post = (url: string, origin: string) =>
  fetch(url, { method: "POST", headers: { origin, "content-type": "application/json" }, body: JSON.stringify({ query: '{ etiket(code: "1") { code } }' }) });

describe("browser apps on other origins (CORS)", () => {
  describe("with HESABGRAPH_CORS_ORIGINS set", () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ env: { HESABGRAPH_CORS_ORIGINS: "https://shop.example,http://localhost:5173" } });
    });
    afterAll(() => stack.close());

    it("lets a listed origin through the preflight and read the answer", async () => {
      const check = await preflight(stack.server.url, "http://localhost:5173");
      expect(check.status).toBeLessThan(300);
      expect(check.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
      expect(check.headers.get("access-control-allow-methods")).toContain("POST");
      const answer = await post(stack.server.url, "https://shop.example");
      expect(answer.headers.get("access-control-allow-origin")).toBe("https://shop.example");
      expect(await answer.json()).toEqual({ data: { etiket: { code: "1" } } });
    });

    it("runs nothing for another origin, and tells its page which variable would allow it", async () => {
      stack.sim.resetRequests();
      // The preflight lets the browser send the request, so the page can read why it is refused.
      const check = await preflight(stack.server.url, "https://evil.example");
      expect(check.status).toBe(204);
      const answer = await post(stack.server.url, "https://evil.example");
      expect(answer.status).toBe(403);
      expect(answer.headers.get("access-control-allow-origin")).toBe("https://evil.example");
      const body = await answer.json();
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions).toEqual({ code: "FORBIDDEN", variable: "HESABGRAPH_CORS_ORIGINS" });
      expect(body.errors[0].message).toContain("add it to HESABGRAPH_CORS_ORIGINS");
      expect(stack.sim.count()).toBe(0);
    });
  });

  describe("by default", () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack();
    });
    afterAll(() => stack.close());

    it("allows no other origin: its request is refused, naming HESABGRAPH_CORS_ORIGINS, and nothing reaches Tahesab", async () => {
      stack.sim.resetRequests();
      const answer = await post(stack.server.url, "https://shop.example");
      expect(answer.status).toBe(403);
      const body = await answer.json();
      expect(body.errors[0].extensions.code).toBe("FORBIDDEN");
      expect(body.errors[0].message).toMatch(/^This page's origin \(https:\/\/shop\.example\) may not call this graph\. To allow it, add it to HESABGRAPH_CORS_ORIGINS/);
      expect(stack.sim.count()).toBe(0);
    });

    it("lets the server's own pages (same origin) and clients without an Origin through", async () => {
      const own = new URL(stack.server.url).origin;
      expect(await (await post(stack.server.url, own)).json()).toEqual({ data: { etiket: { code: "1" } } });
      const plain = await fetch(stack.server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: '{ etiket(code: "1") { code } }' }) });
      expect(await plain.json()).toEqual({ data: { etiket: { code: "1" } } });
    });
  });
});
