// The Hesabit simulator's OAuth 2.0 server over real sockets: the seed's
// authorization-code flow, every refusal, single-use codes, refresh with and
// without rotation, and expiry on the simulator's clock.
import { afterEach, describe, expect, it } from "vitest";
import { startHesabitSimulator, type HesabitSimulator, type HesabitSimulatorOptions } from "../../sandbox/hesabit/index.js";
import { api, approveAndGetCode, authorizeUrl, CALLBACK, clock, decide, exchange, get, refresh, token } from "./hesabit-client.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let sim: HesabitSimulator;
const start = async (options: HesabitSimulatorOptions = {}) => (sim = await startHesabitSimulator({ seed: false, ...options }));
afterEach(() => sim?.close());

describe("the authorization-code flow", () => {
  it("authorize page → approve → code → token → API, with the seed's answer shape", async () => {
    await start();
    expect(sim.authUrl).toBe(`http://127.0.0.1:${sim.port}/oauth2/`);
    expect(sim.clientId).toMatch(UUID);
    expect(sim.clientSecret).toMatch(UUID);

    const page = await get(authorizeUrl(sim, { state: "opaque/+ state=1&x" }));
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.text).toContain('<form method="post" action="/oauth2/authorize">');

    const approved = await decide(sim, page.text, "approve");
    expect(approved.status).toBe(302);
    const location = new URL(approved.headers.get("location")!);
    expect(`${location.origin}${location.pathname}`).toBe(CALLBACK);
    expect(location.searchParams.get("state")).toBe("opaque/+ state=1&x");
    const code = location.searchParams.get("code")!;
    expect(code).toMatch(/^[0-9a-f]{40}$/);

    const granted = await exchange(sim, code);
    expect(granted.status).toBe(200);
    expect(Object.keys(granted.json)).toEqual(["access_token", "token_type", "expires_in", "refresh_token", "scope"]);
    expect(granted.json).toMatchObject({ token_type: "Bearer", expires_in: 36000, scope: "write" });
    expect(granted.json.access_token).toMatch(UUID);
    expect(granted.json.refresh_token).toMatch(UUID);
    expect(granted.headers.get("cache-control")).toBe("no-store");
    expect(sim.grants).toEqual({ authorizationCode: 1, refreshToken: 0 });

    const listed = await api(sim, "customers/", { token: granted.json.access_token });
    expect(listed.status).toBe(200);
    expect(listed.json).toEqual({ data: [], success: true, status: 200 });
  });

  it("passes no state back when none was sent", async () => {
    await start();
    const page = await get(authorizeUrl(sim));
    const location = new URL((await decide(sim, page.text, "approve")).headers.get("location")!);
    expect([...location.searchParams.keys()]).toEqual(["code"]);
  });

  it("deny redirects with error=access_denied and the state, and no code", async () => {
    await start();
    const page = await get(authorizeUrl(sim, { state: "abc" }));
    const denied = await decide(sim, page.text, "deny");
    expect(denied.status).toBe(302);
    const location = new URL(denied.headers.get("location")!);
    expect(location.searchParams.get("error")).toBe("access_denied");
    expect(location.searchParams.get("state")).toBe("abc");
    expect(location.searchParams.has("code")).toBe(false);
  });

  it("a consent page can be answered once", async () => {
    await start();
    const page = await get(authorizeUrl(sim));
    expect((await decide(sim, page.text, "approve")).status).toBe(302);
    const again = await decide(sim, page.text, "approve");
    expect(again.status).toBe(400);
    expect(again.headers.get("location")).toBeNull();
  });

  it("autoApprove redirects at once with a code that works", async () => {
    await start({ autoApprove: true });
    const reply = await get(authorizeUrl(sim, { state: "st" }));
    expect(reply.status).toBe(302);
    const location = new URL(reply.headers.get("location")!);
    expect(location.searchParams.get("state")).toBe("st");
    expect((await exchange(sim, location.searchParams.get("code")!)).status).toBe(200);
  });

  it("takes the code exchange as a form body too (strogo/wisgoon posts it that way)", async () => {
    await start();
    const granted = await exchange(sim, await approveAndGetCode(sim), "form");
    expect(granted.status).toBe(200);
    expect(granted.json.token_type).toBe("Bearer");
  });
});

describe("authorize refusals: an HTML page, never a redirect", () => {
  const cases: [string, Record<string, string | null>][] = [
    ["unknown client", { client_id: "00000000-0000-4000-8000-000000000000" }],
    ["missing client", { client_id: null }],
    ["redirect_uri on another path", { redirect_uri: "http://127.0.0.1:4000/elsewhere" }],
    ["redirect_uri on another host", { redirect_uri: "http://evil.example:4000/auth/hesabit/callback" }],
    ["redirect_uri without a port", { redirect_uri: "http://127.0.0.1/auth/hesabit/callback" }],
    ["missing redirect_uri", { redirect_uri: null }],
    ["response_type token", { response_type: "token" }],
    ["missing response_type", { response_type: null }],
    ["another scope", { scope: "read" }],
    ["missing access_type", { access_type: null }],
  ];
  for (const [name, overrides] of cases) {
    it(name, async () => {
      await start();
      const reply = await get(authorizeUrl(sim, overrides));
      expect(reply.status).toBe(400);
      expect(reply.headers.get("location")).toBeNull();
      expect(reply.headers.get("content-type")).toMatch(/^text\/html/);
      expect(reply.text).toContain('class="error"');
    });
  }

  it("accepts localhost with any port by default, and only the registered URIs when given", async () => {
    await start();
    expect((await get(authorizeUrl(sim, { redirect_uri: "http://localhost:5173/auth/hesabit/callback" }))).status).toBe(200);
    await sim.close();
    await start({ redirectUris: ["https://app.example/cb"] });
    expect((await get(authorizeUrl(sim, { redirect_uri: "https://app.example/cb" }))).status).toBe(200);
    expect((await get(authorizeUrl(sim))).status).toBe(400);
  });

  it("refuses other methods with 405", async () => {
    await start();
    const reply = await fetch(authorizeUrl(sim), { method: "PUT", redirect: "manual" });
    expect(reply.status).toBe(405);
  });
});

describe("token refusals: 400 {error, error_description}, never the envelope", () => {
  const tokenError = async (fields: Record<string, string>, error: string) => {
    const reply = await token(sim, fields);
    expect(reply.status).toBe(400);
    expect(reply.json.error).toBe(error);
    expect(typeof reply.json.error_description).toBe("string");
    expect(reply.json.success).toBeUndefined();
    expect(reply.json.data).toBeUndefined();
  };

  it("refuses bad clients, grant types and parameters", async () => {
    await start();
    const code = await approveAndGetCode(sim);
    const base = { code, grant_type: "authorization_code", client_id: sim.clientId, client_secret: sim.clientSecret, redirect_uri: CALLBACK };
    await tokenError({ ...base, client_secret: "wrong" }, "invalid_client");
    await tokenError({ ...base, client_id: "nobody" }, "invalid_client");
    const { client_secret: _secret, ...noSecret } = base;
    await tokenError(noSecret, "invalid_client");
    await tokenError({ ...base, grant_type: "password" }, "unsupported_grant_type");
    const { grant_type: _grant, ...noGrant } = base;
    await tokenError(noGrant, "invalid_request");
    const { code: _code, ...noCode } = base;
    await tokenError(noCode, "invalid_request");
    await tokenError({ ...base, code: "f".repeat(40) }, "invalid_grant");
    // None of the refusals above spent the code.
    expect((await token(sim, base)).status).toBe(200);
    expect(sim.grants.authorizationCode).toBe(1);
  });

  it("a code redeemed with another redirect_uri is refused, and spent", async () => {
    await start();
    const code = await approveAndGetCode(sim);
    const fields = { code, grant_type: "authorization_code", client_id: sim.clientId, client_secret: sim.clientSecret };
    await tokenError({ ...fields, redirect_uri: "http://127.0.0.1:4001/auth/hesabit/callback" }, "invalid_grant");
    await tokenError({ ...fields, redirect_uri: CALLBACK }, "invalid_grant");
  });

  it("codes are single-use", async () => {
    await start();
    const code = await approveAndGetCode(sim);
    expect((await exchange(sim, code)).status).toBe(200);
    const again = await exchange(sim, code);
    expect(again.status).toBe(400);
    expect(again.json.error).toBe("invalid_grant");
    expect(sim.grants.authorizationCode).toBe(1);
  });

  it("codes are short-lived (60 s by default)", async () => {
    const time = clock(Date.UTC(2025, 0, 1));
    await start({ now: time.now });
    const code = await approveAndGetCode(sim);
    time.advance(60_000);
    const late = await exchange(sim, code);
    expect(late.status).toBe(400);
    expect(late.json.error).toBe("invalid_grant");
  });

  it("refuses GET with 405, and bodies that are neither JSON nor a form", async () => {
    await start();
    const viaGet = await fetch(sim.tokenUrl, { redirect: "manual" });
    expect(viaGet.status).toBe(405);
    expect((await viaGet.json()).error).toBe("invalid_request");
    const plain = await fetch(sim.tokenUrl, { method: "POST", headers: { "Content-Type": "text/plain" }, body: "code=1" });
    expect(plain.status).toBe(400);
    const broken = await fetch(sim.tokenUrl, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{" });
    expect(broken.status).toBe(400);
    expect((await broken.json()).error).toBe("invalid_request");
  });
});

describe("refresh", () => {
  it("without rotation: no refresh_token in the answer, and the old one keeps working", async () => {
    await start();
    const first = (await exchange(sim, await approveAndGetCode(sim))).json;
    const renewed = await refresh(sim, first.refresh_token);
    expect(renewed.status).toBe(200);
    expect(Object.keys(renewed.json)).toEqual(["access_token", "token_type", "expires_in", "scope"]);
    expect(renewed.json.access_token).not.toBe(first.access_token);
    expect((await refresh(sim, first.refresh_token)).status).toBe(200);
    expect(sim.grants).toEqual({ authorizationCode: 1, refreshToken: 2 });
    expect((await api(sim, "customers", { token: renewed.json.access_token })).status).toBe(200);
  });

  it("with rotation: a new refresh_token comes back and the old one is refused", async () => {
    await start({ rotateRefreshTokens: true });
    const first = (await exchange(sim, await approveAndGetCode(sim))).json;
    const renewed = await refresh(sim, first.refresh_token);
    expect(Object.keys(renewed.json)).toEqual(["access_token", "token_type", "expires_in", "refresh_token", "scope"]);
    expect(renewed.json.refresh_token).not.toBe(first.refresh_token);
    const stale = await refresh(sim, first.refresh_token);
    expect(stale.status).toBe(400);
    expect(stale.json.error).toBe("invalid_grant");
    expect((await refresh(sim, renewed.json.refresh_token)).status).toBe(200);
    expect(sim.grants.refreshToken).toBe(2);
  });

  it("refuses revoked, unknown and other clients' refresh tokens, with the wrong secret too", async () => {
    await start();
    const tokens = sim.issueTokens();
    const wrongSecret = await token(sim, {
      client_id: sim.clientId,
      grant_type: "refresh_token",
      client_secret: "x",
      refresh_token: tokens.refreshToken,
    });
    expect(wrongSecret.json.error).toBe("invalid_client");
    expect((await refresh(sim, "nope")).json.error).toBe("invalid_grant");
    sim.revokeRefreshTokens();
    expect((await refresh(sim, tokens.refreshToken)).json.error).toBe("invalid_grant");
    expect(sim.grants.refreshToken).toBe(0);
  });
});

describe("access tokens", () => {
  it("expire after tokenLifetimeSeconds on the simulator's clock, and a refresh brings a working one", async () => {
    const time = clock(Date.UTC(2025, 0, 1, 6));
    await start({ now: time.now, tokenLifetimeSeconds: 100 });
    const tokens = sim.issueTokens();
    expect(tokens.expiresIn).toBe(100);
    time.advance(99_000);
    expect((await api(sim, "customers", { token: tokens.accessToken })).status).toBe(200);
    time.advance(1_000);
    const expired = await api(sim, "customers", { token: tokens.accessToken });
    expect(expired.status).toBe(401);
    expect(expired.json).toEqual({ error: "invalid_token", error_description: "The access token provided has expired" });
    expect(expired.headers.get("www-authenticate")).toContain('error="invalid_token"');
    const renewed = await refresh(sim, tokens.refreshToken);
    expect(renewed.json.expires_in).toBe(100);
    expect((await api(sim, "customers", { token: renewed.json.access_token })).status).toBe(200);
  });

  it("expireAccessTokens() stops every token issued so far, not later ones", async () => {
    await start();
    const a = sim.issueTokens();
    sim.expireAccessTokens();
    expect((await api(sim, "customers", { token: a.accessToken })).json.error_description).toMatch(/expired/);
    const b = sim.issueTokens();
    expect((await api(sim, "customers", { token: b.accessToken })).status).toBe(200);
  });

  it("a missing token is a bare 401; an unknown one says invalid; a Bearer header does not count", async () => {
    await start();
    const missing = await api(sim, "customers");
    expect(missing.status).toBe(401);
    expect(missing.text).toBe("");
    expect(missing.headers.get("www-authenticate")).toBe('Bearer realm="Service"');
    const unknown = await api(sim, "customers", { token: "06fea353-98cc-4aac-9acf-3eb82e65ec48" });
    expect(unknown.status).toBe(401);
    expect(unknown.json).toEqual({ error: "invalid_token", error_description: "The access token provided is invalid" });
    const tokens = sim.issueTokens();
    const header = await fetch(`${sim.apiUrl}customers`, { headers: { Authorization: `Bearer ${tokens.accessToken}` } });
    expect(header.status).toBe(401);
  });
});
