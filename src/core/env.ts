/**
 * Reading configuration from the environment, with errors a person can act
 * on: each names the variable, says what a good value looks like, and shows
 * the value that was given — unless the variable holds a secret, whose value
 * is never repeated anywhere.
 */
export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`${variable} ${problem}`);
    this.name = "ConfigError";
  }
}

/** ` (got "abc")`, cut short; secrets are never shown. */
function got(value: string, secret = false): string {
  if (secret) return "";
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return ` (got ${JSON.stringify(shown)})`;
}

/** The trimmed value, or undefined when unset or blank. */
export function text(env: Env, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw.trim() === "" ? undefined : raw.trim();
}

/** A whole number in [min, max]. */
export function integer(env: Env, name: string, min: number, max: number, fallback: number): number;
export function integer(env: Env, name: string, min: number, max: number, fallback?: number): number | undefined;
export function integer(env: Env, name: string, min: number, max: number, fallback?: number): number | undefined {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  const value = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}${got(raw)}`);
  }
  return value;
}

const TRUE = ["1", "true", "yes", "on"];
const FALSE = ["0", "false", "no", "off"];

/** 1/0, true/false, yes/no, on/off. */
export function flag(env: Env, name: string, fallback: boolean): boolean;
export function flag(env: Env, name: string, fallback?: boolean): boolean | undefined;
export function flag(env: Env, name: string, fallback?: boolean): boolean | undefined {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  const value = raw.toLowerCase();
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new ConfigError(name, `must be 1 or 0 (true/false and yes/no work too)${got(raw)}`);
}

/** One of a fixed set of words. */
export function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!(values as readonly string[]).includes(raw)) throw new ConfigError(name, `must be one of ${values.join(", ")}${got(raw)}`);
  return raw as T;
}

export interface UrlRule {
  /** Allowed schemes, e.g. ["https"]. */
  schemes: readonly string[];
  /** A good value to show, e.g. `https://<shop PC address>:8081/`. */
  example: string;
  /** The value may carry a secret (a password in a Redis URL): never shown. */
  secret?: boolean;
}

/** A URL with one of the allowed schemes, given as the example shows. */
export function url(env: Env, name: string, rule: UrlRule, fallback?: string): string | undefined {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  let parsed: URL | undefined;
  try {
    parsed = new URL(raw);
  } catch {
    parsed = undefined;
  }
  const scheme = parsed?.protocol.replace(/:$/, "");
  if (!parsed || !scheme || !rule.schemes.includes(scheme) || !parsed.hostname) {
    const schemes = rule.schemes.map((s) => `${s}://`).join(" or ");
    throw new ConfigError(name, `must be a ${schemes} URL such as ${rule.example}${got(raw, rule.secret)}`);
  }
  return raw;
}

/** A value that must not contain white space (tokens, keys); never shown in errors. */
export function secret(env: Env, name: string): string | undefined {
  const raw = text(env, name);
  if (raw !== undefined && /\s/.test(raw)) throw new ConfigError(name, "must not contain white space");
  return raw;
}
