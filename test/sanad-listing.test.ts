import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DeleteSanadDocument, RecordCashTransferDocument, SanadInquiryDocument, SanadsDocument } from "./generated/operations.js";
import { codes, startStack, type Stack } from "./support/harness.js";

const date = "1403-08-06";

for (const addOn of ["current", "older"] as const) {
  describe(`documents listed, found and deleted on a ${addOn} add-on`, () => {
    let stack: Stack;
    let n = 7000;
    beforeAll(async () => {
      stack = await startStack({ simulator: { addOn }, env: { TAHESAB_TIMEOUT_MS: "1500" } });
    });
    afterEach(() => stack.sim.faults.reset());
    afterAll(() => stack.close());

    const cash = async (customerCode: string, amount: string, description: string, key?: string, on = date) => {
      const response = await stack.gql(RecordCashTransferDocument, { input: { customerCode, date: on, factorNumber: ++n, direction: "IN", amount, description }, key });
      expect(response.errors).toBeUndefined();
      return { ...response.data!.recordCashTransfer!, factorNumber: n };
    };

    it("sanads: DoListAsnad with the period as asked (and the newer form's two arguments), rows read as Tahesab lists them", async () => {
      const receipt = await cash("3", "7000000", "واریز");
      stack.sim.resetRequests();
      const listed = await stack.gql(SanadsDocument, { last: 5, customerCode: "3", from: "1403-08-01", to: "1403-08-30" });
      expect(listed.errors).toBeUndefined();
      const tail = addOn === "current" ? ["", 0] : [];
      expect(stack.sim.requests).toEqual([expect.objectContaining({ command: "DoListAsnad", args: [5, 3, "1403-08-01", "1403-08-30", ...tail] })]);
      const mine = listed.data!.sanads.find((s) => s.factorCode === receipt.factorCode)!;
      expect(mine).toMatchObject({
        kind: "CASH_TRANSFER",
        customerCode: "3",
        factorNumber: receipt.factorNumber,
        recordedOn: date,
        amount: "7000000",
        description: "واريز",
        user: "APi",
      });
      expect(mine.kindName).toMatch(/نقد/);
      expect(mine.moneyBalanceAfter).toMatch(/^-?\d+$/);
      expect(mine.rowId).toMatch(/^\d+$/);
    });

    it("sanads without a period sends a wide explicit one, never an empty bound (which hangs real add-ons)", async () => {
      stack.sim.resetRequests();
      const listed = await stack.gql(SanadsDocument, { customerCode: "3" });
      expect(listed.errors).toBeUndefined();
      const [call] = stack.sim.requests;
      expect(call.args.slice(0, 4)).toEqual([50, 3, "1300-01-01", "1499-12-29"]);
    });

    it("sanads are newest first, and at most `last` of them", async () => {
      const day = "1403-02-02";
      await cash("12", "1000", "اول", undefined, day);
      await cash("12", "2000", "دوم", undefined, day);
      await cash("12", "3000", "سوم", undefined, day);
      const listed = await stack.gql(SanadsDocument, { customerCode: "12", last: 2, from: day, to: day });
      expect(listed.data!.sanads.map((s) => s.description)).toEqual(["سوم", "دوم"]);
      const all = await stack.gql(SanadsDocument, { customerCode: "12", last: 1000 });
      const times = all.data!.sanads.map((s) => [Date.parse(s.recordedAt!), Number(s.rowId)] as const);
      for (let i = 1; i < times.length; i++) {
        expect(times[i - 1][0] > times[i][0] || (times[i - 1][0] === times[i][0] && times[i - 1][1] > times[i][1])).toBe(true);
      }
    });

    it("sanad(customerCode, factorNumber, date): DoNewSanadInquiry with the five numbers; node() finds a receipt's and a row's document again", async () => {
      const receipt = await cash("3", "8000000", "برای استعلام");
      stack.sim.resetRequests();
      const found = await stack.gql(SanadInquiryDocument, { customerCode: "3", factorNumber: receipt.factorNumber, date });
      expect(stack.sim.requests).toEqual([expect.objectContaining({ command: "DoNewSanadInquiry", args: [3, receipt.factorNumber, 1403, 8, 6] })]);
      expect(found.data!.sanad).toMatchObject({ factorCode: receipt.factorCode, customerCode: "3", factorNumber: receipt.factorNumber });

      const byReceipt = await stack.gql<any, any>(`query($id: ID!) { node(id: $id) { ... on Sanad { factorCode kind } } }`, { id: receipt.id });
      expect(byReceipt.data.node).toEqual({ factorCode: receipt.factorCode, kind: "CASH_TRANSFER" });
      stack.sim.resetRequests();
      const byRow = await stack.gql<any, any>(`query($id: ID!) { node(id: $id) { ... on Sanad { factorCode rowId } } }`, { id: found.data!.sanad!.id });
      expect(byRow.data.node).toEqual({ factorCode: receipt.factorCode, rowId: found.data!.sanad!.rowId });
      // A row is looked for among its own customer's documents only.
      expect(stack.sim.requests.filter((r) => r.command === "DoListAsnad").map((r) => (r.args as unknown[])[1])).toEqual([3]);
    });

    it("a deleteSanad key is one document's: reused for another, refused naming the key, nothing sent", async () => {
      const [first, second] = [await cash("3", "9100000", "حذف اول"), await cash("3", "9200000", "حذف دوم")];
      expect((await stack.gql(DeleteSanadDocument, { factorCode: first.factorCode, key: `delete-once-${addOn}` })).errors).toBeUndefined();
      stack.sim.resetRequests();
      const reused = await stack.gql(DeleteSanadDocument, { factorCode: second.factorCode, key: `delete-once-${addOn}` });
      expect(reused.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "idempotencyKey" });
      expect(stack.sim.count("DoDeleteSanad")).toBe(0);
    });

    it("deleteSanad: DoDeleteSanad with the Factor_Code; the document is gone", async () => {
      const receipt = await cash("3", "9000000", "برای حذف");
      stack.sim.resetRequests();
      const deleted = await stack.gql(DeleteSanadDocument, { factorCode: receipt.factorCode });
      expect(deleted.errors).toBeUndefined();
      expect(stack.sim.requests).toEqual([expect.objectContaining({ command: "DoDeleteSanad", args: [receipt.factorCode] })]);
      const gone = await stack.gql(SanadInquiryDocument, { customerCode: "3", factorNumber: receipt.factorNumber, date });
      expect(gone.data!.sanad).toBeNull();
    });

    it("a deleteSanad whose answer was lost is settled at once by listing: the document is gone, nothing sent again", async () => {
      const receipt = await cash("3", "9050000", "حذف با پاسخ گم شده");
      stack.sim.faults.dropAfterWrite = { every: 1 };
      stack.sim.resetRequests();
      const settled = await stack.gql(DeleteSanadDocument, { factorCode: receipt.factorCode, key: "delete-lost-0" });
      expect(settled.errors).toBeUndefined();
      expect(stack.sim.count("DoDeleteSanad")).toBe(1);
      expect(stack.sim.count("DoListAsnad")).toBe(1);
    });

    it("a deleteSanad whose fate could not be learnt is settled by a retry with the same key: the document is found gone, nothing sent again", async () => {
      const receipt = await cash("3", "9100000", "حذف با پاسخ گم شده");
      stack.sim.faults.dropAfterWrite = { every: 1 };
      stack.sim.faults.failNext(1, "http500", "DoListAsnad");
      const lost = await stack.gql(DeleteSanadDocument, { factorCode: receipt.factorCode, key: "delete-lost-1" });
      expect(codes(lost)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
      stack.sim.faults.reset();
      stack.sim.resetRequests();
      const retried = await stack.gql(DeleteSanadDocument, { factorCode: receipt.factorCode, key: "delete-lost-1" });
      expect(retried.errors).toBeUndefined();
      expect(retried.data!.deleteSanad).toMatchObject({ factorCode: receipt.factorCode, replayed: false });
      expect(stack.sim.count("DoDeleteSanad")).toBe(0);
      expect(stack.sim.count("DoListAsnad")).toBe(1);
      // Later repeats come from the journal.
      const again = await stack.gql(DeleteSanadDocument, { factorCode: receipt.factorCode, key: "delete-lost-1" });
      expect(again.data!.deleteSanad).toMatchObject({ replayed: true });
    });

    it("a deleteSanad lost before Tahesab deleted anything is sent again by the retry (the document is still listed)", async () => {
      const receipt = await cash("3", "9200000", "حذف با اتصال قطع شده");
      stack.sim.faults.failNext(1, "reset", "DoDeleteSanad");
      const lost = await stack.gql(DeleteSanadDocument, { factorCode: receipt.factorCode, key: "delete-lost-2", customerCode: "3" });
      expect(codes(lost)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
      stack.sim.resetRequests();
      const retried = await stack.gql(DeleteSanadDocument, { factorCode: receipt.factorCode, key: "delete-lost-2", customerCode: "3" });
      expect(retried.errors).toBeUndefined();
      expect(stack.sim.count("DoDeleteSanad")).toBe(1);
      // The check looked at that customer's documents only.
      expect(stack.sim.requests.find((r) => r.command === "DoListAsnad")!.args[1]).toBe(3);
    });

    it("an unknown customer has no document (null) and cannot be listed (BAD_USER_INPUT naming customerCode)", async () => {
      const one = await stack.gql(SanadInquiryDocument, { customerCode: "999999", factorNumber: 1, date });
      expect(one.errors).toBeUndefined();
      expect(one.data!.sanad).toBeNull();
      const list = await stack.gql(SanadsDocument, { customerCode: "999999" });
      expect(list.errors![0]).toMatchObject({ message: 'Invalid value for "customerCode": Tahesab has no customer with code 999999', extensions: { code: "BAD_USER_INPUT", field: "customerCode" } });
      // Another refusal of the list is passed on as it came, not taken for an unknown customer.
      stack.sim.faults.failNext(1, "error", "DoListAsnad");
      const refused = await stack.gql(SanadsDocument, { customerCode: "3" });
      expect(refused.errors![0].extensions).toMatchObject({ code: "VENDOR_ERROR" });
      // A reversed period is refused before anything is sent.
      stack.sim.resetRequests();
      const odd = await stack.gql(SanadsDocument, { customerCode: "3", from: "1403-09-01", to: "1403-01-01" });
      expect(odd.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
      expect(stack.sim.count()).toBe(0);
    });
  });
}
