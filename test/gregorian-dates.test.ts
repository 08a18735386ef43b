import * as jalaali from "jalaali-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BalanceOnDayDocument, CashOnDayDocument, SanadsOfCustomerDatesDocument, UpdatedEtiketDatesDocument } from "./generated/operations.js";
import { startStack, type Stack } from "./support/harness.js";

/** The Gregorian day of a Shamsi `YYYY-MM-DD`, worked out here straight from the library. */
function gregorian(shamsi: string): string {
  const [y, m, d] = shamsi.split("-").map(Number);
  const g = jalaali.toGregorian(y, m, d);
  return `${g.gy}-${String(g.gm).padStart(2, "0")}-${String(g.gd).padStart(2, "0")}`;
}

describe("every Shamsi date has its Gregorian twin", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it("a document's date: 1403-08-06 is 2024-10-27, and the last day of leap 1403 is 2025-03-20", async () => {
    for (const [date, expected] of [["1403-08-06", "2024-10-27"], ["1403-12-30", "2025-03-20"]]) {
      const response = await stack.gql(CashOnDayDocument, { input: { customerCode: "5", date, direction: "IN", amount: 1000 } });
      expect(response.errors).toBeUndefined();
      expect(response.data!.recordCashTransfer!).toEqual({ date, dateGregorian: expected });
    }
    const listed = await stack.gql(SanadsOfCustomerDatesDocument, { customerCode: "5" });
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.sanads.length).toBeGreaterThanOrEqual(2);
    for (const sanad of listed.data!.sanads) {
      // recordedAt is the Tehran wall clock of recording as an instant: its Tehran day is recordedOn's Gregorian twin.
      const tehranDay = new Date(Date.parse(sanad.recordedAt!) + 3.5 * 3600_000).toISOString().slice(0, 10);
      expect(tehranDay).toBe(gregorian(sanad.recordedOn!));
      expect(sanad.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    }
  });

  it("a balance's day", async () => {
    const response = await stack.gql(BalanceOnDayDocument, { code: "1", date: "1403-01-01" });
    expect(response.errors).toBeUndefined();
    expect(response.data!.tahesabCustomers.edges[0].node.balanceAt).toMatchObject({ asOf: "1403-01-01", asOfGregorian: "2024-03-20" });
  });

  it("an etiket's last change", async () => {
    const response = await stack.gql(UpdatedEtiketDatesDocument, { from: "1400-01-01", to: "1404-12-29" });
    expect(response.errors).toBeUndefined();
    const etikets = response.data!.updatedEtikets;
    expect(etikets.length).toBeGreaterThan(0);
    for (const etiket of etikets) expect(etiket.changedOnGregorian).toBe(gregorian(etiket.changedOn!));
  });
});
