import "reflect-metadata";
import { performance } from "node:perf_hooks";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { startServer } from "../src/server.js";
import { createJournal } from "../src/store/index.js";
import { createVendors } from "../src/vendors.js";
import { startTahesabSimulator } from "../sandbox/tahesab/index.js";

/**
 * `npm run bench`: latency, throughput, vendor calls per operation and memory
 * for etiket lookups against the simulator on loopback. Numbers go to stdout
 * as JSON; compare runs on the same machine, not against fixed thresholds.
 */
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

const sim = await startTahesabSimulator();
const config = loadConfig({
  PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", HESABGRAPH_SANDBOX: "0", HESABGRAPH_STATE_DIR: ":memory:",
  TAHESAB_URL: sim.url, TAHESAB_TOKEN: sim.token, TAHESAB_DB: sim.dbName, TAHESAB_CERT_SHA256: sim.certificateSha256,
});
const logger = createLogger("silent");
const journal = createJournal(config);
const server = await startServer({ config, logger, journal, vendors: createVendors(config, logger, journal) });

const codes = Array.from({ length: 50 }, (_, i) => String(i + 1));
const body = JSON.stringify({ query: "query($c: [String!]!) { etikets(codes: $c) { code name weightGrams ayar inStock } }", variables: { c: codes } });
const once = async () => {
  const started = performance.now();
  const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const json = (await response.json()) as { errors?: unknown };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return performance.now() - started;
};
const percentile = (values: number[], p: number) => values.slice().sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

for (let i = 0; i < 20; i++) await once(); // warm-up
sim.resetRequests();
const rssBefore = process.memoryUsage().rss;

const sequential: number[] = [];
for (let i = 0; i < ITERATIONS; i++) sequential.push(await once());
const callsPerOperation = sim.count() / ITERATIONS;

const concurrent: number[] = [];
const wallStart = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next++ < ITERATIONS) concurrent.push(await once());
  }),
);
const wall = performance.now() - wallStart;

const round = (n: number) => Math.round(n * 100) / 100;
process.stdout.write(
  JSON.stringify(
    {
      operation: "etikets(codes: 50)",
      iterations: ITERATIONS,
      tahesabCallsPerOperation: callsPerOperation,
      sequentialMs: { p50: round(percentile(sequential, 50)), p95: round(percentile(sequential, 95)), p99: round(percentile(sequential, 99)) },
      concurrent: { concurrency: CONCURRENCY, opsPerSecond: round((concurrent.length / wall) * 1000), p95Ms: round(percentile(concurrent, 95)) },
      rssMiB: { before: round(rssBefore / 2 ** 20), after: round(process.memoryUsage().rss / 2 ** 20) },
    },
    null,
    2,
  ) + "\n",
);
await server.stop();
await sim.close();
