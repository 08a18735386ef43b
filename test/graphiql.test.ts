import { gunzipSync } from "node:zlib";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStack, type Stack } from "./support/harness.js";

function get(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, any>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c) => chunks.push(c));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

describe("GraphiQL at GET /graphql", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it("serves a compressed, self-contained page that loads nothing from outside", async () => {
    const response = await get(stack.server.url, { accept: "text/html", "accept-encoding": "gzip" });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toMatch(/text\/html/);
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.body.length).toBeLessThan(4_000_000);
    const html = gunzipSync(response.body).toString("utf8");
    expect(html).toContain("renderYogaGraphiQL");
    expect(html).toContain('"endpoint":"/graphql"');
    // Every resource the page could load: tag attributes, CSS url(), imports, workers, fetches.
    const loaded = [
      ...html.matchAll(/<(?:script|link|img|iframe|source|embed)\b[^>]*\b(?:src|href)\s*=\s*["']?([^"' >]+)/gi),
      ...html.matchAll(/url\(\s*["']?(https?:)?\/\/[^)"']+/gi),
      ...html.matchAll(/\bimport\(\s*["'](https?:)?\/\/[^"']+/gi),
      ...html.matchAll(/\bimportScripts\(\s*["'](https?:)?\/\/[^"']+/gi),
      ...html.matchAll(/new Worker\(\s*["'](https?:)?\/\/[^"']+/gi),
      ...html.matchAll(/fetch\(\s*["'](https?:)?\/\/[^"']+/gi),
    ].map((m) => m[1] ?? m[0]);
    const external = loaded.filter((u) => /^(https?:)?\/\//i.test(u));
    expect(external).toEqual([]);
  });

  it("still answers GET queries with JSON", async () => {
    const response = await get(`${stack.server.url}?query=${encodeURIComponent("{ __typename }")}`, {
      accept: "application/json",
      // Apollo's CSRF prevention wants a preflighted request for GET operations.
      "apollo-require-preflight": "true",
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body.toString())).toEqual({ data: { __typename: "Query" } });
  });
});
