import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readHesabitConfig } from "../datasources/hesabit/config.js";
import { HesabitOAuth } from "../datasources/hesabit/oauth.js";
import { HesabitTokens } from "../datasources/hesabit/tokens.js";
import { VendorTransport } from "../src/core/http/transport.js";
import { createLogger } from "../src/core/logger.js";
import { MemoryStateStore } from "../src/core/store/state-store.js";
import { startHesabitSimulator, type HesabitSimulator } from "../sandbox/hesabit/index.js";

// When the access token is refreshed ahead of its expiry, on one clock shared by
// hesabgraph's token keeper and the simulator, so every boundary is exact: the
// keeper talks to the simulator's token endpoint over a real socket.

const HOUR = 3600_000;

describe("refreshing ahead of expiry, on a set clock", () => {
  let time: number;
  let sim: HesabitSimulator;
  let tokens: HesabitTokens;
  const now = () => time;

  const keeper = async (lifetimeSeconds: number) => {
    sim = await startHesabitSimulator({ now, tokenLifetimeSeconds: lifetimeSeconds, seed: false });
    const config = readHesabitConfig({
      HESABIT_CLIENT_ID: sim.clientId,
      HESABIT_CLIENT_SECRET: sim.clientSecret,
      HESABIT_API_URL: sim.apiUrl,
      HESABIT_AUTH_URL: sim.authUrl,
      HESABIT_REFRESH_TOKEN: sim.issueTokens().refreshToken,
    })!;
    const logger = createLogger("silent");
    const transport = new VendorTransport({ vendor: "HESABIT", label: "Hesabit", timeoutMs: 2000, logger });
    tokens = new HesabitTokens(config, new MemoryStateStore(now), new HesabitOAuth(config, transport), logger, "default", "/auth/hesabit/login", now);
  };

  beforeEach(() => {
    time = Date.UTC(2024, 9, 27, 6, 30);
  });
  afterEach(() => sim?.close());

  it("a 10-hour token is used until 5 minutes before it expires, then refreshed", async () => {
    await keeper(36000);
    const first = await tokens.accessToken();
    expect(sim.grants.refreshToken).toBe(1);
    time += 10 * HOUR - 5 * 60_000 - 1;
    expect(await tokens.accessToken()).toBe(first);
    expect(sim.grants.refreshToken).toBe(1);
    time += 1;
    const second = await tokens.accessToken();
    expect(second).not.toBe(first);
    expect(sim.grants.refreshToken).toBe(2);
  });

  it("a short-lived token is refreshed a tenth of its life early", async () => {
    await keeper(100);
    const first = await tokens.accessToken();
    time += 90_000 - 1;
    expect(await tokens.accessToken()).toBe(first);
    time += 1;
    expect(await tokens.accessToken()).not.toBe(first);
  });

  it("an early refresh that fails for a passing reason keeps the token while it lives; once it expired, the failure is the answer", async () => {
    await keeper(36000);
    const first = await tokens.accessToken();
    time += 10 * HOUR - 60_000;
    sim.faults.failNext(1, "http500", "/oauth2/token");
    expect(await tokens.accessToken()).toBe(first);
    time += 60_000;
    sim.faults.failNext(1, "http500", "/oauth2/token");
    await expect(tokens.accessToken()).rejects.toMatchObject({ code: "VENDOR_ERROR", httpStatus: 500 });
    expect(sim.grants.refreshToken).toBe(1);
    // Hesabit back: the next call refreshes.
    const later = await tokens.accessToken();
    expect(later).not.toBe(first);
  });

  it("an early refresh Hesabit refuses ends the connection at once, though the old token still lives", async () => {
    await keeper(36000);
    await tokens.accessToken();
    time += 10 * HOUR - 60_000;
    sim.revokeRefreshTokens();
    await expect(tokens.accessToken()).rejects.toMatchObject({ code: "UNAUTHENTICATED", details: { loginUrl: "/auth/hesabit/login" } });
    const asked = sim.requests.length;
    await expect(tokens.accessToken()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(sim.requests.length).toBe(asked);
  });
});
