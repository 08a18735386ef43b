// The daily quota (per client id, Tehran days) and persistFile (a restarted
// simulator still accepts the tokens it issued).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { nextTehranMidnight, startHesabitSimulator, type HesabitSimulator } from "../../sandbox/hesabit/index.js";
import { api, approveAndGetCode, clock, exchange, refresh } from "./hesabit-client.js";

const running: HesabitSimulator[] = [];
const start = async (...args: Parameters<typeof startHesabitSimulator>) => {
  const sim = await startHesabitSimulator(...args);
  running.push(sim);
  return sim;
};
afterEach(async () => {
  await Promise.all(running.splice(0).map((sim) => sim.close()));
});

describe("quota", () => {
  it("refuses the call past dailyQuota with 429 {success:false}, refused or not every authenticated call counts", async () => {
    const sim = await start({ seed: false, dailyQuota: 3 });
    const { accessToken } = sim.issueTokens();
    expect((await api(sim, "customers", { token: accessToken })).status).toBe(200);
    expect((await api(sim, "customers/nope", { token: accessToken })).status).toBe(404);
    expect((await api(sim, "customers", { token: accessToken, method: "PATCH" })).status).toBe(405);
    expect(sim.quota.used()).toBe(3);
    const refused = await api(sim, "customers", { token: accessToken });
    expect(refused.status).toBe(429);
    expect(refused.json).toEqual({ success: false, status: 429, message: "The daily request limit of this client has been reached" });
    expect(sim.quota.used(sim.clientId)).toBe(3);
  });

  it("spends nothing on calls without a valid token, on addresses nothing serves, or on OAuth", async () => {
    const sim = await start({ seed: false, dailyQuota: 1, autoApprove: true });
    await api(sim, "customers");
    await api(sim, "customers", { token: "unknown" });
    await api(sim, "nowhere", { token: sim.issueTokens().accessToken });
    await exchange(sim, await approveAndGetCode(sim));
    expect(sim.quota.used()).toBe(0);
  });

  it("starts again at Tehran midnight (UTC+03:30), not UTC midnight", async () => {
    // 2025-03-20 23:59 Tehran is 20:29 UTC.
    const time = clock(Date.UTC(2025, 2, 20, 20, 29));
    const sim = await start({ seed: false, dailyQuota: 1, now: time.now, tokenLifetimeSeconds: 200000 });
    const { accessToken } = sim.issueTokens();
    expect((await api(sim, "customers", { token: accessToken })).status).toBe(200);
    expect((await api(sim, "customers", { token: accessToken })).status).toBe(429);
    const midnight = nextTehranMidnight(time.now());
    expect(midnight).toBe(Date.UTC(2025, 2, 20, 20, 30));
    time.set(midnight - 1);
    expect((await api(sim, "customers", { token: accessToken })).status).toBe(429);
    time.set(midnight);
    expect((await api(sim, "customers", { token: accessToken })).status).toBe(200);
    time.set(Date.UTC(2025, 2, 21, 0, 0)); // UTC midnight: the same Tehran day
    expect((await api(sim, "customers", { token: accessToken })).status).toBe(429);
  });

  it("quota.reset() gives the day's requests back", async () => {
    const sim = await start({ seed: false, dailyQuota: 1 });
    const { accessToken } = sim.issueTokens();
    await api(sim, "customers", { token: accessToken });
    expect((await api(sim, "customers", { token: accessToken })).status).toBe(429);
    sim.quota.reset();
    expect(sim.quota.used()).toBe(0);
    expect((await api(sim, "customers", { token: accessToken })).status).toBe(200);
  });
});

describe("persistFile", () => {
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), "hesabit-sim-"));
    const done = async () => {
      // Close first: closing saves the file one last time.
      await Promise.all(running.splice(0).map((sim) => sim.close()));
      rmSync(dir, { recursive: true, force: true });
    };
    return { dir, file: join(dir, "hesabit.json"), done };
  };

  it("connected, restart, still connected: same client, tokens and data", async () => {
    const { dir, file, done } = folder();
    try {
      const first = await start({ persistFile: file, autoApprove: true });
      const granted = (await exchange(first, await approveAndGetCode(first))).json;
      const created = await api(first, "customers", { token: granted.access_token, method: "POST", body: { email: "kept@example.com" } });
      const id = created.json.data.Customer.id;
      const { clientId, clientSecret } = first;
      await first.close();
      running.length = 0;

      const second = await start({ persistFile: file, autoApprove: true });
      expect(second.clientId).toBe(clientId);
      expect(second.clientSecret).toBe(clientSecret);
      expect(second.port).not.toBe(0);
      const read = await api(second, `customers/${id}`, { token: granted.access_token });
      expect(read.status).toBe(200);
      expect(read.json.data[0].Customer.email).toBe("kept@example.com");
      expect((await refresh(second, granted.refresh_token)).status).toBe(200);
      expect(second.state.customers).toHaveLength(31);
      expect(readdirSync(dir)).toEqual(["hesabit.json"]);
    } finally {
      await done();
    }
  });

  it("keeps expiry and revocation, and an explicit client id wins over the file's", async () => {
    const { file, done } = folder();
    try {
      const first = await start({ persistFile: file, seed: false, clientId: "app-1", clientSecret: "s-1" });
      const old = first.issueTokens();
      first.expireAccessTokens();
      first.revokeRefreshTokens();
      const fresh = first.issueTokens();
      await first.close();
      running.length = 0;
      const saved = JSON.parse(readFileSync(file, "utf8"));
      expect(saved.format).toBe("hesabit-simulator/1");

      const second = await start({ persistFile: file, clientId: "app-1", clientSecret: "s-1" });
      expect(second.state.customers).toHaveLength(0); // seed:true does not overwrite saved data
      expect((await api(second, "customers", { token: old.accessToken })).json.error_description).toMatch(/expired/);
      expect((await refresh(second, old.refreshToken)).status).toBe(400);
      expect((await api(second, "customers", { token: fresh.accessToken })).status).toBe(200);
    } finally {
      await done();
    }
  });

  it("fails loudly on a file that is not its own, or a folder that does not exist", async () => {
    const { dir, done } = folder();
    try {
      await expect(startHesabitSimulator({ persistFile: join(dir, "missing-folder", "x.json") })).rejects.toThrow();
      const bogus = join(dir, "bogus.json");
      writeFileSync(bogus, '{"hello":1}');
      await expect(startHesabitSimulator({ persistFile: bogus })).rejects.toThrow(/not a Hesabit simulator file/);
    } finally {
      await done();
    }
  });
});
