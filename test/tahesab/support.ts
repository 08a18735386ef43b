// Shared by the Tahesab datasource tests that drive its parts directly: one
// simulator per file, reset after each test, and a client trusting it.
import { afterAll, afterEach, beforeAll } from "vitest";
import { createLogger } from "../../src/core/logger.js";
import { TahesabClient } from "../../datasources/tahesab/client.js";
import { readTahesabConfig } from "../../datasources/tahesab/config.js";
import { startTahesabSimulator, type TahesabSimulator, type TahesabSimulatorOptions } from "../../sandbox/tahesab/index.js";

/** Starts a simulator for the file (faults and recorded requests cleared after each test); call at the top of a file or describe. */
export function useTahesabSimulator(options: TahesabSimulatorOptions = {}): () => TahesabSimulator {
  let sim: TahesabSimulator | undefined;
  beforeAll(async () => {
    sim = await startTahesabSimulator(options);
  });
  afterEach(() => {
    sim?.faults.reset();
    sim?.resetRequests();
  });
  afterAll(() => sim?.close());
  return () => sim!;
}

/** A Tahesab client for the simulator, with any TAHESAB_* settings added. */
export function tahesabClient(sim: TahesabSimulator, env: Record<string, string> = {}): TahesabClient {
  return new TahesabClient(
    readTahesabConfig({ TAHESAB_URL: sim.url, TAHESAB_TOKEN: sim.token, TAHESAB_CERT_SHA256: sim.certificateSha256, ...env })!,
    createLogger("silent"),
  );
}
