// Shared by the Hesabfa tests: a stack whose limits stay out of the way unless
// a test is about them, and readers of what the simulator received.
import { expect } from "vitest";
import { startHesabfaSimulator, type HesabfaSimulator, type HesabfaSimulatorOptions } from "../../sandbox/hesabfa/index.js";
import { startStack, type GraphQLResponse, type Stack } from "../support/harness.js";

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type HesabfaStack = Omit<Stack, "gql" | "hesabfa"> & {
  hesabfa: HesabfaSimulator;
  gql(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<any>>;
};

export async function hesabfaStack(options: { sim?: HesabfaSimulatorOptions; shared?: HesabfaSimulator; env?: Record<string, string> } = {}): Promise<HesabfaStack> {
  const stack = await startStack({
    withoutTahesab: true,
    hesabfa: options.shared ? { shared: options.shared } : { rateLimit: null, ...options.sim },
    env: { HESABFA_RATE_LIMIT: "100000", ...options.env },
  });
  return stack as unknown as HesabfaStack;
}

/** Bodies the simulator received for `method` (lower case), in order. */
export const bodies = (sim: HesabfaSimulator, method: string): any[] => sim.requests.filter((r) => r.method === method.toLowerCase()).map((r) => r.body);

/** The only body received for `method`; fails when there were none or several. */
export function only(sim: HesabfaSimulator, method: string): any {
  const found = bodies(sim, method);
  expect(found, `${method} calls`).toHaveLength(1);
  return found[0];
}

/** A read: the credentials, nothing of a write. */
export function expectRead(sim: HesabfaSimulator, body: any, params: Record<string, unknown>): void {
  expect(body).toEqual({ apiKey: sim.apiKey, loginToken: sim.loginToken, ...params });
}

/** A write: the credentials, a GUID requestUniqueId, the parameters. */
export function expectWrite(sim: HesabfaSimulator, body: any, params: Record<string, unknown>): string {
  expect(body.requestUniqueId).toMatch(GUID);
  expect(body).toEqual({ apiKey: sim.apiKey, loginToken: sim.loginToken, requestUniqueId: body.requestUniqueId, ...params });
  return body.requestUniqueId;
}

export const errorCodes = (response: { errors?: Array<{ extensions?: Record<string, any> }> }) => (response.errors ?? []).map((e) => e.extensions?.code);

/** "YYYY-MM-DDTHH:MM:SS+03:30", `day` days into the simulated business's latest fiscal year. */
export function dayInYear(sim: HesabfaSimulator, day: number, time = "10:00:00"): string {
  const year = sim.state.latestYear();
  return `${new Date((year.StartDate.seconds + day * 86400) * 1000).toISOString().slice(0, 10)}T${time}+03:30`;
}

/** A stack on a simulator of its own that answers a repeated requestUniqueId with 120 (done, no answer). */
export async function error120Stack(): Promise<{ sim: HesabfaSimulator; stack: HesabfaStack; close(): Promise<void> }> {
  const sim = await startHesabfaSimulator({ rateLimit: null, duplicateRequests: "error120" });
  const stack = await hesabfaStack({ shared: sim });
  return {
    sim,
    stack,
    close: async () => {
      await stack.close();
      await sim.close();
    },
  };
}
