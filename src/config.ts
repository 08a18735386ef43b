import { isIP } from "node:net";
import { KeyRing, parseKeyList } from "./auth/api-keys.js";
import { ConfigError, flag, integer, oneOf, text, url, type Env } from "./core/env.js";
import { readTenantsFile, type TenantSettings } from "./tenants-file.js";
import { checkTenantConfigs, readVendorConfigs, type VendorConfigs } from "./vendors.js";

export { ConfigError };

/**
 * Configuration, read once from the environment at start-up. Every variable is
 * listed in README.md ("Configuration"); a bad value stops the start with a
 * message naming the variable. Secrets are kept here and never logged.
 */
export interface Config {
  port: number;
  host: string;
  /** True when simulated vendors are started in-process (see src/main.ts). */
  sandbox: boolean;
  introspection: boolean;
  /** The GraphiQL page at GET /graphql. */
  graphiql: boolean;
  logLevel: string;
  /** Browser origins allowed to call /graphql across origins; ["*"] for any, [] for none (same origin only). */
  corsOrigins: string[];
  /** Most aliases one operation may use (each alias can be a vendor call). */
  maxAliases: number;
  /** Longest list of codes one argument may carry. */
  maxCodes: number;
  /** Most rows one connection page (`first`) may ask for. */
  maxPageSize: number;
  /** Most cost points one operation may add up to (src/cost.ts). */
  maxCost: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** Refuse writes that carry no idempotencyKey. */
  requireIdempotencyKey: boolean;
  /** The API keys (HESABGRAPH_API_KEYS and the tenants file); none: no authentication. */
  keys: KeyRing;
  /** HESABGRAPH_ALLOW_UNAUTHENTICATED: serve a non-loopback address without keys. */
  allowUnauthenticated: boolean;
  /** Every tenant: `default` (from the environment) first, then the tenants file's. */
  tenants: TenantSettings[];
  /** Said once at start-up (a tenants file others may read). */
  warnings: string[];
  shutdownTimeoutMs: number;
  stateDir: string;
  redisUrl?: string;
  /** The settings of each configured vendor (the default tenant's). */
  vendors: VendorConfigs;
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** `https://shop.example, http://localhost:5173` or `*`; each an origin (scheme, host, port), nothing more. */
function corsOrigins(env: Env): string[] {
  const raw = text(env, "HESABGRAPH_CORS_ORIGINS");
  if (!raw) return [];
  if (raw === "*") return ["*"];
  return raw.split(",").map((entry, index) => {
    const origin = entry.trim().replace(/\/$/, "");
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError(
        "HESABGRAPH_CORS_ORIGINS",
        `must be * or a comma-separated list of origins (scheme://host[:port], e.g. https://app.example); entry ${index + 1} ` +
          `(${JSON.stringify(entry.trim().slice(0, 60))}) is not one`,
      );
    }
    return origin;
  });
}

/** 127.0.0.1 (any 127.x), ::1 or localhost: reachable from this machine only. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  return bare === "localhost" || bare === "::1" || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

/** An interface address or a host name; unset: loopback without keys, every interface with them. */
function host(env: Env, withKeys: boolean): string {
  const raw = text(env, "HOST");
  if (raw === undefined) return withKeys ? "0.0.0.0" : "127.0.0.1";
  const bare = raw.replace(/^\[|\]$/g, "");
  if (isIP(bare) === 0 && !/^[A-Za-z0-9]([A-Za-z0-9.-]{0,252})$/.test(raw)) {
    throw new ConfigError("HOST", `must be an interface address or a host name, such as 127.0.0.1 (this machine only) or 0.0.0.0 (every interface) (got ${JSON.stringify(raw.slice(0, 60))})`);
  }
  return bare;
}

/** Reads and validates the whole configuration; throws ConfigError naming the variable. */
export function loadConfig(env: Env = process.env): Config {
  const vendors = readVendorConfigs(env);
  const sandboxFlag = flag(env, "HESABGRAPH_SANDBOX");
  const tenantsPath = text(env, "HESABGRAPH_TENANTS_FILE");
  const file = tenantsPath ? readTenantsFile(tenantsPath) : undefined;
  const keys = [...parseKeyList("HESABGRAPH_API_KEYS", text(env, "HESABGRAPH_API_KEYS"), "default"), ...(file?.keys ?? [])];
  const seen = new Set<string>();
  for (const key of keys) {
    const hex = key.sha256.toString("hex");
    if (seen.has(hex)) throw new ConfigError("HESABGRAPH_API_KEYS", `key "${key.name}" has the same hash as another key: give every client a key of its own (\`npm run --silent key\`)`);
    seen.add(hex);
  }
  const allowUnauthenticated = flag(env, "HESABGRAPH_ALLOW_UNAUTHENTICATED", false);
  const listenOn = host(env, keys.length > 0);
  if (keys.length === 0 && !isLoopback(listenOn) && !allowUnauthenticated) {
    throw new ConfigError(
      "HOST",
      `is ${listenOn}, which other machines can reach, but no API key is configured: anyone on the network could read and write the books ` +
        "through hesabgraph. Configure keys (HESABGRAPH_API_KEYS or HESABGRAPH_TENANTS_FILE; `npm run --silent key` makes one), " +
        "or listen on this machine only (leave HOST unset, or HOST=127.0.0.1), or, when something in front of hesabgraph already checks " +
        "who may ask, set HESABGRAPH_ALLOW_UNAUTHENTICATED=1",
    );
  }
  const introspection = flag(env, "HESABGRAPH_INTROSPECTION", true);
  const tenants = [{ id: "default", vendors }, ...(file?.tenants ?? [])];
  checkTenantConfigs(tenants);
  return {
    port: integer(env, "PORT", 0, 65535, 4000),
    host: listenOn,
    sandbox: sandboxFlag ?? (Object.keys(vendors).length === 0 && !file?.tenants.length),
    introspection,
    graphiql: flag(env, "HESABGRAPH_GRAPHIQL", true),
    logLevel: oneOf(env, "LOG_LEVEL", LOG_LEVELS, "info"),
    corsOrigins: corsOrigins(env),
    maxCodes: integer(env, "HESABGRAPH_MAX_CODES", 1, 100_000, 1000),
    maxAliases: integer(env, "HESABGRAPH_MAX_ALIASES", 1, 100_000, 200),
    maxPageSize: integer(env, "HESABGRAPH_MAX_PAGE_SIZE", 1, 1000, 1000),
    maxCost: integer(env, "HESABGRAPH_MAX_COST", 1, 10_000_000, 20_000),
    maxBodyBytes: integer(env, "HESABGRAPH_MAX_BODY_BYTES", 1024, 100 * 1024 * 1024, 2 * 1024 * 1024),
    requireIdempotencyKey: flag(env, "HESABGRAPH_REQUIRE_IDEMPOTENCY_KEY", false),
    keys: new KeyRing(keys),
    allowUnauthenticated,
    tenants,
    warnings: file?.warning ? [file.warning] : [],
    shutdownTimeoutMs: integer(env, "HESABGRAPH_SHUTDOWN_TIMEOUT_MS", 1, 600_000, 10_000),
    stateDir: text(env, "HESABGRAPH_STATE_DIR") ?? ".hesabgraph",
    redisUrl: url(env, "REDIS_URL", { schemes: ["redis", "rediss"], example: "redis://127.0.0.1:6379", secret: true }),
    vendors,
  };
}
