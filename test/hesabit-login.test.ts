import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHesabitSimulator, type HesabitSimulator } from "../sandbox/hesabit/index.js";
import { codes, startStack, type Stack } from "./support/harness.js";
import { decide, loginWithFetch } from "./support/hesabit-login.js";

// The OAuth 2.0 authorization-code flow served by hesabgraph, as a browser goes through it.

const ASK = `{ hesabitCustomers(first: 2) { edges { node { name } } } }`;

describe("the Hesabit login", () => {
  let sim: HesabitSimulator;
  let stack: Stack;
  let origin: string;
  beforeAll(async () => {
    sim = await startHesabitSimulator();
    stack = await startStack({ hesabit: { shared: sim }, withoutTahesab: true, env: { HESABIT_REFRESH_TOKEN: "" } });
    origin = new URL(stack.server.url).origin;
  });
  afterAll(async () => {
    await stack.close();
    await sim.close();
  });

  it("sends the browser to Hesabit with the seed's parameters and a state, exchanges the code on return, and connects", async () => {
    expect(codes(await stack.gql(ASK))).toEqual(["UNAUTHENTICATED"]);
    sim.resetRequests();
    const steps = await loginWithFetch(origin);

    expect(`${steps.authorizeUrl.origin}${steps.authorizeUrl.pathname}`).toBe(`${sim.authUrl}authorize`);
    const asked = Object.fromEntries(steps.authorizeUrl.searchParams);
    expect(asked).toEqual({
      client_id: sim.clientId,
      response_type: "code",
      scope: "write",
      access_type: "offline",
      redirect_uri: `${origin}/auth/hesabit/callback`,
      state: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/),
    });
    expect(steps.callbackUrl.searchParams.get("state")).toBe(asked.state);

    expect(steps.status).toBe(200);
    expect(steps.page).toContain("Hesabit is connected");
    expect(steps.page).toContain("حسابیت متصل شد");
    const exchange = sim.requests.find((r) => r.path === "/oauth2/token")!;
    expect(exchange.body).toEqual({
      code: steps.callbackUrl.searchParams.get("code"),
      grant_type: "authorization_code",
      client_id: sim.clientId,
      client_secret: sim.clientSecret,
      redirect_uri: `${origin}/auth/hesabit/callback`,
    });
    expect(sim.grants.authorizationCode).toBe(1);

    const response = await stack.gql(ASK);
    expect(response.errors).toBeUndefined();
    expect((response.data as any).hesabitCustomers.edges).toHaveLength(2);
  });

  it("answers the pages uncached, without a referrer, and never shows a token", async () => {
    const steps = await loginWithFetch(origin);
    const again = await fetch(steps.callbackUrl, { redirect: "manual" });
    expect(again.headers.get("cache-control")).toBe("no-store");
    expect(again.headers.get("referrer-policy")).toBe("no-referrer");
    expect(again.headers.get("content-type")).toMatch(/^text\/html/);
    const login = await fetch(`${origin}/auth/hesabit/login`, { redirect: "manual" });
    expect(login.status).toBe(302);
    expect(login.headers.get("cache-control")).toBe("no-store");
    expect(steps.page).not.toContain(sim.clientSecret);
    expect(steps.page).not.toContain(steps.callbackUrl.searchParams.get("code")!);
  });

  it("a callback whose state was used, never issued or is missing is refused, and nothing is exchanged", async () => {
    const steps = await loginWithFetch(origin);
    const exchanged = sim.grants.authorizationCode;
    sim.resetRequests();
    const replay = await fetch(steps.callbackUrl, { redirect: "manual" });
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain("This sign-in is not valid");
    const forged = new URL(steps.callbackUrl);
    forged.searchParams.set("state", "A".repeat(32));
    expect((await fetch(forged, { redirect: "manual" })).status).toBe(400);
    const stateless = new URL(steps.callbackUrl);
    stateless.searchParams.delete("state");
    expect((await fetch(stateless, { redirect: "manual" })).status).toBe(400);
    expect(sim.requests).toEqual([]);
    expect(sim.grants.authorizationCode).toBe(exchanged);
  });

  it("a user who denies access ends on a page saying so", async () => {
    const steps = await loginWithFetch(origin, "deny");
    expect(steps.status).toBe(400);
    expect(steps.page).toContain("Hesabit did not grant access");
    expect(steps.page).toContain("access_denied");
  });

  it("a code Hesabit refuses ends on a page saying what went wrong, with a way to start again", async () => {
    const login = await fetch(`${origin}/auth/hesabit/login`, { redirect: "manual" });
    const authorizeUrl = new URL(login.headers.get("location")!);
    const consent = await fetch(authorizeUrl);
    const approved = await decide(authorizeUrl, await consent.text(), "approve");
    const callback = new URL(approved.headers.get("location")!);
    callback.searchParams.set("code", "0".repeat(40));
    const page = await fetch(callback, { redirect: "manual" });
    expect(page.status).toBe(502);
    const text = await page.text();
    expect(text).toContain("Hesabit refused the sign-in code (HTTP 400: invalid_grant");
    expect(text).toContain('href="/auth/hesabit/login"');
  });

  it("after Hesabit refuses the refresh token, signing in again connects again", async () => {
    sim.revokeRefreshTokens();
    sim.expireAccessTokens();
    const refused = await stack.gql(ASK);
    expect(refused.errors![0].extensions).toMatchObject({ code: "UNAUTHENTICATED", loginUrl: "/auth/hesabit/login" });
    const steps = await loginWithFetch(origin);
    expect(steps.status).toBe(200);
    expect((await stack.gql(ASK)).errors).toBeUndefined();
  });
});

describe("the Hesabit login on a server without Hesabit", () => {
  it("says Hesabit is not configured, naming the variables", async () => {
    const stack = await startStack({ withoutTahesab: true });
    try {
      const response = await fetch(new URL("/auth/hesabit/login", stack.server.url), { redirect: "manual" });
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("HESABIT_CLIENT_ID");
    } finally {
      await stack.close();
    }
  });
});
