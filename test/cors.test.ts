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

    it("gives another origin no permission", async () => {
      const check = await preflight(stack.server.url, "https://evil.example");
      expect(check.headers.get("access-control-allow-origin")).toBeNull();
    });
  });

  describe("by default", () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack();
    });
    afterAll(() => stack.close());

    it("allows no other origin", async () => {
      const check = await preflight(stack.server.url, "https://shop.example");
      expect(check.headers.get("access-control-allow-origin")).toBeNull();
      const answer = await post(stack.server.url, "https://shop.example");
      expect(answer.headers.get("access-control-allow-origin")).toBeNull();
    });
  });
});
