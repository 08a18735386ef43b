import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHesabitSimulator, type HesabitSimulator } from "../sandbox/hesabit/index.js";
import { startStack, type Stack } from "./support/harness.js";

// Hesabit has no batch read: customers by id are fetched one call each, in
// parallel, under the client's concurrency cap (HESABIT_CONCURRENCY, 4 by
// default). A gate in front of the simulator holds reads until four are
// waiting at once (or every read expected has come): a client that did not
// read in parallel would never open the gate, one that read more than four at
// once would be seen doing it. Counts only, no clocks.

interface Gate {
  url: string;
  maxInFlight: number;
  arrived: number;
  close(): Promise<void>;
}

async function startGate(sim: HesabitSimulator, expected: number, width: number): Promise<Gate> {
  const target = new URL(sim.apiUrl);
  let inFlight = 0;
  let held: Array<() => void> = [];
  const gate: Gate = { url: "", maxInFlight: 0, arrived: 0, close: async () => undefined };
  const forward = (request: http.IncomingMessage, response: http.ServerResponse, done: () => void) => {
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        answer.on("end", done);
      },
    );
    request.pipe(upstream);
  };
  const server = http.createServer((request, response) => {
    if (!request.url?.startsWith("/v1/customers/") || request.url.startsWith("/v1/customers/?")) return forward(request, response, () => undefined);
    gate.arrived += 1;
    inFlight += 1;
    gate.maxInFlight = Math.max(gate.maxInFlight, inFlight);
    held.push(() => forward(request, response, () => (inFlight -= 1)));
    if (held.length === width || gate.arrived === expected) {
      const open = held;
      held = [];
      for (const release of open) release();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  gate.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/`;
  gate.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return gate;
}

describe("Hesabit customers by id", () => {
  let sim: HesabitSimulator;
  let gate: Gate;
  let stack: Stack;
  beforeAll(async () => {
    sim = await startHesabitSimulator();
    gate = await startGate(sim, 10, 4);
    stack = await startStack({ hesabit: { shared: sim }, withoutTahesab: true, env: { HESABIT_API_URL: gate.url, HESABIT_TOKEN_URL: sim.tokenUrl } });
  });
  afterAll(async () => {
    await stack.close();
    await gate.close();
    await sim.close();
  });

  it("ten distinct ids, asked twice each from aliases and node(), are ten calls, four at a time", async () => {
    const ids = sim.state.customers.slice(0, 10).map((c) => c.id);
    const node = (id: string) => Buffer.from(`Customer:HESABIT:${id}`).toString("base64url");
    const fields = ids.flatMap((id, i) => [
      `c${i}: customer(vendor: HESABIT, code: "${id}") { code name }`,
      `n${i}: node(id: "${node(id)}") { ... on Customer { code } }`,
    ]);
    const response = await stack.gql<any, any>(`{ ${fields.join("\n")} }`);
    expect(response.errors).toBeUndefined();
    ids.forEach((id, i) => {
      expect(response.data[`c${i}`]).toMatchObject({ code: id, name: sim.state.customers[i].name });
      expect(response.data[`n${i}`]).toEqual({ code: id });
    });
    expect(gate.arrived).toBe(10);
    expect(sim.requests.filter((r) => r.path.startsWith("/v1/customers/")).map((r) => r.path).sort()).toEqual(ids.map((id) => `/v1/customers/${id}`).sort());
    expect(gate.maxInFlight).toBe(4);
  });
});
