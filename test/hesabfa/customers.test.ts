import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHesabfaSimulator } from "../../sandbox/hesabfa/index.js";
import { toGlobalId } from "../../src/core/ids.js";
import { startStack } from "../support/harness.js";
import { bodies, errorCodes, expectRead, expectWrite, hesabfaStack, only } from "./support.js";

describe("Hesabfa customers", () => {
  let stack: Awaited<ReturnType<typeof hesabfaStack>>;
  beforeAll(async () => {
    stack = await hesabfaStack();
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.hesabfa.resetRequests());

  it("customer(vendor: HESABFA) reads the contact with a padded in filter, without requestUniqueId", async () => {
    const r = await stack.gql(`{ a: customer(vendor: HESABFA, code: "3") { code name kind mobile } b: customer(vendor: HESABFA, code: "000005") { code } c: customer(vendor: HESABFA, code: "99999") { code } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toMatchObject({ a: { code: "000003", kind: "PERSON" }, b: { code: "000005" }, c: null });
    // Three lookups of one operation: one list call, codes padded.
    expectRead(stack.hesabfa, only(stack.hesabfa, "contact/getcontacts"), {
      queryInfo: { skip: 0, take: 3, filters: [{ property: "Code", operator: "in", value: ["000003", "000005", "099999"] }] },
    });
  });

  it("node(id:) and federation references find Hesabfa customers through the same batched lookup", async () => {
    const r = await stack.gql(`query($id: ID!, $reps: [_Any!]!) { node(id: $id) { ... on Customer { code vendor } }
      _entities(representations: $reps) { ... on Customer { code name } } }`, {
      id: toGlobalId("HESABFA", "Customer", "000008"),
      reps: [{ __typename: "Customer", vendor: "HESABFA", code: "9" }, { __typename: "Customer", vendor: "HESABFA", code: "000010" }],
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.node).toEqual({ code: "000008", vendor: "HESABFA" });
    expect(r.data!._entities.map((c: any) => c.code)).toEqual(["000009", "000010"]);
    const lookup = only(stack.hesabfa, "contact/getcontacts");
    expect(lookup.queryInfo.filters[0].value.sort()).toEqual(["000008", "000009", "000010"]);
    expect(lookup.requestUniqueId).toBeUndefined();
  });

  it("node(id:) and federation references refuse a forged Hesabfa id or code before anything is sent", async () => {
    const { toGlobalId } = await import("../../src/core/ids.js");
    stack.hesabfa.resetRequests();
    for (const [type, nativeId] of [["Customer", "12a"], ["Item", " "], ["Invoice", "1".repeat(16)]]) {
      const response = await stack.gql(`query ($id: ID!) { node(id: $id) { id } }`, { id: toGlobalId("HESABFA", type!, nativeId!) });
      expect(response.errors?.[0], `${type} ${nativeId}`).toMatchObject({ message: 'Invalid value for "id": is not an id issued by this server', extensions: { code: "BAD_USER_INPUT", field: "id" } });
    }
    const entities = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Customer { code } } }`;
    for (const code of [5, "1-2", null]) {
      const response = await stack.gql(entities, { representations: [{ __typename: "Customer", vendor: "HESABFA", code }] });
      expect(response.errors?.[0].extensions, String(code)).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(response.errors![0].message).toContain(`must be a Hesabfa code of 1 to 15 digits; got ${JSON.stringify(code)}`);
    }
    expect(stack.hesabfa.count()).toBe(0);
  });

  it("createCustomer saves a new contact with the flat body and a requestUniqueId, fields in Hesabfa's names", async () => {
    const r = await stack.gql(`mutation { createCustomer(input: { vendor: HESABFA, name: "شرکت نمونه", kind: LEGAL_ENTITY, company: "نمونه", mobile: "+98 912 555 0101",
      phone: "021-88776655", email: "info@namune.ir", city: "تهران", nationalId: "10101010101", tag: "shop-77", note: "یادداشت" }) { code customer { code name kind mobile phone email } } }`);
    expect(r.errors).toBeUndefined();
    const code = r.data!.createCustomer.code;
    expect(code).toMatch(/^\d{6}$/);
    expect(r.data!.createCustomer.customer).toMatchObject({ code, name: "شرکت نمونه", kind: "LEGAL_ENTITY", mobile: "09125550101", phone: "02188776655" });
    expectWrite(stack.hesabfa, only(stack.hesabfa, "contact/save"), {
      contact: {
        Name: "شرکت نمونه", ContactType: 2, Company: "نمونه", Mobile: "09125550101", Phone: "02188776655", Email: "info@namune.ir",
        City: "تهران", NationalCode: "10101010101", Tag: "shop-77", Note: "یادداشت",
      },
    });
  });

  it("updateCustomer reads the contact and saves it whole with only the given fields changed", async () => {
    const before = stack.hesabfa.state.contact("000004")!;
    const r = await stack.gql(`mutation { updateCustomer(input: { vendor: HESABFA, code: "4", city: "شیراز", active: false }) { code customer { city active name } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateCustomer).toMatchObject({ code: "000004", customer: { city: "شیراز", active: false, name: before.Name } });
    expectRead(stack.hesabfa, only(stack.hesabfa, "contact/get"), { code: "000004" });
    const saved = expectWrite(stack.hesabfa, only(stack.hesabfa, "contact/save"), { contact: expect.any(Object) });
    expect(saved).toBeTruthy();
    const contact = only(stack.hesabfa, "contact/save").contact;
    expect(contact).toMatchObject({ Code: "000004", City: "شیراز", Active: false, Name: before.Name, Mobile: before.Mobile, Address: before.Address });
    expect(contact).not.toHaveProperty("Liability");
    expect(stack.hesabfa.state.contact("000004")!.Mobile).toBe(before.Mobile);
  });

  it("deleteCustomer deletes by padded code with a requestUniqueId", async () => {
    const created = await stack.gql(`mutation { createCustomer(input: { vendor: HESABFA, name: "حذفی" }) { code } }`);
    const code = created.data!.createCustomer.code as string;
    stack.hesabfa.resetRequests();
    const r = await stack.gql(`mutation($code: String!) { deleteCustomer(vendor: HESABFA, code: $code) { code } }`, { code: String(Number(code)) });
    expect(r.errors).toBeUndefined();
    expectWrite(stack.hesabfa, only(stack.hesabfa, "contact/delete"), { code });
    expect(stack.hesabfa.state.contact(code)).toBeUndefined();
  });

  it("refuses the fields Hesabfa does not keep, naming them, before any call", async () => {
    const r = await stack.gql(`mutation { createCustomer(input: { vendor: HESABFA, name: "x", group: "همکار" }) { code } }`);
    expect(errorCodes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(r.errors![0].extensions!.field).toBe("input.group");
    expect(stack.hesabfa.count()).toBe(0);
  });

  it("hesabfaCustomers sends typed sort, search and filters as queryInfo and pages underneath", async () => {
    const r = await stack.gql(`{ hesabfaCustomers(first: 4, filter: { sort: { field: NAME, descending: true }, search: { text: "رضا", fields: [NAME, MOBILE] },
      filters: [{ field: ACTIVE, operator: EQUALS, value: "true" }] }) { totalCount edges { node { code name } } pageInfo { hasNextPage endCursor } } }`);
    expect(r.errors).toBeUndefined();
    expectRead(stack.hesabfa, only(stack.hesabfa, "contact/getcontacts"), {
      queryInfo: { skip: 0, take: 5, sortBy: "Name", sortDesc: true, search: "رضا", searchFields: ["Name", "Mobile"], filters: [{ property: "Active", operator: "=", value: true }] },
    });
  });

  it("hesabfaCustomersByContact finds by mobile, phone or e-mail", async () => {
    const contact = stack.hesabfa.state.contact("000002")!;
    const r = await stack.gql(`query($m: String) { hesabfaCustomersByContact(mobile: $m, email: "NOBODY@example.com") { code } }`, { m: contact.Mobile });
    expect(r.errors).toBeUndefined();
    expect(r.data!.hesabfaCustomersByContact.map((c: any) => c.code)).toContain("000002");
    expectRead(stack.hesabfa, only(stack.hesabfa, "contact/findbyphoneoremail"), { mobile: contact.Mobile, phone: "", email: "NOBODY@example.com" });
  });

  it("saveHesabfaCustomers saves hundreds in calls of 500, answered in input order", async () => {
    const customers = Array.from({ length: 620 }, (_, i) => ({ name: `مشتری گروهی ${i}`, tag: `batch-${i}` }));
    customers[3] = { ...customers[3], code: "2", name: undefined } as any;
    const r = await stack.gql(`mutation($c: [HesabfaCustomerEntry!]!) { saveHesabfaCustomers(customers: $c, idempotencyKey: "batch-1") { customers { code tag name } replayed } }`, {
      c: customers,
    });
    expect(r.errors).toBeUndefined();
    const saved = r.data!.saveHesabfaCustomers.customers;
    expect(saved).toHaveLength(620);
    expect(saved[0].tag).toBe("batch-0");
    expect(saved[619].tag).toBe("batch-619");
    expect(saved[3]).toMatchObject({ code: "000002", tag: "batch-3", name: stack.hesabfa.state.contact("000002")!.Name });
    const calls = bodies(stack.hesabfa, "contact/batchsave");
    expect(calls.map((b) => b.contacts.length)).toEqual([500, 120]);
    expectWrite(stack.hesabfa, calls[1], { contacts: customers.slice(500).map((c) => ({ Name: c.name, Tag: c.tag })) });
    expect(calls[0].contacts[0]).toEqual({ Name: "مشتری گروهی 0", Tag: "batch-0" });
    expect(calls[0].contacts[3]).toMatchObject({ Code: "000002", Tag: "batch-3", Name: stack.hesabfa.state.contact("000002")!.Name });
    expect(new Set(calls.map((b) => b.requestUniqueId)).size).toBe(2);
    // The one with a code was read first (an in filter), so the save keeps its other fields.
    expectRead(stack.hesabfa, only(stack.hesabfa, "contact/getcontacts"), { queryInfo: { skip: 0, take: 1, filters: [{ property: "Code", operator: "in", value: ["000002"] }] } });
  });
});

describe("Hesabfa credentials", () => {
  it("sends userId and password instead of a login token, and yearId only when chosen", async () => {
    const sim = await startHesabfaSimulator({ rateLimit: null });
    const stack = await startStack({
      withoutTahesab: true,
      hesabfa: { shared: sim },
      env: { HESABFA_LOGIN_TOKEN: "", HESABFA_USER_ID: sim.userId, HESABFA_PASSWORD: sim.password, HESABFA_YEAR_ID: "2" },
    });
    try {
      sim.resetRequests();
      const r = await stack.gql(`{ customer(vendor: HESABFA, code: "1") { code } }`);
      expect(r.errors).toBeUndefined();
      expect(sim.requests[0].body).toEqual({
        apiKey: sim.apiKey,
        userId: sim.userId,
        password: sim.password,
        yearId: 2,
        queryInfo: { skip: 0, take: 1, filters: [{ property: "Code", operator: "in", value: ["000001"] }] },
      });
    } finally {
      await stack.close();
      await sim.close();
    }
  });
});
