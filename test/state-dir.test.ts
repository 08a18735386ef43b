import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mainScript, startMain, waitForOutput } from "./support/start-process.js";

// A Tahesab configuration that is valid but never reached: the start must stop before any call.
const configuredTahesab = {
  TAHESAB_URL: "https://127.0.0.1:9/",
  TAHESAB_TOKEN: "state-dir-test-token",
  TAHESAB_DB: "GoldDB",
  TAHESAB_CERT_SHA256: Array.from({ length: 32 }, () => "AB").join(":"),
};

const scratch = mkdtempSync(join(tmpdir(), "hesabgraph-state-dir-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function refusal(env: Record<string, string>): Promise<string> {
  const server = startMain({ PORT: "0", HOST: "127.0.0.1", ...env });
  try {
    expect(await server.exited).toBe(2);
    return server.output();
  } finally {
    server.child.kill("SIGKILL");
  }
}

describe.skipIf(!existsSync(mainScript))("HESABGRAPH_STATE_DIR", () => {
  // Node's recursive mkdir never returns under /proc; the start hung instead of refusing.
  it.runIf(existsSync("/proc/self"))("a folder that cannot be made (under /proc) stops the sandbox start at once, naming the variable", async () => {
    const output = await refusal({ HESABGRAPH_STATE_DIR: "/proc/hesabgraph-nope/state" });
    expect(output).toContain('HESABGRAPH_STATE_DIR is "/proc/hesabgraph-nope/state", a folder hesabgraph cannot create or write (ENOENT)');
    expect(output).toContain(":memory:");
  });

  it("a file where the folder should be stops a configured start, naming the variable and never the token", async () => {
    const file = join(scratch, "a-file");
    writeFileSync(file, "not a folder");
    const output = await refusal({ ...configuredTahesab, HESABGRAPH_STATE_DIR: file });
    expect(output).toContain(`HESABGRAPH_STATE_DIR is "${file}", a folder hesabgraph cannot create or write (ENOTDIR)`);
    expect(output).not.toContain(configuredTahesab.TAHESAB_TOKEN);
  });

  it("a folder several levels deep that does not exist yet is made, owner-only, and the server starts", async () => {
    const deep = join(scratch, "one", "two", "three");
    const server = startMain({ PORT: "0", HOST: "127.0.0.1", HESABGRAPH_STATE_DIR: deep });
    try {
      await waitForOutput(server, /GraphiQL: http:\/\/\S+\/graphql/);
      expect(statSync(deep).isDirectory()).toBe(true);
      expect(statSync(join(scratch, "one")).mode & 0o777).toBe(0o700);
      server.child.kill("SIGTERM");
      expect(await server.exited).toBe(0);
    } finally {
      server.child.kill("SIGKILL");
    }
  });
});
