import "reflect-metadata";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type DocumentNode } from "graphql";
import { loadConfig, type Config } from "../../src/config.js";
import { createLogger } from "../../src/core/logger.js";
import { startServer, type HesabgraphServer } from "../../src/server.js";
import { startHesabfaSimulator, type HesabfaSimulator, type HesabfaSimulatorOptions } from "../../sandbox/hesabfa/index.js";
import { startHesabitSimulator, type HesabitSimulator, type HesabitSimulatorOptions } from "../../sandbox/hesabit/index.js";
import { startTahesabSimulator, type TahesabSimulator, type TahesabSimulatorOptions } from "../../sandbox/tahesab/index.js";

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
  /** POSTs an operation to the real server over HTTP. */
  gql<TData, TVars>(document: TypedDocumentNode<TData, TVars> | DocumentNode | string, variables?: TVars): Promise<GraphQLResponse<TData>>;
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
  const config = loadConfig(env);
  const logger = createLogger(config.logLevel);
  const server = await startServer({ config, logger });
  return {
    sim,
    hesabfa: hesabfa.sim,
    hesabit: hesabit.sim,
    server,
    config,
    gql: (document, variables) => postGraphQL(server.url, typeof document === "string" ? document : print(document), variables),
    async close() {
      await server.stop();
      if (!options.sharedSimulator) await sim.close();
      if (hesabfa.owned) await hesabfa.sim!.close();
      if (hesabit.owned) await hesabit.sim!.close();
    },
  };
}

/** The `extensions.code` of every error, in order. */
export const codes = (response: GraphQLResponse<unknown>): string[] => (response.errors ?? []).map((e) => String(e.extensions?.code));
