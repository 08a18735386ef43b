#!/usr/bin/env node
import "reflect-metadata";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { prepareStateDir } from "./core/store/state-dir.js";
import { createLogger } from "./core/logger.js";
import { keyCommand } from "./key-command.js";
import { startServer } from "./server.js";
import { startSandboxVendors, type SandboxVendors } from "../sandbox/index.js";

/**
 * `npm start`. With no vendor credentials (or HESABGRAPH_SANDBOX=1) the
 * simulated vendors start in this process on loopback and the server is
 * configured to reach them; this file is the only production code that imports sandbox/.
 */
function sandboxBanner(url: string, sandbox: SandboxVendors): string {
  return [
    "",
    "  hesabgraph is running in SANDBOX mode, against SIMULATED vendors:",
    ...sandbox.lines.map((line) => `    ${line}`),
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

/** The configuration, with its state folder ready; a ConfigError ends the start (main's catch, exit 2). */
function readConfig(env: NodeJS.ProcessEnv): Config {
  const config = loadConfig(env);
  // Checked before anything starts, the sandbox's simulators included (sandbox mode keeps
  // nothing unless the variable is set).
  const keepsFiles = !config.redisUrl && config.stateDir !== ":memory:" && (!config.sandbox || env.HESABGRAPH_STATE_DIR !== undefined);
  if (keepsFiles) prepareStateDir(config.stateDir);
  return config;
}

async function main(): Promise<void> {
  let config = readConfig(process.env);
  const logger = createLogger(config.logLevel);
  let sandbox: SandboxVendors | undefined;
  if (config.sandbox) {
    // The simulated vendors start afresh each time; so does the journal, unless a state dir is asked for.
    const stateDir = process.env.HESABGRAPH_STATE_DIR ?? ":memory:";
    const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
    sandbox = await startSandboxVendors({
      stateDir: stateDir === ":memory:" ? undefined : stateDir,
      publicUrl: `http://${shownHost}:${config.port}`,
    });
    config = readConfig({ ...process.env, ...sandbox.env, HESABGRAPH_SANDBOX: "1", HESABGRAPH_STATE_DIR: stateDir });
  }

  const server = await startServer({ config, logger });
  if (sandbox) process.stderr.write(sandboxBanner(server.url, sandbox) + "\n");
  logger.info({ url: server.url, sandbox: config.sandbox, vendors: Object.keys(config.vendors) }, "hesabgraph listening");

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, "shutting down: no new requests, finishing in-flight ones");
    try {
      await server.stop();
      await sandbox?.close();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
  // A promise nobody awaited is a bug to fix (test/client-mistakes.test.ts pins the one found),
  // but it must not end the process and every request in it: logged, and the server goes on.
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "a promise failed with nobody awaiting it (a bug)"));
}

if (process.argv[2] === "key") {
  const { output, status } = keyCommand(process.argv.slice(3));
  (status === 0 ? process.stdout : process.stderr).write(output);
  process.exit(status);
}

/** Failures to listen, in the user's words: which variable to change. */
function startFailure(error: unknown): string {
  const { code, address, port } = (error ?? {}) as { code?: string; address?: string; port?: number };
  if (code === "EADDRINUSE") return `PORT ${port} is already in use on ${address}: stop the program using it, or set PORT to another port (e.g. PORT=4001)`;
  if (code === "EACCES" && port !== undefined) return `PORT ${port} needs more rights than this user has (ports below 1024 usually do): set PORT to 1024 or above (e.g. PORT=4000)`;
  if (code === "EADDRNOTAVAIL") return `HOST ${address} is not an address of this machine: use one of its interfaces' addresses, 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)`;
  return error instanceof Error ? error.message : String(error);
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`hesabgraph: configuration: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`hesabgraph failed to start: ${startFailure(error)}\n`);
  process.exit(1);
});
