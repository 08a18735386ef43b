import cors from "cors";
import type { NextFunction, Request, Response } from "express";
import { ErrorCode } from "../core/errors.js";
import type { Logger } from "../core/logger.js";

/** The page's own origin: the Origin header names the host the request was sent to (or the browser says so). */
function sameOrigin(request: Request, origin: string): boolean {
  if (request.get("sec-fetch-site") === "same-origin") return true;
  try {
    return new URL(origin).host === request.get("host");
  } catch {
    return false;
  }
}

/**
 * Browser apps on other origins (HESABGRAPH_CORS_ORIGINS). A listed origin
 * gets the usual CORS answers. Any other origin's request is refused before
 * anything runs, with a 403 its page can read (and a preflight that lets the
 * browser get that far), so the app's developer sees which variable to set
 * instead of an opaque network failure. Requests without an Origin header
 * (server-side clients) and same-origin pages (GraphiQL) pass untouched.
 */
export function corsGuard(origins: readonly string[], logger: Logger, refused: (reason: string) => void) {
  const any = origins.includes("*");
  const allowed = cors({ origin: any ? "*" : [...origins], methods: ["GET", "POST"], maxAge: 600 });
  const warned = new Set<string>();
  return (request: Request, response: Response, next: NextFunction): void => {
    const origin = request.get("origin");
    if (origin === undefined || sameOrigin(request, origin)) return next();
    if (any || origins.includes(origin)) return allowed(request, response, next);
    response.set({ "Access-Control-Allow-Origin": origin, Vary: "Origin" });
    if (request.method === "OPTIONS") {
      const headers = request.get("access-control-request-headers");
      response.set({ "Access-Control-Allow-Methods": "GET, POST", ...(headers ? { "Access-Control-Allow-Headers": headers } : {}) });
      response.status(204).end();
      return;
    }
    refused("forbidden_origin");
    if (warned.size < 100 && !warned.has(origin)) {
      warned.add(origin);
      logger.warn({ origin: origin.slice(0, 100) }, "a browser page on an origin not in HESABGRAPH_CORS_ORIGINS called the graph; refused");
    }
    response.status(403).json({
      errors: [
        {
          message: `This page's origin (${origin.slice(0, 100)}) may not call this graph. To allow it, add it to HESABGRAPH_CORS_ORIGINS on the server (e.g. HESABGRAPH_CORS_ORIGINS=${origin.slice(0, 100)}) and restart.`,
          extensions: { code: ErrorCode.FORBIDDEN, variable: "HESABGRAPH_CORS_ORIGINS" },
        },
      ],
    });
  };
}
