// /v1/customers as the vendor's customers page shows it: the envelope, the 201
// on create, the array of one on GET one, the shorter read record, filters,
// paging, the email-or-mobile rule and the 11-digit mobile.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHesabitSimulator, type HesabitSimulator } from "../../sandbox/hesabit/index.js";
import { api, type ApiCall } from "./hesabit-client.js";

let sim: HesabitSimulator;
let accessToken: string;
beforeAll(async () => {
  sim = await startHesabitSimulator();
  accessToken = sim.issueTokens().accessToken;
});
afterAll(() => sim.close());
beforeEach(() => sim.resetRequests());

const call = (path: string, options: ApiCall = {}) => api(sim, path, { token: accessToken, ...options });
const READ_FIELDS = ["id", "name", "company", "address", "tel", "email", "mobile", "created"];
const FULL_FIELDS = [
  "id",
  "name",
  "company",
  "address",
  "postal_code",
  "tel",
  "fax",
  "email",
  "mobile",
  "registration_number",
  "economical_number",
  "created",
];

describe("create", () => {
  it("answers 201 with every field as a string, a 36-character id and created in unix seconds", async () => {
    const reply = await call("customers/", {
      method: "POST",
      body: { name: "آرین نجفی", email: "arian@example.com", mobile: "09122345577", postal_code: 1234567890, tel: "02188624168" },
    });
    expect(reply.status).toBe(201);
    expect(reply.headers.get("content-type")).toBe("application/json; charset=UTF-8");
    expect(reply.json.success).toBe(true);
    expect(reply.json.status).toBe(201);
    const customer = reply.json.data.Customer;
    expect(Object.keys(customer)).toEqual(FULL_FIELDS);
    expect(customer.id).toHaveLength(36);
    expect(customer).toMatchObject({ name: "آرین نجفی", postal_code: "1234567890", tel: "02188624168", company: "", fax: "" });
    expect(Math.abs(customer.created - Date.now() / 1000)).toBeLessThan(60);
    expect(sim.state.customer(customer.id)?.email).toBe("arian@example.com");
  });

  it("is not idempotent: the same body twice makes two customers", async () => {
    const body = { name: "تکراری", mobile: "09350000001" };
    const a = await call("customers", { method: "POST", body });
    const b = await call("customers", { method: "POST", body });
    expect(a.json.data.Customer.id).not.toBe(b.json.data.Customer.id);
    expect(sim.state.findCustomers({ mobile: "09350000001" })).toHaveLength(2);
  });

  it("takes either email or mobile alone", async () => {
    expect((await call("customers", { method: "POST", body: { email: "only@example.com" } })).status).toBe(201);
    expect((await call("customers", { method: "POST", body: { mobile: "09120000002" } })).status).toBe(201);
  });

  const refused: [string, Record<string, unknown>, string][] = [
    ["neither email nor mobile", { name: "بی نشانی" }, "email"],
    ["both empty", { name: "x", email: "", mobile: "" }, "mobile"],
    ["a 10-digit mobile", { mobile: "0912234557" }, "mobile"],
    ["a 12-digit mobile", { mobile: "091223455771" }, "mobile"],
    ["a mobile sent as a JSON number", { mobile: 9122345577 }, "mobile"],
    ["a mobile not starting 09", { mobile: "02188624168" }, "mobile"],
    ["a mobile in Persian digits", { mobile: "۰۹۱۲۲۳۴۵۵۷۷" }, "mobile"],
    ["a bad e-mail", { email: "not-an-address" }, "email"],
    ["a postal code with letters", { mobile: "09122345577", postal_code: "12-34" }, "postal_code"],
    ["a name that is not a string", { mobile: "09122345577", name: 12 }, "name"],
  ];
  for (const [name, body, field] of refused) {
    it(`refuses ${name} with 400 and the field's error`, async () => {
      const before = sim.state.customers.length;
      const reply = await call("customers", { method: "POST", body });
      expect(reply.status).toBe(400);
      expect(reply.json).toMatchObject({ success: false, status: 400 });
      expect(reply.json.data).toBeUndefined();
      expect(reply.json.errors[field]).toBeDefined();
      expect(sim.state.customers.length).toBe(before);
    });
  }

  it("needs Content-Type: application/json (415) and a JSON object (400)", async () => {
    const form = await call("customers", { method: "POST", body: "mobile=09122345577", contentType: "application/x-www-form-urlencoded" });
    expect(form.status).toBe(415);
    const none = await call("customers", { method: "POST", body: '{"mobile":"09122345577"}', contentType: null });
    expect(none.status).toBe(415);
    expect((await call("customers", { method: "POST", body: "{oops" })).status).toBe(400);
    expect((await call("customers", { method: "POST", body: [] })).status).toBe(400);
  });

  it("stores a tel sent as a JSON number as its digits (the leading zero is gone)", async () => {
    const reply = await call("customers", { method: "POST", body: { mobile: "09122345577", tel: 2188624168 } });
    expect(reply.json.data.Customer.tel).toBe("2188624168");
  });
});

describe("read", () => {
  it("GET one answers an ARRAY of one wrapped customer with the read fields", async () => {
    const id = sim.state.customers[0].id;
    const reply = await call(`customers/${id}`);
    expect(reply.status).toBe(200);
    expect(reply.json.status).toBe(200);
    expect(Array.isArray(reply.json.data)).toBe(true);
    expect(reply.json.data).toHaveLength(1);
    expect(Object.keys(reply.json.data[0].Customer)).toEqual(READ_FIELDS);
    expect(reply.json.data[0].Customer.id).toBe(id);
  });

  it("an unknown id is 404 {success:false}", async () => {
    const reply = await call("customers/511f70f9-f270-4370-9d44-32622e65ec33");
    expect(reply.status).toBe(404);
    expect(reply.json).toEqual({ success: false, status: 404, message: "Customer not found" });
  });

  it("lists the newest 10 by default, with the read fields", async () => {
    const reply = await call("customers/");
    expect(reply.json.data).toHaveLength(10);
    const created = reply.json.data.map((row: any) => row.Customer.created);
    expect([...created].sort((a, b) => b - a)).toEqual(created);
    for (const row of reply.json.data) expect(Object.keys(row.Customer)).toEqual(READ_FIELDS);
  });

  it("shows every field on reads with fullCustomerReads", async () => {
    const full = await startHesabitSimulator({ fullCustomerReads: true });
    try {
      const reply = await api(full, "customers", { token: full.issueTokens().accessToken, query: { limit: "1" } });
      expect(Object.keys(reply.json.data[0].Customer)).toEqual(FULL_FIELDS);
    } finally {
      await full.close();
    }
  });

  it("pages with limit, offset and page; clamps limit above 100; an offset past the end is an empty list", async () => {
    const all = sim.state.findCustomers({}).map((c) => c.id);
    expect(all.length).toBeGreaterThanOrEqual(30);
    const ids = async (query: Record<string, string>) => (await call("customers", { query })).json.data.map((r: any) => r.Customer.id);
    expect(await ids({ limit: "5" })).toEqual(all.slice(0, 5));
    expect(await ids({ limit: "5", offset: "5" })).toEqual(all.slice(5, 10));
    expect(await ids({ limit: "5", page: "3" })).toEqual(all.slice(10, 15));
    expect(await ids({ limit: "1000" })).toEqual(all.slice(0, 100));
    const past = await call("customers", { query: { offset: "5000" } });
    expect(past.status).toBe(200);
    expect(past.json).toEqual({ data: [], success: true, status: 200 });
  });

  it("refuses a limit, offset or page that is not a whole number in range", async () => {
    const bad: Record<string, string>[] = [{ limit: "0" }, { limit: "ten" }, { offset: "-1" }, { page: "0" }, { limit: "2.5" }];
    for (const query of bad) {
      const reply = await call("customers", { query });
      expect(reply.status).toBe(400);
      expect(reply.json.success).toBe(false);
    }
  });

  it("filters by email (ignoring case), mobile and company", async () => {
    const byEmail = await call("customers", { query: { email: "ARIAN.NAJAFI@example.com" } });
    expect(byEmail.json.data.map((r: any) => r.Customer.name)).toEqual(["آرین نجفی"]);
    const byMobile = await call("customers", { query: { mobile: "09351234567" } });
    expect(byMobile.json.data.map((r: any) => r.Customer.name)).toEqual(["علی رضایی"]);
    const byCompany = await call("customers", { query: { company: "آسمان", limit: "100" } });
    expect(byCompany.json.data.length).toBeGreaterThanOrEqual(3);
    for (const row of byCompany.json.data) expect(row.Customer.company).toBe("آسمان");
    expect((await call("customers", { query: { email: "nobody@example.com" } })).json.data).toEqual([]);
  });
});

describe("update and delete", () => {
  it("PUT changes the given fields and answers HTTP 200 with status 201 in the body, as the vendor's example", async () => {
    const id = (await call("customers", { method: "POST", body: { name: "آرین نجفی", mobile: "09122345577" } })).json.data.Customer.id;
    const reply = await call(`customers/${id}`, { method: "PUT", body: { email: "arian.n@example.com", name: "آرین نجفیان" } });
    expect(reply.status).toBe(200);
    expect(reply.json.status).toBe(201);
    expect(Object.keys(reply.json.data.Customer)).toEqual(READ_FIELDS);
    expect(reply.json.data.Customer).toMatchObject({ name: "آرین نجفیان", email: "arian.n@example.com", mobile: "09122345577" });
  });

  it("PUT ignores fields its page does not list, and keeps the email-or-mobile rule", async () => {
    const id = (await call("customers", { method: "POST", body: { mobile: "09122345577", postal_code: "1111111111" } })).json.data.Customer.id;
    await call(`customers/${id}`, { method: "PUT", body: { postal_code: "2222222222" } });
    expect(sim.state.customer(id)?.postal_code).toBe("1111111111");
    const emptied = await call(`customers/${id}`, { method: "PUT", body: { mobile: "" } });
    expect(emptied.status).toBe(400);
    expect(sim.state.customer(id)?.mobile).toBe("09122345577");
    expect((await call(`customers/${id}`, { method: "PUT", body: { mobile: "0912" } })).status).toBe(400);
    expect((await call("customers/511f70f9-f270-4370-9d44-32622e65ec33", { method: "PUT", body: { name: "x" } })).status).toBe(404);
  });

  it("DELETE answers the id and the vendor's message, then the customer is gone", async () => {
    const id = (await call("customers", { method: "POST", body: { email: "gone@example.com" } })).json.data.Customer.id;
    const reply = await call(`customers/${id}`, { method: "DELETE" });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ data: { Customer: { id } }, success: true, status: 200, message: "Customer deleted successfully" });
    expect((await call(`customers/${id}`)).status).toBe(404);
    expect((await call(`customers/${id}`, { method: "DELETE" })).status).toBe(404);
  });

  it("other methods are 405 with Allow", async () => {
    const collection = await call("customers", { method: "DELETE" });
    expect(collection.status).toBe(405);
    expect(collection.headers.get("allow")).toBe("GET, POST");
    const member = await call(`customers/${sim.state.customers[0].id}`, { method: "POST", body: {} });
    expect(member.status).toBe(405);
    expect(member.headers.get("allow")).toBe("GET, PUT, DELETE");
  });
});

describe("the request log", () => {
  it("records method, path, the full query (access_token included) and the parsed body", async () => {
    await call("customers/", { method: "POST", body: { email: "log@example.com" }, query: { x: "1" } });
    expect(sim.requests).toHaveLength(1);
    expect(sim.requests[0]).toMatchObject({
      method: "POST",
      path: "/v1/customers/",
      query: { access_token: accessToken, x: "1" },
      body: { email: "log@example.com" },
    });
    expect(sim.count({ method: "POST", pathPrefix: "/v1/customers" })).toBe(1);
    expect(sim.count({ method: "GET" })).toBe(0);
  });
});
