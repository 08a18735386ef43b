#!/usr/bin/env node
import "reflect-metadata";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { createLogger } from "./logger.js";
import { startServer } from "./server.js";
import { createJournal } from "./core/store/index.js";
import { createVendors } from "./vendors.js";
import { startTahesabSimulator, type TahesabSimulator } from "../sandbox/tahesab/index.js";

/**
 * `npm start`. With no vendor credentials (or HESABGRAPH_SANDBOX=1) the
 * simulated vendors start in this process on loopback and the datasources are
 * pointed at them; this file is the only production code that imports sandbox/.
 */
async function startSandbox(config: Config): Promise<{ config: Config; simulators: TahesabSimulator[] }> {
  const tahesab = await startTahesabSimulator({ host: "127.0.0.1", port: 0 });
  return {
    simulators: [tahesab],
    config: {
      ...config,
      // The simulated shop starts afresh each time; so does its journal, unless a state dir is asked for.
      stateDir: process.env.HESABGRAPH_STATE_DIR ? config.stateDir : ":memory:",
      tahesab: {
        url: tahesab.url,
        token: tahesab.token,
        dbName: tahesab.dbName,
        certSha256: tahesab.certificateSha256,
        timeoutMs: config.tahesab?.timeoutMs ?? 15_000,
        batchSize: config.tahesab?.batchSize ?? 100,
      },
    },
  };
}

function sandboxBanner(url: string, simulators: TahesabSimulator[]): string {
  return [
    "",
    "  hesabgraph is running in SANDBOX mode, against SIMULATED vendors:",
    ...simulators.map((s) => `    Tahesab simulator  ${s.url}  (sample shop data; nothing real is read or written)`),
    "",
    `  GraphiQL: ${url}`,
    "",
    "  To connect real accounts, set the vendor variables (README, \"Configuration\") and start again:",
    "    Tahesab:  TAHESAB_URL, TAHESAB_TOKEN, TAHESAB_DB, and TAHESAB_CA_FILE or TAHESAB_CERT_SHA256",
    "    Hesabfa:  HESABFA_API_KEY with HESABFA_LOGIN_TOKEN (or HESABFA_USER_ID + HESABFA_PASSWORD)",
    "    Hesabit:  HESABIT_CLIENT_ID, HESABIT_CLIENT_SECRET, HESABIT_REDIRECT_URI",
    "",
  ].join("\n");
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`hesabgraph: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let simulators: TahesabSimulator[] = [];
  if (config.sandbox) ({ config, simulators } = await startSandbox(config));

  const journal = createJournal(config);
  const server = await startServer({ config, logger, journal, vendors: createVendors(config, logger, journal) });
  if (config.sandbox) process.stderr.write(sandboxBanner(server.url, simulators) + "\n");
  logger.info(
    { url: server.url, sandbox: config.sandbox, vendors: { tahesab: Boolean(config.tahesab), hesabfa: Boolean(config.hesabfa), hesabit: Boolean(config.hesabit) } },
    "hesabgraph listening",
  );

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, "shutting down: no new requests, finishing in-flight ones");
    try {
      await server.stop();
      await Promise.all(simulators.map((s) => s.close()));
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error) => {
  process.stderr.write(`hesabgraph failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
