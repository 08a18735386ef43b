import type { NextFunction, Request, Response } from "express";
import { ErrorCode } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { Access, ApiKey, KeyRing } from "./api-keys.js";

/** Who is asking: the tenant, and the key (none when the server has no keys). */
export interface Caller {
  tenant: string;
  /** What the caller may do; `read-write` when the server has no keys. */
  access: Access;
  /** The key's name, for the log line; absent without keys. */
  keyName?: string;
}

export const UNAUTHENTICATED_CALLER: Caller = { tenant: "default", access: "read-write" };

/** `Authorization: Bearer <key>`, or the password of `Authorization: Basic` (how a browser sends one). */
export function presentedKey(request: Request): string | undefined {
  const header = request.get("authorization");
  if (!header) return undefined;
  const bearer = /^Bearer[ ]+([^\s]+)\s*$/i.exec(header);
  if (bearer) return bearer[1];
  const basic = /^Basic[ ]+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!basic) return undefined;
  const decoded = Buffer.from(basic[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? undefined : decoded.slice(colon + 1);
}

export interface Authenticator {
  /** True when the server has API keys; false: every request is the default tenant's. */
  readonly enabled: boolean;
  /** The caller a request's key names, or undefined when it names none. */
  callerOf(request: Request): Caller | undefined;
}

export function authenticator(keys: KeyRing): Authenticator {
  return {
    enabled: keys.size > 0,
    callerOf(request) {
      if (keys.size === 0) return UNAUTHENTICATED_CALLER;
      const presented = presentedKey(request);
      const key: ApiKey | undefined = presented === undefined ? undefined : keys.find(presented);
      return key && { tenant: key.tenant, access: key.access, keyName: key.name };
    },
  };
}

function refuse(response: Response, status: 401 | 403, code: ErrorCode, message: string, challenge?: string): void {
  if (challenge) response.set("WWW-Authenticate", challenge);
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
}

export interface GuardOptions {
  auth: Authenticator;
  logger: Logger;
  /** Counts each refusal by reason. */
  refused: (reason: string) => void;
  /** What a valid key must be allowed: the graph (read or read-write), or /metrics. */
  purpose: "graph" | "metrics";
}

/**
 * Express middleware: a request without a valid key is answered 401
 * UNAUTHENTICATED here, before anything is parsed or run, so nothing of it
 * reaches a vendor; the caller is put in `response.locals.caller`.
 */
export function requireKey({ auth, logger, refused, purpose }: GuardOptions) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const caller = auth.callerOf(request);
    if (!caller) {
      const sent = request.get("authorization") !== undefined;
      refused("unauthenticated");
      logger.info({ path: request.path, remoteAddress: request.socket.remoteAddress, reason: sent ? "unknown key" : "no key" }, "request refused: UNAUTHENTICATED");
      refuse(
        response,
        401,
        ErrorCode.UNAUTHENTICATED,
        sent
          ? "The API key is not one this server knows (send Authorization: Bearer <key>, the key itself, not its hash)."
          : "This server needs an API key: send Authorization: Bearer <key> (README, \"Running on a network\").",
        'Bearer realm="hesabgraph"',
      );
      return;
    }
    const allowed = purpose === "metrics" ? caller.access === "metrics" || !auth.enabled : caller.access !== "metrics";
    if (!allowed) {
      refused("forbidden");
      logger.info({ path: request.path, key: caller.keyName, reason: "wrong purpose" }, "request refused: FORBIDDEN");
      refuse(
        response,
        403,
        ErrorCode.FORBIDDEN,
        purpose === "metrics" ? "This API key may not read /metrics: scrape with a key whose access is metrics." : "This API key may only read /metrics, not the graph.",
      );
      return;
    }
    response.locals.caller = caller;
    next();
  };
}
