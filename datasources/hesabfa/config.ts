import { ConfigError, integer, secret, url, type Env } from "../../src/core/env.js";

/** A Hesabfa business, from the HESABFA_* variables (README, "Configuration"). */
export interface HesabfaConfig {
  url: string;
  apiKey: string;
  loginToken?: string;
  userId?: string;
  password?: string;
  /** The fiscal year chosen by the user (1 for the first); absent: the latest, as every official client does. */
  yearId?: number;
  timeoutMs: number;
  /** Calls allowed per rolling window toward the Hesabfa host (the vendor counts per IP). */
  rateLimit: number;
  rateWindowMs: number;
  /** How long a call may queue for the limiter before VENDOR_RATE_LIMITED. */
  rateMaxWaitMs: number;
  /** Rows per list call when a connection pages underneath. */
  pageSize: number;
  /** Codes per lookup call (one list call with an `in` filter). */
  batchSize: number;
  /** The secret path segment of the change-hook receiver; without it no receiver is served. */
  hookSecret?: string;
  /** The password Hesabfa sends in each hook call. */
  hookPassword?: string;
  /** hesabgraph's public base URL; with it the hook is registered at start-up. */
  publicUrl?: string;
  /** Pulls the change feed every this many ms (0: only when nudged by the hook or asked). */
  changesPollMs: number;
}

const HOOK_SECRET = /^[A-Za-z0-9_-]{16,200}$/;

/** Hesabfa's settings, or undefined when it is not configured; ConfigError naming the variable otherwise. */
export function readHesabfaConfig(env: Env): HesabfaConfig | undefined {
  const apiKey = secret(env, "HESABFA_API_KEY");
  const loginToken = secret(env, "HESABFA_LOGIN_TOKEN");
  const userId = secret(env, "HESABFA_USER_ID");
  const password = secret(env, "HESABFA_PASSWORD");
  if (!apiKey) {
    for (const name of ["HESABFA_LOGIN_TOKEN", "HESABFA_USER_ID", "HESABFA_PASSWORD"]) {
      if (env[name]?.trim()) throw new ConfigError("HESABFA_API_KEY", `is required when ${name} is set (Hesabfa: Settings, Financial settings, API)`);
    }
    return undefined;
  }
  if (!loginToken && !(userId && password)) {
    throw new ConfigError("HESABFA_LOGIN_TOKEN", "or HESABFA_USER_ID with HESABFA_PASSWORD is required with HESABFA_API_KEY");
  }
  const hookSecret = secret(env, "HESABFA_HOOK_SECRET");
  const hookPassword = secret(env, "HESABFA_HOOK_PASSWORD");
  if (hookSecret !== undefined && !HOOK_SECRET.test(hookSecret)) {
    throw new ConfigError("HESABFA_HOOK_SECRET", "must be 16 to 200 letters, digits, - or _ (it becomes part of the hook's URL)");
  }
  if (hookSecret && !hookPassword) throw new ConfigError("HESABFA_HOOK_PASSWORD", "is required with HESABFA_HOOK_SECRET (Hesabfa sends it with every change)");
  if (hookPassword && !hookSecret) throw new ConfigError("HESABFA_HOOK_SECRET", "is required with HESABFA_HOOK_PASSWORD (the secret part of the hook's URL)");
  const publicUrl = url(env, "HESABFA_PUBLIC_URL", { schemes: ["https", "http"], example: "https://graph.example.com" });
  if (publicUrl && !hookSecret) throw new ConfigError("HESABFA_HOOK_SECRET", "is required with HESABFA_PUBLIC_URL (the hook's URL is <public URL>/hooks/hesabfa/<secret>)");
  const rateWindowMs = integer(env, "HESABFA_RATE_WINDOW_MS", 100, 3_600_000, 60_000);
  return {
    url: url(env, "HESABFA_URL", { schemes: ["https", "http"], example: "https://api.hesabfa.com/v1/" }, "https://api.hesabfa.com/v1/")!.replace(/\/?$/, "/"),
    apiKey,
    loginToken,
    userId,
    password,
    yearId: integer(env, "HESABFA_YEAR_ID", 1, 1000),
    timeoutMs: integer(env, "HESABFA_TIMEOUT_MS", 1, 600_000, 30_000),
    rateLimit: integer(env, "HESABFA_RATE_LIMIT", 1, 100_000, 50),
    rateWindowMs,
    rateMaxWaitMs: integer(env, "HESABFA_RATE_MAX_WAIT_MS", 0, 3_600_000, 15_000),
    pageSize: integer(env, "HESABFA_PAGE_SIZE", 1, 1000, 200),
    batchSize: integer(env, "HESABFA_BATCH_SIZE", 1, 1000, 100),
    hookSecret,
    hookPassword,
    publicUrl: publicUrl?.replace(/\/+$/, ""),
    changesPollMs: integer(env, "HESABFA_CHANGES_POLL_MS", 0, 86_400_000, 0),
  };
}

/** The hook receiver's path for a secret: `/hooks/hesabfa/<secret>`. */
export const hookPath = (secretSegment: string) => `/hooks/hesabfa/${secretSegment}`;

/** Two tenants with one hook secret would send every change to the first of them only: refused at start. */
export function checkHesabfaTenants(configs: Array<[tenantId: string, config: HesabfaConfig]>): void {
  const owners = new Map<string, string>();
  for (const [tenantId, config] of configs) {
    if (!config.hookSecret) continue;
    const first = owners.get(config.hookSecret);
    if (first !== undefined) {
      throw new ConfigError("HESABFA_HOOK_SECRET", `is the same for tenants "${first}" and "${tenantId}": give each tenant a secret of its own, or Hesabfa's changes reach only one of them`);
    }
    owners.set(config.hookSecret, tenantId);
  }
}
