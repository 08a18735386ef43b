// Every answer the simulator gives, as data the HTTP layer writes out. Error
// bodies are deliberately not uniform: the vendor never documents them, so a
// client must not be able to rely on the success envelope when a call fails.
import { errorPage, notFoundPage } from "./pages.js";

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** A stored API write (POST/PUT/DELETE that changed data): dropAfterWrite may cut it. */
  write?: boolean;
  /** Data, tokens or clients changed: save persistFile. */
  changed?: boolean;
}

/** The seed's answers: "Content-Type: application/json; charset=UTF-8", "Server: nginx". */
const JSON_TYPE = "application/json; charset=UTF-8";
const HTML_TYPE = "text/html; charset=UTF-8";

export function json(status: number, payload: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { "Content-Type": JSON_TYPE, ...headers }, body: JSON.stringify(payload) };
}

export function html(status: number, page: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { "Content-Type": HTML_TYPE, ...headers }, body: page };
}

/**
 * The success envelope. `envelopeStatus` differs from the HTTP status where the
 * vendor's own example does: PUT answers HTTP 200 with "status": 201.
 */
export function envelope(httpStatus: number, data: unknown, message?: string, envelopeStatus = httpStatus): Reply {
  const payload: Record<string, unknown> = { data, success: true, status: envelopeStatus };
  if (message !== undefined) payload.message = message;
  return json(httpStatus, payload);
}

/** An API refusal in the envelope's style, without data (the shape a PHP controller would give). */
export function apiError(status: number, message: string, errors?: Record<string, string[]>): Reply {
  const payload: Record<string, unknown> = { success: false, status, message };
  if (errors) payload.errors = errors;
  return json(status, payload);
}

export const apiNotFound = (type: string) => apiError(404, `${type} not found`);

export function methodNotAllowed(allow: readonly string[]): Reply {
  return { ...apiError(405, "Method Not Allowed"), headers: { "Content-Type": JSON_TYPE, Allow: allow.join(", ") } };
}

/** An address nothing is routed to: the framework's HTML page, not JSON. */
export function pathNotFound(path: string): Reply {
  return html(404, notFoundPage(path));
}

/**
 * Bearer-token refusals in the style of PHP OAuth2 servers (RFC 6750): no envelope,
 * nothing a client could read as data. A missing token gets no body at all.
 */
export function tokenMissing(): Reply {
  return { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="Service"', "Content-Type": HTML_TYPE }, body: "" };
}

export function tokenRefused(description: string): Reply {
  return json(
    401,
    { error: "invalid_token", error_description: description },
    { "WWW-Authenticate": `Bearer realm="Service", error="invalid_token", error_description="${description}"` },
  );
}

/** Token-endpoint refusals (RFC 6749 §5.2): 400 with {error, error_description}, never the envelope. */
export function oauthError(error: string, description: string, status = 400, headers: Record<string, string> = {}): Reply {
  return json(status, { error, error_description: description }, { "Cache-Control": "no-store", Pragma: "no-cache", ...headers });
}

/** A refused authorization request: an HTML page for the user, never a redirect. */
export function authorizeError(status: number, message: string): Reply {
  return html(status, errorPage(message));
}

export function redirect(location: string): Reply {
  return { status: 302, headers: { Location: location, "Content-Type": HTML_TYPE }, body: "" };
}
