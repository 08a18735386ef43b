import { ConfigError, secret, url, type Env } from "../../src/core/env.js";

/** A Hesabit OAuth client, from the HESABIT_* variables (README, "Configuration"). */
export interface HesabitConfig {
  apiUrl: string;
  authUrl: string;
  clientId: string;
  clientSecret: string;
  redirectUri?: string;
}

/** Hesabit's settings, or undefined when it is not configured; ConfigError naming the variable otherwise. */
export function readHesabitConfig(env: Env): HesabitConfig | undefined {
  const clientId = secret(env, "HESABIT_CLIENT_ID");
  const clientSecret = secret(env, "HESABIT_CLIENT_SECRET");
  if (!clientId && !clientSecret) return undefined;
  if (!clientId) throw new ConfigError("HESABIT_CLIENT_ID", "is required when HESABIT_CLIENT_SECRET is set (the client made in Hesabit's panel)");
  if (!clientSecret) throw new ConfigError("HESABIT_CLIENT_SECRET", "is required when HESABIT_CLIENT_ID is set (the client made in Hesabit's panel)");
  return {
    apiUrl: url(env, "HESABIT_API_URL", { schemes: ["https", "http"], example: "https://api.hesabit.com/v1/" }, "https://api.hesabit.com/v1/")!,
    authUrl: url(env, "HESABIT_AUTH_URL", { schemes: ["https", "http"], example: "https://www.hesabit.com/oauth2/" }, "https://www.hesabit.com/oauth2/")!,
    clientId,
    clientSecret,
    redirectUri: url(env, "HESABIT_REDIRECT_URI", { schemes: ["https", "http"], example: "https://graph.example/auth/hesabit/callback" }),
  };
}
