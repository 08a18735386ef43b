import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startHesabfaSimulator, type HesabfaSimulator } from "../../sandbox/hesabfa/index.js";
import { expectWrite, hesabfaStack, only, type HesabfaStack } from "./support.js";

/**
 * What a Hesabfa connection does by itself once started (datasources/hesabfa/index.ts,
 * changes.ts): registers the change hook when HESABFA_PUBLIC_URL is set (a refusal is
 * logged, the server serves on), and pulls the change log every HESABFA_CHANGES_POLL_MS.
 */

const SECRET = "start-up-hook-secret-0123";
const PASSWORD = "start-up-hook-password";
const PUBLIC = "https://graph.example.com";

/** Checks `done` every 10 ms until it holds, at most 2 s; the check, not the wait, is the test. */
async function until(done: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("never happened");
}

describe("a Hesabfa connection at start-up", () => {
  let sim: HesabfaSimulator;
  const stacks: HesabfaStack[] = [];
  beforeAll(async () => {
    sim = await startHesabfaSimulator({ rateLimit: null });
  });
  afterEach(async () => {
    while (stacks.length) await stacks.pop()!.close();
    sim.faults.reset();
    sim.resetRequests();
  });
  afterAll(() => sim.close());
  const start = async (env: Record<string, string>) => {
    const stack = await hesabfaStack({ shared: sim, env });
    stacks.push(stack);
    return stack;
  };

  it("registers the change hook at HESABFA_PUBLIC_URL, once, with the secret in its address", async () => {
    await start({ HESABFA_PUBLIC_URL: `${PUBLIC}/`, HESABFA_HOOK_SECRET: SECRET, HESABFA_HOOK_PASSWORD: PASSWORD });
    await until(() => sim.count("setting/getchanges") > 0);
    expectWrite(sim, only(sim, "setting/setchangehook"), { url: `${PUBLIC}/hooks/hesabfa/${SECRET}`, hookPassword: PASSWORD });
    expect(sim.state.hook).toEqual({ url: `${PUBLIC}/hooks/hesabfa/${SECRET}`, password: PASSWORD });
  });

  it("a refused registration is logged without the password, and the server serves on", async () => {
    sim.faults.failNext(1, { errorCode: 105 }, "setting/setchangehook");
    const stack = await start({ HESABFA_PUBLIC_URL: PUBLIC, HESABFA_HOOK_SECRET: SECRET, HESABFA_HOOK_PASSWORD: PASSWORD });
    await until(() => stack.logs.some((line) => line.msg === "registering the change hook at start-up failed"));
    const line = stack.logs.find((l) => l.msg === "registering the change hook at start-up failed")!;
    expect(line).toMatchObject({ level: 40, vendor: "HESABFA", err: expect.stringContaining("error 105") });
    expect(JSON.stringify(line)).not.toContain(PASSWORD);
    expect((await stack.gql(`{ hesabfaCurrency }`)).data).toEqual({ hesabfaCurrency: "IRR" });
  });

  it("without HESABFA_PUBLIC_URL nothing is registered", async () => {
    const stack = await start({ HESABFA_HOOK_SECRET: SECRET, HESABFA_HOOK_PASSWORD: PASSWORD });
    await stack.gql(`{ hesabfaCurrency }`);
    expect(sim.count("setting/setchangehook")).toBe(0);
  });

  it("pulls the change log every HESABFA_CHANGES_POLL_MS: a change made in the web app reaches the feed without a hook or a refresh", async () => {
    const stack = await start({ HESABFA_CHANGES_POLL_MS: "20" });
    const FEED = `{ hesabfaChanges(after: 0, includeOwn: true, refresh: false) { lastId changes { code } } }`;
    // The first pull starts the feed at the log's end.
    await until(async () => (await stack.gql(FEED)).data!.hesabfaChanges.lastId !== null);
    const code = sim.userChange.saveContact({ Name: "از وب، بی هوک" }).Code;
    await until(async () => (await stack.gql(FEED)).data!.hesabfaChanges.changes.some((c: { code: string }) => c.code === code));
  });
});
