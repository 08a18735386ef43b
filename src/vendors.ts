import { hesabfaModule } from "../datasources/hesabfa/module.js";
import { hesabitModule } from "../datasources/hesabit/module.js";
import { tahesabModule } from "../datasources/tahesab/module.js";
import type { Env } from "./core/env.js";
import type { VendorName } from "./core/errors.js";
import type { VendorModule } from "./core/vendor-module.js";

/**
 * The vendor list: every vendor the graph can reach, registered once. Nothing
 * else in src/ names a vendor; the context, node(), federation references and
 * /readyz go through these modules.
 */
export const VENDOR_MODULES: readonly VendorModule[] = [tahesabModule, hesabfaModule, hesabitModule];

/** Each configured vendor's settings, by vendor; unconfigured vendors are absent. */
export type VendorConfigs = Partial<Record<VendorName, unknown>>;

export function vendorModule(name: string): VendorModule | undefined {
  return VENDOR_MODULES.find((module) => module.name === name);
}

/** Reads every vendor's variables (ConfigError naming the variable when one is wrong). */
export function readVendorConfigs(env: Env): VendorConfigs {
  const configs: VendorConfigs = {};
  for (const { name, readConfig } of VENDOR_MODULES) {
    const config = readConfig(env);
    if (config !== undefined) configs[name] = config;
  }
  return configs;
}

/** Each vendor's check of its settings across tenants (ConfigError naming the variable). */
export function checkTenantConfigs(tenants: ReadonlyArray<{ id: string; vendors: VendorConfigs }>): void {
  for (const module of VENDOR_MODULES) {
    const configs = tenants.flatMap(({ id, vendors }) => (vendors[module.name] === undefined ? [] : [[id, vendors[module.name]] as [string, unknown]]));
    module.checkTenants?.(configs);
  }
}
