import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startHesabitSimulator, type HesabitSimulator, type HesabitSimulatorOptions } from "../sandbox/hesabit/index.js";
import { HesabitCustomersDocument } from "./generated/operations.js";
import { codes, startStack, type Stack } from "./support/harness.js";

// When and how hesabgraph refreshes Hesabit's access token, on one instance, through the server.
// (test/hesabit-token-clock.test.ts pins the refresh ahead of expiry on a set clock.)

const ASK = `{ hesabitCustomers(first: 1) { edges { node { code } } } }`;
const tokenCalls = (sim: HesabitSimulator) => sim.requests.filter((r) => r.path === "/oauth2/token");
const apiTokens = (sim: HesabitSimulator) => sim.requests.filter((r) => r.path.startsWith("/v1/")).map((r) => r.query.access_token);

let stacks: Stack[] = [];
let sims: HesabitSimulator[] = [];
afterEach(async () => {
  for (const stack of stacks) await stack.close();
  for (const sim of sims) await sim.close();
  stacks = [];
  sims = [];
});

async function simulator(options: HesabitSimulatorOptions = {}): Promise<HesabitSimulator> {
  const sim = await startHesabitSimulator({ seed: true, ...options });
  sims.push(sim);
  return sim;
}

async function stackOn(sim: HesabitSimulator, env: Record<string, string> = {}): Promise<Stack> {
  const stack = await startStack({ hesabit: { shared: sim }, withoutTahesab: true, env });
  stacks.push(stack);
  return stack;
}

describe("Hesabit access tokens", () => {
  it("not connected: UNAUTHENTICATED carrying the login URL, and nothing is sent or counted", async () => {
    const sim = await simulator();
    const relative = await stackOn(sim, { HESABIT_REFRESH_TOKEN: "" });
    const response = await relative.gql(ASK);
    expect(codes(response)).toEqual(["UNAUTHENTICATED"]);
    expect(response.errors![0].extensions).toMatchObject({ vendor: "HESABIT", loginUrl: "/auth/hesabit/login" });
    expect(response.errors![0].message).toContain("/auth/hesabit/login");
    expect(sim.requests).toEqual([]);
    const quota = await relative.gql(`{ hesabitQuota { used } }`);
    expect(quota.data).toEqual({ hesabitQuota: { used: 0 } });

    const absolute = await stackOn(sim, { HESABIT_REFRESH_TOKEN: "", HESABIT_REDIRECT_URI: "https://graph.example/auth/hesabit/callback" });
    const named = await absolute.gql(ASK);
    expect(named.errors![0].extensions).toMatchObject({ code: "UNAUTHENTICATED", loginUrl: "https://graph.example/auth/hesabit/login" });
  });

  it("HESABIT_REFRESH_TOKEN: the first call refreshes with the seed's body, then calls the API with the new token", async () => {
    const sim = await simulator();
    const { refreshToken } = sim.issueTokens();
    const stack = await stackOn(sim, { HESABIT_REFRESH_TOKEN: refreshToken });
    const response = await stack.gql(HesabitCustomersDocument, { first: 1 });
    expect(response.errors).toBeUndefined();
    expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /oauth2/token", "GET /v1/customers/"]);
    expect(sim.requests[0].body).toEqual({ client_id: sim.clientId, grant_type: "refresh_token", client_secret: sim.clientSecret, refresh_token: refreshToken });
    await stack.gql(ASK);
    // The token is kept: the second call needs no refresh.
    expect(tokenCalls(sim)).toHaveLength(1);
    expect(new Set(apiTokens(sim)).size).toBe(1);
  });

  it("a token Hesabit refuses (401) is refreshed once and the call sent again with the new one", async () => {
    const sim = await simulator();
    const stack = await stackOn(sim);
    await stack.gql(ASK);
    const [old] = apiTokens(sim);
    sim.expireAccessTokens();
    sim.resetRequests();
    const response = await stack.gql(ASK);
    expect(response.errors).toBeUndefined();
    expect(sim.requests.map((r) => r.path)).toEqual(["/v1/customers/", "/oauth2/token", "/v1/customers/"]);
    expect(apiTokens(sim)[0]).toBe(old);
    expect(apiTokens(sim)[1]).not.toBe(old);
    // Both calls count against the quota: Hesabit counted both.
    expect((await stack.gql(`{ hesabitQuota { used } }`)).data).toEqual({ hesabitQuota: { used: 3 } });
  });

  it("a freshly refreshed token refused again is VENDOR_UNAUTHORIZED after one refresh, never a loop", async () => {
    const sim = await simulator();
    const stack = await stackOn(sim);
    await stack.gql(ASK);
    sim.resetRequests();
    sim.faults.respondNext("/v1/customers", "", 401);
    sim.faults.respondNext("/v1/customers", "", 401);
    const response = await stack.gql(ASK);
    expect(codes(response)).toEqual(["VENDOR_UNAUTHORIZED"]);
    expect(response.errors![0].extensions).toMatchObject({ httpStatus: 401, loginUrl: "/auth/hesabit/login" });
    expect(sim.requests.map((r) => r.path)).toEqual(["/v1/customers/", "/oauth2/token", "/v1/customers/"]);
  });

  it("without rotation the refresh token is kept; every refresh sends the same one", async () => {
    const sim = await simulator();
    const { refreshToken } = sim.issueTokens();
    const stack = await stackOn(sim, { HESABIT_REFRESH_TOKEN: refreshToken });
    for (let i = 0; i < 3; i++) {
      sim.expireAccessTokens();
      expect((await stack.gql(ASK)).errors).toBeUndefined();
    }
    expect(tokenCalls(sim).map((r) => (r.body as Record<string, string>).refresh_token)).toEqual([refreshToken, refreshToken, refreshToken]);
  });

  it("with rotation each new refresh token is stored and the next refresh sends it (the old one is dead)", async () => {
    const sim = await simulator({ rotateRefreshTokens: true });
    const { refreshToken } = sim.issueTokens();
    const stack = await stackOn(sim, { HESABIT_REFRESH_TOKEN: refreshToken });
    for (let i = 0; i < 3; i++) {
      sim.expireAccessTokens();
      expect((await stack.gql(ASK)).errors).toBeUndefined();
    }
    const sent = tokenCalls(sim).map((r) => (r.body as Record<string, string>).refresh_token);
    expect(sent[0]).toBe(refreshToken);
    expect(new Set(sent).size).toBe(3);
    expect(sim.grants.refreshToken).toBe(3);
  });

  it("a refused refresh is UNAUTHENTICATED with the login URL after one try; later calls fail at once without asking Hesabit", async () => {
    const sim = await simulator();
    const stack = await stackOn(sim, { HESABIT_REDIRECT_URI: "http://127.0.0.1:4999/auth/hesabit/callback" });
    await stack.gql(ASK);
    sim.revokeRefreshTokens();
    sim.expireAccessTokens();
    sim.resetRequests();
    const response = await stack.gql(ASK);
    expect(codes(response)).toEqual(["UNAUTHENTICATED"]);
    expect(response.errors![0].extensions).toMatchObject({ vendor: "HESABIT", loginUrl: "http://127.0.0.1:4999/auth/hesabit/login" });
    expect(response.errors![0].message).toMatch(/refused the refresh token \(HTTP 400: invalid_grant/);
    expect(sim.requests.map((r) => r.path)).toEqual(["/v1/customers/", "/oauth2/token"]);

    sim.resetRequests();
    const again = await Promise.all([stack.gql(ASK), stack.gql(ASK), stack.gql(`{ hesabitTransactions(first: 1) { edges { cursor } } }`)]);
    expect(again.flatMap(codes)).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED"]);
    expect(sim.requests).toEqual([]);
  });

  it("tokens survive a restart in the state file (owner-only); the same HESABIT_REFRESH_TOKEN never replaces the rotated one, a new one does", async () => {
    const sim = await simulator({ rotateRefreshTokens: true });
    const stateDir = mkdtempSync(join(tmpdir(), "hesabgraph-hesabit-state-"));
    const seed = sim.issueTokens().refreshToken;
    const first = await stackOn(sim, { HESABGRAPH_STATE_DIR: stateDir, HESABIT_REFRESH_TOKEN: seed });
    expect((await first.gql(ASK)).errors).toBeUndefined();
    await first.close();
    stacks = stacks.filter((s) => s !== first);
    expect(statSync(join(stateDir, "state.json")).mode & 0o777).toBe(0o600);

    // The seed was spent by rotation: were it applied again, Hesabit would refuse it.
    sim.expireAccessTokens();
    sim.resetRequests();
    const second = await stackOn(sim, { HESABGRAPH_STATE_DIR: stateDir, HESABIT_REFRESH_TOKEN: seed });
    expect((await second.gql(ASK)).errors).toBeUndefined();
    expect((tokenCalls(sim)[0].body as Record<string, string>).refresh_token).not.toBe(seed);
    await second.close();
    stacks = stacks.filter((s) => s !== second);

    // An operator's new refresh token takes over.
    const fresh = sim.issueTokens().refreshToken;
    sim.resetRequests();
    const third = await stackOn(sim, { HESABGRAPH_STATE_DIR: stateDir, HESABIT_REFRESH_TOKEN: fresh });
    expect((await third.gql(ASK)).errors).toBeUndefined();
    expect((tokenCalls(sim)[0].body as Record<string, string>).refresh_token).toBe(fresh);
  });
});
