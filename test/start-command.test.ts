import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { postGraphQL } from "./support/harness.js";

// The test command builds dist/ first (tsc), so this runs what `npm start` runs.
const main = fileURLToPath(new URL("../dist/src/main.js", import.meta.url));

function start(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(TAHESAB|HESABFA|HESABIT|HESABGRAPH)_|^PORT$|^REDIS_URL$/.test(k)));
  const child = spawn(process.execPath, [main], { env: { ...clean, LOG_LEVEL: "warn", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(predicate: () => RegExpMatchArray | null, exited: Promise<unknown>): Promise<RegExpMatchArray> {
  let done = false;
  void exited.then(() => (done = true));
  for (let i = 0; i < 300 && !done; i++) {
    const match = predicate();
    if (match) return match;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the server did not print its GraphiQL address");
}

describe.skipIf(!existsSync(main))("the start command", () => {
  it("with no credentials starts against simulated vendors, says so, serves etikets, and stops cleanly on SIGTERM", async () => {
    const server = start({ PORT: "0", HOST: "127.0.0.1" });
    try {
      const [, url] = await waitFor(() => server.output().match(/GraphiQL: (http:\/\/\S+\/graphql)/), server.exited);
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
