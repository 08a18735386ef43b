import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readHesabitConfig, type HesabitConfig } from "../datasources/hesabit/config.js";
import { HesabitOAuth } from "../datasources/hesabit/oauth.js";
import { HesabitTokens } from "../datasources/hesabit/tokens.js";
import { VendorTransport } from "../src/core/http/transport.js";
import { createLogger } from "../src/core/logger.js";
import { MemoryStateStore } from "../src/core/store/state-store.js";
import { startHesabitSimulator, type HesabitSimulator } from "../sandbox/hesabit/index.js";

/**
 * Hesabit's token keeper and token endpoint at their edges: what each token
 * answer becomes, what is kept in the state store and under which keys, the
 * one-time login states, and how long a request waits for another instance's
 * refresh (on a clock the test moves, so nothing waits it out).
 */
const logger = createLogger("silent");
const LOGIN = "https://graph.example/auth/hesabit/login";

/** A token endpoint answering what the test says, recording what it was sent. */
function tokenEndpoint() {
  const seen: any[] = [];
  let next: { status: number; body: string } = { status: 200, body: "{}" };
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      seen.push(JSON.parse(body));
      res.writeHead(next.status, { "content-type": "application/json" }).end(next.body);
    });
  });
  return { server, seen, answer: (status: number, body: unknown) => (next = { status, body: typeof body === "string" ? body : JSON.stringify(body) }) };
}

describe("the token endpoint's answers", () => {
  const endpoint = tokenEndpoint();
  let config: HesabitConfig;
  let oauth: HesabitOAuth;
  beforeAll(async () => {
    await new Promise<void>((resolve) => endpoint.server.listen(0, "127.0.0.1", () => resolve()));
    const base = `http://127.0.0.1:${(endpoint.server.address() as AddressInfo).port}`;
    config = readHesabitConfig({ HESABIT_CLIENT_ID: "client-id-1", HESABIT_CLIENT_SECRET: "client-secret-2", HESABIT_TOKEN_URL: `${base}/oauth2/token`, HESABIT_AUTH_URL: `${base}/oauth2/`, HESABIT_TIMEOUT_MS: "2000" })!;
    oauth = new HesabitOAuth(config, new VendorTransport({ vendor: "HESABIT", label: "Hesabit", timeoutMs: 2000, logger }));
  });
  afterAll(() => new Promise<void>((resolve) => endpoint.server.close(() => resolve())));
  afterEach(() => (endpoint.seen.length = 0));

  it("the authorize address carries the seed's parameters and our state", () => {
    const url = new URL(oauth.authorizeUrl("https://graph.example/auth/hesabit/callback", "S".repeat(32)));
    expect(url.pathname).toBe("/oauth2/authorize");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: "client-id-1", response_type: "code", scope: "write", access_type: "offline", redirect_uri: "https://graph.example/auth/hesabit/callback", state: "S".repeat(32),
    });
  });

  it("a code and a refresh token are exchanged with the seed's bodies; lifetimes as numbers or numeric strings", async () => {
    endpoint.answer(200, { access_token: "a-1", token_type: "Bearer", expires_in: 36000, refresh_token: "r-1", scope: "write" });
    expect(await oauth.exchangeCode("code-3", "https://graph.example/auth/hesabit/callback")).toEqual({ accessToken: "a-1", refreshToken: "r-1", expiresInSeconds: 36000 });
    endpoint.answer(200, { access_token: "a-2", expires_in: "600", refresh_token: null });
    expect(await oauth.refresh("r-1")).toEqual({ accessToken: "a-2", refreshToken: undefined, expiresInSeconds: 600 });
    endpoint.answer(200, { access_token: "a-3" });
    expect(await oauth.refresh("r-1")).toEqual({ accessToken: "a-3", refreshToken: undefined, expiresInSeconds: undefined });
    expect(endpoint.seen).toEqual([
      { code: "code-3", grant_type: "authorization_code", client_id: "client-id-1", client_secret: "client-secret-2", redirect_uri: "https://graph.example/auth/hesabit/callback" },
      { client_id: "client-id-1", grant_type: "refresh_token", client_secret: "client-secret-2", refresh_token: "r-1" },
      { client_id: "client-id-1", grant_type: "refresh_token", client_secret: "client-secret-2", refresh_token: "r-1" },
    ]);
  });

  it("a 4xx (not 429) refuses the grant: UNAUTHENTICATED naming what was refused, Hesabit's words with every secret blanked", async () => {
    endpoint.answer(400, { error: "invalid_grant", error_description: "code code-3 of client-id-1 (secret client-secret-2) expired" });
    const code = await oauth.exchangeCode("code-3", "https://g/cb").catch((e) => e);
    expect(code).toMatchObject({ code: "UNAUTHENTICATED", fate: "REJECTED", httpStatus: 400, vendor: "HESABIT" });
    expect(code.message).toBe("Hesabit refused the sign-in code (HTTP 400: invalid_grant: code [redacted] of [redacted] (secret [redacted]) expired).");
    endpoint.answer(401, { error: "invalid_grant", error_description: "refresh token r-9999 revoked" });
    expect((await oauth.refresh("r-9999").catch((e) => e)).message).toBe("Hesabit refused the refresh token (HTTP 401: invalid_grant: refresh token [redacted] revoked).");
    endpoint.answer(499, "");
    expect((await oauth.refresh("r-9").catch((e) => e)).message).toBe("Hesabit refused the refresh token (HTTP 499).");
  });

  it("429 and 5xx are the vendor's trouble, not a refusal: said with Hesabit's words when it has some", async () => {
    endpoint.answer(429, { message: "slow down" });
    const limited = await oauth.refresh("r-1").catch((e) => e);
    expect(limited).toMatchObject({ code: "VENDOR_RATE_LIMITED", httpStatus: 429 });
    expect(limited.message).toBe("Hesabit refused POST /oauth2/token (refresh_token): too many requests (HTTP 429): slow down.");
    endpoint.answer(500, { message: "db down" });
    const down = await oauth.exchangeCode("c", "https://g/cb").catch((e) => e);
    expect(down).toMatchObject({ code: "VENDOR_ERROR", httpStatus: 500, retryable: true });
    expect(down.message).toBe("Hesabit answered HTTP 500 to POST /oauth2/token (authorization_code): db down.");
    endpoint.answer(503, "<html>");
    expect((await oauth.refresh("r").catch((e) => e)).message).toBe("Hesabit answered HTTP 503 to POST /oauth2/token (refresh_token).");
    endpoint.answer(302, "");
    expect((await oauth.refresh("r").catch((e) => e)).message).toBe("Hesabit answered HTTP 302 to POST /oauth2/token (refresh_token).");
  });

  it("a 2xx that is not a token answer is VENDOR_ERROR naming the part that did not fit; the write's fate unknown", async () => {
    const cases: Array<[unknown, string]> = [
      ["<html>", "the body"],
      [[], "the body"],
      [{ token_type: "Bearer" }, "access_token"],
      [{ access_token: "" }, "access_token"],
      [{ access_token: "a", expires_in: -5 }, "expires_in"],
      [{ access_token: "a", refresh_token: "" }, "refresh_token"],
    ];
    for (const [body, part] of cases) {
      endpoint.answer(200, body);
      const error = await oauth.refresh("r-1").catch((e) => e);
      expect(error).toMatchObject({ code: "VENDOR_ERROR", fate: "UNKNOWN", httpStatus: 200 });
      expect(error.message).toBe(`Hesabit answered POST /oauth2/token (refresh_token) with something that is not a token answer (${part} did not fit).`);
    }
    endpoint.answer(299, { access_token: "ok" });
    expect((await oauth.refresh("r-1")).accessToken).toBe("ok");
  });

  it("a login whose code is granted without a refresh token is not a connection", async () => {
    endpoint.answer(200, { access_token: "a-only" });
    const store = new MemoryStateStore();
    const tokens = new HesabitTokens(config, store, oauth, logger, "default", LOGIN);
    const error = await tokens.completeLogin("code-5", "https://g/cb").catch((e) => e);
    expect(error).toMatchObject({ code: "VENDOR_ERROR", fate: "UNKNOWN", vendor: "HESABIT" });
    expect(error.message).toBe("Hesabit granted an access token without a refresh token (access_type=offline was asked for).");
    expect(store.size()).toBe(0);
  });
});

describe("the token keeper against Hesabit (the simulator)", () => {
  let sim: HesabitSimulator;
  let time: number;
  const now = () => time;
  beforeAll(async () => {
    sim = await startHesabitSimulator({ now, tokenLifetimeSeconds: 3600, seed: false });
  });
  afterAll(() => sim.close());

  const keeper = (env: Record<string, string> = {}, tenant = "default", store = new MemoryStateStore(now)) => {
    const config = readHesabitConfig({ HESABIT_CLIENT_ID: sim.clientId, HESABIT_CLIENT_SECRET: sim.clientSecret, HESABIT_API_URL: sim.apiUrl, HESABIT_AUTH_URL: sim.authUrl, HESABIT_TIMEOUT_MS: "1000", ...env })!;
    const transport = new VendorTransport({ vendor: "HESABIT", label: "Hesabit", timeoutMs: 1000, logger });
    return { store, tokens: new HesabitTokens(config, store, new HesabitOAuth(config, transport), logger, tenant, LOGIN, now) };
  };
  const keys = (store: MemoryStateStore) => [...(store as unknown as { held: Map<string, unknown> }).held.keys()];

  it("not connected: UNAUTHENTICATED with the login address, nothing asked", async () => {
    time = Date.UTC(2024, 9, 27);
    const before = sim.requests.length;
    const error = await keeper().tokens.accessToken().catch((e) => e);
    expect(error).toMatchObject({ code: "UNAUTHENTICATED", vendor: "HESABIT", retryable: false, details: { loginUrl: LOGIN } });
    expect(error.message).toBe(`Hesabit is not connected yet: open ${LOGIN} in a browser and approve access (or set HESABIT_REFRESH_TOKEN).`);
    expect(sim.requests.length).toBe(before);
  });

  it("tokens are kept per tenant under a fingerprint of the client, never the client id; the lock is given back", async () => {
    time = Date.UTC(2024, 9, 27);
    const store = new MemoryStateStore(now);
    const refreshToken = sim.issueTokens().refreshToken;
    await keeper({ HESABIT_REFRESH_TOKEN: refreshToken }, "shop-9", store).tokens.accessToken();
    expect(keys(store)).toEqual([expect.stringMatching(/^shop-9:HESABIT:oauth:[0-9a-f]{32}$/)]);
    expect(keys(store)[0]).not.toContain(sim.clientId);
    const record = JSON.parse((await store.get(keys(store)[0]))!);
    expect(record).toMatchObject({ refreshToken, expiresAt: time + 3600_000, lifetimeMs: 3600_000, updatedAt: time, seed: expect.stringMatching(/^[0-9a-f]{32}$/) });
    // The default tenant's keeper on the same store is not connected: nothing of shop-9's is its.
    await expect(keeper({}, "default", store).tokens.accessToken()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("a token is good until its very expiry; at it, a refusal of it is refreshed once", async () => {
    time = Date.UTC(2024, 9, 27);
    const { tokens } = keeper({ HESABIT_REFRESH_TOKEN: sim.issueTokens().refreshToken });
    const first = await tokens.accessToken();
    const second = await tokens.afterRefusal(first);
    expect(second).not.toBe(first);
    // A refusal of a token already replaced uses the newer one, asking nothing.
    const grants = sim.grants.refreshToken;
    expect(await tokens.afterRefusal(first)).toBe(second);
    expect(sim.grants.refreshToken).toBe(grants);
  });

  it("a stored connection that is not JSON is STATE_UNAVAILABLE, never a silent fresh start", async () => {
    time = Date.UTC(2024, 9, 27);
    const store = new MemoryStateStore(now);
    const { tokens } = keeper({}, "default", store);
    await keeper({ HESABIT_REFRESH_TOKEN: sim.issueTokens().refreshToken }, "default", store).tokens.accessToken();
    await store.set(keys(store)[0], "{torn");
    const error = await tokens.accessToken().catch((e) => e);
    expect(error).toMatchObject({ code: "STATE_UNAVAILABLE", vendor: "HESABIT" });
    expect(error.message).toBe("The stored Hesabit connection cannot be read (not JSON); connect Hesabit again.");
  });

  it("a refused refresh token ends the connection: said once with Hesabit's words, then at once without asking", async () => {
    time = Date.UTC(2024, 9, 27);
    const { tokens } = keeper({ HESABIT_REFRESH_TOKEN: sim.issueTokens().refreshToken });
    sim.revokeRefreshTokens();
    const first = await tokens.accessToken().catch((e) => e);
    expect(first).toMatchObject({ code: "UNAUTHENTICATED", details: { loginUrl: LOGIN } });
    expect(first.message).toMatch(/^Hesabit refused the refresh token \(HTTP 4\d\d.*\)\. The connection to Hesabit has ended: open https:\/\/graph\.example\/auth\/hesabit\/login in a browser to connect it again\.$/);
    const asked = sim.requests.length;
    const later = await tokens.accessToken().catch((e) => e);
    expect(later.message).toBe(`Hesabit refused the stored refresh token. The connection to Hesabit has ended: open ${LOGIN} in a browser to connect it again.`);
    expect(sim.requests.length).toBe(asked);
  });

  it("waits for another instance's refresh no longer than the lock's life and the timeout, then VENDOR_TIMEOUT", async () => {
    time = Date.UTC(2024, 9, 27);
    const store = new MemoryStateStore(() => Date.UTC(2024, 9, 27));
    const { tokens } = keeper({ HESABIT_REFRESH_TOKEN: sim.issueTokens().refreshToken }, "default", store);
    // Another instance holds the refresh lock (its key: the record's, with :refresh-lock).
    await tokens.accessToken();
    const recordKey = keys(store)[0];
    await store.set(`${recordKey}:refresh-lock`, "another-instance", 3_600_000);
    // Each look at the clock moves it a second on: the lock lives 2 × 1 s + 5 s, and 1 s more is allowed.
    const moving = () => (time += 1000);
    const config = readHesabitConfig({ HESABIT_CLIENT_ID: sim.clientId, HESABIT_CLIENT_SECRET: sim.clientSecret, HESABIT_API_URL: sim.apiUrl, HESABIT_AUTH_URL: sim.authUrl, HESABIT_TIMEOUT_MS: "1000" })!;
    const waiting = new HesabitTokens({ ...config, refreshToken: undefined }, store, new HesabitOAuth(config, new VendorTransport({ vendor: "HESABIT", label: "Hesabit", timeoutMs: 1000, logger })), logger, "default", LOGIN, moving);
    const start = time;
    const error = await waiting.afterRefusal((JSON.parse((await store.get(recordKey))!) as { accessToken: string }).accessToken).catch((e) => e);
    expect(error).toMatchObject({ code: "VENDOR_TIMEOUT", fate: "NOT_SENT", retryable: true, vendor: "HESABIT" });
    expect(error.message).toBe("Another instance's refresh of the Hesabit access token did not finish in time.");
    // It gave up just past start + 7 s + 1 s: a bounded number of looks, not one more.
    expect(time - start).toBeGreaterThan(8_000);
    expect(time - start).toBeLessThanOrEqual(10_000);
  });
});

describe("one-time login states", () => {
  let sim: HesabitSimulator;
  beforeAll(async () => {
    sim = await startHesabitSimulator({ seed: false });
  });
  afterAll(() => sim.close());
  const keeper = (store = new MemoryStateStore()) => {
    const config = readHesabitConfig({ HESABIT_CLIENT_ID: sim.clientId, HESABIT_CLIENT_SECRET: sim.clientSecret, HESABIT_API_URL: sim.apiUrl, HESABIT_AUTH_URL: sim.authUrl })!;
    return new HesabitTokens(config, store, new HesabitOAuth(config, new VendorTransport({ vendor: "HESABIT", label: "Hesabit", timeoutMs: 1000, logger })), logger, "shop-3", LOGIN);
  };

  it("a state is 32 characters of base64url, kept under the tenant's login prefix, spent once", async () => {
    const store = new MemoryStateStore();
    const tokens = keeper(store);
    const { authorizeUrl } = await tokens.beginLogin("https://graph.example/auth/hesabit/callback");
    const state = new URL(authorizeUrl).searchParams.get("state")!;
    expect(state).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await store.get(`shop-3:HESABIT:login:${state}`)).toBe(JSON.stringify({ redirectUri: "https://graph.example/auth/hesabit/callback" }));
    expect(await tokens.takeLogin(`x${state}`)).toBeUndefined();
    expect(await tokens.takeLogin(`${state}x`)).toBeUndefined();
    expect(await tokens.takeLogin(state.slice(1))).toBeUndefined();
    expect(await tokens.takeLogin(state)).toBe("https://graph.example/auth/hesabit/callback");
    expect(await tokens.takeLogin(state)).toBeUndefined();
  });

  it("two callbacks with one state at the same moment: one is taken, the other refused", async () => {
    const tokens = keeper();
    const { authorizeUrl } = await tokens.beginLogin("https://graph.example/auth/hesabit/callback");
    const state = new URL(authorizeUrl).searchParams.get("state")!;
    const taken = await Promise.all([tokens.takeLogin(state), tokens.takeLogin(state), tokens.takeLogin(state)]);
    expect(taken.filter((uri) => uri !== undefined)).toEqual(["https://graph.example/auth/hesabit/callback"]);
  });

  it("a kept state that is not what beginLogin wrote answers nothing", async () => {
    const store = new MemoryStateStore();
    const tokens = keeper(store);
    const a = "A".repeat(32);
    const b = "B".repeat(32);
    await store.set(`shop-3:HESABIT:login:${a}`, "{not json", 60_000);
    await store.set(`shop-3:HESABIT:login:${b}`, JSON.stringify({ redirectUri: 42 }), 60_000);
    expect(await tokens.takeLogin(a)).toBeUndefined();
    expect(await tokens.takeLogin(b)).toBeUndefined();
  });
});
