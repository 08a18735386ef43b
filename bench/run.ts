import "reflect-metadata";
import { performance } from "node:perf_hooks";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/core/logger.js";
import { startServer } from "../src/server.js";
import { startTahesabSimulator } from "../sandbox/tahesab/index.js";

/**
 * `npm run bench`: for each scenario, latency, throughput, Tahesab calls per
 * operation and memory, against the simulator on loopback. Numbers go to
 * stdout as JSON; compare runs on the same machine, not against fixed
 * thresholds. BENCH_ITERATIONS and BENCH_CONCURRENCY tune the load.
 */
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

interface Scenario {
  name: string;
  /** The request body of operation number `i` (writes need a fresh key and factor number each time). */
  body: (i: number) => string;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
const SCENARIOS: Scenario[] = [
  {
    name: "etikets(codes: 50)",
    body: () => JSON.stringify({ query: "query($c: [String!]!) { etikets(codes: $c) { code name weightGrams ayar inStock } }", variables: { c: range(50) } }),
  },
  {
    name: "30 customers with their balances",
    body: () => JSON.stringify({ query: `{ tahesabCustomers(fromCode: "1", toCode: "30", first: 30) { edges { node { code name balance { goldGrams money } } } } }` }),
  },
  {
    name: "recordCashTransfer with an idempotencyKey (journal + prechecks)",
    body: (i) =>
      JSON.stringify({
        query: "mutation($input: CashTransferInput!, $key: String) { recordCashTransfer(input: $input, idempotencyKey: $key) { factorCode } }",
        variables: { input: { customerCode: "3", date: "1403-08-06", factorNumber: 500_000 + i, direction: "IN", amount: 1000 }, key: `bench-${i}` },
      }),
  },
];

const sim = await startTahesabSimulator();
const config = loadConfig({
  PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", HESABGRAPH_SANDBOX: "0", HESABGRAPH_STATE_DIR: ":memory:",
  TAHESAB_URL: sim.url, TAHESAB_TOKEN: sim.token, TAHESAB_DB: sim.dbName, TAHESAB_CERT_SHA256: sim.certificateSha256,
});
const logger = createLogger("silent");
const server = await startServer({ config, logger });

const percentile = (values: number[], p: number) => values.slice().sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const round = (n: number) => Math.round(n * 100) / 100;

let counter = 0;
async function once(scenario: Scenario): Promise<number> {
  const started = performance.now();
  const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: scenario.body(counter++) });
  const json = (await response.json()) as { errors?: unknown };
  if (json.errors) throw new Error(`${scenario.name}: ${JSON.stringify(json.errors)}`);
  return performance.now() - started;
}

async function measure(scenario: Scenario) {
  for (let i = 0; i < 20; i++) await once(scenario); // warm-up
  sim.resetRequests();
  const rssBefore = process.memoryUsage().rss;

  const sequential: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) sequential.push(await once(scenario));
  const callsPerOperation = sim.count() / ITERATIONS;

  const concurrent: number[] = [];
  const wallStart = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < ITERATIONS) concurrent.push(await once(scenario));
    }),
  );
  const wall = performance.now() - wallStart;
  return {
    operation: scenario.name,
    iterations: ITERATIONS,
    tahesabCallsPerOperation: round(callsPerOperation),
    sequentialMs: { p50: round(percentile(sequential, 50)), p95: round(percentile(sequential, 95)), p99: round(percentile(sequential, 99)) },
    concurrent: { concurrency: CONCURRENCY, opsPerSecond: round((concurrent.length / wall) * 1000), p95Ms: round(percentile(concurrent, 95)) },
    rssMiB: { before: round(rssBefore / 2 ** 20), after: round(process.memoryUsage().rss / 2 ** 20) },
  };
}

const results = [];
for (const scenario of SCENARIOS) results.push(await measure(scenario));
process.stdout.write(JSON.stringify(results, null, 2) + "\n");
await server.stop();
await sim.close();
