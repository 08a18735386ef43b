import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { startStack, type Stack } from "./harness.js";

/**
 * A server with the Hesabit simulator only, for one describe block: connected and its token
 * warmed up before the first test, so each test sees its own calls only; the simulator's
 * request log and faults reset around every test. Read the stack through the getter.
 */
export function useHesabitStack(): () => Stack {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ hesabit: true, withoutTahesab: true, env: { HESABIT_TIMEOUT_MS: "2000" } });
    await stack.gql(`{ hesabitQuota { used } hesabitCustomers(first: 1) { edges { cursor } } }`);
  });
  beforeEach(() => stack.hesabit!.resetRequests());
  afterEach(() => stack.hesabit!.faults.reset());
  afterAll(() => stack.close());
  return () => stack;
}
