// The Hesabit login as a browser does it, with fetch: hesabgraph's login page,
// Hesabit's (the simulator's) consent page, the button, the callback.

export interface LoginSteps {
  /** Where /auth/hesabit/login sent the browser. */
  authorizeUrl: URL;
  /** Where Hesabit sent the browser back (hesabgraph's callback, with code and state). */
  callbackUrl: URL;
  /** The page the callback answered. */
  status: number;
  page: string;
}

async function follow(url: string | URL, init: RequestInit = {}): Promise<Response> {
  return fetch(url, { ...init, redirect: "manual" });
}

function location(response: Response, from: string | URL): URL {
  const target = response.headers.get("location");
  if (response.status !== 302 || !target) throw new Error(`expected a redirect from ${String(from)}, got HTTP ${response.status}`);
  return new URL(target, from);
}

/** Presses a button of the consent page (the form's hidden request_id and the decision). */
export async function decide(consentUrl: URL, page: string, decision: "approve" | "deny"): Promise<Response> {
  const match = /<form method="post" action="([^"]+)">[\s\S]*?name="request_id" value="([^"]+)"/.exec(page);
  if (!match) throw new Error("no consent form on the page");
  return follow(new URL(match[1], consentUrl), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ request_id: match[2], decision }).toString(),
  });
}

/** Opens `<origin>/auth/hesabit/login`, decides on Hesabit's page, and opens the callback. */
export async function loginWithFetch(origin: string, decision: "approve" | "deny" = "approve", headers: Record<string, string> = {}): Promise<LoginSteps> {
  const login = new URL("/auth/hesabit/login", origin);
  const authorizeUrl = location(await follow(login, { headers }), login);
  const consent = await follow(authorizeUrl);
  if (consent.status !== 200) throw new Error(`Hesabit's authorize page answered HTTP ${consent.status}: ${(await consent.text()).slice(0, 300)}`);
  const callbackUrl = location(await decide(authorizeUrl, await consent.text(), decision), authorizeUrl);
  const done = await follow(callbackUrl);
  return { authorizeUrl, callbackUrl, status: done.status, page: await done.text() };
}
