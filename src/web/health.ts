import type { Request, Response, Router } from "express";
import type { Stores } from "../core/store/index.js";
import type { Tenants } from "../tenants.js";

type Check = { ready: true } | { ready: false; code: string; message: string };

const check = (ping: () => Promise<void>): Promise<Check> =>
  ping().then(
    () => ({ ready: true as const }),
    (error: any) => ({ ready: false as const, code: String(error?.code ?? "ERROR"), message: String(error?.message ?? error) }),
  );

async function vendorChecks(tenant: { vendors: ReadonlyMap<string, { ping(): Promise<void> }> }): Promise<Record<string, Check>> {
  const entries = await Promise.all([...tenant.vendors].map(async ([name, vendor]) => [name, await check(() => vendor.ping())] as const));
  return Object.fromEntries(entries);
}

/**
 * `/healthz` (the process is up) and `/readyz`: every configured vendor of
 * every tenant answers, and the state store is reachable. The default
 * tenant's vendors are listed under `vendors`, as a single-tenant server has
 * always said; the tenants file's under `tenants.<id>.vendors`.
 */
export function healthRoutes(router: Router, tenants: Tenants, stores: Stores): void {
  router.get("/healthz", (_request: Request, response: Response) => {
    response.json({ status: "ok" });
  });

  router.get("/readyz", async (_request: Request, response: Response) => {
    const [byTenant, state] = await Promise.all([
      Promise.all([...tenants].map(async ([id, tenant]) => [id, await vendorChecks(tenant)] as const)),
      check(async () => {
        await Promise.all([stores.journal.ping(), stores.store.ping()]);
      }),
    ]);
    const ready = state.ready && byTenant.every(([, checks]) => Object.values(checks).every((c) => c.ready));
    const vendors = byTenant.find(([id]) => id === "default")?.[1] ?? {};
    const others = byTenant.filter(([id]) => id !== "default");
    response.status(ready ? 200 : 503).json({
      status: ready ? "ready" : "not ready",
      vendors,
      ...(others.length ? { tenants: Object.fromEntries(others.map(([id, checks]) => [id, { vendors: checks }])) } : {}),
      state,
    });
  });
}
