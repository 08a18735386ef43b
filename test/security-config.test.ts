import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KeyRing, newKey } from "../src/auth/api-keys.js";
import { loadConfig } from "../src/config.js";
import { configRefusal } from "./support/config-refusal.js";
import { keyCommand } from "../src/key-command.js";

const hash = newKey().sha256;
const TAHESAB = { TAHESAB_URL: "https://192.168.1.20:8081/", TAHESAB_TOKEN: "tenant-token-0123456789" };

function tenantsFile(content: unknown, mode = 0o600): string {
  const path = join(mkdtempSync(join(tmpdir(), "hesabgraph-tenants-test-")), "tenants.json");
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  chmodSync(path, mode);
  return path;
}

describe("API keys and tenants in the configuration", () => {
  it("reads HESABGRAPH_API_KEYS as name:access:sha256 entries for the default tenant", () => {
    // Another hash: the last digit changed (to 0, or to 1 when it already is 0).
    const other = hash.slice(0, -1) + (hash.endsWith("0") ? "1" : "0");
    const config = loadConfig({ HESABGRAPH_API_KEYS: `pos:read-write:${hash}, bi:read:sha256:${other}` });
    expect(config.keys.keys.map(({ name, tenant, access }) => ({ name, tenant, access }))).toEqual([
      { name: "pos", tenant: "default", access: "read-write" },
      { name: "bi", tenant: "default", access: "read" },
    ]);
  });

  it("says what a good entry looks like", () => {
    expect(configRefusal({ HESABGRAPH_API_KEYS: "pos" }).message).toBe(
      "HESABGRAPH_API_KEYS entry 1 must be <name>:<access>:<sha256>, such as pos:read-write:9f86d081884c7d65…(64 hex digits in all)",
    );
    expect(configRefusal({ HESABGRAPH_API_KEYS: "pos:write:abc" }).message).toContain('must say what it may do: read, read-write or metrics (got "write")');
    expect(configRefusal({ HESABGRAPH_API_KEYS: "pos:read:hg_thekeyitself" }).message).toContain("must be given by its SHA-256, 64 hex digits");
    expect(configRefusal({ HESABGRAPH_API_KEYS: `a:read:${hash},b:read-write:${hash}` }).message).toContain("the same hash as another key");
  });

  it("finds a key by its value among many, and no other", () => {
    const made = [newKey(), newKey(), newKey()];
    const ring = new KeyRing(made.map((m, i) => ({ name: `k${i}`, tenant: "default", access: "read" as const, sha256: Buffer.from(m.sha256, "hex") })));
    expect(ring.find(made[1].key)?.name).toBe("k1");
    expect(ring.find(made[1].sha256)).toBeUndefined();
    expect(ring.find("")).toBeUndefined();
  });

  it("reads a tenants file: each tenant's vendors from its own variables, keys naming tenants; sandbox off", () => {
    const path = tenantsFile({
      tenants: { "shop-a": TAHESAB, "shop-b": { HESABFA_API_KEY: "hesabfa-key-0123456789", HESABFA_LOGIN_TOKEN: "hesabfa-login-0123456789" } },
      keys: [
        { name: "a", tenant: "shop-a", access: "read-write", sha256: hash },
        { name: "b", tenant: "shop-b", access: "read", sha256: newKey().sha256 },
        { name: "prometheus", access: "metrics", sha256: newKey().sha256 },
      ],
    });
    const config = loadConfig({ HESABGRAPH_TENANTS_FILE: path });
    expect(config.sandbox).toBe(false);
    expect(config.host).toBe("0.0.0.0");
    expect(config.tenants.map((t) => [t.id, Object.keys(t.vendors)])).toEqual([["default", []], ["shop-a", ["TAHESAB"]], ["shop-b", ["HESABFA"]]]);
    expect(config.warnings).toEqual([]);
  });

  it("warns when others may read the file", () => {
    const path = tenantsFile({ tenants: { "shop-a": TAHESAB }, keys: [{ name: "a", tenant: "shop-a", access: "read", sha256: hash }] }, 0o644);
    expect(loadConfig({ HESABGRAPH_TENANTS_FILE: path }).warnings).toEqual([
      "HESABGRAPH_TENANTS_FILE: the file holds vendor secrets and others than its owner may read it; chmod 600 it",
    ]);
  });

  const key = (tenant: string) => ({ name: "a", tenant, access: "read", sha256: hash });
  const bad: Array<[string, unknown, string]> = [
    ["not JSON, without quoting the file", "{ \"tenants\": { \"shop-a\": { \"TAHESAB_TOKEN\": \"s3cret-in-file\" ", 'is not valid JSON; see README, "Running on a network", for an example'],
    ["no keys list", { tenants: {} }, 'must hold a JSON object with "tenants"'],
    ["a tenant id with capitals", { tenants: { ShopA: TAHESAB }, keys: [key("ShopA")] }, 'tenant id "ShopA" must be 1 to 63 lowercase letters'],
    ["the reserved id default", { tenants: { default: TAHESAB }, keys: [key("default")] }, 'and not "default"'],
    ["a server setting in a tenant", { tenants: { "shop-a": { ...TAHESAB, PORT: "80" } }, keys: [key("shop-a")] }, 'tenant "shop-a": "PORT" is not a vendor variable'],
    ["a vendor variable in the vendor's words", { tenants: { "shop-a": { ...TAHESAB, TAHESAB_URL: "http://192.168.1.20:8081/" } }, keys: [key("shop-a")] }, 'tenant "shop-a": TAHESAB_URL must be a https:// URL such as https://<shop PC address>:8081/'],
    ["a key for a tenant not in the file", { tenants: { "shop-a": TAHESAB }, keys: [key("shop-b")] }, 'keys[0]: "tenant" must name a tenant of the file (shop-a); got "shop-b"'],
    ["a tenant nobody can reach", { tenants: { "shop-a": TAHESAB, "shop-b": TAHESAB }, keys: [key("shop-a")] }, 'tenant "shop-b" has no key in "keys": nobody could reach it'],
  ];
  for (const [what, content, message] of bad) {
    it(`refuses a tenants file with ${what}, naming HESABGRAPH_TENANTS_FILE`, () => {
      const error = configRefusal({ HESABGRAPH_TENANTS_FILE: tenantsFile(content) });
      expect(error.variable).toBe("HESABGRAPH_TENANTS_FILE");
      expect(error.message).toContain(message);
      expect(error.message).not.toContain("s3cret-in-file");
      expect(error.message).not.toContain(TAHESAB.TAHESAB_TOKEN);
    });
  }

  describe("Hesabfa's hook secret across tenants", () => {
    const books = (secret: string) => ({
      HESABFA_API_KEY: "hesabfa-key-0123456789",
      HESABFA_LOGIN_TOKEN: "hesabfa-login-0123456789",
      HESABFA_HOOK_SECRET: secret,
      HESABFA_HOOK_PASSWORD: "hook-password-0123",
    });
    const keyOf = (tenant: string) => ({ name: tenant, tenant, access: "read", sha256: newKey().sha256 });
    const file = (a: string, b: string) => tenantsFile({ tenants: { "shop-a": books(a), "shop-b": books(b) }, keys: [keyOf("shop-a"), keyOf("shop-b")] });

    it("refuses one secret given to two tenants of the file, naming both and not the secret", () => {
      const error = configRefusal({ HESABGRAPH_TENANTS_FILE: file("same-secret-0123456789", "same-secret-0123456789") });
      expect(error.variable).toBe("HESABFA_HOOK_SECRET");
      expect(error.message).toBe(
        `HESABFA_HOOK_SECRET is the same for tenants "shop-a" and "shop-b": give each tenant a secret of its own, or Hesabfa's changes reach only one of them`,
      );
    });

    it("refuses the environment's secret given again to a tenant of the file", () => {
      const env = { ...books("shared-secret-0123456789"), HESABGRAPH_TENANTS_FILE: file("other-secret-0123456789", "shared-secret-0123456789") };
      expect(configRefusal(env).message).toContain('the same for tenants "default" and "shop-b"');
    });

    it("accepts secrets that differ, if only in the last character", () => {
      const config = loadConfig({ HESABGRAPH_TENANTS_FILE: file("near-secret-01234567890", "near-secret-01234567891") });
      expect(config.tenants.map((tenant) => tenant.id)).toEqual(["default", "shop-a", "shop-b"]);
    });
  });

  it("refuses HOST values that are no address, in plain words", () => {
    expect(configRefusal({ HOST: "http://0.0.0.0" }).message).toBe(
      'HOST must be an interface address or a host name, such as 127.0.0.1 (this machine only) or 0.0.0.0 (every interface) (got "http://0.0.0.0")',
    );
  });

  it("`hesabgraph key` prints a key once and the lines that configure its hash", () => {
    const { output, status } = keyCommand(["--name", "pos", "--access", "read", "--tenant", "shop-a"]);
    expect(status).toBe(0);
    const key = /^  (hg_[A-Za-z0-9_-]{43})$/m.exec(output)![1];
    const line = /HESABGRAPH_API_KEYS=(\S+)/.exec(output)![1];
    const config = loadConfig({ HESABGRAPH_API_KEYS: line });
    expect(config.keys.find(key)).toMatchObject({ name: "pos", access: "read" });
    expect(output).toContain('"tenant":"shop-a"');
    expect(keyCommand(["--access", "admin"]).status).toBe(2);
  });
});
