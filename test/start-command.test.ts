import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { postGraphQL } from "./support/harness.js";
import { mainScript, startMain as start, waitForOutput } from "./support/start-process.js";

describe.skipIf(!existsSync(mainScript))("the start command", () => {
  it("with no credentials starts against simulated vendors, says so, serves etikets, and stops cleanly on SIGTERM", async () => {
    const server = start({ PORT: "0", HOST: "127.0.0.1" });
    try {
      const [, url] = await waitForOutput(server, /GraphiQL: (http:\/\/\S+\/graphql)/);
      expect(server.output()).toMatch(/SANDBOX mode, against SIMULATED vendors/);
      expect(server.output()).toMatch(/TAHESAB_URL, TAHESAB_TOKEN/);
      const response = await postGraphQL<any>(url, `{ etikets(codes: ["1", "2"]) { code name weightGrams ayar } }`);
      expect(response.errors).toBeUndefined();
      expect(response.data.etikets.map((e: any) => e.code)).toEqual(["1", "2"]);
      expect(response.data.etikets[0].name).toMatch(/[\u0600-\u06FF]/);
      server.child.kill("SIGTERM");
      expect(await server.exited).toBe(0);
    } finally {
      server.child.kill("SIGKILL");
    }
  });

  it("refuses to start on a bad variable, naming it", async () => {
    const server = start({ PORT: "eighty" });
    expect(await server.exited).toBe(2);
    expect(server.output()).toContain("PORT");
  });
});
