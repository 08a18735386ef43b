import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hesabitModule } from "../datasources/hesabit/module.js";
import type { HesabitDatasource } from "../datasources/hesabit/index.js";
import { createLogger } from "../src/core/logger.js";
import { MemoryJournal } from "../src/core/store/memory-journal.js";
import { MemoryStateStore } from "../src/core/store/state-store.js";
import { startHesabitSimulator, type HesabitSimulator } from "../sandbox/hesabit/index.js";

/**
 * Two tenants of one server on one journal and one state store, each with its
 * own Hesabit connection: an idempotency key is a key within a tenant, and
 * tokens and quota are kept apart.
 */
describe("Hesabit for two tenants on shared stores", () => {
  let sim: HesabitSimulator;
  let journal: MemoryJournal;
  let store: MemoryStateStore;
  let tenants: Record<string, HesabitDatasource>;
  beforeAll(async () => {
    sim = await startHesabitSimulator({ seed: false });
    journal = new MemoryJournal();
    store = new MemoryStateStore();
    const logger = createLogger("silent");
    tenants = {};
    for (const tenantId of ["default", "shop-2"]) {
      const config = hesabitModule.readConfig({
        HESABIT_CLIENT_ID: sim.clientId, HESABIT_CLIENT_SECRET: sim.clientSecret, HESABIT_API_URL: sim.apiUrl, HESABIT_AUTH_URL: sim.authUrl,
        HESABIT_REFRESH_TOKEN: sim.issueTokens().refreshToken, HESABIT_TIMEOUT_MS: "2000",
      });
      tenants[tenantId] = hesabitModule.create(config!, { logger, journal, store, tenantId }) as HesabitDatasource;
    }
  });
  afterAll(() => sim.close());

  it("one key in two tenants is two writes, journalled as HESABIT:<key> for the default tenant and <tenant>:HESABIT:<key> for another", async () => {
    const a = await tenants.default.customers.create({ name: "مشتری الف", mobile: "09120000001" }, "same-key");
    const b = await tenants["shop-2"].customers.create({ name: "مشتری ب", mobile: "09120000002" }, "same-key");
    expect(a).toMatchObject({ replayed: false });
    expect(b).toMatchObject({ replayed: false });
    expect(a.result.code).not.toBe(b.result.code);
    expect(await journal.get("HESABIT:same-key")).toMatchObject({ state: "DONE", result: { code: a.result.code } });
    expect(await journal.get("shop-2:HESABIT:same-key")).toMatchObject({ state: "DONE", result: { code: b.result.code } });
    expect(journal.size()).toBe(2);
  });

  it("tokens and the quota are kept under each tenant's own keys", async () => {
    const keys = [...(store as unknown as { held: Map<string, unknown> }).held.keys()].sort();
    expect(keys.filter((k) => k.includes(":oauth:"))).toEqual([expect.stringMatching(/^default:HESABIT:oauth:/), expect.stringMatching(/^shop-2:HESABIT:oauth:/)]);
    expect(keys.filter((k) => k.includes(":quota:"))).toEqual([expect.stringMatching(/^default:HESABIT:quota:/), expect.stringMatching(/^shop-2:HESABIT:quota:/)]);
    expect((await tenants.default.quota.state()).used).toBe((await tenants["shop-2"].quota.state()).used);
  });

  it("without HESABIT_REDIRECT_URI the login is named by its path; with it, on that server", () => {
    expect(hesabitModule.label).toBe("Hesabit");
    const config = hesabitModule.readConfig({ HESABIT_CLIENT_ID: "c", HESABIT_CLIENT_SECRET: "s", HESABIT_REDIRECT_URI: "https://graph.example/auth/hesabit/callback" });
    const ds = hesabitModule.create(config!, { logger: createLogger("silent"), journal, store, tenantId: "default" }) as HesabitDatasource;
    expect(ds.tokens.loginUrl).toBe("https://graph.example/auth/hesabit/login");
    expect(ds.redirectUriFor("http://elsewhere:4000")).toBe("https://graph.example/auth/hesabit/callback");
    expect(tenants.default.tokens.loginUrl).toBe("/auth/hesabit/login");
    expect(tenants.default.redirectUriFor("http://10.0.0.7:4000")).toBe("http://10.0.0.7:4000/auth/hesabit/callback");
  });
});
