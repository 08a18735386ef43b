import { ConfigError, integer, secret, url, type Env } from "../../src/core/env.js";

/** A Hesabit OAuth client, from the HESABIT_* variables (README, "Configuration"). */
export interface HesabitConfig {
  /** The API base, ending in `/` (`https://api.hesabit.com/v1/`). */
  apiUrl: string;
  /** The OAuth base the user's browser is sent to (`https://www.hesabit.com/oauth2/`, + `authorize`). */
  authUrl: string;
  /** Where codes and refresh tokens are exchanged: HESABIT_TOKEN_URL, else `oauth2/token` beside the API's version folder. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** The callback registered with Hesabit; absent: derived from the address the login was opened at. */
  redirectUri?: string;
  /** A refresh token to start from without the browser login (headless deployments). */
  refreshToken?: string;
  /** API calls a day per client id (Hesabit's quota, counted on Tehran days). */
  dailyQuota: number;
  timeoutMs: number;
  /** Most API calls in flight at once from this instance. */
  concurrency: number;
}

/** `https://api.hesabit.com/v1/` → `https://api.hesabit.com/oauth2/token`: the token endpoint sits beside the version folder. */
export function tokenUrlOf(apiUrl: string): string {
  const base = apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/`;
  return new URL("../oauth2/token", base).toString();
}

/** Hesabit's settings, or undefined when it is not configured; ConfigError naming the variable otherwise. */
export function readHesabitConfig(env: Env): HesabitConfig | undefined {
  const clientId = secret(env, "HESABIT_CLIENT_ID");
  const clientSecret = secret(env, "HESABIT_CLIENT_SECRET");
  if (!clientId && !clientSecret) {
    if (env.HESABIT_REFRESH_TOKEN?.trim()) throw new ConfigError("HESABIT_CLIENT_ID", "and HESABIT_CLIENT_SECRET are required when HESABIT_REFRESH_TOKEN is set");
    return undefined;
  }
  if (!clientId) throw new ConfigError("HESABIT_CLIENT_ID", "is required when HESABIT_CLIENT_SECRET is set (the client made in Hesabit's panel)");
  if (!clientSecret) throw new ConfigError("HESABIT_CLIENT_SECRET", "is required when HESABIT_CLIENT_ID is set (the client made in Hesabit's panel)");
  const apiUrl = url(env, "HESABIT_API_URL", { schemes: ["https", "http"], example: "https://api.hesabit.com/v1/" }, "https://api.hesabit.com/v1/")!;
  const authUrl = url(env, "HESABIT_AUTH_URL", { schemes: ["https", "http"], example: "https://www.hesabit.com/oauth2/" }, "https://www.hesabit.com/oauth2/")!;
  const redirectUri = url(env, "HESABIT_REDIRECT_URI", { schemes: ["https", "http"], example: "https://graph.example/auth/hesabit/callback" });
  if (redirectUri && new URL(redirectUri).pathname !== "/auth/hesabit/callback") {
    throw new ConfigError("HESABIT_REDIRECT_URI", `must end in /auth/hesabit/callback, where hesabgraph serves the callback (got ${JSON.stringify(redirectUri.slice(0, 80))})`);
  }
  return {
    apiUrl: apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/`,
    authUrl: authUrl.endsWith("/") ? authUrl : `${authUrl}/`,
    tokenUrl: url(env, "HESABIT_TOKEN_URL", { schemes: ["https", "http"], example: "https://api.hesabit.com/oauth2/token" }) ?? tokenUrlOf(apiUrl),
    clientId,
    clientSecret,
    redirectUri,
    refreshToken: secret(env, "HESABIT_REFRESH_TOKEN"),
    dailyQuota: integer(env, "HESABIT_DAILY_QUOTA", 1, 10_000_000, 20_000),
    timeoutMs: integer(env, "HESABIT_TIMEOUT_MS", 100, 600_000, 15_000),
    concurrency: integer(env, "HESABIT_CONCURRENCY", 1, 64, 4),
  };
}
