import { readFileSync } from "node:fs";
import { z } from "zod";

/**
 * Configuration, read once from the environment at start-up. Every variable is
 * listed in README.md ("Configuration"); a bad value stops the start with a
 * message naming the variable. Secrets are kept here and never logged.
 */
export interface TahesabConfig {
  url: string;
  token: string;
  dbName: string;
  /** PEM of a CA (or the self-signed certificate itself) to trust. */
  caPem?: string;
  /** Pinned SHA-256 fingerprint of the server certificate, uppercase hex with colons. */
  certSha256?: string;
  timeoutMs: number;
  batchSize: number;
}

export interface HesabfaConfig {
  url: string;
  apiKey: string;
  loginToken?: string;
  userId?: string;
  password?: string;
  yearId?: number;
}

export interface HesabitConfig {
  apiUrl: string;
  authUrl: string;
  clientId: string;
  clientSecret: string;
  redirectUri?: string;
}

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
  tahesab?: TahesabConfig;
  hesabfa?: HesabfaConfig;
  hesabit?: HesabitConfig;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`Configuration error in ${variable}: ${problem}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

const bool = z.enum(["1", "0", "true", "false", "yes", "no"]).transform((v) => ["1", "true", "yes"].includes(v));
const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = (max: number) => z.coerce.number().int().min(1).max(max);
const url = z.url({ protocol: /^https?$/ });

function read<T>(env: Env, name: string, schema: z.ZodType<T>, fallback?: T): T | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const parsed = schema.safeParse(raw.trim());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // Never echo the value back: it may be a secret.
    throw new ConfigError(name, issue?.message ?? "invalid value");
  }
  return parsed.data;
}

function text(env: Env, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw.trim() === "" ? undefined : raw.trim();
}

/** Accepts `AB:CD:…` or plain hex, any case; returns uppercase with colons. */
export function normaliseFingerprint(value: string): string | undefined {
  const hex = value.replace(/[:\s]/g, "").toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return undefined;
  return hex.match(/../g)!.join(":");
}

function tahesabConfig(env: Env): TahesabConfig | undefined {
  const tahesabUrl = read(env, "TAHESAB_URL", url);
  const token = text(env, "TAHESAB_TOKEN");
  const dbName = text(env, "TAHESAB_DB");
  const caFile = text(env, "TAHESAB_CA_FILE");
  const pinRaw = text(env, "TAHESAB_CERT_SHA256");
  if (!tahesabUrl && !token) {
    for (const name of ["TAHESAB_DB", "TAHESAB_CA_FILE", "TAHESAB_CERT_SHA256"]) {
      if (text(env, name)) throw new ConfigError(name, "is set but TAHESAB_URL and TAHESAB_TOKEN are not");
    }
    return undefined;
  }
  if (!tahesabUrl) throw new ConfigError("TAHESAB_URL", "is required when TAHESAB_TOKEN is set");
  if (!token) throw new ConfigError("TAHESAB_TOKEN", "is required when TAHESAB_URL is set");
  if (/\s/.test(token)) throw new ConfigError("TAHESAB_TOKEN", "must not contain white space");
  if (!tahesabUrl.startsWith("https://")) throw new ConfigError("TAHESAB_URL", "must be an https:// URL (Tahesab serves HTTPS only)");
  if (dbName !== undefined && !/^[A-Za-z0-9_\-]{1,64}$/.test(dbName)) {
    throw new ConfigError("TAHESAB_DB", "must be a database or folder name such as DB, DB1, TahesabDB");
  }
  let caPem: string | undefined;
  if (caFile) {
    try {
      caPem = readFileSync(caFile, "utf8");
    } catch (error) {
      throw new ConfigError("TAHESAB_CA_FILE", `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
    if (!caPem.includes("-----BEGIN CERTIFICATE-----")) throw new ConfigError("TAHESAB_CA_FILE", "holds no PEM certificate");
  }
  let certSha256: string | undefined;
  if (pinRaw) {
    certSha256 = normaliseFingerprint(pinRaw);
    if (!certSha256) throw new ConfigError("TAHESAB_CERT_SHA256", "must be a SHA-256 fingerprint: 64 hex digits, colons optional");
  }
  return {
    url: tahesabUrl,
    token,
    dbName: dbName ?? "DB",
    caPem,
    certSha256,
    timeoutMs: read(env, "TAHESAB_TIMEOUT_MS", positiveInt(600_000), 15_000)!,
    batchSize: read(env, "TAHESAB_BATCH_SIZE", positiveInt(1000), 100)!,
  };
}

function hesabfaConfig(env: Env): HesabfaConfig | undefined {
  const apiKey = text(env, "HESABFA_API_KEY");
  const loginToken = text(env, "HESABFA_LOGIN_TOKEN");
  const userId = text(env, "HESABFA_USER_ID");
  const password = text(env, "HESABFA_PASSWORD");
  if (!apiKey) {
    for (const name of ["HESABFA_LOGIN_TOKEN", "HESABFA_USER_ID", "HESABFA_PASSWORD"]) {
      if (text(env, name)) throw new ConfigError("HESABFA_API_KEY", `is required when ${name} is set`);
    }
    return undefined;
  }
  if (!loginToken && !(userId && password)) {
    throw new ConfigError("HESABFA_LOGIN_TOKEN", "or HESABFA_USER_ID with HESABFA_PASSWORD is required with HESABFA_API_KEY");
  }
  return {
    url: read(env, "HESABFA_URL", url, "https://api.hesabfa.com/v1/")!,
    apiKey,
    loginToken,
    userId,
    password,
    yearId: read(env, "HESABFA_YEAR_ID", positiveInt(1000)),
  };
}

function hesabitConfig(env: Env): HesabitConfig | undefined {
  const clientId = text(env, "HESABIT_CLIENT_ID");
  const clientSecret = text(env, "HESABIT_CLIENT_SECRET");
  if (!clientId && !clientSecret) return undefined;
  if (!clientId) throw new ConfigError("HESABIT_CLIENT_ID", "is required when HESABIT_CLIENT_SECRET is set");
  if (!clientSecret) throw new ConfigError("HESABIT_CLIENT_SECRET", "is required when HESABIT_CLIENT_ID is set");
  return {
    apiUrl: read(env, "HESABIT_API_URL", url, "https://api.hesabit.com/v1/")!,
    authUrl: read(env, "HESABIT_AUTH_URL", url, "https://www.hesabit.com/oauth2/")!,
    clientId,
    clientSecret,
    redirectUri: read(env, "HESABIT_REDIRECT_URI", url),
  };
}

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
        `must be * or a comma-separated list of origins (scheme://host[:port], e.g. https://app.example); entry ${index + 1} is not one`,
      );
    }
    return origin;
  });
}

/** Reads and validates the whole configuration; throws ConfigError naming the variable. */
export function loadConfig(env: Env = process.env): Config {
  const tahesab = tahesabConfig(env);
  const hesabfa = hesabfaConfig(env);
  const hesabit = hesabitConfig(env);
  const sandboxFlag = read(env, "HESABGRAPH_SANDBOX", bool);
  const anyVendor = Boolean(tahesab || hesabfa || hesabit);
  return {
    port: read(env, "PORT", port, 4000)!,
    host: text(env, "HOST") ?? "0.0.0.0",
    sandbox: sandboxFlag ?? !anyVendor,
    introspection: read(env, "HESABGRAPH_INTROSPECTION", bool, true)!,
    logLevel: read(env, "LOG_LEVEL", z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]), "info")!,
    corsOrigins: corsOrigins(env),
    maxCodes: read(env, "HESABGRAPH_MAX_CODES", positiveInt(100_000), 1000)!,
    maxAliases: read(env, "HESABGRAPH_MAX_ALIASES", positiveInt(100_000), 200)!,
    shutdownTimeoutMs: read(env, "HESABGRAPH_SHUTDOWN_TIMEOUT_MS", positiveInt(600_000), 10_000)!,
    stateDir: text(env, "HESABGRAPH_STATE_DIR") ?? ".hesabgraph",
    redisUrl: read(env, "REDIS_URL", z.url({ protocol: /^rediss?$/ })),
    tahesab,
    hesabfa,
    hesabit,
  };
}
