import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { newKey } from "../src/auth/api-keys.js";
import { loadConfig } from "../src/config.js";
import { configRefusal } from "./support/config-refusal.js";
import { createLogger } from "../src/core/logger.js";
import { startServer } from "../src/server.js";
import { mainScript, startMain } from "./support/start-process.js";
import { existsSync } from "node:fs";

const key = () => `pos:read-write:${newKey().sha256}`;

describe("who can reach the server", () => {
  it("without keys listens on this machine only; with keys, on every interface", () => {
    expect(loadConfig({}).host).toBe("127.0.0.1");
    expect(loadConfig({ HESABGRAPH_API_KEYS: key() }).host).toBe("0.0.0.0");
  });

  it("refuses to listen beyond loopback without keys, saying the three ways out", () => {
    for (const host of ["0.0.0.0", "::", "192.168.1.20", "shop-pc.local"]) {
      const error = configRefusal({ HOST: host });
      expect(error.variable).toBe("HOST");
      expect(error.message).toContain(`HOST is ${host}, which other machines can reach, but no API key is configured`);
      for (const way of ["HESABGRAPH_API_KEYS", "npm run --silent key", "HOST=127.0.0.1", "HESABGRAPH_ALLOW_UNAUTHENTICATED=1"]) expect(error.message).toContain(way);
    }
  });

  it("takes every loopback form without keys", () => {
    for (const host of ["127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost"]) expect(() => loadConfig({ HOST: host })).not.toThrow();
  });

  it("listens beyond loopback without keys only when told to, and warns at every start", async () => {
    const config = loadConfig({ HOST: "0.0.0.0", PORT: "0", HESABGRAPH_ALLOW_UNAUTHENTICATED: "1", HESABGRAPH_STATE_DIR: ":memory:", HESABGRAPH_SANDBOX: "0" });
    const lines: any[] = [];
    const server = await startServer({ config, logger: createLogger("info", { write: (line: string) => lines.push(JSON.parse(line)) }) });
    try {
      expect((server.httpServer.address() as AddressInfo).address).toBe("0.0.0.0");
      expect(lines.find((l) => l.level === 40 && /^NO AUTHENTICATION/.test(l.msg))).toBeDefined();
    } finally {
      await server.stop();
    }
  });

  it("with no keys and no HOST, binds to 127.0.0.1 and says so", async () => {
    const config = loadConfig({ PORT: "0", HESABGRAPH_STATE_DIR: ":memory:", HESABGRAPH_SANDBOX: "0" });
    const lines: any[] = [];
    const server = await startServer({ config, logger: createLogger("info", { write: (line: string) => lines.push(JSON.parse(line)) }) });
    try {
      expect((server.httpServer.address() as AddressInfo).address).toBe("127.0.0.1");
      expect(lines.map((l) => l.msg)).toContain("no API key configured: listening on this machine only (loopback); configure HESABGRAPH_API_KEYS to serve the network");
    } finally {
      await server.stop();
    }
  });

  it.skipIf(!existsSync(mainScript))("the start command on 0.0.0.0 without keys stops at once with what to do", async () => {
    const server = startMain({ PORT: "0", HOST: "0.0.0.0" });
    expect(await server.exited).toBe(2);
    expect(server.output()).toContain("hesabgraph: configuration: HOST is 0.0.0.0, which other machines can reach, but no API key is configured");
    expect(server.output()).toContain("HESABGRAPH_API_KEYS");
  });
});

describe.skipIf(!existsSync(mainScript))("starting where the server cannot listen", () => {
  it("says in plain words that the port is taken, and what to set", async () => {
    const { createServer } = await import("node:net");
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const server = startMain({ PORT: String(port), HESABGRAPH_SANDBOX: "0", HESABGRAPH_STATE_DIR: ":memory:" });
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain(`hesabgraph failed to start: PORT ${port} is already in use on 127.0.0.1: stop the program using it, or set PORT to another port (e.g. PORT=4001)`);
    } finally {
      taken.close();
    }
  });
});
