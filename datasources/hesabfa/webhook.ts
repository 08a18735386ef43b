import { timingSafeEqual } from "node:crypto";
import express, { type Router } from "express";
import type { VendorTenants } from "../../src/core/vendor-module.js";
import type { HesabfaDatasource } from "./index.js";

/** Constant-time comparison of two secrets (their lengths aside). */
function same(given: unknown, expected: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The change hook's receiver, `POST /hooks/hesabfa/<secret>`: the secret in
 * the path is ours (a wrong one is 404, as if nothing were there), the
 * `Password` in the body is the one given to Hesabfa with SetChangeHook and
 * the only proof the call is Hesabfa's. It is answered at once; the change
 * feed then pulls GetChanges in the background, since the hook's body is
 * only a nudge (both official modules read the changes instead of trusting it).
 * Each tenant has a secret of its own: the secret finds the tenant (every
 * tenant's is compared, each in constant time).
 */
export function hookRoutes(router: Router, tenants: VendorTenants<HesabfaDatasource>): void {
  router.post("/hooks/hesabfa/:secret", express.json({ limit: "256kb" }), (request, response) => {
    let hesabfa: HesabfaDatasource | undefined;
    for (const [, candidate] of tenants.all()) {
      const secret = candidate.config.hookSecret;
      if (secret && same(request.params.secret, secret) && hesabfa === undefined) hesabfa = candidate;
    }
    const hookPassword = hesabfa?.config.hookPassword;
    if (!hesabfa || !hookPassword) {
      response.status(404).json({ error: "not found" });
      return;
    }
    const body = request.body as { Password?: unknown } | undefined;
    if (!same(body?.Password, hookPassword)) {
      response.status(401).json({ error: "wrong password" });
      return;
    }
    response.status(200).json({ ok: true });
    hesabfa.changes.nudge();
  });
}
