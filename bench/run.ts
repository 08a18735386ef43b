import "reflect-metadata";
import { performance } from "node:perf_hooks";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/core/logger.js";
import { startServer } from "../src/server.js";
import { startHesabfaSimulator } from "../sandbox/hesabfa/index.js";
import { startHesabitSimulator } from "../sandbox/hesabit/index.js";
import { startTahesabSimulator } from "../sandbox/tahesab/index.js";

/**
 * `npm run bench`: for each scenario, latency, throughput, vendor calls per
 * operation and memory, against the simulators on loopback. Numbers go to
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
  {
    name: "Hesabfa: 50 customers by code from one operation (one list call with an in filter)",
    body: () =>
      JSON.stringify({
        query: `{ ${Array.from({ length: 50 }, (_, i) => `c${i}: customer(vendor: HESABFA, code: "${i + 1}") { code name }`).join(" ")} }`,
      }),
  },
  {
    name: "Hesabit: a page of 250 customers (three calls underneath)",
    body: () => JSON.stringify({ query: "{ hesabitCustomers(first: 250) { edges { node { code name } } } }" }),
  },
];

const sim = await startTahesabSimulator();
// The simulators count no rate limit here: the bench measures hesabgraph, not the vendors' quotas.
const hesabfa = await startHesabfaSimulator({ rateLimit: null });
const hesabit = await startHesabitSimulator({ dailyQuota: 10_000_000 });
const config = loadConfig({
  PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", HESABGRAPH_SANDBOX: "0", HESABGRAPH_STATE_DIR: ":memory:",
  TAHESAB_URL: sim.url, TAHESAB_TOKEN: sim.token, TAHESAB_DB: sim.dbName, TAHESAB_CERT_SHA256: sim.certificateSha256,
  HESABFA_URL: hesabfa.url, HESABFA_API_KEY: hesabfa.apiKey, HESABFA_LOGIN_TOKEN: hesabfa.loginToken, HESABFA_RATE_LIMIT: "100000",
  HESABIT_API_URL: hesabit.apiUrl, HESABIT_AUTH_URL: hesabit.authUrl, HESABIT_TOKEN_URL: hesabit.tokenUrl,
  HESABIT_CLIENT_ID: hesabit.clientId, HESABIT_CLIENT_SECRET: hesabit.clientSecret, HESABIT_REFRESH_TOKEN: hesabit.issueTokens().refreshToken,
  HESABIT_DAILY_QUOTA: "10000000",
});
const vendorCalls = () => ({ tahesab: sim.count(), hesabfa: hesabfa.count(), hesabit: hesabit.count() });
const resetCalls = () => {
  sim.resetRequests();
  hesabfa.resetRequests();
  hesabit.resetRequests();
};
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
  resetCalls();
  const rssBefore = process.memoryUsage().rss;

  const sequential: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) sequential.push(await once(scenario));
  const calls = vendorCalls();
  const callsPerOperation = Object.fromEntries(Object.entries(calls).filter(([, n]) => n > 0).map(([vendor, n]) => [vendor, round(n / ITERATIONS)]));

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
    vendorCallsPerOperation: callsPerOperation,
    sequentialMs: { p50: round(percentile(sequential, 50)), p95: round(percentile(sequential, 95)), p99: round(percentile(sequential, 99)) },
    concurrent: { concurrency: CONCURRENCY, opsPerSecond: round((concurrent.length / wall) * 1000), p95Ms: round(percentile(concurrent, 95)) },
    rssMiB: { before: round(rssBefore / 2 ** 20), after: round(process.memoryUsage().rss / 2 ** 20) },
  };
}

const results = [];
for (const scenario of SCENARIOS) results.push(await measure(scenario));
process.stdout.write(JSON.stringify(results, null, 2) + "\n");
await server.stop();
await Promise.all([sim.close(), hesabfa.close(), hesabit.close()]);
