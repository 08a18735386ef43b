import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { configRefusal } from "./support/config-refusal.js";

const tahesab = { TAHESAB_URL: "https://127.0.0.1:8081/", TAHESAB_TOKEN: "T0KEN" };

describe("configuration", () => {
  it("starts in sandbox mode with no credentials, on port 4000", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ sandbox: true, port: 4000, introspection: true, vendors: {} });
  });

  it("configures Tahesab from its variables and leaves sandbox mode", () => {
    const config = loadConfig({ ...tahesab, TAHESAB_DB: "TahesabDB1", TAHESAB_CERT_SHA256: "ab".repeat(32) });
    expect(config.sandbox).toBe(false);
    expect(config.vendors.TAHESAB).toMatchObject({ dbName: "TahesabDB1", certSha256: Array(32).fill("AB").join(":") });
  });

  it("reads HESABGRAPH_CORS_ORIGINS as origins (a trailing slash forgiven), or *; none by default", () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ HESABGRAPH_CORS_ORIGINS: "https://shop.example/, http://localhost:5173" }).corsOrigins).toEqual([
      "https://shop.example",
      "http://localhost:5173",
    ]);
    expect(loadConfig({ HESABGRAPH_CORS_ORIGINS: "*" }).corsOrigins).toEqual(["*"]);
  });

  it("HESABGRAPH_SANDBOX=1 forces the sandbox even with credentials", () => {
    expect(loadConfig({ ...tahesab, HESABGRAPH_SANDBOX: "1" }).sandbox).toBe(true);
  });

  const bad: Array<[Record<string, string>, string]> = [
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ HESABGRAPH_SANDBOX: "maybe" }, "HESABGRAPH_SANDBOX"],
    [{ HESABGRAPH_MAX_ALIASES: "0" }, "HESABGRAPH_MAX_ALIASES"],
    [{ HESABGRAPH_CORS_ORIGINS: "shop.example" }, "HESABGRAPH_CORS_ORIGINS"],
    [{ HESABGRAPH_CORS_ORIGINS: "https://shop.example/app" }, "HESABGRAPH_CORS_ORIGINS"],
    [{ HESABGRAPH_CORS_ORIGINS: "https://a.example, ftp://b.example" }, "HESABGRAPH_CORS_ORIGINS"],
    [{ HESABGRAPH_INTROSPECTION: "perhaps" }, "HESABGRAPH_INTROSPECTION"],
    [{ TAHESAB_URL: "http://127.0.0.1:8081/", TAHESAB_TOKEN: "x" }, "TAHESAB_URL"],
    [{ TAHESAB_URL: "not a url", TAHESAB_TOKEN: "x" }, "TAHESAB_URL"],
    [{ TAHESAB_URL: "https://127.0.0.1:8081/" }, "TAHESAB_TOKEN"],
    [{ ...tahesab, TAHESAB_CERT_SHA256: "12:34" }, "TAHESAB_CERT_SHA256"],
    [{ ...tahesab, TAHESAB_CA_FILE: "/no/such/file.pem" }, "TAHESAB_CA_FILE"],
    [{ ...tahesab, TAHESAB_DB: "DB; drop" }, "TAHESAB_DB"],
    [{ ...tahesab, TAHESAB_BATCH_SIZE: "0" }, "TAHESAB_BATCH_SIZE"],
    [{ TAHESAB_CERT_SHA256: "ab".repeat(32) }, "TAHESAB_CERT_SHA256"],
    [{ HESABFA_API_KEY: "k" }, "HESABFA_LOGIN_TOKEN"],
    [{ HESABFA_LOGIN_TOKEN: "t" }, "HESABFA_API_KEY"],
    [{ HESABIT_CLIENT_ID: "id" }, "HESABIT_CLIENT_SECRET"],
    [{ REDIS_URL: "http://localhost:6379" }, "REDIS_URL"],
  ];
  // Variables whose values are secrets (or may hold one, like a Redis URL with a password): never repeated.
  const SECRET = /TOKEN|KEY|PASSWORD|SECRET|USER_ID|CLIENT_ID|REDIS_URL/;
  for (const [env, variable] of bad) {
    it(`refuses ${JSON.stringify(env)} naming ${variable}, repeating the value only when it is no secret`, () => {
      const error = configRefusal(env);
      expect(error.variable).toBe(variable);
      expect(error.message).toContain(variable);
      for (const [name, value] of Object.entries(env)) {
        if (SECRET.test(name) && value.length > 3) expect(error.message).not.toContain(value);
      }
    });
  }

  it("says in plain words what a good value looks like, with the value given", () => {
    expect(configRefusal({ PORT: "abc" }).message).toBe('PORT must be a whole number from 0 to 65535 (got "abc")');
    expect(configRefusal({ TAHESAB_URL: "192.168.1.20:8081", TAHESAB_TOKEN: "x" }).message).toContain("https://<shop PC address>:8081/");
    expect(configRefusal({ HESABGRAPH_SANDBOX: "maybe" }).message).toBe('HESABGRAPH_SANDBOX must be 1 or 0 (true/false and yes/no work too) (got "maybe")');
    expect(configRefusal({ REDIS_URL: "http://user:s3cr3t-pass@localhost:6379" }).message).not.toContain("s3cr3t-pass");
  });
});
