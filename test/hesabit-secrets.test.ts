import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHesabitSimulator, type HesabitSimulator } from "../sandbox/hesabit/index.js";
import { postGraphQL } from "./support/harness.js";
import { decide, loginWithFetch } from "./support/hesabit-login.js";
import { startMain, waitForOutput, type StartedProcess } from "./support/start-process.js";

// Hesabit's access token rides in every API URL, and the login handles codes,
// refresh tokens and the client secret: none may reach a log line (at trace
// level), an error, a page or an answer, through the whole life of a connection.

describe("Hesabit secrets never reach logs, errors or answers", () => {
  let sim: HesabitSimulator;
  let server: StartedProcess;
  let url: string;
  let origin: string;
  let persistFile: string;
  const seen: string[] = [];
  const codes: string[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "hesabgraph-hesabit-secrets-"));
    persistFile = join(dir, "simulator.json");
    // Rotation, so several refresh tokens live and die during the run; the file keeps every token issued.
    sim = await startHesabitSimulator({ rotateRefreshTokens: true, persistFile });
    server = startMain({
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "trace",
      HESABGRAPH_STATE_DIR: join(dir, "state"),
      HESABIT_API_URL: sim.apiUrl,
      HESABIT_AUTH_URL: sim.authUrl,
      HESABIT_CLIENT_ID: sim.clientId,
      HESABIT_CLIENT_SECRET: sim.clientSecret,
      HESABIT_TIMEOUT_MS: "500",
    });
    [, url] = await waitForOutput(server, /"url":"(http:\/\/[^"]+\/graphql)"/);
    origin = new URL(url).origin;
  }, 30_000);

  afterAll(async () => {
    server?.child.kill("SIGTERM");
    await server?.exited;
    await sim?.close();
  });

  const ask = async (query: string) => {
    const response = await postGraphQL<any>(url, query);
    seen.push(JSON.stringify(response));
    return response;
  };

  const login = async () => {
    const steps = await loginWithFetch(origin);
    codes.push(steps.callbackUrl.searchParams.get("code") ?? "");
    seen.push(steps.authorizeUrl.toString().replace(/state=[^&]*/, ""), steps.page);
    return steps;
  };

  it("through login, reads, writes, refreshes, vendor failures, a refused code, a refused refresh and a new login", async () => {
    await ask(`{ hesabitCustomers(first: 1) { edges { node { code } } } }`);
    expect((await login()).status).toBe(200);
    await ask(`{ hesabitCustomers(first: 3) { edges { node { code name } } } hesabitTransactions(first: 3) { edges { node { amount invoice { title } } } } }`);
    await ask(`mutation { createCustomer(input: { vendor: HESABIT, name: "راز", email: "secret-test@example.com" }, idempotencyKey: "secrets-1") { code } }`);
    await ask(`mutation { createHesabitInvoice(input: { title: "راز", date: "2024-10-01T00:00:00Z", dueDate: "2024-10-02T00:00:00Z" }) { code } }`);
    for (let i = 0; i < 3; i++) {
      sim.expireAccessTokens();
      await ask(`{ hesabitInvoices(first: 2) { edges { node { title } } } }`);
    }
    sim.faults.failNext(1, "http500");
    await ask(`{ hesabitTransactions(first: 1) { edges { cursor } } }`);
    sim.faults.failNext(1, "http429");
    await ask(`{ hesabitTransactions(first: 1) { edges { cursor } } }`);
    sim.faults.failNext(2, "reset");
    await ask(`{ hesabitTransactions(first: 1) { edges { cursor } } }`);
    sim.faults.latencyMs = 800;
    await ask(`{ hesabitTransactions(first: 1) { edges { cursor } } }`);
    sim.faults.reset();
    sim.faults.respondNext("/v1/customers", "{\"success\":false,\"message\":\"nope\"}", 400);
    await ask(`{ hesabitCustomers(first: 1) { edges { cursor } } }`);
    await ask(`{ customer(vendor: HESABIT, code: "no-such-customer") { code } }`);

    // A code Hesabit refuses: the callback page says so.
    const start = await fetch(`${origin}/auth/hesabit/login`, { redirect: "manual" });
    const authorize = new URL(start.headers.get("location")!);
    const approved = await decide(authorize, await (await fetch(authorize)).text(), "approve");
    const callback = new URL(approved.headers.get("location")!);
    codes.push(callback.searchParams.get("code")!);
    callback.searchParams.set("code", "f".repeat(40));
    seen.push(await (await fetch(callback)).text());

    sim.revokeRefreshTokens();
    sim.expireAccessTokens();
    await ask(`{ hesabitCustomers(first: 1) { edges { cursor } } }`);
    await ask(`{ hesabitCustomers(first: 1) { edges { cursor } } }`);
    seen.push(await (await fetch(new URL("/readyz", url))).text());
    expect((await login()).status).toBe(200);
    await ask(`{ hesabitQuota { used } hesabitCustomers(first: 1) { edges { cursor } } }`);
    seen.push(await (await fetch(new URL("/readyz", url))).text());
    await sim.close();

    const issued = JSON.parse(readFileSync(persistFile, "utf8")) as { accessTokens: { token: string }[]; refreshTokens: { token: string }[] };
    const secrets = [
      ...issued.accessTokens.map((t) => t.token),
      ...issued.refreshTokens.map((t) => t.token),
      ...codes.filter(Boolean),
      sim.clientSecret,
    ];
    expect(issued.accessTokens.length).toBeGreaterThanOrEqual(5);
    expect(issued.refreshTokens.length).toBeGreaterThanOrEqual(5);

    const everything = server.output() + "\n" + seen.join("\n");
    // The trace-level log really ran through the vendor calls and the refreshes.
    expect(everything).toContain('"msg":"vendor call"');
    expect(everything).toContain("Hesabit access token refreshed");
    expect(everything).toContain("Hesabit account connected");
    expect(everything).toContain("vendor call failed");
    const leaks = secrets.filter((secret) => everything.includes(secret) || everything.includes(secret.slice(9, 27)));
    expect(leaks).toEqual([]);
    // The client id is a credential too (README): it appears only where OAuth puts it, in the authorize address the browser is sent to.
    expect(server.output()).not.toContain(sim.clientId);
  }, 60_000);
});
