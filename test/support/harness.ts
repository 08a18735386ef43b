import "reflect-metadata";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type DocumentNode } from "graphql";
import { newKey, type Access } from "../../src/auth/api-keys.js";
import { loadConfig, type Config } from "../../src/config.js";
import { createLogger } from "../../src/core/logger.js";
import { startServer, type HesabgraphServer } from "../../src/server.js";
import { startHesabfaSimulator, type HesabfaSimulator, type HesabfaSimulatorOptions } from "../../sandbox/hesabfa/index.js";
import { startHesabitSimulator, type HesabitSimulator, type HesabitSimulatorOptions } from "../../sandbox/hesabit/index.js";
import { startTahesabSimulator, type TahesabSimulator, type TahesabSimulatorOptions } from "../../sandbox/tahesab/index.js";
import { capture, captureDestination, capturing, flushCapture, plantEnvSecrets, plantSecret } from "./capture.js";

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
}

export interface Stack {
  sim: TahesabSimulator;
  /** Started when asked for (`hesabfa` option). */
  hesabfa?: HesabfaSimulator;
  /** Started when asked for (`hesabit` option). */
  hesabit?: HesabitSimulator;
  server: HesabgraphServer;
  config: Config;
  /** The API keys made for `apiKeys` and `tenants`, by name. */
  keys: Record<string, string>;
  /** Every line the server logged (at trace level, whatever LOG_LEVEL says), parsed. */
  logs: Array<Record<string, any>>;
  /** POSTs an operation to the real server over HTTP (with `key` as `Authorization: Bearer`). */
  gql<TData, TVars>(document: TypedDocumentNode<TData, TVars> | DocumentNode | string, variables?: TVars, key?: string): Promise<GraphQLResponse<TData>>;
  close(): Promise<void>;
}

export interface StackOptions {
  /** Extra environment for loadConfig (e.g. TAHESAB_BATCH_SIZE). */
  env?: Record<string, string>;
  simulator?: TahesabSimulatorOptions;
  /** Trust the simulator by pin (default), by a CA file path, or by its own certificate written to a CA file. */
  trust?: { caFile: string } | { pin: string } | "caFromSimulator";
  /** Start without Tahesab configured. */
  withoutTahesab?: boolean;
  /** Another server in front of this simulator (several instances, one shop); `close()` then leaves it running. */
  sharedSimulator?: TahesabSimulator;
  /** Start a Hesabfa simulator (with these options) and configure HESABFA_*, or use this running one (left running on close). */
  hesabfa?: HesabfaSimulatorOptions | true | { shared: HesabfaSimulator };
  /** Start a Hesabit simulator (with these options) and configure HESABIT_*, or use this running one (left running on close). */
  hesabit?: HesabitSimulatorOptions | true | { shared: HesabitSimulator };
  /** API keys of the default tenant (HESABGRAPH_API_KEYS), by name: made afresh, given back in `stack.keys`. */
  apiKeys?: Record<string, Access>;
  /** Tenants of a tenants file (HESABGRAPH_TENANTS_FILE): each one's vendor variables and keys (in `stack.keys`). */
  tenants?: Record<string, { env: Record<string, string>; keys: Record<string, Access> }>;
}

/** The variables that point a tenant at a Tahesab simulator (trusted by pin). */
export function tahesabEnv(sim: TahesabSimulator): Record<string, string> {
  return { TAHESAB_URL: sim.url, TAHESAB_TOKEN: sim.token, TAHESAB_DB: sim.dbName, TAHESAB_CERT_SHA256: sim.certificateSha256 };
}

/** The variables that point a tenant at a Hesabfa simulator. */
export function hesabfaEnv(sim: HesabfaSimulator): Record<string, string> {
  return { HESABFA_URL: sim.url, HESABFA_API_KEY: sim.apiKey, HESABFA_LOGIN_TOKEN: sim.loginToken };
}

/** The variables that point a tenant at a Hesabit simulator, connected from the start with a fresh refresh token. */
export function hesabitEnv(sim: HesabitSimulator): Record<string, string> {
  return {
    HESABIT_API_URL: sim.apiUrl,
    HESABIT_AUTH_URL: sim.authUrl,
    HESABIT_CLIENT_ID: sim.clientId,
    HESABIT_CLIENT_SECRET: sim.clientSecret,
    HESABIT_REFRESH_TOKEN: sim.issueTokens().refreshToken,
  };
}

/** The OAuth secrets a Hesabit simulator saw on the wire (tokens in addresses, codes and tokens in bodies): planted for the secrets sweep. */
function plantHesabitWireSecrets(sim: HesabitSimulator): void {
  for (const request of sim.requests) {
    plantSecret("Hesabit access token", request.query.access_token);
    const body = request.body as Record<string, unknown> | undefined;
    if (body && typeof body === "object") {
      for (const name of ["refresh_token", "code", "client_secret"]) if (typeof body[name] === "string") plantSecret(`Hesabit ${name}`, body[name] as string);
    }
  }
}

/** Watches a Hesabit simulator's traffic for OAuth secrets, also across tests' resetRequests(). */
function watchHesabit(sim: HesabitSimulator): void {
  if (!capturing || (sim as { watched?: boolean }).watched) return;
  (sim as { watched?: boolean }).watched = true;
  const reset = sim.resetRequests.bind(sim);
  sim.resetRequests = () => {
    plantHesabitWireSecrets(sim);
    reset();
  };
}

function writeTenantsFile(tenants: NonNullable<StackOptions["tenants"]>, keys: Record<string, string>): string {
  const file = {
    tenants: Object.fromEntries(Object.entries(tenants).map(([id, { env }]) => [id, env])),
    keys: Object.entries(tenants).flatMap(([tenant, t]) =>
      Object.entries(t.keys).map(([name, access]) => {
        const made = newKey();
        keys[name] = made.key;
        return { name, tenant, access, sha256: made.sha256 };
      }),
    ),
  };
  const path = join(mkdtempSync(join(tmpdir(), "hesabgraph-tenants-")), "tenants.json");
  writeFileSync(path, JSON.stringify(file), { mode: 0o600 });
  return path;
}

async function optionalSimulator<S, O>(option: O | true | { shared: S } | undefined, start: (options?: O) => Promise<S>): Promise<{ sim?: S; owned: boolean }> {
  if (option === undefined) return { owned: false };
  if (typeof option === "object" && option !== null && "shared" in option) return { sim: option.shared, owned: false };
  return { sim: await start(option === true ? undefined : (option as O)), owned: true };
}

export async function postGraphQL<T>(url: string, query: string, variables?: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  capture("answer", text);
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`);
  }
  return { status: response.status, ...body };
}

/** A simulator and a real hesabgraph server on loopback, wired as in production. */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const sim = options.sharedSimulator ?? (await startTahesabSimulator(options.simulator));
  let trust = options.trust ?? { pin: sim.certificateSha256 };
  if (trust === "caFromSimulator") {
    const caFile = join(mkdtempSync(join(tmpdir(), "hesabgraph-ca-")), "tahesab.pem");
    writeFileSync(caFile, sim.certificatePem);
    trust = { caFile };
  }
  const hesabfa = await optionalSimulator(options.hesabfa, startHesabfaSimulator);
  const hesabit = await optionalSimulator(options.hesabit, startHesabitSimulator);
  const env: Record<string, string> = {
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    HESABGRAPH_SANDBOX: "0",
    HESABGRAPH_STATE_DIR: ":memory:",
    ...(options.withoutTahesab
      ? {}
      : {
          TAHESAB_URL: sim.url,
          TAHESAB_TOKEN: sim.token,
          TAHESAB_DB: sim.dbName,
          ...("pin" in trust ? { TAHESAB_CERT_SHA256: trust.pin } : { TAHESAB_CA_FILE: trust.caFile }),
        }),
    ...(hesabfa.sim
      ? { HESABFA_URL: hesabfa.sim.url, HESABFA_API_KEY: hesabfa.sim.apiKey, HESABFA_LOGIN_TOKEN: hesabfa.sim.loginToken }
      : {}),
    ...(hesabit.sim
      ? {
          HESABIT_API_URL: hesabit.sim.apiUrl,
          HESABIT_AUTH_URL: hesabit.sim.authUrl,
          HESABIT_CLIENT_ID: hesabit.sim.clientId,
          HESABIT_CLIENT_SECRET: hesabit.sim.clientSecret,
          // Connected from the start, as a headless deployment would be, unless the test sets
          // HESABIT_REFRESH_TOKEN itself ("" to start unconnected and go through the login).
          ...(options.env && "HESABIT_REFRESH_TOKEN" in options.env ? {} : { HESABIT_REFRESH_TOKEN: hesabit.sim.issueTokens().refreshToken }),
        }
      : {}),
    ...options.env,
  };
  const keys: Record<string, string> = {};
  if (options.apiKeys) {
    env.HESABGRAPH_API_KEYS = Object.entries(options.apiKeys)
      .map(([name, access]) => {
        const made = newKey();
        keys[name] = made.key;
        return `${name}:${access}:${made.sha256}`;
      })
      .join(",");
  }
  if (options.tenants) {
    env.HESABGRAPH_TENANTS_FILE = writeTenantsFile(options.tenants, keys);
    for (const { env: tenantEnv } of Object.values(options.tenants)) plantEnvSecrets(tenantEnv);
  }
  for (const [name, key] of Object.entries(keys)) plantSecret(`API key ${name}`, key);
  plantEnvSecrets(env);
  if (hesabit.sim) watchHesabit(hesabit.sim);
  const config = loadConfig(env);
  // Every line is kept at trace level, whatever LOG_LEVEL says: for the test, and for the secrets sweep.
  const logs: Array<Record<string, any>> = [];
  const logger = createLogger("trace", {
    write(line: string) {
      logs.push(JSON.parse(line));
      captureDestination.write(line);
    },
  });
  const server = await startServer({ config, logger });
  return {
    sim,
    hesabfa: hesabfa.sim,
    hesabit: hesabit.sim,
    server,
    config,
    keys,
    logs,
    gql: (document, variables, key) =>
      postGraphQL(server.url, typeof document === "string" ? document : print(document), variables, key ? { authorization: `Bearer ${key}` } : {}),
    async close() {
      capture("metrics", await server.metrics.text());
      await server.stop();
      if (hesabit.sim) plantHesabitWireSecrets(hesabit.sim);
      flushCapture();
      if (!options.sharedSimulator) await sim.close();
      if (hesabfa.owned) await hesabfa.sim!.close();
      if (hesabit.owned) await hesabit.sim!.close();
    },
  };
}

/** The `extensions.code` of every error, in order. */
export const codes = (response: GraphQLResponse<unknown>): string[] => (response.errors ?? []).map((e) => String(e.extensions?.code));
