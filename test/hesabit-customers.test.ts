import { beforeAll, describe, expect, it } from "vitest";
import {
  CreateHesabitCustomerDocument,
  DeleteHesabitCustomerDocument,
  HesabitCustomerDocument,
  HesabitCustomersDocument,
  HesabitNodeDocument,
  UpdateHesabitCustomerDocument,
} from "./generated/operations.js";
import { codes, type Stack } from "./support/harness.js";
import { useHesabitStack } from "./support/hesabit-stack.js";

// Hesabit customers through the graph, each call checked as the simulator received it.

const apiCalls = (stack: Stack) => stack.hesabit!.requests.filter((r) => r.path.startsWith("/v1/"));
const withoutToken = (query: Record<string, string>) => {
  const { access_token: _token, ...rest } = query;
  return rest;
};

describe("Hesabit customers", () => {
  let stack: Stack;
  const connected = useHesabitStack();
  beforeAll(() => void (stack = connected()));

  it("hesabitCustomers sends each filter, limit and offset as Hesabit names them, the mobile as 11 digits, and maps every field", async () => {
    const sim = stack.hesabit!;
    const seeded = sim.state.customers.find((c) => c.name === "آرین نجفی")!;
    const response = await stack.gql(HesabitCustomersDocument, { email: " ARIAN.najafi@example.com ", mobile: "+98 912 234 5577", company: "آسمان", first: 7 });
    expect(response.errors).toBeUndefined();
    const calls = apiCalls(stack);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: "GET", path: "/v1/customers/" });
    expect(withoutToken(calls[0].query)).toEqual({ email: "ARIAN.najafi@example.com", mobile: "09122345577", company: "آسمان", limit: "8", offset: "0" });
    expect(calls[0].query.access_token).toMatch(/^[0-9a-f-]{36}$/);
    const [edge] = response.data!.hesabitCustomers.edges;
    expect(edge.node).toEqual({
      id: expect.any(String),
      vendor: "HESABIT",
      code: seeded.id,
      name: "آرین نجفی",
      company: "آسمان",
      phone: seeded.tel,
      mobile: "09122345577",
      fax: null,
      email: "arian.najafi@example.com",
      address: seeded.address,
      // Reads show the seed's short record: these four are not in it, so null (never invented).
      postalCode: null,
      economicCode: null,
      registrationNumber: null,
      createdAt: new Date(seeded.created * 1000).toISOString(),
    });
    expect(response.data!.hesabitCustomers.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    expect(response.data!.hesabitCustomers.totalCount).toBe(1);
  });

  it("250 customers are read in three calls, offsets 0, 100 and 200, and the next page starts at 250", async () => {
    const sim = stack.hesabit!;
    for (let i = 0; i < 300; i++) {
      sim.state.addCustomer(
        { name: `مشتری ${i}`, email: `bulk${i}@example.com`, mobile: "", address: "", postal_code: "", company: "انبوه", tel: "", fax: "", registration_number: "", economical_number: "" },
        1700000000 + i,
      );
    }
    const first = await stack.gql(HesabitCustomersDocument, { company: "انبوه", first: 250 });
    expect(first.errors).toBeUndefined();
    expect(apiCalls(stack).map((r) => withoutToken(r.query))).toEqual([
      { company: "انبوه", limit: "100", offset: "0" },
      { company: "انبوه", limit: "100", offset: "100" },
      { company: "انبوه", limit: "51", offset: "200" },
    ]);
    const page = first.data!.hesabitCustomers;
    expect(page.edges).toHaveLength(250);
    // Newest first, none skipped or repeated.
    expect(page.edges.map((e) => e.node.name)).toEqual(Array.from({ length: 250 }, (_, i) => `مشتری ${299 - i}`));
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBeNull();

    sim.resetRequests();
    const next = await stack.gql(HesabitCustomersDocument, { company: "انبوه", first: 100, after: page.pageInfo.endCursor });
    expect(apiCalls(stack).map((r) => withoutToken(r.query))).toEqual([{ company: "انبوه", limit: "100", offset: "250" }]);
    expect(next.data!.hesabitCustomers.edges.map((e) => e.node.name)).toEqual(Array.from({ length: 50 }, (_, i) => `مشتری ${49 - i}`));
    expect(next.data!.hesabitCustomers.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(next.data!.hesabitCustomers.totalCount).toBe(300);
    sim.state.customers = sim.state.customers.filter((c) => c.company !== "انبوه");
  });

  it("refuses a cursor of another kind, a malformed mobile filter and a first above 500 before anything is sent", async () => {
    const bad = await Promise.all([
      stack.gql(HesabitCustomersDocument, { after: "not-a-cursor" }),
      stack.gql(HesabitCustomersDocument, { mobile: "0912" }),
      stack.gql(HesabitCustomersDocument, { first: 501 }),
    ]);
    expect(bad.map((r) => r.errors?.[0].extensions?.field)).toEqual(["after", "mobile", "first"]);
    expect(bad.flatMap(codes)).toEqual(["BAD_USER_INPUT", "BAD_USER_INPUT", "BAD_USER_INPUT"]);
    expect(apiCalls(stack)).toHaveLength(0);
  });

  it("customer(vendor: HESABIT, code:) reads GET /customers/{id}; an id Hesabit does not have is null", async () => {
    const seeded = stack.hesabit!.state.customers[3];
    const found = await stack.gql(HesabitCustomerDocument, { code: seeded.id });
    expect(found.data!.customer).toMatchObject({ code: seeded.id, name: seeded.name });
    const missing = await stack.gql(HesabitCustomerDocument, { code: "00000000-0000-4000-8000-000000000000" });
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.customer).toBeNull();
    expect(apiCalls(stack).map((r) => `${r.method} ${r.path}`)).toEqual([`GET /v1/customers/${seeded.id}`, "GET /v1/customers/00000000-0000-4000-8000-000000000000"]);
    const forged = await stack.gql(HesabitCustomerDocument, { code: "../items/x" });
    expect(codes(forged)).toEqual(["BAD_USER_INPUT"]);
    expect(apiCalls(stack)).toHaveLength(2);
  });

  it("createCustomer sends Hesabit's field names, numbers as digit strings with their leading zeros, and answers what Hesabit stored", async () => {
    const response = await stack.gql(CreateHesabitCustomerDocument, {
      input: {
        vendor: "HESABIT",
        name: " کاوه آهنگر ",
        company: "آهن گستر",
        email: "kaveh@example.ir",
        mobile: "۰۹۱۲ ۳۳۳ ۴۴۵۵",
        phone: "021-6655 4433",
        fax: "(021) 6655-4434",
        address: "تهران، بازار آهن",
        postalCode: "0198765432",
        registrationNumber: "000123",
        economicCode: "0411223344",
      },
    });
    expect(response.errors).toBeUndefined();
    const calls = apiCalls(stack);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: "POST", path: "/v1/customers/" });
    expect(withoutToken(calls[0].query)).toEqual({});
    expect(calls[0].body).toEqual({
      name: "کاوه آهنگر",
      email: "kaveh@example.ir",
      mobile: "09123334455",
      address: "تهران، بازار آهن",
      company: "آهن گستر",
      tel: "02166554433",
      fax: "02166554434",
      postal_code: "0198765432",
      registration_number: "000123",
      economical_number: "0411223344",
    });
    const created = response.data!.createCustomer!;
    expect(created).toMatchObject({ vendor: "HESABIT", replayed: false, reconciled: false });
    expect(stack.hesabit!.state.customer(created.code)).toMatchObject({ postal_code: "0198765432", tel: "02166554433" });
    // The create answer shows every field; the payload answers that, without another read.
    expect(created.customer).toMatchObject({ code: created.code, postalCode: "0198765432", registrationNumber: "000123", economicCode: "0411223344", fax: "02166554434" });
  });

  it("refuses what Hesabit would refuse, and fields it does not keep, before anything is sent", async () => {
    const tries = await Promise.all([
      stack.gql(CreateHesabitCustomerDocument, { input: { vendor: "HESABIT", name: "بی نشانی", company: "هیچ" } }),
      stack.gql(CreateHesabitCustomerDocument, { input: { vendor: "HESABIT", name: "موبایل کوتاه", mobile: "0912345" } }),
      stack.gql(CreateHesabitCustomerDocument, { input: { vendor: "HESABIT", name: "ایمیل بد", email: "not-an-address" } }),
      stack.gql(CreateHesabitCustomerDocument, { input: { vendor: "HESABIT", name: "تلفن حرفی", email: "a@example.com", phone: "+98 21 1234" } }),
      stack.gql(CreateHesabitCustomerDocument, { input: { vendor: "HESABIT", name: "کد پستی", email: "a@example.com", postalCode: "12-AB" } }),
      stack.gql(CreateHesabitCustomerDocument, { input: { vendor: "HESABIT", name: "کد ملی", email: "a@example.com", nationalId: "0012345678" } }),
    ]);
    expect(tries.map((r) => r.errors?.[0].extensions?.field)).toEqual(["input.mobile", "input.mobile", "input.email", "input.phone", "input.postalCode", "input.nationalId"]);
    expect(tries.flatMap(codes).every((code) => code === "BAD_USER_INPUT")).toBe(true);
    expect(tries[0].errors![0].message).toContain("mobile number or an e-mail address");
    expect(apiCalls(stack)).toHaveLength(0);
  });

  it("a repeated idempotency key is answered from the journal: one POST, one customer", async () => {
    const sim = stack.hesabit!;
    const input = { vendor: "HESABIT" as const, name: "تکرار", email: "repeat@example.com" };
    const first = await stack.gql(CreateHesabitCustomerDocument, { input, idempotencyKey: "hesabit-customer-repeat" });
    const again = await stack.gql(CreateHesabitCustomerDocument, { input, idempotencyKey: "hesabit-customer-repeat" });
    expect(again.data!.createCustomer).toMatchObject({ code: first.data!.createCustomer!.code, replayed: true });
    expect(sim.count({ method: "POST", pathPrefix: "/v1/customers" })).toBe(1);
    expect(sim.state.customers.filter((c) => c.email === "repeat@example.com")).toHaveLength(1);
  });

  it("a create whose answer was lost is found again among the customers that did not exist before: reconciled, not made twice", async () => {
    const sim = stack.hesabit!;
    // An older customer with the same mobile and details must not be mistaken for the new one.
    sim.state.addCustomer({ name: "گمشده", email: "", mobile: "09350000001", address: "", postal_code: "", company: "", tel: "", fax: "", registration_number: "", economical_number: "" }, 1600000000);
    sim.faults.dropAfterWrite = { every: 1 };
    const response = await stack.gql(CreateHesabitCustomerDocument, { input: { vendor: "HESABIT", name: "گمشده", mobile: "09350000001" }, idempotencyKey: "hesabit-lost-answer" });
    expect(response.errors).toBeUndefined();
    expect(response.data!.createCustomer).toMatchObject({ replayed: false, reconciled: true });
    const same = sim.state.customers.filter((c) => c.mobile === "09350000001");
    expect(same).toHaveLength(2);
    expect(response.data!.createCustomer!.code).toBe(same.find((c) => c.created > 1600000000)!.id);
    // Before the send: the customers with this mobile; after the lost answer: the same look-up again.
    expect(apiCalls(stack).map((r) => `${r.method} ${r.path} ${r.query.mobile ?? ""}`)).toEqual([
      "GET /v1/customers/ 09350000001",
      "POST /v1/customers/ ",
      "GET /v1/customers/ 09350000001",
    ]);
    sim.faults.reset();
    const retried = await stack.gql(CreateHesabitCustomerDocument, { input: { vendor: "HESABIT", name: "گمشده", mobile: "09350000001" }, idempotencyKey: "hesabit-lost-answer" });
    expect(retried.data!.createCustomer).toMatchObject({ code: response.data!.createCustomer!.code, replayed: true });
    expect(sim.count({ method: "POST" })).toBe(1);
  });

  it("without a key, a lost create answer is VENDOR_OUTCOME_UNKNOWN, never a second send", async () => {
    const sim = stack.hesabit!;
    sim.faults.dropAfterWrite = { every: 1 };
    const response = await stack.gql(CreateHesabitCustomerDocument, { input: { vendor: "HESABIT", name: "بی کلید", email: "nokey@example.com" } });
    expect(codes(response)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
    expect(sim.count({ method: "POST" })).toBe(1);
  });

  it("updateCustomer PUTs only the six fields Hesabit's update takes, and refuses the others by name", async () => {
    const sim = stack.hesabit!;
    const target = sim.state.customers[5];
    const response = await stack.gql(UpdateHesabitCustomerDocument, {
      input: { vendor: "HESABIT", code: target.id, name: "نام تازه", email: "fresh@example.com", mobile: "9127776655", address: "قم", company: "تازه کار", phone: "025 3377 8899" },
      idempotencyKey: "hesabit-update-1",
    });
    expect(response.errors).toBeUndefined();
    const calls = apiCalls(stack);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: "PUT", path: `/v1/customers/${target.id}` });
    expect(calls[0].body).toEqual({ name: "نام تازه", email: "fresh@example.com", mobile: "09127776655", address: "قم", company: "تازه کار", tel: "02533778899" });
    expect(response.data!.updateCustomer).toMatchObject({ vendor: "HESABIT", code: target.id, replayed: false, customer: { name: "نام تازه", phone: "02533778899" } });

    const refused = await stack.gql(UpdateHesabitCustomerDocument, { input: { vendor: "HESABIT", code: target.id, postalCode: "1234567890" } });
    expect(refused.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.postalCode" });
    const empty = await stack.gql(UpdateHesabitCustomerDocument, { input: { vendor: "HESABIT", code: target.id } });
    expect(empty.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input" });
    expect(apiCalls(stack)).toHaveLength(1);
  });

  it("deleteCustomer sends DELETE /customers/{id} once per key", async () => {
    const sim = stack.hesabit!;
    const target = sim.state.customers[7];
    const response = await stack.gql(DeleteHesabitCustomerDocument, { code: target.id, idempotencyKey: "hesabit-delete-1" });
    expect(response.data!.deleteCustomer).toEqual({ vendor: "HESABIT", code: target.id, replayed: false });
    const again = await stack.gql(DeleteHesabitCustomerDocument, { code: target.id, idempotencyKey: "hesabit-delete-1" });
    expect(again.data!.deleteCustomer).toMatchObject({ replayed: true });
    expect(apiCalls(stack).map((r) => `${r.method} ${r.path}`)).toEqual([`DELETE /v1/customers/${target.id}`]);
    expect(sim.state.customer(target.id)).toBeUndefined();
  });

  it("node(id:) and federation references find a Hesabit customer again", async () => {
    const target = stack.hesabit!.state.customers[2];
    const listed = await stack.gql(HesabitCustomerDocument, { code: target.id });
    const node = await stack.gql(HesabitNodeDocument, { id: listed.data!.customer!.id });
    expect(node.data!.node).toMatchObject({ __typename: "Customer", vendor: "HESABIT", code: target.id, name: target.name });
    const entities = await stack.gql<any, any>(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { vendor code name } } }`, {
      r: [{ __typename: "Customer", vendor: "HESABIT", code: target.id }],
    });
    expect(entities.data._entities).toEqual([{ vendor: "HESABIT", code: target.id, name: target.name }]);
  });

  it("customers by id from anywhere in one operation are fetched once each, in parallel", async () => {
    const [a, b, c] = stack.hesabit!.state.customers.slice(10, 13);
    const idOf = (id: string) => Buffer.from(`Customer:HESABIT:${id}`).toString("base64url");
    const response = await stack.gql<any, any>(
      `query($r: [_Any!]!) {
        one: customer(vendor: HESABIT, code: "${a.id}") { name }
        two: customer(vendor: HESABIT, code: "${b.id}") { name }
        again: customer(vendor: HESABIT, code: "${a.id}") { name }
        node(id: "${idOf(c.id)}") { ... on Customer { name } }
        byNode: node(id: "${idOf(b.id)}") { ... on Customer { name } }
        _entities(representations: $r) { ... on Customer { name } }
      }`,
      { r: [{ __typename: "Customer", vendor: "HESABIT", code: c.id }, { __typename: "Customer", vendor: "HESABIT", code: a.id }] },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({ one: { name: a.name }, two: { name: b.name }, again: { name: a.name }, node: { name: c.name }, byNode: { name: b.name } });
    const paths = apiCalls(stack).map((r) => r.path).sort();
    expect(paths).toEqual([a.id, b.id, c.id].map((id) => `/v1/customers/${id}`).sort());
  });
});
