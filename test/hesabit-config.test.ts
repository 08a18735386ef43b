import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";

// The HESABIT_* variables (README, "Configuration").

const client = { HESABIT_CLIENT_ID: "5731b82a-346c-4a37-8801-087d2e65ec48", HESABIT_CLIENT_SECRET: "5731b82a-9f3c-4d11-a2b0-087d2e65ec48" };

describe("Hesabit's configuration", () => {
  it("defaults to Hesabit's own addresses, the token endpoint beside the API's version folder, 20,000 a day", () => {
    const config = loadConfig(client);
    expect(config.sandbox).toBe(false);
    expect(config.vendors.HESABIT).toEqual({
      apiUrl: "https://api.hesabit.com/v1/",
      authUrl: "https://www.hesabit.com/oauth2/",
      tokenUrl: "https://api.hesabit.com/oauth2/token",
      clientId: client.HESABIT_CLIENT_ID,
      clientSecret: client.HESABIT_CLIENT_SECRET,
      redirectUri: undefined,
      refreshToken: undefined,
      dailyQuota: 20000,
      timeoutMs: 15000,
      concurrency: 4,
    });
  });

  it("derives the token endpoint from another API base, and takes every variable", () => {
    const config = loadConfig({
      ...client,
      HESABIT_API_URL: "http://127.0.0.1:9000/v1",
      HESABIT_AUTH_URL: "http://127.0.0.1:9000/oauth2",
      HESABIT_REDIRECT_URI: "https://graph.example/auth/hesabit/callback",
      HESABIT_REFRESH_TOKEN: "12fea35c-98cc-4aac-a1cb-2eb82e61ec11",
      HESABIT_DAILY_QUOTA: "500",
      HESABIT_TIMEOUT_MS: "2500",
      HESABIT_CONCURRENCY: "8",
    });
    expect(config.vendors.HESABIT).toMatchObject({
      apiUrl: "http://127.0.0.1:9000/v1/",
      authUrl: "http://127.0.0.1:9000/oauth2/",
      tokenUrl: "http://127.0.0.1:9000/oauth2/token",
      redirectUri: "https://graph.example/auth/hesabit/callback",
      refreshToken: "12fea35c-98cc-4aac-a1cb-2eb82e61ec11",
      dailyQuota: 500,
      timeoutMs: 2500,
      concurrency: 8,
    });
    expect(loadConfig({ ...client, HESABIT_TOKEN_URL: "https://auth.example/token" }).vendors.HESABIT).toMatchObject({ tokenUrl: "https://auth.example/token" });
  });

  const bad: Array<[Record<string, string>, string]> = [
    [{ HESABIT_REFRESH_TOKEN: "12fea35c-98cc-4aac-a1cb-2eb82e61ec11" }, "HESABIT_CLIENT_ID"],
    [{ HESABIT_CLIENT_SECRET: "5731b82a-9f3c" }, "HESABIT_CLIENT_ID"],
    [{ ...client, HESABIT_REDIRECT_URI: "https://graph.example/oauth/back" }, "HESABIT_REDIRECT_URI"],
    [{ ...client, HESABIT_REDIRECT_URI: "graph.example/auth/hesabit/callback" }, "HESABIT_REDIRECT_URI"],
    [{ ...client, HESABIT_TOKEN_URL: "ftp://auth.example/token" }, "HESABIT_TOKEN_URL"],
    [{ ...client, HESABIT_DAILY_QUOTA: "0" }, "HESABIT_DAILY_QUOTA"],
    [{ ...client, HESABIT_CONCURRENCY: "65" }, "HESABIT_CONCURRENCY"],
    [{ ...client, HESABIT_TIMEOUT_MS: "fast" }, "HESABIT_TIMEOUT_MS"],
    [{ ...client, HESABIT_REFRESH_TOKEN: "two words" }, "HESABIT_REFRESH_TOKEN"],
  ];
  for (const [env, variable] of bad) {
    it(`refuses ${JSON.stringify(env).slice(0, 120)} naming ${variable}, never repeating a secret`, () => {
      let error: unknown;
      try {
        loadConfig(env);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).variable).toBe(variable);
      for (const [name, value] of Object.entries(env)) {
        if (/TOKEN$|SECRET|CLIENT_ID/.test(name)) expect((error as Error).message).not.toContain(value);
      }
    });
  }
});
