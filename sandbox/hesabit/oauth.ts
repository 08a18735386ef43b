// The OAuth 2.0 endpoints (seed: hesabit-overview-oauth.txt). Authorization
// code flow only: GET /oauth2/authorize shows the consent page (or redirects at
// once with autoApprove), its form POSTs back here, and POST /oauth2/token
// exchanges the code or a refresh token.
import { readTokenBody, type Incoming } from "./incoming.js";
import type { AuthorizationRequest, OAuthStore } from "./oauth-store.js";
import { consentPage } from "./pages.js";
import { authorizeError, html, json, oauthError, pathNotFound, redirect, type Reply } from "./replies.js";

export interface OAuthOptions {
  store: OAuthStore;
  autoApprove: boolean;
  rotateRefreshTokens: boolean;
  accountName: string;
}

/** The only scope the seed shows; access_type=offline is what the seed always sends. */
const SCOPE = "write";
const ACCESS_TYPE = "offline";

function redirectWith(redirectUri: string, params: Record<string, string | undefined>): Reply {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.append(key, value);
  return redirect(url.toString());
}

/**
 * Every parameter is checked before anything is shown. A bad client or
 * redirect_uri must never redirect (the redirect would go to an unverified
 * address), and the simulator answers the other refusals on the page too.
 */
function checkAuthorize(options: OAuthOptions, query: Record<string, string>): AuthorizationRequest | Reply {
  const clientId = query.client_id ?? "";
  const client = options.store.clients.get(clientId);
  if (clientId === "") return authorizeError(400, "پارامتر client_id ارسال نشده است. (invalid_request: client_id is missing)");
  if (!client) return authorizeError(400, "برنامه ای با این شناسه ثبت نشده است. (invalid_client: unknown client_id)");
  const redirectUri = query.redirect_uri ?? "";
  if (redirectUri === "") return authorizeError(400, "پارامتر redirect_uri ارسال نشده است. (invalid_request: redirect_uri is missing)");
  if (!options.store.redirectAllowed(client, redirectUri)) {
    return authorizeError(400, "آدرس بازگشت با آدرس ثبت شده برنامه یکسان نیست. (redirect_uri_mismatch)");
  }
  if (query.response_type !== "code") {
    return authorizeError(400, "مقدار response_type باید code باشد. (unsupported_response_type)");
  }
  if (query.scope !== SCOPE) return authorizeError(400, `مقدار scope باید ${SCOPE} باشد. (invalid_scope)`);
  if (query.access_type !== ACCESS_TYPE) {
    return authorizeError(400, `مقدار access_type باید ${ACCESS_TYPE} باشد. (invalid_request: access_type)`);
  }
  return { clientId, redirectUri, scope: SCOPE, state: query.state };
}

function authorizeGet(options: OAuthOptions, incoming: Incoming): Reply {
  const checked = checkAuthorize(options, incoming.query);
  if ("status" in checked) return checked;
  if (options.autoApprove) {
    return redirectWith(checked.redirectUri, { code: options.store.issueCode(checked), state: checked.state });
  }
  const requestId = options.store.openConsent(checked);
  return html(200, consentPage({ requestId, clientName: checked.clientId, accountName: options.accountName, scope: checked.scope }), {
    "Cache-Control": "no-store",
  });
}

function authorizePost(options: OAuthOptions, incoming: Incoming): Reply {
  if (incoming.mediaType !== "application/x-www-form-urlencoded") {
    return authorizeError(400, "درخواست نامعتبر است. (the consent form posts application/x-www-form-urlencoded)");
  }
  const form = new URLSearchParams(incoming.text);
  const request = options.store.takeConsent(form.get("request_id") ?? "");
  if (!request) return authorizeError(400, "این صفحه منقضی شده است؛ دوباره تلاش کنید. (unknown or expired request_id)");
  const decision = form.get("decision");
  if (decision === "approve") {
    return redirectWith(request.redirectUri, { code: options.store.issueCode(request), state: request.state });
  }
  if (decision === "deny") {
    return redirectWith(request.redirectUri, { error: "access_denied", error_description: "The user denied access", state: request.state });
  }
  return authorizeError(400, "درخواست نامعتبر است. (decision must be approve or deny)");
}

/** A parameter the token request must carry, as a non-empty string. */
function param(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

function tokenAnswer(payload: Record<string, unknown>): Reply {
  return json(200, payload, { "Cache-Control": "no-store", Pragma: "no-cache" });
}

function token(options: OAuthOptions, incoming: Incoming): Reply {
  const { store } = options;
  if (incoming.method !== "POST") {
    return oauthError("invalid_request", "The request method must be POST when requesting an access token", 405, { Allow: "POST" });
  }
  const reading = readTokenBody(incoming);
  if (!reading.ok) {
    const why = reading.problem === "type" ? "The body must be JSON or application/x-www-form-urlencoded" : "The request body could not be parsed";
    return oauthError("invalid_request", why);
  }
  const body = reading.value;
  const grantType = param(body, "grant_type");
  if (!grantType) return oauthError("invalid_request", "The grant type was not specified in the request");
  if (grantType !== "authorization_code" && grantType !== "refresh_token") {
    return oauthError("unsupported_grant_type", `Grant type "${grantType}" not supported`);
  }
  const clientId = param(body, "client_id");
  const clientSecret = param(body, "client_secret");
  if (!clientId || !clientSecret) return oauthError("invalid_client", "Client credentials were not found in the request body");
  const client = store.authenticate(clientId, clientSecret);
  if (!client) return oauthError("invalid_client", "The client credentials are invalid");

  if (grantType === "authorization_code") {
    const code = param(body, "code");
    if (!code) return oauthError("invalid_request", 'Missing parameter: "code" is required');
    const redirectUri = param(body, "redirect_uri");
    if (!redirectUri) return oauthError("invalid_request", 'Missing parameter: "redirect_uri" is required');
    const checked = store.redeemCode(code, client.clientId, redirectUri);
    if (!checked.ok) return oauthError("invalid_grant", checked.reason);
    const access = store.issueAccessToken(client.clientId, checked.request.scope);
    const refresh = store.issueRefreshToken(client.clientId, checked.request.scope);
    store.grants.authorizationCode += 1;
    return {
      ...tokenAnswer({
        access_token: access.token,
        token_type: "Bearer",
        expires_in: store.tokenLifetime,
        refresh_token: refresh.token,
        scope: access.scope,
      }),
      changed: true,
    };
  }

  const refreshToken = param(body, "refresh_token");
  if (!refreshToken) return oauthError("invalid_request", 'Missing parameter: "refresh_token" is required');
  const live = store.liveRefreshToken(refreshToken, client.clientId);
  if (!live) return oauthError("invalid_grant", "Invalid refresh token");
  const access = store.issueAccessToken(client.clientId, live.scope);
  store.grants.refreshToken += 1;
  const payload: Record<string, unknown> = { access_token: access.token, token_type: "Bearer", expires_in: store.tokenLifetime };
  if (options.rotateRefreshTokens) {
    live.revoked = true;
    payload.refresh_token = store.issueRefreshToken(client.clientId, live.scope).token;
  }
  payload.scope = access.scope;
  return { ...tokenAnswer(payload), changed: true };
}

export function handleOAuth(options: OAuthOptions, incoming: Incoming): Reply {
  const path = incoming.path.replace(/\/+$/, "");
  if (path === "/oauth2/token") return token(options, incoming);
  if (path === "/oauth2/authorize") {
    if (incoming.method === "GET") return authorizeGet(options, incoming);
    if (incoming.method === "POST") return authorizePost(options, incoming);
    return { ...authorizeError(405, "Method Not Allowed"), headers: { "Content-Type": "text/html; charset=UTF-8", Allow: "GET, POST" } };
  }
  return pathNotFound(incoming.path);
}
