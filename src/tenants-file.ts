import { readFileSync, statSync } from "node:fs";
import { apiKey, type ApiKey } from "./auth/api-keys.js";
import { ConfigError, type Env } from "./core/env.js";
import { readVendorConfigs, type VendorConfigs } from "./vendors.js";

/**
 * HESABGRAPH_TENANTS_FILE: several tenants in one deployment. A JSON file:
 *
 *     {
 *       "tenants": {
 *         "shop-a": { "TAHESAB_URL": "https://192.168.1.20:8081/", "TAHESAB_TOKEN": "…", "TAHESAB_CERT_SHA256": "…" },
 *         "shop-b": { "HESABFA_API_KEY": "…", "HESABFA_LOGIN_TOKEN": "…" }
 *       },
 *       "keys": [
 *         { "name": "shop-a-pos", "tenant": "shop-a", "access": "read-write", "sha256": "…" },
 *         { "name": "shop-b-bi", "tenant": "shop-b", "access": "read", "sha256": "…" }
 *       ]
 *     }
 *
 * Each tenant's vendors are configured with the same variables as the
 * environment (README, "Configuration"), read the same way; a tenant
 * inherits nothing from the environment. The file holds vendor secrets: it
 * should be readable by its owner only (a warning says so otherwise).
 */
export interface TenantSettings {
  id: string;
  vendors: VendorConfigs;
}

export interface TenantsFile {
  tenants: TenantSettings[];
  keys: ApiKey[];
  /** Set when others than the owner may read the file. */
  warning?: string;
}

const VARIABLE = "HESABGRAPH_TENANTS_FILE";
const TENANT_ID = /^[a-z0-9][a-z0-9_-]{0,62}$/;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function fail(problem: string): never {
  throw new ConfigError(VARIABLE, problem);
}

/** A tenant's variables, as an environment: every value a string. */
function tenantEnv(id: string, entry: unknown): Env {
  if (!isObject(entry)) fail(`tenant "${id}" must be an object of variables, such as { "TAHESAB_URL": "https://192.168.1.20:8081/", "TAHESAB_TOKEN": "…" }`);
  const env: Env = {};
  for (const [name, value] of Object.entries(entry)) {
    if (!/^(TAHESAB|HESABFA|HESABIT)_[A-Z0-9_]+$/.test(name)) {
      fail(`tenant "${id}": ${JSON.stringify(name.slice(0, 40))} is not a vendor variable (TAHESAB_…, HESABFA_… or HESABIT_…); server settings stay in the environment`);
    }
    if (typeof value !== "string" && typeof value !== "number") fail(`tenant "${id}": ${name} must be a string, such as "15000"`);
    env[name] = String(value);
  }
  return env;
}

/** Reads and checks the file; ConfigError naming HESABGRAPH_TENANTS_FILE, the tenant and the variable when something is wrong. */
export function readTenantsFile(path: string): TenantsFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}): give the path of the tenants JSON file (README, "Running on a network")`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // The parser's message may quote the file, and the file holds secrets.
    fail("is not valid JSON; see README, \"Running on a network\", for an example");
  }
  if (!isObject(parsed) || !isObject(parsed.tenants) || !Array.isArray(parsed.keys)) {
    fail('must hold a JSON object with "tenants" (an object: tenant id → its vendor variables) and "keys" (a list of API keys); see README, "Running on a network"');
  }
  const tenants: TenantSettings[] = [];
  for (const [id, entry] of Object.entries(parsed.tenants)) {
    if (!TENANT_ID.test(id) || id === "default") {
      fail(`tenant id ${JSON.stringify(id.slice(0, 40))} must be 1 to 63 lowercase letters, digits, "_" or "-" (such as shop-a), and not "default" (the environment's tenant)`);
    }
    try {
      tenants.push({ id, vendors: readVendorConfigs(tenantEnv(id, entry)) });
    } catch (error) {
      if (error instanceof ConfigError && error.variable !== VARIABLE) fail(`tenant "${id}": ${error.message}`);
      throw error;
    }
  }
  const ids = new Set(tenants.map((t) => t.id));
  const keys = parsed.keys.map((entry: unknown, index: number) => {
    const where = `keys[${index}]`;
    if (!isObject(entry)) fail(`${where} must be an object such as { "name": "pos", "tenant": "shop-a", "access": "read-write", "sha256": "…" }`);
    const metricsOnly = entry.access === "metrics";
    const tenant = typeof entry.tenant === "string" ? entry.tenant : metricsOnly ? "default" : "";
    if (!metricsOnly && !ids.has(tenant)) fail(`${where}: "tenant" must name a tenant of the file (${[...ids].join(", ") || "none defined"}); got ${JSON.stringify(String(entry.tenant ?? "").slice(0, 40))}`);
    return apiKey(VARIABLE, where, { name: entry.name, tenant, access: entry.access, sha256: entry.sha256 });
  });
  for (const id of ids) {
    if (!keys.some((key) => key.tenant === id)) fail(`tenant "${id}" has no key in "keys": nobody could reach it`);
  }
  let warning: string | undefined;
  try {
    if ((statSync(path).mode & 0o077) !== 0) warning = `${VARIABLE}: the file holds vendor secrets and others than its owner may read it; chmod 600 it`;
  } catch {
    warning = undefined;
  }
  return { tenants, keys, warning };
}
