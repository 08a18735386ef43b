import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHesabitSimulator, type HesabitSimulator } from "../sandbox/hesabit/index.js";
import { startStack, type Stack } from "./support/harness.js";

/**
 * The pages of the Hesabit login at their edges: each page's status, title
 * (in English and Persian) and headers, what the browser sent shown escaped,
 * the Host header the login trusts, and the callback's limits.
 */
interface Page {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** GET with any Host header (fetch does not let a test set it). */
function get(url: string, host?: string): Promise<Page> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, headers: host === undefined ? {} : { host } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const pageHeaders = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
};

describe("the Hesabit login's pages", () => {
  let sim: HesabitSimulator;
  let stack: Stack;
  let origin: string;
  beforeAll(async () => {
    sim = await startHesabitSimulator({ autoApprove: true });
    stack = await startStack({ hesabit: { shared: sim }, withoutTahesab: true, env: { HESABIT_REFRESH_TOKEN: "" } });
    origin = new URL(stack.server.url).origin;
  });
  afterAll(async () => {
    await stack.close();
    await sim.close();
  });

  /** A state the server issued, spent by the callback the test then opens. */
  async function issuedState(): Promise<string> {
    const login = await get(`${origin}/auth/hesabit/login`);
    expect(login.status).toBe(302);
    return new URL(String(login.headers.location)).searchParams.get("state")!;
  }

  it("the login sends the browser on with a callback on the host it was reached at, IPv6 literals included", async () => {
    for (const host of ["graph.example:8443", "graph.example", "[::1]:4000", "[::1]", "10.0.0.7"]) {
      const login = await get(`${origin}/auth/hesabit/login`, host);
      expect(login.status, host).toBe(302);
      expect(login.headers["cache-control"]).toBe("no-store");
      expect(login.headers["referrer-policy"]).toBe("no-referrer");
      expect(new URL(String(login.headers.location)).searchParams.get("redirect_uri")).toBe(`http://${host}/auth/hesabit/callback`);
    }
  });

  it("a Host header that is not a host name: the login does not start, and says why on a page", async () => {
    for (const host of ["graph.example/evil", "graph example", "graph.example:123456", "[::1", "x.example:80:80", "@evil.example", "evil[::1]:4000", "[::1]x", "[::1]:4000/x"]) {
      const page = await get(`${origin}/auth/hesabit/login`, host);
      expect(page.status, host).toBe(503);
      expect(page.headers).toMatchObject(pageHeaders);
      expect(page.body).toContain("<title>Hesabit login could not start | hesabgraph</title>");
      expect(page.body).toContain('<p lang="fa" dir="rtl">ورود به حسابیت شروع نشد.</p>');
      expect(page.body).toContain("<p>the request&#39;s Host header is not a host name</p>\n<p><a href=\"/auth/hesabit/login\">Try again</a>.</p>");
    }
  });

  it("a refusal from Hesabit is shown escaped, with its description, cut to 200 characters", async () => {
    const state = await issuedState();
    const page = await get(`${origin}/auth/hesabit/callback?state=${state}&error=${encodeURIComponent("<b>no</b>")}&error_description=${encodeURIComponent(`"x" & 'y' ${"z".repeat(300)}`)}`);
    expect(page.status).toBe(400);
    expect(page.headers).toMatchObject(pageHeaders);
    expect(page.body).toContain("<h1>Hesabit did not grant access</h1>");
    expect(page.body).toContain("دسترسی به حسابیت داده نشد.");
    const why = `<b>no</b>: "x" & 'y' ${"z".repeat(300)}`.slice(0, 200);
    const escaped = why.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    expect(page.body).toContain(`<p>Hesabit answered: ${escaped}.</p>`);
    expect(page.body).not.toContain("<b>no</b>");
    const bare = await get(`${origin}/auth/hesabit/callback?state=${await issuedState()}&error=access_denied`);
    expect(bare.body).toContain("<p>Hesabit answered: access_denied.</p>");
  });

  it("a callback without a code, or with one longer than 1000 characters, exchanges nothing", async () => {
    const before = sim.requests.filter((r) => r.path === "/oauth2/token").length;
    for (const code of [undefined, "", "c".repeat(1001)]) {
      const query = code === undefined ? "" : `&code=${code}`;
      const page = await get(`${origin}/auth/hesabit/callback?state=${await issuedState()}${query}`);
      expect(page.status).toBe(400);
      expect(page.body).toContain("<h1>Hesabit sent no code</h1>");
      expect(page.body).toContain("حسابیت کدی نفرستاد.");
      expect(page.body).toContain("<p>The callback came without an authorization code.</p>\n<p><a href=\"/auth/hesabit/login\">Connect Hesabit again</a>.</p>");
    }
    expect(sim.requests.filter((r) => r.path === "/oauth2/token").length).toBe(before);
    // A code of exactly 1000 characters is exchanged (and this one refused by Hesabit).
    const page = await get(`${origin}/auth/hesabit/callback?state=${await issuedState()}&code=${"c".repeat(1000)}`);
    expect(page.status).toBe(502);
    expect(page.body).toContain("<h1>Hesabit is not connected</h1>");
    expect(page.body).toContain("اتصال به حسابیت انجام نشد.");
    expect(page.body).toContain("Hesabit refused the sign-in code (HTTP 400");
    expect(sim.requests.filter((r) => r.path === "/oauth2/token").length).toBe(before + 1);
  });

  it("a state that is not valid: a page saying so, with the way to start again", async () => {
    const page = await get(`${origin}/auth/hesabit/callback?code=abc`);
    expect(page.status).toBe(400);
    expect(page.headers).toMatchObject(pageHeaders);
    expect(page.body).toContain("<title>This sign-in is not valid | hesabgraph</title>");
    expect(page.body).toContain("این ورود معتبر نیست یا منقضی شده است.");
    expect(page.body).toContain("<p>The link was already used, is older than ten minutes, or did not start here.</p>\n<p><a href=\"/auth/hesabit/login\">Connect Hesabit again</a>.</p>");
    // A repeated parameter is not a state.
    expect((await get(`${origin}/auth/hesabit/callback?state=${await issuedState()}&state=x&code=abc`)).status).toBe(400);
  });

  it("the connected page says what now", async () => {
    const login = await get(`${origin}/auth/hesabit/login`);
    const approved = await fetch(String(login.headers.location), { redirect: "manual" });
    const page = await get(String(approved.headers.get("location")));
    expect(page.status).toBe(200);
    expect(page.headers).toMatchObject(pageHeaders);
    expect(page.body).toContain("<h1>Hesabit is connected</h1>");
    expect(page.body).toContain("hesabgraph can now read and write this Hesabit account. You can close this page");
  });
});

describe("the Hesabit login on a server without Hesabit", () => {
  it("both pages say Hesabit is not configured, naming the variables", async () => {
    const stack = await startStack({ withoutTahesab: true });
    try {
      for (const path of ["/auth/hesabit/login", "/auth/hesabit/callback?state=x&code=y"]) {
        const page = await get(new URL(path, stack.server.url).toString());
        expect(page.status, path).toBe(404);
        expect(page.headers).toMatchObject(pageHeaders);
        expect(page.body).toContain("<h1>Hesabit is not configured</h1>");
        expect(page.body).toContain("حسابیت روی این سرور پیکربندی نشده است.");
        expect(page.body).toContain("Set HESABIT_CLIENT_ID and HESABIT_CLIENT_SECRET (README, Configuration)");
      }
    } finally {
      await stack.close();
    }
  });
});
