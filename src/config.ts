import { ConfigError, flag, integer, oneOf, text, url, type Env } from "./core/env.js";
import { readVendorConfigs, type VendorConfigs } from "./vendors.js";

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
  logLevel: string;
  /** Browser origins allowed to call /graphql across origins; ["*"] for any, [] for none (same origin only). */
  corsOrigins: string[];
  /** Most aliases one operation may use (each alias can be a vendor call). */
  maxAliases: number;
  /** Longest list of codes one argument may carry. */
  maxCodes: number;
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

/** Reads and validates the whole configuration; throws ConfigError naming the variable. */
export function loadConfig(env: Env = process.env): Config {
  const vendors = readVendorConfigs(env);
  const sandboxFlag = flag(env, "HESABGRAPH_SANDBOX");
  return {
    port: integer(env, "PORT", 0, 65535, 4000),
    host: text(env, "HOST") ?? "0.0.0.0",
    sandbox: sandboxFlag ?? Object.keys(vendors).length === 0,
    introspection: flag(env, "HESABGRAPH_INTROSPECTION", true),
    logLevel: oneOf(env, "LOG_LEVEL", LOG_LEVELS, "info"),
    corsOrigins: corsOrigins(env),
    maxCodes: integer(env, "HESABGRAPH_MAX_CODES", 1, 100_000, 1000),
    maxAliases: integer(env, "HESABGRAPH_MAX_ALIASES", 1, 100_000, 200),
    shutdownTimeoutMs: integer(env, "HESABGRAPH_SHUTDOWN_TIMEOUT_MS", 1, 600_000, 10_000),
    stateDir: text(env, "HESABGRAPH_STATE_DIR") ?? ".hesabgraph",
    redisUrl: url(env, "REDIS_URL", { schemes: ["redis", "rediss"], example: "redis://127.0.0.1:6379", secret: true }),
    vendors,
  };
}
