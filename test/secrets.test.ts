import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTahesabSimulator, type TahesabSimulator } from "../sandbox/tahesab/index.js";
import { postGraphQL } from "./support/harness.js";
import { startMain, waitForOutput, type StartedProcess } from "./support/start-process.js";

// A token long and odd enough that any appearance of it, whole or in part, is a leak.
const TOKEN = "S3CRETtahesabTOKEN0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNO";

describe("secrets never reach logs or answers", () => {
  let sim: TahesabSimulator;
  let server: StartedProcess;
  let url: string;
  const answers: string[] = [];

  beforeAll(async () => {
    sim = await startTahesabSimulator({ token: TOKEN });
    server = startMain({
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "trace",
      HESABGRAPH_STATE_DIR: ":memory:",
      TAHESAB_URL: sim.url,
      TAHESAB_TOKEN: TOKEN,
      TAHESAB_CERT_SHA256: sim.certificateSha256,
      TAHESAB_TIMEOUT_MS: "300",
    });
    [, url] = await waitForOutput(server, /"url":"(http:\/\/[^"]+\/graphql)"/);
  }, 30_000);

  afterAll(async () => {
    server?.child.kill("SIGTERM");
    await server?.exited;
    await sim?.close();
  });

  const ask = async (query: string) => {
    const response = await postGraphQL<unknown>(url, query);
    answers.push(JSON.stringify(response));
    return response;
  };

  it("through successes, vendor refusals, timeouts, outages and bad input", async () => {
    await ask(`{ etikets(codes: ["1", "2"]) { code name } }`);
    sim.faults.failNext(1, "error");
    await ask(`{ etiket(code: "3") { code } }`);
    sim.faults.failNext(1, "http500");
    await ask(`{ tahesabBalances(customerCodes: ["1"]) { money } }`);
    sim.faults.latencyMs = 600;
    await ask(`{ etiket(code: "4") { code } }`);
    sim.faults.reset();
    sim.faults.down = true;
    await ask(`mutation { recordCashTransfer(input: { customerCode: "1", date: "1403-08-06", direction: IN, amount: 5 }, idempotencyKey: "k1") { factorCode } }`);
    sim.faults.reset();
    await ask(`{ etikets(codes: []) { code } }`);
    const ready = await fetch(new URL("/readyz", url));
    answers.push(await ready.text());

    const everything = server.output() + answers.join("\n");
    expect(everything).toContain("vendor call"); // the trace-level log really ran
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(TOKEN.slice(0, 20));
    expect(everything).not.toContain(TOKEN.slice(-20));
  });
});
