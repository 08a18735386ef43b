import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Debian's redis-server (`apt-get install redis-server`; .ci/run installs it). */
const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? "redis-server";

export interface RedisProcess {
  url: string;
  port: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.connect(port, "127.0.0.1");
  });
}

/** A throwaway redis-server on a free loopback port, without persistence. */
export async function startRedis(): Promise<RedisProcess> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "hesabgraph-redis-"));
  const child: ChildProcess = spawn(REDIS_SERVER, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], {
    stdio: "ignore",
  });
  const failed = new Promise<never>((_, reject) => {
    child.once("error", (error) => reject(new Error(`cannot start ${REDIS_SERVER} (install Debian's redis-server): ${error.message}`)));
    child.once("exit", (code) => reject(new Error(`${REDIS_SERVER} exited with ${code}`)));
  });
  failed.catch(() => undefined);
  let ready = false;
  for (let i = 0; i < 100 && !ready; i++) {
    ready = await Promise.race([accepts(port), failed]);
    if (!ready) await new Promise((r) => setTimeout(r, 50));
  }
  if (!ready) {
    child.kill("SIGKILL");
    throw new Error(`${REDIS_SERVER} did not accept connections on port ${port}`);
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
