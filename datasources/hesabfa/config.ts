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
}

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
  return {
    url: url(env, "HESABFA_URL", { schemes: ["https", "http"], example: "https://api.hesabfa.com/v1/" }, "https://api.hesabfa.com/v1/")!,
    apiKey,
    loginToken,
    userId,
    password,
    yearId: integer(env, "HESABFA_YEAR_ID", 1, 1000),
  };
}
