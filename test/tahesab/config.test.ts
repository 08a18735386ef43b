import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/core/env.js";
import { thrown } from "../support/thrown.js";
import { normaliseFingerprint, readTahesabConfig } from "../../datasources/tahesab/config.js";

/** TAHESAB_* read (datasources/tahesab/config.ts): each refusal names its variable and says what to set. */

const base = { TAHESAB_URL: "https://192.168.1.20:8081/", TAHESAB_TOKEN: "shop-token-1" };
const refusal = (env: Record<string, string>): string => thrown(ConfigError, () => readTahesabConfig(env)).message;
const folder = mkdtempSync(join(tmpdir(), "hesabgraph-tahesab-config-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("Tahesab's configuration", () => {
  it("is absent when nothing is set, with its defaults when URL and token are", () => {
    expect(readTahesabConfig({})).toBeUndefined();
    expect(readTahesabConfig(base)).toEqual({
      url: "https://192.168.1.20:8081/",
      token: "shop-token-1",
      dbName: "DB",
      caPem: undefined,
      certSha256: undefined,
      timeoutMs: 15_000,
      batchSize: 100,
      addOn: "auto",
    });
  });

  it("reads every setting given", () => {
    const config = readTahesabConfig({ ...base, TAHESAB_DB: "TahesabDB1", TAHESAB_TIMEOUT_MS: "2500", TAHESAB_BATCH_SIZE: "7", TAHESAB_ADDON: "older" });
    expect(config).toMatchObject({ dbName: "TahesabDB1", timeoutMs: 2500, batchSize: 7, addOn: "older" });
  });

  it.each(["TAHESAB_DB", "TAHESAB_CA_FILE", "TAHESAB_CERT_SHA256"])("%s alone is refused: the connection is missing", (name) => {
    expect(refusal({ [name]: "x" })).toBe(`${name} is set but TAHESAB_URL and TAHESAB_TOKEN are not: set both to connect Tahesab`);
  });

  it("a URL without a token, and a token without a URL, name the missing one", () => {
    expect(refusal({ TAHESAB_URL: base.TAHESAB_URL })).toBe("TAHESAB_TOKEN is required when TAHESAB_URL is set (the token made in Tahesab's API settings)");
    expect(refusal({ TAHESAB_TOKEN: base.TAHESAB_TOKEN })).toBe("TAHESAB_URL is required when TAHESAB_TOKEN is set, e.g. https://<shop PC address>:8081/");
  });

  it("a database name of up to 64 letters, digits, - and _", () => {
    expect(readTahesabConfig({ ...base, TAHESAB_DB: "a".repeat(64) })?.dbName).toBe("a".repeat(64));
    expect(readTahesabConfig({ ...base, TAHESAB_DB: "Gold_DB-2" })?.dbName).toBe("Gold_DB-2");
    const hint = "must be a database or folder name such as DB, DB1, TahesabDB or TahesabDB1";
    expect(refusal({ ...base, TAHESAB_DB: "a".repeat(65) })).toBe(`TAHESAB_DB ${hint} (got "${"a".repeat(40)}")`);
    expect(refusal({ ...base, TAHESAB_DB: "DB; drop" })).toBe(`TAHESAB_DB ${hint} (got "DB; drop")`);
  });

  it("a CA file must be readable and hold a PEM certificate", () => {
    const pem = join(folder, "shop.pem");
    writeFileSync(pem, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    expect(readTahesabConfig({ ...base, TAHESAB_CA_FILE: pem })?.caPem).toContain("MIIB");
    const notPem = join(folder, "shop.txt");
    writeFileSync(notPem, "not a certificate");
    expect(refusal({ ...base, TAHESAB_CA_FILE: notPem })).toBe("TAHESAB_CA_FILE holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
    expect(refusal({ ...base, TAHESAB_CA_FILE: join(folder, "missing.pem") })).toBe(
      "TAHESAB_CA_FILE cannot be read (ENOENT): give the path of a PEM certificate file",
    );
    expect(refusal({ ...base, TAHESAB_CA_FILE: folder })).toBe("TAHESAB_CA_FILE cannot be read (EISDIR): give the path of a PEM certificate file");
  });

  it("a pinned fingerprint, colons and case as given, is kept uppercase with colons", () => {
    const colons = Array.from({ length: 32 }, (_, i) => (i * 7 + 16).toString(16).padStart(2, "0")).join(":");
    expect(readTahesabConfig({ ...base, TAHESAB_CERT_SHA256: colons })?.certSha256).toBe(colons.toUpperCase());
    expect(readTahesabConfig({ ...base, TAHESAB_CERT_SHA256: colons.replace(/:/g, "") })?.certSha256).toBe(colons.toUpperCase());
    expect(refusal({ ...base, TAHESAB_CERT_SHA256: "12:34" })).toBe("TAHESAB_CERT_SHA256 must be a SHA-256 fingerprint: 64 hex digits, colons optional (AB:CD:…)");
  });

  it("a fingerprint is 64 hex digits exactly", () => {
    expect(normaliseFingerprint("ab ".repeat(32))).toBe(Array(32).fill("AB").join(":"));
    expect(normaliseFingerprint("a".repeat(63))).toBeUndefined();
    expect(normaliseFingerprint("a".repeat(65))).toBeUndefined();
    expect(normaliseFingerprint("g".repeat(64))).toBeUndefined();
  });
});
