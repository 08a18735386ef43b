import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { ConfigError } from "../core/env.js";

/**
 * API keys of the graph. A key is a random secret the client sends as
 * `Authorization: Bearer <key>`; the server keeps only its SHA-256 (a key is
 * 256 random bits, so a plain hash is as hard to reverse as the key is to
 * guess, and checking one costs microseconds). Each key names the tenant it
 * reaches and what it may do.
 */
export type Access = "read" | "read-write" | "metrics";

export const ACCESS_KINDS: readonly Access[] = ["read", "read-write", "metrics"];

export interface ApiKey {
  /** A label for people and logs (`pos`, `bi`); never the key. */
  name: string;
  tenant: string;
  access: Access;
  /** SHA-256 of the key, 32 bytes. */
  sha256: Buffer;
}

const PREFIX = "hg_";

/** The SHA-256 of a key, as 64 lowercase hex digits (what configuration holds). */
export function hashKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** A new key (`hg_` and 43 base64url characters: 256 random bits) and its hash. */
export function newKey(): { key: string; sha256: string } {
  const key = PREFIX + randomBytes(32).toString("base64url");
  return { key, sha256: hashKey(key) };
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;
const HASH = /^(?:sha256:)?([0-9a-fA-F]{64})$/;

/** Checks one key's parts; `where` says where it was written, for the error. */
export function apiKey(variable: string, where: string, parts: { name: unknown; tenant: string; access: unknown; sha256: unknown }): ApiKey {
  const { name, tenant, access, sha256 } = parts;
  if (typeof name !== "string" || !NAME.test(name)) {
    throw new ConfigError(variable, `${where}: the key's name must be 1 to 63 letters, digits, ".", "_" or "-", starting with a letter or digit, such as pos or bi-reports`);
  }
  if (typeof access !== "string" || !(ACCESS_KINDS as readonly string[]).includes(access)) {
    throw new ConfigError(variable, `${where}: key "${name}" must say what it may do: read, read-write or metrics (got ${JSON.stringify(String(access).slice(0, 20))})`);
  }
  const hex = typeof sha256 === "string" ? HASH.exec(sha256.trim())?.[1] : undefined;
  if (!hex) {
    throw new ConfigError(
      variable,
      `${where}: key "${name}" must be given by its SHA-256, 64 hex digits as printed by \`npm run --silent key\` (the key itself is never configured)`,
    );
  }
  return { name, tenant, access: access as Access, sha256: Buffer.from(hex.toLowerCase(), "hex") };
}

/**
 * `HESABGRAPH_API_KEYS`: comma-separated `<name>:<access>:<sha256>` entries,
 * e.g. `pos:read-write:9f86d0…,bi:read:60303a…`, all for `tenant`.
 */
export function parseKeyList(variable: string, raw: string | undefined, tenant: string): ApiKey[] {
  if (raw === undefined) return [];
  return raw
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .map((entry, index) => {
      const parts = entry.split(":");
      if (parts.length === 4 && parts[2] === "sha256") parts.splice(2, 1);
      if (parts.length !== 3) {
        throw new ConfigError(variable, `entry ${index + 1} must be <name>:<access>:<sha256>, such as pos:read-write:9f86d081884c7d65…(64 hex digits in all)`);
      }
      return apiKey(variable, `entry ${index + 1}`, { name: parts[0], access: parts[1], sha256: parts[2], tenant });
    });
}

/** The configured keys, searched in constant time. */
export class KeyRing {
  constructor(readonly keys: readonly ApiKey[]) {}

  get size(): number {
    return this.keys.length;
  }

  /**
   * The key `presented` is, or undefined. Every configured hash is compared,
   * whole and in constant time, whichever matches: how long this takes says
   * nothing about how close a guess came, nor which key it resembled.
   */
  find(presented: string): ApiKey | undefined {
    const digest = createHash("sha256").update(presented, "utf8").digest();
    let found: ApiKey | undefined;
    for (const key of this.keys) {
      const same = timingSafeEqual(digest, key.sha256);
      found = same && found === undefined ? key : found;
    }
    return found;
  }
}
