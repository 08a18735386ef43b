import { readFileSync } from "node:fs";
import { ConfigError, integer, oneOf, secret, text, url, type Env } from "../../src/core/env.js";
/** Which generation of Tahesab's API add-on a shop runs (add-on.ts); `auto` learns it. */
export type AddOnSetting = "current" | "older" | "auto";

/** A Tahesab connection, from the TAHESAB_* variables (README, "Configuration"). */
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
  /** Which generation of the API add-on the shop runs; `auto` asks CheckHealth. */
  addOn: AddOnSetting;
}

/** Accepts `AB:CD:…` or plain hex, any case; returns uppercase with colons. */
export function normaliseFingerprint(value: string): string | undefined {
  const hex = value.replace(/[:\s]/g, "").toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return undefined;
  return hex.match(/../g)!.join(":");
}

const SHOP_URL = "https://<shop PC address>:8081/";

/** Tahesab's settings, or undefined when it is not configured; ConfigError naming the variable otherwise. */
export function readTahesabConfig(env: Env): TahesabConfig | undefined {
  const tahesabUrl = url(env, "TAHESAB_URL", { schemes: ["https"], example: `${SHOP_URL} (Tahesab serves HTTPS only)` });
  const token = secret(env, "TAHESAB_TOKEN");
  const dbName = text(env, "TAHESAB_DB");
  const caFile = text(env, "TAHESAB_CA_FILE");
  const pinRaw = text(env, "TAHESAB_CERT_SHA256");
  if (!tahesabUrl && !token) {
    for (const name of ["TAHESAB_DB", "TAHESAB_CA_FILE", "TAHESAB_CERT_SHA256"]) {
      if (text(env, name)) throw new ConfigError(name, "is set but TAHESAB_URL and TAHESAB_TOKEN are not: set both to connect Tahesab");
    }
    return undefined;
  }
  if (!tahesabUrl) throw new ConfigError("TAHESAB_URL", `is required when TAHESAB_TOKEN is set, e.g. ${SHOP_URL}`);
  if (!token) throw new ConfigError("TAHESAB_TOKEN", "is required when TAHESAB_URL is set (the token made in Tahesab's API settings)");
  if (dbName !== undefined && !/^[A-Za-z0-9_\-]{1,64}$/.test(dbName)) {
    throw new ConfigError("TAHESAB_DB", `must be a database or folder name such as DB, DB1, TahesabDB or TahesabDB1 (got ${JSON.stringify(dbName.slice(0, 40))})`);
  }
  let caPem: string | undefined;
  if (caFile) {
    try {
      caPem = readFileSync(caFile, "utf8");
    } catch (error) {
      throw new ConfigError("TAHESAB_CA_FILE", `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}): give the path of a PEM certificate file`);
    }
    if (!caPem.includes("-----BEGIN CERTIFICATE-----")) throw new ConfigError("TAHESAB_CA_FILE", "holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
  }
  let certSha256: string | undefined;
  if (pinRaw) {
    certSha256 = normaliseFingerprint(pinRaw);
    if (!certSha256) throw new ConfigError("TAHESAB_CERT_SHA256", "must be a SHA-256 fingerprint: 64 hex digits, colons optional (AB:CD:…)");
  }
  return {
    url: tahesabUrl,
    token,
    dbName: dbName ?? "DB",
    caPem,
    certSha256,
    timeoutMs: integer(env, "TAHESAB_TIMEOUT_MS", 1, 600_000, 15_000),
    batchSize: integer(env, "TAHESAB_BATCH_SIZE", 1, 1000, 100),
    addOn: oneOf(env, "TAHESAB_ADDON", ["auto", "current", "older"], "auto"),
  };
}
