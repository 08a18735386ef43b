import express, { type Express, type Request, type Response } from "express";
import type { Authenticator } from "../auth/authenticate.js";
import type { Logger } from "../core/logger.js";
import type { VendorTenants } from "../core/vendor-module.js";
import type { Tenants } from "../tenants.js";
import { VENDOR_MODULES } from "../vendors.js";

const page = (title: string, text: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | hesabgraph</title></head><body><h1>${title}</h1><p>${text}</p></body></html>\n`;

/**
 * Mounts each vendor's own endpoints (OAuth logins and callbacks, change
 * hooks) with what they need to know of the tenants: each tenant's
 * connection, and the tenant of the person at the browser.
 */
export function mountVendorRoutes(app: Express, tenants: Tenants, auth: Authenticator, logger: Logger, refused: (reason: string) => void): void {
  const signedIn = (request: Request, response: Response): string | undefined => {
    const caller = auth.callerOf(request);
    if (caller && caller.access === "read-write") return caller.tenant;
    refused("unauthenticated");
    logger.info({ path: request.path, remoteAddress: request.socket.remoteAddress }, "vendor page refused: UNAUTHENTICATED");
    response
      .status(401)
      .set({ "WWW-Authenticate": 'Basic realm="hesabgraph: an API key with read-write access, as the password", charset="UTF-8"', "Cache-Control": "no-store" })
      .type("html")
      .send(page("An API key is needed", "Sign in with a read-write API key of this server as the password (any user name). The key says which tenant this is for."));
    return undefined;
  };
  for (const module of VENDOR_MODULES) {
    if (!module.routes) continue;
    const of: VendorTenants<unknown> = {
      get: (tenantId) => tenants.get(tenantId)?.vendors.get(module.name),
      all: () => [...tenants].flatMap(([id, tenant]) => {
        const datasource = tenant.vendors.get(module.name);
        return datasource ? [[id, datasource] as [string, unknown]] : [];
      }),
      signedIn,
    };
    const router = express.Router();
    module.routes(router, of);
    app.use(router);
  }
}
