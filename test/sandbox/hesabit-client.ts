// A bare client for the Hesabit simulator tests: global fetch, no keep-alive
// tricks, redirects never followed, and nothing that reads the answers for the
// test (each test looks at status, headers and body itself).
import type { HesabitSimulator } from "../../sandbox/hesabit/index.js";

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json: any;
}

async function toReply(response: Response): Promise<Reply> {
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export interface ApiCall {
  /** Default GET. */
  method?: string;
  /** Extra query parameters; access_token is added from `token` unless it is null. */
  query?: Record<string, string>;
  token?: string | null;
  /** A value is sent as JSON (application/json); a string is sent raw with `contentType`. */
  body?: unknown;
  contentType?: string | null;
}

/** Calls `sim.apiUrl + path` (path without a leading slash, e.g. "customers/"). */
export async function api(sim: HesabitSimulator, path: string, call: ApiCall = {}): Promise<Reply> {
  const url = new URL(path, sim.apiUrl);
  if (call.token !== null && call.token !== undefined) url.searchParams.set("access_token", call.token);
  for (const [key, value] of Object.entries(call.query ?? {})) url.searchParams.set(key, value);
  const headers: Record<string, string> = {};
  let body: string | undefined;
  if (call.body !== undefined) {
    body = typeof call.body === "string" ? call.body : JSON.stringify(call.body);
    const type = call.contentType === undefined ? "application/json" : call.contentType;
    if (type !== null) headers["Content-Type"] = type;
  }
  return toReply(await fetch(url, { method: call.method ?? "GET", headers, body, redirect: "manual" }));
}

/** POSTs to the token endpoint as JSON (the seed's form) or as a form. */
export async function token(sim: HesabitSimulator, fields: Record<string, string>, as: "json" | "form" = "json"): Promise<Reply> {
  const body = as === "json" ? JSON.stringify(fields) : new URLSearchParams(fields).toString();
  const type = as === "json" ? "application/json" : "application/x-www-form-urlencoded";
  return toReply(await fetch(sim.tokenUrl, { method: "POST", headers: { "Content-Type": type }, body, redirect: "manual" }));
}

export const CALLBACK = "http://127.0.0.1:4000/auth/hesabit/callback";

/** The seed's authorize parameters, overridable one by one (null leaves one out). */
export function authorizeUrl(sim: HesabitSimulator, overrides: Record<string, string | null> = {}): string {
  const params: Record<string, string | null> = {
    client_id: sim.clientId,
    response_type: "code",
    scope: "write",
    access_type: "offline",
    redirect_uri: CALLBACK,
    ...overrides,
  };
  const url = new URL("authorize", sim.authUrl);
  for (const [key, value] of Object.entries(params)) if (value !== null) url.searchParams.set(key, value);
  return url.toString();
}

export async function get(url: string): Promise<Reply> {
  return toReply(await fetch(url, { redirect: "manual" }));
}

/** Presses a button of the consent page: the form's hidden request_id and the decision. */
export async function decide(sim: HesabitSimulator, page: string, decision: "approve" | "deny"): Promise<Reply> {
  const match = /<form method="post" action="([^"]+)">[\s\S]*?name="request_id" value="([^"]+)"/.exec(page);
  if (!match) throw new Error("no consent form on the page");
  const action = new URL(match[1], sim.authUrl);
  const body = new URLSearchParams({ request_id: match[2], decision }).toString();
  return toReply(
    await fetch(action, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body, redirect: "manual" }),
  );
}

/** The whole browser dance: authorize page, approve (unless autoApprove redirected at once), the code. */
export async function approveAndGetCode(sim: HesabitSimulator, state = "s-1"): Promise<string> {
  const page = await get(authorizeUrl(sim, { state }));
  if (page.status !== 200 && page.status !== 302) throw new Error(`authorize answered ${page.status}`);
  const redirected = page.status === 302 ? page : await decide(sim, page.text, "approve");
  const location = new URL(redirected.headers.get("location") ?? "");
  const code = location.searchParams.get("code");
  if (!code) throw new Error(`no code in ${location.toString()}`);
  return code;
}

export async function exchange(sim: HesabitSimulator, code: string, as: "json" | "form" = "json"): Promise<Reply> {
  return token(
    sim,
    { code, grant_type: "authorization_code", client_id: sim.clientId, client_secret: sim.clientSecret, redirect_uri: CALLBACK },
    as,
  );
}

export async function refresh(sim: HesabitSimulator, refreshToken: string): Promise<Reply> {
  return token(sim, { client_id: sim.clientId, grant_type: "refresh_token", client_secret: sim.clientSecret, refresh_token: refreshToken });
}

/** A settable clock for token expiry and the quota day. */
export function clock(startMs: number): { now: () => number; set(ms: number): void; advance(ms: number): void } {
  let current = startMs;
  return {
    now: () => current,
    set: (ms) => {
      current = ms;
    },
    advance: (ms) => {
      current += ms;
    },
  };
}
