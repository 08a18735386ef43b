import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { postGraphQL } from "./support/harness.js";
import { loginWithFetch } from "./support/hesabit-login.js";
import { mainScript, startMain, waitForOutput, type StartedProcess } from "./support/start-process.js";

// A new user in sandbox mode, with the real start command: connect Hesabit once
// through /auth/hesabit/login, query it, restart, and it is still connected.
// (test/hesabit-login-browser.test.ts does the same in a real browser.)

const CUSTOMERS = `{ hesabitCustomers(first: 5) { edges { node { vendor name mobile } } } }`;

let running: StartedProcess | undefined;
afterEach(async () => {
  running?.child.kill("SIGKILL");
  await running?.exited;
  running = undefined;
});

async function start(stateDir: string): Promise<{ url: string; origin: string }> {
  running = startMain({ PORT: "0", HOST: "127.0.0.1", HESABGRAPH_STATE_DIR: stateDir });
  const [, url] = await waitForOutput(running, /GraphiQL: (http:\/\/\S+\/graphql)/);
  return { url, origin: new URL(url).origin };
}

async function stop(): Promise<void> {
  running!.child.kill("SIGTERM");
  expect(await running!.exited).toBe(0);
  running = undefined;
}

describe.skipIf(!existsSync(mainScript))("Hesabit in sandbox mode, as a new user meets it", () => {
  it("login → connected page → customers; after a restart, still connected", async () => {
    const stateDir = mkdtempSync(join(tmpdir(), "hesabgraph-sandbox-"));
    const { url, origin } = await start(stateDir);
    expect(running!.output()).toMatch(/Hesabit simulator .*connect it once at \/auth\/hesabit\/login/);

    const before = await postGraphQL<any>(url, CUSTOMERS);
    expect(before.errors![0].extensions).toMatchObject({ code: "UNAUTHENTICATED", loginUrl: "/auth/hesabit/login" });
    const ready = await fetch(new URL("/readyz", url));
    expect(ready.status).toBe(503);
    expect((await ready.json()).vendors.HESABIT).toMatchObject({ ready: false, code: "UNAUTHENTICATED" });

    const steps = await loginWithFetch(origin);
    expect(steps.status).toBe(200);
    expect(steps.page).toContain("Hesabit is connected");

    const after = await postGraphQL<any>(url, CUSTOMERS);
    expect(after.errors).toBeUndefined();
    expect(after.data.hesabitCustomers.edges).toHaveLength(5);
    expect(after.data.hesabitCustomers.edges[0].node).toMatchObject({ vendor: "HESABIT", name: expect.stringMatching(/[\u0600-\u06FF]/) });
    expect((await fetch(new URL("/readyz", url))).status).toBe(200);
    await stop();

    // The tokens are in hesabgraph's state file (owner-only); the simulator keeps its side beside it.
    expect(statSync(join(stateDir, "state.json")).mode & 0o777).toBe(0o600);
    expect(existsSync(join(stateDir, "hesabit-simulator.json"))).toBe(true);

    const again = await start(stateDir);
    const restarted = await postGraphQL<any>(again.url, CUSTOMERS);
    expect(restarted.errors).toBeUndefined();
    expect(restarted.data.hesabitCustomers.edges.map((e: any) => e.node.name)).toEqual(after.data.hesabitCustomers.edges.map((e: any) => e.node.name));
    await stop();
  }, 60_000);

  it("on a chosen port, the sandbox registers that callback and names the login by its full address", async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    running = startMain({ PORT: String(port), HOST: "127.0.0.1" });
    const [, url] = await waitForOutput(running, /GraphiQL: (http:\/\/\S+\/graphql)/);
    const login = `http://127.0.0.1:${port}/auth/hesabit/login`;
    expect(running.output()).toContain(`connect it once at ${login}`);
    expect((await postGraphQL<any>(url, CUSTOMERS)).errors![0].extensions).toMatchObject({ code: "UNAUTHENTICATED", loginUrl: login });
    const steps = await loginWithFetch(`http://localhost:${port}`);
    // HESABIT_REDIRECT_URI is set: the callback comes back to it, whichever name the login was opened at.
    expect(steps.authorizeUrl.searchParams.get("redirect_uri")).toBe(`http://127.0.0.1:${port}/auth/hesabit/callback`);
    expect(steps.status).toBe(200);
    expect((await postGraphQL<any>(url, CUSTOMERS)).errors).toBeUndefined();
    await stop();
  }, 60_000);

  it("without a state dir, a restart starts afresh: not connected", async () => {
    running = startMain({ PORT: "0", HOST: "127.0.0.1" });
    const [, url] = await waitForOutput(running, /GraphiQL: (http:\/\/\S+\/graphql)/);
    expect((await loginWithFetch(new URL(url).origin)).status).toBe(200);
    expect((await postGraphQL<any>(url, CUSTOMERS)).errors).toBeUndefined();
    await stop();
    running = startMain({ PORT: "0", HOST: "127.0.0.1" });
    const [, second] = await waitForOutput(running, /GraphiQL: (http:\/\/\S+\/graphql)/);
    expect((await postGraphQL<any>(second, CUSTOMERS)).errors![0].extensions!.code).toBe("UNAUTHENTICATED");
  }, 60_000);
});
