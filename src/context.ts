import { randomUUID } from "node:crypto";
import type { Caller } from "./auth/authenticate.js";
import type { Config } from "./config.js";
import { vendorNotConfigured } from "./core/errors.js";
import { nameLoaders } from "./core/loaders.js";
import type { Logger } from "./core/logger.js";
import type { OperationRecord } from "./observability/operation-log.js";
import type { VendorDatasource, VendorHandle, VendorModule } from "./core/vendor-module.js";
import type { Tenant } from "./tenants.js";

export interface Context {
  requestId: string;
  config: Config;
  logger: Logger;
  /** Whose vendor connections the request uses: the tenant its API key names. */
  tenant: Tenant;
  /** The API key's tenant, access and name. */
  caller: Caller;
  /** What the operation did (vendor calls), for its log line. */
  operation: OperationRecord;
  /** The operation's cost (src/cost.ts), once worked out. */
  cost?: number;
  /** Per-request DataLoaders by vendor, made lazily so an operation pays only for the vendors it touches. */
  loaders: Map<string, unknown>;
}

export function createContext(config: Config, logger: Logger, tenant: Tenant, caller: Caller, operation: OperationRecord): Context {
  const requestId = randomUUID();
  return { requestId, config, logger: logger.child({ requestId, tenant: tenant.id }), tenant, caller, operation, loaders: new Map() };
}

/** A vendor's datasource and this request's loaders for it, or VENDOR_NOT_CONFIGURED. */
export function useVendor<C, D extends VendorDatasource, L>(context: Context, module: VendorModule<C, D, L>): VendorHandle<D, L> {
  const datasource = context.tenant.vendors.get(module.name) as D | undefined;
  if (!datasource) throw vendorNotConfigured(module.name, module.configuredBy);
  let loaders = context.loaders.get(module.name) as L | undefined;
  if (loaders === undefined) {
    loaders = module.createLoaders(datasource);
    nameLoaders(module.name, loaders);
    context.loaders.set(module.name, loaders);
  }
  return { datasource, loaders };
}
