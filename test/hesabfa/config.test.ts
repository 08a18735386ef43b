import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/core/env.js";
import { thrown } from "../support/thrown.js";
import { hookPath, readHesabfaConfig } from "../../datasources/hesabfa/config.js";

/** HESABFA_* read (datasources/hesabfa/config.ts): defaults, and each refusal naming its variable and what to set. */

const base = { HESABFA_API_KEY: "key-1", HESABFA_LOGIN_TOKEN: "token-1" };
const hook = { HESABFA_HOOK_SECRET: "s".repeat(16), HESABFA_HOOK_PASSWORD: "hook-pass" };
const refusal = (env: Record<string, string>): string => thrown(ConfigError, () => readHesabfaConfig(env)).message;

describe("Hesabfa's configuration", () => {
  it("is absent without an API key; with one, these defaults", () => {
    expect(readHesabfaConfig({})).toBeUndefined();
    expect(readHesabfaConfig(base)).toEqual({
      url: "https://api.hesabfa.com/v1/",
      apiKey: "key-1",
      loginToken: "token-1",
      userId: undefined,
      password: undefined,
      yearId: undefined,
      timeoutMs: 30_000,
      rateLimit: 50,
      rateWindowMs: 60_000,
      rateMaxWaitMs: 15_000,
      pageSize: 200,
      batchSize: 100,
      hookSecret: undefined,
      hookPassword: undefined,
      publicUrl: undefined,
      changesPollMs: 0,
    });
  });

  it("reads every setting given; the URL ends in one slash, the public URL in none", () => {
    const config = readHesabfaConfig({
      HESABFA_API_KEY: "key-2", HESABFA_USER_ID: "user@example.com", HESABFA_PASSWORD: "pw", HESABFA_URL: "http://127.0.0.1:9000/v1",
      HESABFA_YEAR_ID: "3", HESABFA_TIMEOUT_MS: "1000", HESABFA_RATE_LIMIT: "40", HESABFA_RATE_WINDOW_MS: "100", HESABFA_RATE_MAX_WAIT_MS: "0",
      HESABFA_PAGE_SIZE: "1000", HESABFA_BATCH_SIZE: "1", HESABFA_CHANGES_POLL_MS: "86400000", HESABFA_PUBLIC_URL: "https://graph.example.com//", ...hook,
    });
    expect(config).toEqual({
      url: "http://127.0.0.1:9000/v1/", apiKey: "key-2", loginToken: undefined, userId: "user@example.com", password: "pw", yearId: 3,
      timeoutMs: 1000, rateLimit: 40, rateWindowMs: 100, rateMaxWaitMs: 0, pageSize: 1000, batchSize: 1, changesPollMs: 86_400_000,
      hookSecret: "s".repeat(16), hookPassword: "hook-pass", publicUrl: "https://graph.example.com",
    });
    expect(readHesabfaConfig({ ...base, HESABFA_URL: "https://h.example/v1/" })!.url).toBe("https://h.example/v1/");
  });

  it.each(["HESABFA_LOGIN_TOKEN", "HESABFA_USER_ID", "HESABFA_PASSWORD"])("%s without an API key is refused", (name) => {
    expect(refusal({ [name]: "x" })).toBe(`HESABFA_API_KEY is required when ${name} is set (Hesabfa: Settings, Financial settings, API)`);
  });

  it("an API key needs a login token, or a user id with its password", () => {
    const message = "HESABFA_LOGIN_TOKEN or HESABFA_USER_ID with HESABFA_PASSWORD is required with HESABFA_API_KEY";
    expect(refusal({ HESABFA_API_KEY: "k" })).toBe(message);
    expect(refusal({ HESABFA_API_KEY: "k", HESABFA_USER_ID: "u" })).toBe(message);
    expect(refusal({ HESABFA_API_KEY: "k", HESABFA_PASSWORD: "p" })).toBe(message);
  });

  it("a hook secret of 16 to 200 letters, digits, - and _, with its password, both ways", () => {
    expect(readHesabfaConfig({ ...base, ...hook, HESABFA_HOOK_SECRET: "a-b_C".repeat(40) })!.hookSecret).toBe("a-b_C".repeat(40));
    const shape = "HESABFA_HOOK_SECRET must be 16 to 200 letters, digits, - or _ (it becomes part of the hook's URL)";
    expect(refusal({ ...base, ...hook, HESABFA_HOOK_SECRET: "s".repeat(15) })).toBe(shape);
    expect(refusal({ ...base, ...hook, HESABFA_HOOK_SECRET: "s".repeat(201) })).toBe(shape);
    expect(refusal({ ...base, ...hook, HESABFA_HOOK_SECRET: `${"s".repeat(16)}/x` })).toBe(shape);
    expect(refusal({ ...base, HESABFA_HOOK_SECRET: hook.HESABFA_HOOK_SECRET })).toBe(
      "HESABFA_HOOK_PASSWORD is required with HESABFA_HOOK_SECRET (Hesabfa sends it with every change)",
    );
    expect(refusal({ ...base, HESABFA_HOOK_PASSWORD: "p" })).toBe("HESABFA_HOOK_SECRET is required with HESABFA_HOOK_PASSWORD (the secret part of the hook's URL)");
  });

  it("a public URL needs the hook's secret", () => {
    expect(refusal({ ...base, HESABFA_PUBLIC_URL: "https://graph.example.com" })).toBe(
      "HESABFA_HOOK_SECRET is required with HESABFA_PUBLIC_URL (the hook's URL is <public URL>/hooks/hesabfa/<secret>)",
    );
  });

  it("the hook is served under /hooks/hesabfa/<secret>", () => {
    expect(hookPath("abc")).toBe("/hooks/hesabfa/abc");
  });
});
