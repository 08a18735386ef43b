import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { HesabitCustomersDocument, HesabitQuotaDocument } from "./generated/operations.js";
import { codes, startStack, type Stack } from "./support/harness.js";

// Hesabit's error answers are not documented: any non-2xx is a failure whatever
// its body, its `message` quoted when it has one; 429 is VENDOR_RATE_LIMITED;
// an answer that does not fit is VENDOR_ERROR naming the call and the part.

const ASK = `{ hesabitCustomers(first: 1) { edges { node { code } } } }`;
const apiCalls = (stack: Stack) => stack.hesabit!.requests.filter((r) => r.path.startsWith("/v1/")).length;

describe("Hesabit failures", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ hesabit: true, withoutTahesab: true, env: { HESABIT_TIMEOUT_MS: "400" } });
    await stack.gql(ASK);
  });
  beforeEach(() => stack.hesabit!.resetRequests());
  afterEach(() => stack.hesabit!.faults.reset());
  afterAll(() => stack.close());

  const failing = async (query = ASK) => {
    const response = await stack.gql(query);
    expect(response.errors).toHaveLength(1);
    return response.errors![0];
  };

  it("an HTML 500 page is VENDOR_ERROR with the status, retryable, and the rest of the answer still comes", async () => {
    const sim = stack.hesabit!;
    const [one, two] = sim.state.customers;
    sim.faults.failNext(1, "http500", `/v1/customers/${one.id}`);
    const response = await stack.gql<any, any>(`{ one: customer(vendor: HESABIT, code: "${one.id}") { code } two: customer(vendor: HESABIT, code: "${two.id}") { code } }`);
    expect(response.errors![0].extensions).toMatchObject({ code: "VENDOR_ERROR", vendor: "HESABIT", httpStatus: 500, retryable: true });
    expect(response.errors![0].message).toBe("Hesabit answered HTTP 500 to GET /customers/{id}.");
    expect(response.errors![0].path).toEqual(["one"]);
    expect(response.data).toEqual({ one: null, two: { code: two.id } });
  });

  it("a refusal quotes the body's message when there is one, and says only the status when there is none", async () => {
    const sim = stack.hesabit!;
    sim.faults.respondNext("/v1/customers", JSON.stringify({ success: false, status: 400, message: "limit must be an integer of at least 1" }), 400);
    const quoted = await failing();
    expect(quoted.extensions).toMatchObject({ code: "VENDOR_ERROR", httpStatus: 400, retryable: false });
    expect(quoted.message).toBe("Hesabit answered HTTP 400 to GET /customers: limit must be an integer of at least 1");
    sim.faults.respondNext("/v1/customers", "<html>Bad Request</html>", 400);
    expect((await failing()).message).toBe("Hesabit answered HTTP 400 to GET /customers.");
    // A 404 anywhere but a read of one object is a failure too (a wrong HESABIT_API_URL, say).
    sim.faults.respondNext("/v1/customers", "<h2>Not Found</h2>", 404);
    expect((await failing()).extensions).toMatchObject({ code: "VENDOR_ERROR", httpStatus: 404 });
  });

  it("a 2xx whose body is not the envelope, says success:false, or holds data of another shape is VENDOR_ERROR naming what did not fit", async () => {
    const sim = stack.hesabit!;
    sim.faults.respondNext("/v1/customers", "<html>maintenance</html>", 200);
    expect((await failing()).message).toBe("Hesabit answered GET /customers with a body that is not JSON (HTTP 200).");
    sim.faults.respondNext("/v1/customers", JSON.stringify({ customers: [] }), 200);
    expect((await failing()).message).toMatch(/^Hesabit answered GET \/customers without its \{data, success, status\} envelope/);
    sim.faults.respondNext("/v1/customers", JSON.stringify({ data: [], success: false, message: "temporarily off" }), 200);
    expect((await failing()).message).toBe("Hesabit answered GET /customers with success: false (HTTP 200): temporarily off.");
    sim.faults.respondNext("/v1/customers", JSON.stringify({ data: [{ Customer: { id: "x", name: "n", email: "", mobile: "", address: "", company: "", tel: "", created: "yesterday" } }], success: true, status: 200 }), 200);
    const misfit = await failing();
    expect(misfit.extensions).toMatchObject({ code: "VENDOR_ERROR" });
    expect(misfit.message).toMatch(/^Hesabit answered GET \/customers with data that did not fit: data\[0\]\.Customer\.created /);
    sim.faults.respondNext("/v1/transactions", JSON.stringify({ data: [{ Transaction: { id: "1", description: "", amount: 12.5, created: 1, status: "approved" } }], success: true }), 200);
    expect((await failing(`{ hesabitTransactions(first: 1) { edges { cursor } } }`)).message).toMatch(/data\[0\]\.Transaction\.amount/);
    sim.faults.respondNext("/v1/transactions", JSON.stringify({ data: [{ Transaction: { id: "1", description: "", amount: "1", created: 1, status: "pending" } }], success: true }), 200);
    expect((await failing(`{ hesabitTransactions(first: 1) { edges { cursor } } }`)).message).toMatch(/data\[0\]\.Transaction\.status/);
  });

  it("429, nginx's page or the quota's JSON, is VENDOR_RATE_LIMITED and retryable", async () => {
    const sim = stack.hesabit!;
    sim.faults.failNext(1, "http429", "/v1/customers");
    expect((await failing()).extensions).toMatchObject({ code: "VENDOR_RATE_LIMITED", httpStatus: 429, retryable: true });
    sim.faults.respondNext("/v1/customers", JSON.stringify({ success: false, status: 429, message: "The daily request limit of this client has been reached" }), 429);
    const quota = await failing();
    expect(quota.extensions).toMatchObject({ code: "VENDOR_RATE_LIMITED", httpStatus: 429 });
    expect(quota.message).toContain("The daily request limit of this client has been reached");
  });

  it("a read that meets a 502 page is tried once more; a second 502 is the error", async () => {
    const sim = stack.hesabit!;
    sim.faults.failNext(1, "http502html", "/v1/customers");
    expect((await stack.gql(ASK)).errors).toBeUndefined();
    sim.faults.failNext(2, "http502html", "/v1/customers");
    expect((await failing()).extensions).toMatchObject({ code: "VENDOR_ERROR", httpStatus: 502 });
    expect(apiCalls(stack)).toBe(4);
  });

  it("an unreachable or silent Hesabit is VENDOR_UNAVAILABLE or VENDOR_TIMEOUT", async () => {
    const sim = stack.hesabit!;
    sim.faults.down = true;
    expect((await failing()).extensions).toMatchObject({ code: "VENDOR_UNAVAILABLE", vendor: "HESABIT", retryable: true });
    sim.faults.reset();
    sim.faults.latencyMs = 700;
    expect((await failing()).extensions).toMatchObject({ code: "VENDOR_TIMEOUT", vendor: "HESABIT" });
  });
});

describe("Hesabit's daily quota, counted by hesabgraph", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ hesabit: true, withoutTahesab: true, env: { HESABIT_DAILY_QUOTA: "3" } });
  });
  afterAll(() => stack.close());

  it("shows what is left, and past it fails at once with VENDOR_RATE_LIMITED until Tehran's midnight, sending nothing", async () => {
    const sim = stack.hesabit!;
    const fresh = await stack.gql(HesabitQuotaDocument);
    const now = Date.now();
    const tehran = new Date(now + 3.5 * 3600_000);
    const midnight = Date.UTC(tehran.getUTCFullYear(), tehran.getUTCMonth(), tehran.getUTCDate() + 1) - 3.5 * 3600_000;
    expect(fresh.data!.hesabitQuota).toEqual({ limit: 3, used: 0, remaining: 3, day: tehran.toISOString().slice(0, 10), resetsAt: new Date(midnight).toISOString() });

    for (let i = 0; i < 3; i++) expect((await stack.gql(HesabitCustomersDocument, { first: 1 })).errors).toBeUndefined();
    expect((await stack.gql(HesabitQuotaDocument)).data!.hesabitQuota).toMatchObject({ used: 3, remaining: 0 });
    const before = sim.requests.length;
    const refused = await stack.gql(ASK);
    expect(refused.errors![0].extensions).toMatchObject({ code: "VENDOR_RATE_LIMITED", vendor: "HESABIT", retryable: true });
    const wait = refused.errors![0].extensions!.retryAfterSeconds as number;
    expect(Math.abs(wait - (midnight - now) / 1000)).toBeLessThan(60);
    expect(refused.errors![0].message).toContain("daily quota of 3 requests is used up");
    expect(sim.requests.length).toBe(before);
    expect(sim.quota.used()).toBe(3);
  });
});
