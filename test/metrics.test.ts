import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startStack, type Stack } from "./support/harness.js";

/** The value of one sample of the Prometheus text, by its exact name and labels. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const WRITE = (key: string) =>
  `mutation Deposit { recordCashTransfer(idempotencyKey: "${key}", input: { customerCode: "1", date: "1403-08-06", direction: IN, amount: 5000 }) { factorCode replayed } }`;

describe("GET /metrics and the log line of each operation", () => {
  let stack: Stack;
  let text: string;
  // A value no log line may hold: it travels in a variable only.
  const PRIVATE = "09129998877";

  // The operations run once, in the first test's beforeEach rather than in beforeAll: mutation
  // testing credits the code a test runs to that test, and what runs in beforeAll to none.
  let operations: Promise<string> | undefined;
  beforeAll(async () => {
    stack = await startStack();
  });
  beforeEach(async () => {
    text = await (operations ??= runOperations());
  });
  const runOperations = async (): Promise<string> => {
    // 1. a query whose three etikets travel as one batched call
    await stack.gql(`query Pieces { etikets(codes: ["1", "2", "3"]) { code } }`);
    // 2. the same, refused by Tahesab once: a partial answer
    stack.sim.faults.failNext(1, "error", "getmandehesabbycode");
    await stack.gql(`query Mixed { etiket(code: "1") { code } tahesabBalances(customerCodes: ["1", "2"]) { money } }`);
    // 3. a write with a key, and its repeat answered from the journal
    await stack.gql(WRITE("metrics-write-1"));
    await stack.gql(WRITE("metrics-write-1"));
    // 4. a write without a key
    await stack.gql(`mutation Unkeyed { recordCashTransfer(input: { customerCode: "2", date: "1403-08-06", direction: IN, amount: 7000 }) { factorCode } }`);
    // 5. a query with a variable; 6. one that does not validate
    await stack.gql(`query ByPhone($phone: String!) { tahesabCustomersByPhone(phone: $phone) { code } }`, { phone: PRIVATE });
    await stack.gql(`query Broken { nothingHere }`);
    const response = await fetch(new URL("/metrics", stack.server.url));
    expect(response.headers.get("content-type")).toContain("text/plain");
    return response.text();
  };
  afterAll(() => stack.close());

  it("counts operations by name, type and outcome", () => {
    expect(sample(text, 'hesabgraph_operations_total{operation="Pieces",type="query",outcome="ok"}')).toBe(1);
    expect(sample(text, 'hesabgraph_operations_total{operation="Mixed",type="query",outcome="partial"}')).toBe(1);
    expect(sample(text, 'hesabgraph_operations_total{operation="Deposit",type="mutation",outcome="ok"}')).toBe(2);
    expect(sample(text, 'hesabgraph_operations_total{operation="Broken",type="query",outcome="refused"}')).toBe(1);
    expect(sample(text, 'hesabgraph_operation_duration_seconds_count{type="query"}')).toBe(4);
  });

  it("counts vendor calls by vendor, command and outcome, with their latency", () => {
    expect(sample(text, 'hesabgraph_vendor_calls_total{vendor="TAHESAB",command="getetiketinfobycode",outcome="ok"}')).toBe(2);
    // Tahesab's refusal comes in an HTTP 200 ({"ERROR": …}): the exchange itself is "ok". The other two
    // are the writes' checks that the customer exists.
    expect(sample(text, 'hesabgraph_vendor_calls_total{vendor="TAHESAB",command="getmandehesabbycode",outcome="ok"}')).toBe(3);
    expect(sample(text, 'hesabgraph_vendor_call_duration_seconds_count{vendor="TAHESAB",command="getetiketinfobycode"}')).toBe(2);
    expect(sample(text, 'hesabgraph_vendor_call_duration_seconds_bucket{le="+Inf",vendor="TAHESAB",command="getetiketinfobycode"}')).toBe(2);
  });

  it("measures DataLoader batches by loader", () => {
    expect(sample(text, 'hesabgraph_dataloader_batch_size_count{loader="TAHESAB.etiket"}')).toBe(2);
    expect(sample(text, 'hesabgraph_dataloader_batch_size_sum{loader="TAHESAB.etiket"}')).toBe(4);
    expect(sample(text, 'hesabgraph_dataloader_batch_size_sum{loader="TAHESAB.balance"}')).toBe(2);
  });

  it("counts the journal's states and the writes without a key", () => {
    expect(sample(text, 'hesabgraph_journal_events_total{vendor="TAHESAB",event="begun"}')).toBe(1);
    expect(sample(text, 'hesabgraph_journal_events_total{vendor="TAHESAB",event="completed"}')).toBe(1);
    expect(sample(text, 'hesabgraph_journal_events_total{vendor="TAHESAB",event="replayed"}')).toBe(1);
    expect(sample(text, 'hesabgraph_writes_without_idempotency_key_total{field="recordCashTransfer",outcome="sent"}')).toBe(1);
  });

  it("includes the process metrics", () => {
    for (const family of ["process_cpu_user_seconds_total", "process_resident_memory_bytes", "nodejs_eventloop_lag_seconds", "nodejs_heap_size_used_bytes"]) {
      expect(text).toContain(`# TYPE ${family} `);
    }
  });

  it("writes one line per operation: name, tenant, time, vendor calls, outcome and error codes, never variables", () => {
    const lines = stack.logs.filter((line) => line.msg === "operation");
    expect(lines.map((l) => l.operation)).toEqual(["Pieces", "Mixed", "Deposit", "Deposit", "Unkeyed", "ByPhone", "Broken"]);
    expect(lines[0]).toMatchObject({ type: "query", tenant: "default", vendorCalls: { TAHESAB: 1 }, outcome: "ok" });
    expect(typeof lines[0].ms).toBe("number");
    expect(lines[1]).toMatchObject({ vendorCalls: { TAHESAB: 2 }, outcome: "partial", errors: ["VENDOR_ERROR"] });
    expect(lines[3]).toMatchObject({ type: "mutation", vendorCalls: {}, outcome: "ok" });
    expect(lines[6]).toMatchObject({ outcome: "refused", errors: ["GRAPHQL_VALIDATION_FAILED"] });
    expect(JSON.stringify(stack.logs)).not.toContain(PRIVATE);
  });
});
