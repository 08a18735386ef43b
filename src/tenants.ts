import type { VendorName } from "./core/errors.js";
import type { VendorCallObserver } from "./core/http/transport.js";
import type { Logger } from "./core/logger.js";
import type { Stores } from "./core/store/index.js";
import type { VendorDatasource } from "./core/vendor-module.js";
import { VENDOR_MODULES, type VendorConfigs } from "./vendors.js";

/** One customer of this server and its vendor connections. */
export interface Tenant {
  id: string;
  /** The configured vendors only: an absent vendor is not configured for this tenant. */
  vendors: ReadonlyMap<VendorName, VendorDatasource>;
}

/** The tenant served when requests carry no tenant of their own (single-tenant deployments). */
export const DEFAULT_TENANT = "default";

/** Connects a tenant's configured vendors; each keeps its shared state under the tenant's id. */
export function createTenant(id: string, configs: VendorConfigs, stores: Stores, logger: Logger, observer?: VendorCallObserver): Tenant {
  const vendors = new Map<VendorName, VendorDatasource>();
  for (const module of VENDOR_MODULES) {
    const config = configs[module.name];
    if (config === undefined) continue;
    vendors.set(module.name, module.create(config, { ...stores, logger: logger.child({ tenant: id }), tenantId: id, observer }));
  }
  return { id, vendors };
}

export async function closeTenant(tenant: Tenant): Promise<void> {
  await Promise.all([...tenant.vendors.values()].map(async (vendor) => vendor.close()));
}

/** Every tenant of the deployment, by id: `default` (the environment's) and the tenants file's. */
export type Tenants = ReadonlyMap<string, Tenant>;

export function createTenants(
  settings: ReadonlyArray<{ id: string; vendors: VendorConfigs }>,
  stores: Stores,
  logger: Logger,
  observer?: VendorCallObserver,
): Tenants {
  return new Map(settings.map(({ id, vendors }) => [id, createTenant(id, vendors, stores, logger, observer)]));
}

export async function closeTenants(tenants: Tenants): Promise<void> {
  await Promise.all([...tenants.values()].map(closeTenant));
}
