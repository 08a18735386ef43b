import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTahesabSimulator, type TahesabSimulator } from "../sandbox/tahesab/index.js";
import { redisServer } from "./support/debian.js";
import { postGraphQL } from "./support/harness.js";
import { startRedis, type RedisProcess } from "./support/redis.js";
import { mainScript, startMain, waitForOutput, type StartedProcess } from "./support/start-process.js";

/**
 * `npm start` stops on SIGTERM and SIGINT with exit code 0 after finishing
 * what it is doing — run as users run it, with NODE_ENV unset (Apollo
 * installs its own signal handlers then), after serving requests over kept-alive
 * connections.
 */
const REDIS = redisServer();

async function serve(env: Record<string, string>, pattern = /"url":"(http:\/\/[^"]+\/graphql)"/): Promise<{ server: StartedProcess; url: string }> {
  const server = startMain({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", ...env });
  const [, url] = await waitForOutput(server, pattern);
  return { server, url };
}

async function stopsCleanly(server: StartedProcess, signal: NodeJS.Signals): Promise<void> {
  server.child.kill(signal);
  expect(await server.exited).toBe(0);
  expect(server.output()).toContain(`"signal":"${signal}"`);
}

describe.skipIf(!existsSync(mainScript))("the start command stops on a signal", () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`in sandbox mode, after serving requests: ${signal} → exit 0`, async () => {
      const { server, url } = await serve({});
      try {
        for (let i = 0; i < 3; i++) expect((await postGraphQL<any>(url, '{ etiket(code: "1") { code } }')).data.etiket.code).toBe("1");
        await stopsCleanly(server, signal);
      } finally {
        server.child.kill("SIGKILL");
      }
    });
  }

  describe("with real vendor settings", () => {
    let sim: TahesabSimulator;
    beforeAll(async () => {
      sim = await startTahesabSimulator();
    });
    afterAll(() => sim.close());

    const tahesab = () => ({ TAHESAB_URL: sim.url, TAHESAB_TOKEN: sim.token, TAHESAB_DB: sim.dbName, TAHESAB_CERT_SHA256: sim.certificateSha256 });

    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      it(`${signal} while a request is in flight: the request is answered in full, then exit 0`, async () => {
        const { server, url } = await serve({ ...tahesab(), HESABGRAPH_STATE_DIR: mkdtempSync(join(tmpdir(), "hesabgraph-stop-")) });
        try {
          expect((await postGraphQL<any>(url, '{ etiket(code: "2") { code } }')).data.etiket.code).toBe("2");
          sim.faults.commandLatencyMs.getetiketinfobycode = 300;
          const inFlight = postGraphQL<any>(url, '{ etiket(code: "3") { code } }');
          await new Promise((resolve) => setTimeout(resolve, 100));
          server.child.kill(signal);
          expect((await inFlight).data.etiket.code).toBe("3");
          expect(await server.exited).toBe(0);
        } finally {
          sim.faults.reset();
          server.child.kill("SIGKILL");
        }
      });
    }

    describe.skipIf(!REDIS.available)("and Redis (REDIS_URL)", () => {
      let redis: RedisProcess;
      beforeAll(async () => {
        redis = await startRedis();
      });
      afterAll(() => redis?.stop());

      for (const signal of ["SIGTERM", "SIGINT"] as const) {
        it(`${signal} → exit 0, the Redis connection closed`, async () => {
          const { server, url } = await serve({ ...tahesab(), REDIS_URL: redis.url });
          try {
            const key = `stop-${signal}`;
            const write = await postGraphQL<any>(
              url,
              "mutation($k: String) { recordCashTransfer(input: { customerCode: \"3\", date: \"1403-08-06\", direction: IN, amount: 1000 }, idempotencyKey: $k) { factorCode } }",
              { k: key },
            );
            expect(write.errors).toBeUndefined();
            await stopsCleanly(server, signal);
          } finally {
            server.child.kill("SIGKILL");
          }
        });
      }
    });
  });
});
