import type { Request, Response, Router } from "express";
import { HesabgraphError } from "../../src/core/errors.js";
import type { VendorTenants } from "../../src/core/vendor-module.js";
import { CALLBACK_PATH, LOGIN_PATH, type HesabitDatasource } from "./index.js";

// The OAuth 2.0 authorization-code flow, served by hesabgraph: the login
// sends the browser to Hesabit with a one-time `state`; the callback checks
// it, exchanges the code and stores the tokens. Neither ever logs its URL
// (the callback's carries the code) nor puts a secret on a page.
//
// Tenants: the login acts for the tenant of whoever opens it (the server's
// only tenant without API keys; with keys, the browser asks for one, given as
// the password). The callback needs no key: its one-time `state` was kept
// under the tenant that opened the login, so the tenant holding it is the one.

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(response: Response, status: number, title: string, persian: string, lines: string[]): void {
  response
    .status(status)
    .set({
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      // The callback's address holds the code: never pass it on as a referrer.
      "Referrer-Policy": "no-referrer",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    })
    .send(
      `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | hesabgraph</title>
<style>body{font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p lang="fa" dir="rtl">${escapeHtml(persian)}</p>
${lines.map((line) => `<p>${line}</p>`).join("\n")}
</body></html>
`,
    );
}

const again = `<a href="${LOGIN_PATH}">Connect Hesabit again</a>.`;

/** The origin the browser used to reach us, from the request as it arrived. */
function requestOrigin(request: Request): string | undefined {
  const host = request.get("host");
  return host && /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host) ? `${request.protocol}://${host}` : undefined;
}

const single = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

export function hesabitRoutes(router: Router, tenants: VendorTenants<HesabitDatasource>): void {
  const notConfigured = (response: Response) =>
    page(response, 404, "Hesabit is not configured", "حسابیت روی این سرور پیکربندی نشده است.", [
      "Set HESABIT_CLIENT_ID and HESABIT_CLIENT_SECRET (README, Configuration) and start hesabgraph again.",
    ]);

  router.get(LOGIN_PATH, async (request, response) => {
    const tenant = tenants.signedIn(request, response);
    if (tenant === undefined) return;
    const hesabit = tenants.get(tenant);
    if (!hesabit) return notConfigured(response);
    const origin = requestOrigin(request);
    try {
      if (!origin) throw new Error("the request's Host header is not a host name");
      const { authorizeUrl } = await hesabit.tokens.beginLogin(hesabit.redirectUriFor(origin));
      response.set({ "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" }).redirect(302, authorizeUrl);
    } catch (error) {
      hesabit.logger.warn({ vendor: "HESABIT", code: (error as HesabgraphError).code ?? "ERROR" }, "Hesabit login could not start");
      page(response, 503, "Hesabit login could not start", "ورود به حسابیت شروع نشد.", [escapeHtml((error as Error).message), `<a href="${LOGIN_PATH}">Try again</a>.`]);
    }
  });

  router.get(CALLBACK_PATH, async (request, response) => {
    const all = tenants.all();
    if (all.length === 0) return notConfigured(response);
    const state = single(request.query.state);
    let redirectUri: string | undefined;
    let hesabit = all[0][1];
    try {
      for (const [, candidate] of state === undefined ? [] : all) {
        redirectUri = await candidate.tokens.takeLogin(state!);
        if (redirectUri !== undefined) {
          hesabit = candidate;
          break;
        }
      }
    } catch (error) {
      hesabit.logger.warn({ vendor: "HESABIT", code: (error as HesabgraphError).code ?? "ERROR" }, "Hesabit login could not be checked");
      return page(response, 503, "Hesabit login could not be checked", "ورود به حسابیت بررسی نشد.", [escapeHtml((error as Error).message), again]);
    }
    if (redirectUri === undefined) {
      return page(response, 400, "This sign-in is not valid", "این ورود معتبر نیست یا منقضی شده است.", [
        "The link was already used, is older than ten minutes, or did not start here.",
        again,
      ]);
    }
    const refusal = single(request.query.error);
    if (refusal !== undefined) {
      const why = [refusal, single(request.query.error_description)].filter(Boolean).join(": ").slice(0, 200);
      hesabit.logger.info({ vendor: "HESABIT", error: refusal.slice(0, 40) }, "Hesabit login: access not granted");
      return page(response, 400, "Hesabit did not grant access", "دسترسی به حسابیت داده نشد.", [`Hesabit answered: ${escapeHtml(why)}.`, again]);
    }
    const code = single(request.query.code);
    if (!code || code.length > 1000) {
      return page(response, 400, "Hesabit sent no code", "حسابیت کدی نفرستاد.", ["The callback came without an authorization code.", again]);
    }
    try {
      await hesabit.tokens.completeLogin(code, redirectUri);
    } catch (error) {
      const known = error instanceof HesabgraphError;
      if (!known) hesabit.logger.error({ vendor: "HESABIT", err: error }, "Hesabit login failed");
      return page(response, known ? 502 : 500, "Hesabit is not connected", "اتصال به حسابیت انجام نشد.", [
        known ? escapeHtml(error.message) : "An unexpected error; details are in the server log.",
        again,
      ]);
    }
    page(response, 200, "Hesabit is connected", "حسابیت متصل شد.", [
      "hesabgraph can now read and write this Hesabit account. You can close this page, or open <a href=\"/graphql\">GraphiQL</a> and try <code>{ hesabitCustomers(first: 5) { edges { node { name mobile } } } }</code>.",
    ]);
  });
}
