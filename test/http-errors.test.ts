import express from "express";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/core/logger.js";
import { jsonErrors } from "../src/web/errors.js";

/**
 * The HTTP layer's error answers (src/web/errors.ts), behind a real socket:
 * the client's mistakes keep their 4xx and say what was wrong; anything else
 * is the server's, answered 500 (never "400 could not be read").
 */
describe("errors of the HTTP layer", () => {
  let server: http.Server;
  let base: string;
  const logged: string[] = [];
  beforeAll(async () => {
    const app = express();
    const logger = createLogger("error");
    logger.error = ((fields: { err?: Error }) => void logged.push(String(fields?.err?.message))) as typeof logger.error;
    app.get("/fails/:status", (request) => {
      throw Object.assign(new Error("the disk is on fire"), { status: Number(request.params.status) });
    });
    app.get("/throws", () => {
      throw new Error("no status at all");
    });
    app.post("/json", express.json({ limit: "10b" }), (_request, response) => void response.json({ ok: true }));
    app.use(jsonErrors(logger));
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  for (const status of [500, 502, 503]) {
    it(`an error with status ${status} is a 500 INTERNAL_SERVER_ERROR, logged, without internals`, async () => {
      const response = await fetch(`${base}/fails/${status}`);
      expect(response.status).toBe(500);
      const body = await response.json();
      expect(body).toEqual({ errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      expect(logged.at(-1)).toContain("the disk is on fire");
    });
  }

  it("an error without a status is the server's too: 500", async () => {
    expect((await fetch(`${base}/throws`)).status).toBe(500);
  });

  it("a 4xx keeps its status and says what was wrong: 499 and 400 stay client errors", async () => {
    const response = await fetch(`${base}/fails/499`);
    expect(response.status).toBe(499);
    expect((await response.json()).errors[0].extensions.code).toBe("BAD_REQUEST");
    expect((await fetch(`${base}/fails/400`)).status).toBe(400);
  });

  it("a body over the limit is 413 naming the limit; a body that is not JSON is 400 saying so", async () => {
    const large = await fetch(`${base}/json`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ a: "0123456789" }) });
    expect(large.status).toBe(413);
    expect((await large.json()).errors[0].message).toBe("The request body is too large (at most 10 bytes: HESABGRAPH_MAX_BODY_BYTES).");
    const broken = await fetch(`${base}/json`, { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    expect(broken.status).toBe(400);
    expect((await broken.json()).errors[0].message).toBe("The request body is not valid JSON.");
  });
});
