import { expect, it } from "vitest";
import { codes, type GraphQLResponse, type Stack } from "./harness.js";

/** A bad-input case: what it is, the operation that sends it, and the field the error must name. */
export type Refusal = [name: string, run: () => Promise<GraphQLResponse<any>>, field: string];

/**
 * One test per case: BAD_USER_INPUT naming the field (in `extensions.field`
 * and in the message), never a 500, and nothing sent to Tahesab.
 */
export function itRefusesEach(stack: () => Stack, cases: Refusal[]): void {
  for (const [name, run, field] of cases) {
    it(`refuses ${name}`, async () => {
      stack().sim.resetRequests();
      const response = await run();
      expect([200, 400]).toContain(response.status);
      expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(response.errors![0].extensions!.field).toBe(field);
      expect(response.errors![0].message).toContain(field);
      expect(stack().sim.count()).toBe(0);
    });
  }
}
