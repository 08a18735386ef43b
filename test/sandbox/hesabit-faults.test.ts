// The simulator's faults: each failure kind, path prefixes, dropped answers
// to stored writes, canned raw answers, an outage, latency, and reset().
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startHesabitSimulator, type HesabitSimulator } from "../../sandbox/hesabit/index.js";
import { api, refresh, type ApiCall } from "./hesabit-client.js";

let sim: HesabitSimulator;
let tokens: { accessToken: string; refreshToken: string };
beforeAll(async () => {
  sim = await startHesabitSimulator({ seed: false });
  tokens = sim.issueTokens();
});
afterAll(() => sim.close());
afterEach(() => {
  sim.faults.reset();
  sim.resetRequests();
});

const call = (path: string, options: ApiCall = {}) => api(sim, path, { token: tokens.accessToken, ...options });
const createCustomer = (email: string) => call("customers", { method: "POST", body: { email } });
const emails = () => sim.state.customers.map((c) => c.email);

describe("failNext", () => {
  it("http500: an HTML error page, nothing stored, no quota spent", async () => {
    const used = sim.quota.used();
    sim.faults.failNext(1, "http500");
    const reply = await createCustomer("f500@example.com");
    expect(reply.status).toBe(500);
    expect(reply.headers.get("content-type")).toMatch(/^text\/html/);
    expect(reply.json).toBeUndefined();
    expect(emails()).not.toContain("f500@example.com");
    expect(sim.quota.used()).toBe(used);
    expect(sim.count({ method: "POST" })).toBe(1);
    expect((await createCustomer("f500@example.com")).status).toBe(201);
  });

  it("reset: the socket is destroyed before anything is processed", async () => {
    sim.faults.failNext(1, "reset");
    await expect(createCustomer("reset@example.com")).rejects.toThrow();
    expect(emails()).not.toContain("reset@example.com");
    expect(sim.count()).toBe(1);
  });

  it("http429 is nginx's HTML page, unlike the quota's JSON 429", async () => {
    sim.faults.failNext(1, "http429");
    const reply = await call("customers");
    expect(reply.status).toBe(429);
    expect(reply.text).toContain("<center><h1>429 Too Many Requests</h1></center>");
  });

  it("http502html is nginx's 502 page", async () => {
    sim.faults.failNext(1, "http502html");
    const reply = await call("customers");
    expect(reply.status).toBe(502);
    expect(reply.text).toContain("502 Bad Gateway");
    expect(reply.json).toBeUndefined();
  });

  it("counts down, and only hits paths with the prefix (the token endpoint too)", async () => {
    sim.faults.failNext(2, "http502html", "/oauth2/token");
    expect((await call("customers")).status).toBe(200);
    expect((await refresh(sim, tokens.refreshToken)).status).toBe(502);
    expect((await refresh(sim, tokens.refreshToken)).status).toBe(502);
    expect((await refresh(sim, tokens.refreshToken)).status).toBe(200);
    expect(sim.grants.refreshToken).toBe(1);
  });

  it("refuses unknown kinds and bad counts", () => {
    expect(() => sim.faults.failNext(1, "teapot" as never)).toThrow(RangeError);
    expect(() => sim.faults.failNext(-1, "reset")).toThrow(RangeError);
  });
});

describe("dropAfterWrite", () => {
  it("every Nth stored write loses its answer; reads and refused writes do not count", async () => {
    sim.faults.dropAfterWrite = { every: 2 };
    expect((await createCustomer("w1@example.com")).status).toBe(201);
    expect((await call("customers", { method: "POST", body: { name: "no contact" } })).status).toBe(400);
    expect((await call("customers")).status).toBe(200);
    await expect(createCustomer("w2@example.com")).rejects.toThrow();
    expect(emails()).toContain("w2@example.com");
    expect((await createCustomer("w3@example.com")).status).toBe(201);
    const id = sim.state.customers.find((c) => c.email === "w3@example.com")!.id;
    await expect(call(`customers/${id}`, { method: "DELETE" })).rejects.toThrow();
    expect(sim.state.customer(id)).toBeUndefined();
  });

  it("refuses a non-positive period", () => {
    expect(() => {
      sim.faults.dropAfterWrite = { every: 0 };
    }).toThrow(RangeError);
  });
});

describe("respondNext", () => {
  it("answers the next matching request with the raw body and status, unprocessed", async () => {
    sim.faults.respondNext("/v1/customers", '{"data":{"Customer":{"id":42}},"success":true,"status":201}', 201);
    const reply = await createCustomer("canned@example.com");
    expect(reply.status).toBe(201);
    expect(reply.json.data.Customer.id).toBe(42);
    expect(reply.headers.get("content-type")).toMatch(/^application\/json/);
    expect(emails()).not.toContain("canned@example.com");
    expect((await call("customers")).json.data).toBeInstanceOf(Array);
  });

  it("serves a non-JSON body as HTML, 200 by default, only on its prefix", async () => {
    sim.faults.respondNext("/v1/transactions", "<html>maintenance</html>");
    expect((await call("customers")).status).toBe(200);
    const reply = await call("transactions");
    expect(reply.status).toBe(200);
    expect(reply.text).toBe("<html>maintenance</html>");
    expect(reply.headers.get("content-type")).toMatch(/^text\/html/);
  });
});

describe("down, latency, reset", () => {
  it("down destroys every connection until it is switched off", async () => {
    sim.faults.down = true;
    await expect(call("customers")).rejects.toThrow();
    sim.faults.down = false;
    expect((await call("customers")).status).toBe(200);
  });

  it("latency still answers", async () => {
    sim.faults.latencyMs = 20;
    expect((await call("customers")).status).toBe(200);
  });

  it("reset() switches every fault off", async () => {
    sim.faults.failNext(5, "http500");
    sim.faults.respondNext("/v1", "x");
    sim.faults.dropAfterWrite = { every: 1 };
    sim.faults.latencyMs = 5;
    sim.faults.reset();
    expect(sim.faults.latencyMs).toBe(0);
    expect(sim.faults.dropAfterWrite).toBeNull();
    expect((await createCustomer("after-reset@example.com")).status).toBe(201);
  });
});
