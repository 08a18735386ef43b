import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CustomerNodeDocument, TahesabCustomersByPhoneDocument, TahesabCustomersDocument } from "./generated/operations.js";
import { codes, startStack, type Stack } from "./support/harness.js";
import { itRefusesEach, type Refusal } from "./support/refusals.js";

const globalId = (code: string) => Buffer.from(`Customer:TAHESAB:${code}`).toString("base64url");

for (const addOn of ["current", "older"] as const) {
  describe(`Tahesab customers (${addOn} add-on)`, () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ simulator: { addOn } });
    });
    afterAll(() => stack.close());

    it("lists a code range with every field, as the simulator holds it", async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(TahesabCustomersDocument, { fromCode: "1", toCode: "30", first: 50 });
      expect(response.errors).toBeUndefined();
      const connection = response.data!.tahesabCustomers;
      expect(connection.edges.map((e) => e.node.code)).toEqual(Array.from({ length: 30 }, (_, i) => String(i + 1)));
      expect(connection.pageInfo.hasNextPage).toBe(false);
      expect(stack.sim.requests).toEqual([expect.objectContaining({ command: "DoListMoshtari", args: [1, 30] })]);

      const first = connection.edges[0].node;
      const held = stack.sim.state.customer("1")!;
      expect(first).toEqual({
        id: globalId("1"),
        vendor: "TAHESAB",
        code: "1",
        name: held.Name,
        group: held.GroupName,
        phone: "02188776655",
        mobile: "09121234567",
        address: held.Address,
        company: null,
        email: null,
        postalCode: null,
        // Tahesab's CodeMelli, GID, City and BDate, as real add-ons answer them.
        nationalId: held.CodeMelli || null,
        economicCode: null,
        registrationNumber: null,
        groupId: held.GID ? String(held.GID) : null,
        city: held.City || null,
        birthDate: held.BDate ? held.BDate.replace(/\//g, "-") : null,
      });
      // Every customer's newer fields, as held (some have a national id or a birth date, some not).
      for (const { node } of connection.edges) {
        const row = stack.sim.state.customer(node.code)!;
        expect([node.nationalId, node.city, node.birthDate, node.groupId]).toEqual([row.CodeMelli || null, row.City || null, row.BDate || null, row.GID ? String(row.GID) : null]);
      }
      expect(connection.edges.some((e) => e.node.nationalId !== null && e.node.birthDate !== null)).toBe(true);
      // Stored with Arabic ي/ك: given back as stored.
      expect(connection.edges[1].node.name).toBe("علي كريمي");
      // Stored in Persian digits: given back with ASCII digits.
      expect(stack.sim.state.customer("7")!.Mobile).toBe("۰۹۳۵۱۲۳۴۵۶۷");
      expect(connection.edges[6].node.mobile).toBe("09351234567");
      // A shop with a landline only.
      expect(connection.edges[12].node.mobile).toBeNull();
    });

    it("pages with cursors and never skips or repeats a customer", async () => {
      stack.sim.resetRequests();
      const seen: string[] = [];
      let after: string | null | undefined;
      for (let page = 0; page < 10; page++) {
        const response = await stack.gql(TahesabCustomersDocument, { fromCode: "3", toCode: "27", first: 10, after });
        expect(response.errors).toBeUndefined();
        const connection = response.data!.tahesabCustomers;
        expect(connection.pageInfo.hasPreviousPage).toBe(page > 0);
        seen.push(...connection.edges.map((e) => e.node.code));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => String(3 + i)));
      expect(stack.sim.requests.map((r) => r.args)).toEqual([[3, 27], [13, 27], [23, 27]]);
    });

    it("reads a sparse range in growing windows of JSON numbers", async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(TahesabCustomersDocument, { fromCode: "25", toCode: "1000000", first: 3 });
      expect(response.errors).toBeUndefined();
      expect(response.data!.tahesabCustomers.edges.map((e) => e.node.code)).toEqual(["25", "26", "27"]);
      expect(response.data!.tahesabCustomers.pageInfo.hasNextPage).toBe(true);
      expect(stack.sim.requests).toEqual([expect.objectContaining({ command: "DoListMoshtari", args: [25, 124] })]);
    });

    it("filters by name whether ي/ك were typed Arabic or Persian, on either side", async () => {
      const names = async (nameContains: string) => {
        stack.sim.resetRequests();
        const response = await stack.gql(TahesabCustomersDocument, { fromCode: "1", toCode: "30", nameContains });
        expect(response.errors).toBeUndefined();
        expect(stack.sim.requests.map((r) => r.args)).toEqual([[1, 30]]);
        return response.data!.tahesabCustomers.edges.map((e) => e.node.code);
      };
      // Stored "علي كريمي" (Arabic), asked in Persian letters.
      expect(await names("علی کریمی")).toEqual(["2"]);
      // Stored "طلا و جواهر كيميا" and "مريم يوسفي", "داود يزداني".
      expect(await names("کیمیا")).toEqual(["6"]);
      expect(await names("مریم  یوسفی")).toEqual(["7"]);
      expect(await names("یزدانی")).toEqual(["27"]);
      // Stored in Persian letters, asked with Arabic ones: "کریمی" is 2 (Arabic) and 17 (Persian).
      expect(await names("كريمي")).toEqual(["2", "17"]);
      expect(await names("هیچکس")).toEqual([]);
    });

    it("finds customers by mobile in every usual form, sending the number without its zero as a JSON number", async () => {
      for (const phone of ["09121234567", "9121234567", "+989121234567", "00989121234567", "0912-123 4567", "۰۹۱۲۱۲۳۴۵۶۷", "٠٩١٢١٢٣٤٥٦٧"]) {
        stack.sim.resetRequests();
        const response = await stack.gql(TahesabCustomersByPhoneDocument, { phone });
        expect(response.errors).toBeUndefined();
        expect(response.data!.tahesabCustomersByPhone.map((c) => c.code)).toEqual(["1"]);
        expect(stack.sim.requests).toEqual([expect.objectContaining({ command: "DoListMoshtari", args: [9121234567] })]);
        expect(typeof stack.sim.requests[0].args[0]).toBe("number");
      }
    });

    it("finds a mobile that Tahesab stores in Persian digits", async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(TahesabCustomersByPhoneDocument, { phone: "0935 123 4567" });
      expect(response.data!.tahesabCustomersByPhone.map((c) => [c.code, c.mobile])).toEqual([["7", "09351234567"]]);
      expect(stack.sim.requests.at(-1)).toMatchObject({ command: "DoListMoshtari", args: [9351234567] });
    });

    it("answers an unknown mobile with an empty list", async () => {
      const response = await stack.gql(TahesabCustomersByPhoneDocument, { phone: "09999999999" });
      expect(response.errors).toBeUndefined();
      expect(response.data!.tahesabCustomersByPhone).toEqual([]);
      expect(stack.sim.requests.at(-1)).toMatchObject({ command: "DoListMoshtari", args: [9999999999] });
    });

    it("finds a customer again by its global id with DoListMoshtari [code, code]", async () => {
      stack.sim.resetRequests();
      const response = await stack.gql(CustomerNodeDocument, { id: globalId("6") });
      expect(response.errors).toBeUndefined();
      expect(response.data!.node).toMatchObject({ __typename: "Customer", id: globalId("6"), code: "6", name: "طلا و جواهر كيميا", vendor: "TAHESAB" });
      expect(stack.sim.requests).toEqual([expect.objectContaining({ command: "DoListMoshtari", args: [6, 6] })]);
      const missing = await stack.gql(CustomerNodeDocument, { id: globalId("999") });
      expect(missing.errors).toBeUndefined();
      expect(missing.data!.node).toBeNull();
      expect(stack.sim.requests.at(-1)).toMatchObject({ command: "DoListMoshtari", args: [999, 999] });
    });

    describe("bad input gets BAD_USER_INPUT naming the argument, and nothing reaches Tahesab", () => {
      const cases: Refusal[] = [
        ["a letter in fromCode", () => stack.gql(TahesabCustomersDocument, { fromCode: "1a", toCode: "30" }), "fromCode"],
        ["an empty toCode", () => stack.gql(TahesabCustomersDocument, { fromCode: "1", toCode: "" }), "toCode"],
        ["a reversed range", () => stack.gql(TahesabCustomersDocument, { fromCode: "30", toCode: "1" }), "toCode"],
        ["a page size of 0", () => stack.gql(TahesabCustomersDocument, { fromCode: "1", toCode: "30", first: 0 }), "first"],
        ["a page size of 501", () => stack.gql(TahesabCustomersDocument, { fromCode: "1", toCode: "30", first: 501 }), "first"],
        ["a forged cursor", () => stack.gql(TahesabCustomersDocument, { fromCode: "1", toCode: "30", after: "bm9wZQ" }), "after"],
        ["an empty name filter", () => stack.gql(TahesabCustomersDocument, { fromCode: "1", toCode: "30", nameContains: " \u200c " }), "nameContains"],
        ["a landline as mobile", () => stack.gql(TahesabCustomersByPhoneDocument, { phone: "02188776655" }), "phone"],
        ["a short number", () => stack.gql(TahesabCustomersByPhoneDocument, { phone: "0912123" }), "phone"],
        ["letters for a phone", () => stack.gql(TahesabCustomersByPhoneDocument, { phone: "call me" }), "phone"],
      ];
      itRefusesEach(() => stack, cases);
    });
  });
}

describe("customers across vendors: one query, one set of writes", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it("customer(vendor:, code:) finds a Tahesab customer; an unknown code is null", async () => {
    const response = await stack.gql<any, any>(`{ one: customer(vendor: TAHESAB, code: "3") { vendor code name email } none: customer(vendor: TAHESAB, code: "987654") { code } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data.one).toMatchObject({ vendor: "TAHESAB", code: "3", email: null });
    expect(response.data.one.name).toBe(stack.sim.state.customer("3")!.Name);
    expect(response.data.none).toBeNull();
  });

  it("a field Tahesab does not keep is refused, naming it, and nothing is sent", async () => {
    stack.sim.resetRequests();
    const response = await stack.gql<any, any>(`mutation { createCustomer(input: { vendor: TAHESAB, name: "سارا", email: "sara@example.com" }) { code } }`);
    expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].extensions!.field).toBe("input.email");
    expect(response.errors![0].message).toMatch(/Tahesab customers have no email/);
    expect(stack.sim.count()).toBe(0);
  });

  it("changing or deleting a Tahesab customer is refused naming the vendor: Tahesab has no command for it", async () => {
    const update = await stack.gql<any, any>(`mutation { updateCustomer(input: { vendor: TAHESAB, code: "3", name: "x" }) { code } }`);
    expect(update.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.vendor" });
    const remove = await stack.gql<any, any>(`mutation { deleteCustomer(vendor: TAHESAB, code: "3") { code } }`);
    expect(remove.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "vendor" });
    expect(remove.data.deleteCustomer).toBeNull();
  });
});
