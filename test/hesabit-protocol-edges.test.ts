import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateHesabitCustomerDocument, CreateHesabitInvoiceDocument } from "./generated/operations.js";
import { codes, startStack, type Stack } from "./support/harness.js";
import { useHesabitStack } from "./support/hesabit-stack.js";

/**
 * Hesabit's protocol at its edges, each checked as the simulator received it:
 * which calls are reads (a GET, tried once more after a 502) and which writes,
 * what each status and each misfit answer becomes, what a lost answer is
 * settled by, and that a secret a refusal echoes never reaches the client.
 */
const apiCalls = (stack: Stack) => stack.hesabit!.requests.filter((r) => r.path.startsWith("/v1/"));
const UpdateHesabitCustomerDocument = `mutation ($input: UpdateCustomerInput!, $idempotencyKey: String) {
  updateCustomer(input: $input, idempotencyKey: $idempotencyKey) { code replayed customer { name company } }
}`;
const DeleteHesabitCustomerDocument = `mutation ($code: String!, $idempotencyKey: String) {
  deleteCustomer(vendor: HESABIT, code: $code, idempotencyKey: $idempotencyKey) { code replayed }
}`;
const envelope = (data: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ data, success: true, status: 200, ...extra });

describe("Hesabit's protocol at its edges", () => {
  let stack: Stack;
  const connected = useHesabitStack();
  beforeAll(() => void (stack = connected()));

  const only = async (query: string) => {
    const response = await stack.gql<any, any>(query);
    expect(response.errors, JSON.stringify(response.errors)).toHaveLength(1);
    return response.errors![0];
  };

  // One read per test: got waits about a second before its retry.
  const reads: Array<[string, (sim: NonNullable<Stack["hesabit"]>) => [string, string]]> = [
    ["a customer", (sim) => [`/v1/customers/${sim.state.customers[0].id}`, `{ customer(vendor: HESABIT, code: "${sim.state.customers[0].id}") { code } }`]],
    ["the invoices", () => ["/v1/invoices/", `{ hesabitInvoices(first: 1) { edges { cursor } } }`]],
    ["an invoice", (sim) => [`/v1/invoices/${sim.state.invoices[0].id}`, `{ hesabitInvoice(id: "${sim.state.invoices[0].id}") { code } }`]],
    ["the transactions", () => ["/v1/transactions/", `{ hesabitTransactions(first: 1) { edges { cursor } } }`]],
    ["a transaction", (sim) => [`/v1/transactions/${sim.state.findTransactions()[0].id}`, `{ hesabitTransaction(id: "${sim.state.findTransactions()[0].id}") { code } }`]],
    ["an item", (sim) => [`/v1/items/${sim.state.items[0].id}`, `{ hesabitItem(id: "${sim.state.items[0].id}") { code } }`]],
  ];
  for (const [what, read] of reads) {
    it(`reading ${what} is a GET, tried once more after a 502 page`, async () => {
      const sim = stack.hesabit!;
      const [path, query] = read(sim);
      sim.faults.failNext(1, "http502html", path);
      const response = await stack.gql<any, any>(query);
      expect(response.errors).toBeUndefined();
      expect(apiCalls(stack).map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${path}`, `GET ${path}`]);
    });
  }

  it("an id Hesabit does not have (404) is null for every kind read by id", async () => {
    const missing = "00000000-0000-4000-8000-000000000001";
    const response = await stack.gql<any, any>(
      `{ c: customer(vendor: HESABIT, code: "${missing}") { code } i: hesabitInvoice(id: "${missing}") { code } t: hesabitTransaction(id: "912345678901234567") { code } x: hesabitItem(id: "${missing}") { code } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ c: null, i: null, t: null, x: null });
    expect(apiCalls(stack)).toHaveLength(4);
  });

  it("403: VENDOR_UNAUTHORIZED saying the account may lack access, quoting Hesabit when it says why", async () => {
    const sim = stack.hesabit!;
    sim.faults.respondNext("/v1/customers", JSON.stringify({ success: false, message: "scope write required" }), 403);
    const quoted = await only(`{ hesabitCustomers(first: 1) { edges { cursor } } }`);
    expect(quoted.message).toBe("Hesabit refused GET /customers (HTTP 403: scope write required); the connected account may lack access.");
    expect(quoted.extensions).toEqual({ code: "VENDOR_UNAUTHORIZED", vendor: "HESABIT", httpStatus: 403, retryable: false });
    sim.faults.respondNext("/v1/customers", "<html>Forbidden</html>", 403);
    expect((await only(`{ hesabitCustomers(first: 1) { edges { cursor } } }`)).message).toBe("Hesabit refused GET /customers (HTTP 403); the connected account may lack access.");
  });

  it("401: one refresh and one more try, each counted in the quota; a fresh token refused again is VENDOR_UNAUTHORIZED naming the login", async () => {
    const sim = stack.hesabit!;
    const quota = async () => ((await stack.gql<any, any>(`{ hesabitQuota { used } }`)).data.hesabitQuota.used as number);
    const before = await quota();
    sim.faults.respondNext("/v1/customers", JSON.stringify({ message: "expired" }), 401);
    expect((await stack.gql<any, any>(`{ hesabitCustomers(first: 1) { edges { cursor } } }`)).errors).toBeUndefined();
    expect(await quota()).toBe(before + 2);
    expect(sim.requests.filter((r) => r.path === "/oauth2/token")).toHaveLength(1);
    sim.faults.respondNext("/v1/customers", "{}", 401);
    sim.faults.respondNext("/v1/customers", "{}", 401);
    const error = await only(`{ hesabitCustomers(first: 1) { edges { cursor } } }`);
    expect(error.message).toBe("Hesabit refused a freshly issued access token for GET /customers (HTTP 401). Check the client's access in Hesabit's panel, or connect again at /auth/hesabit/login.");
    expect(error.extensions).toEqual({ code: "VENDOR_UNAUTHORIZED", vendor: "HESABIT", httpStatus: 401, retryable: false, loginUrl: "/auth/hesabit/login" });
  });

  it("a refusal that echoes the access token or the client secret has them blanked", async () => {
    const sim = stack.hesabit!;
    await stack.gql(`{ hesabitCustomers(first: 1) { edges { cursor } } }`);
    const token = apiCalls(stack)[0].query.access_token;
    sim.faults.respondNext("/v1/customers", JSON.stringify({ message: `token ${token} or secret ${sim.clientSecret} is bad` }), 400);
    const error = await only(`{ hesabitCustomers(first: 1) { edges { cursor } } }`);
    expect(error.message).toBe("Hesabit answered HTTP 400 to GET /customers: token [redacted] or secret [redacted] is bad");
  });

  it("2xx is success up to 299; a 3xx is a failure (redirects are not followed)", async () => {
    const sim = stack.hesabit!;
    sim.faults.respondNext("/v1/customers", envelope([]), 299);
    expect((await stack.gql<any, any>(`{ hesabitCustomers(first: 1) { edges { cursor } } }`)).errors).toBeUndefined();
    sim.faults.respondNext("/v1/customers", "", 300);
    const error = await only(`{ hesabitCustomers(first: 1) { edges { cursor } } }`);
    expect(error.message).toBe("Hesabit answered HTTP 300 to GET /customers.");
    expect(error.extensions).toMatchObject({ code: "VENDOR_ERROR", httpStatus: 300, retryable: false });
  });

  it("an envelope without data, or saying success: false, is VENDOR_ERROR, not retryable, the vendor's words cut to 300 characters", async () => {
    const sim = stack.hesabit!;
    sim.faults.respondNext("/v1/customers", JSON.stringify({ success: true, status: 200 }), 200);
    const missing = await only(`{ hesabitCustomers(first: 1) { edges { cursor } } }`);
    expect(missing.message).toBe("Hesabit answered GET /customers without its {data, success, status} envelope (data is missing).");
    expect(missing.extensions).toEqual({ code: "VENDOR_ERROR", vendor: "HESABIT", httpStatus: 200, retryable: false });
    sim.faults.respondNext("/v1/customers", JSON.stringify({ data: [], success: false, message: "x".repeat(400) }), 200);
    const refused = await only(`{ hesabitCustomers(first: 1) { edges { cursor } } }`);
    expect(refused.message).toBe(`Hesabit answered GET /customers with success: false (HTTP 200): ${"x".repeat(300)}.`);
    expect(refused.extensions!.retryable).toBe(false);
    sim.faults.respondNext("/v1/customers", JSON.stringify({ data: [], success: false }), 200);
    expect((await only(`{ hesabitCustomers(first: 1) { edges { cursor } } }`)).message).toBe("Hesabit answered GET /customers with success: false (HTTP 200).");
  });

  it("data of another shape is VENDOR_ERROR naming the place that did not fit", async () => {
    const sim = stack.hesabit!;
    const LIST = `{ hesabitCustomers(first: 5) { edges { cursor } } }`;
    const good = { id: "c-1", name: "n", email: "", mobile: "", address: "", company: "", tel: "", created: 1 };
    const cases: Array<[string, string]> = [
      [envelope({ Customer: good }), "Hesabit answered GET /customers with data that did not fit: data is not a list."],
      [envelope([{ Customer: good }, good]), 'Hesabit answered GET /customers with data that did not fit: data[1] is not a {"Customer": …} object.'],
      [envelope([null]), 'Hesabit answered GET /customers with data that did not fit: data[0] is not a {"Customer": …} object.'],
      [envelope(["Customer"]), 'Hesabit answered GET /customers with data that did not fit: data[0] is not a {"Customer": …} object.'],
      [envelope([[{ Customer: good }]]), 'Hesabit answered GET /customers with data that did not fit: data[0] is not a {"Customer": …} object.'],
    ];
    for (const [body, message] of cases) {
      sim.faults.respondNext("/v1/customers", body, 200);
      const error = await only(LIST);
      expect(error.message).toBe(message);
      expect(error.extensions).toEqual({ code: "VENDOR_ERROR", vendor: "HESABIT", retryable: false });
    }
    sim.faults.respondNext("/v1/customers", envelope([{ Customer: good }, { Customer: { ...good, id: "" } }]), 200);
    expect((await only(LIST)).message).toMatch(/^Hesabit answered GET \/customers with data that did not fit: data\[1\]\.Customer\.id .+\.$/);
  });

  it("one object is a wrapper or a list of exactly one; anything else names what came", async () => {
    const sim = stack.hesabit!;
    const customer = sim.state.customers[0];
    const ONE = `{ customer(vendor: HESABIT, code: "${customer.id}") { code name } }`;
    const record = { id: customer.id, name: "از پوشش", email: "", mobile: "", address: "", company: "", tel: "", created: 1 };
    sim.faults.respondNext(`/v1/customers/${customer.id}`, envelope({ Customer: record }), 200);
    expect((await stack.gql<any, any>(ONE)).data.customer).toEqual({ code: customer.id, name: "از پوشش" });
    sim.faults.respondNext(`/v1/customers/${customer.id}`, envelope([{ Customer: record }, { Customer: record }]), 200);
    expect((await only(ONE)).message).toBe("Hesabit answered GET /customers/{id} with 2 objects where one was expected.");
    sim.faults.respondNext(`/v1/customers/${customer.id}`, envelope([]), 200);
    expect((await only(ONE)).message).toBe("Hesabit answered GET /customers/{id} with 0 objects where one was expected.");
    sim.faults.respondNext(`/v1/customers/${customer.id}`, envelope([{ Customer: { ...record, created: "soon" } }]), 200);
    expect((await only(ONE)).message).toMatch(/^Hesabit answered GET \/customers\/\{id\} with data that did not fit: data\[0\]\.Customer\.created /);
    sim.faults.respondNext(`/v1/customers/${customer.id}`, envelope({ Customer: { ...record, name: 5 } }), 200);
    expect((await only(ONE)).message).toMatch(/^Hesabit answered GET \/customers\/\{id\} with data that did not fit: data\.Customer\.name /);
    sim.faults.respondNext(`/v1/customers/${customer.id}`, envelope({ Client: record }), 200);
    expect((await only(ONE)).message).toBe('Hesabit answered GET /customers/{id} with data that did not fit: data is not a {"Customer": …} object.');
  });

  it("online payment is read from 1/0, \"1\"/\"0\" and true/false alike", async () => {
    const sim = stack.hesabit!;
    const invoice = sim.state.invoices[0];
    const ONE = `{ hesabitInvoice(id: "${invoice.id}") { onlinePayment } }`;
    for (const [sent, read] of [[1, true], [0, false], ["1", true], ["0", false], [true, true], [false, false], [null, null]] as const) {
      sim.faults.respondNext(`/v1/invoices/${invoice.id}`, envelope({ Invoice: { id: invoice.id, online_payment: sent } }), 200);
      const response = await stack.gql<any, any>(ONE);
      expect(response.errors, String(sent)).toBeUndefined();
      expect(response.data.hesabitInvoice.onlinePayment, String(sent)).toBe(read);
    }
    sim.faults.respondNext(`/v1/invoices/${invoice.id}`, envelope({ Invoice: { id: invoice.id, online_payment: "yes" } }), 200);
    expect((await only(ONE)).message).toMatch(/data\.Invoice\.online_payment/);
  });

  it("node(id:) and federation references refuse a forged Hesabit id before anything is sent", async () => {
    const { toGlobalId } = await import("../src/core/ids.js");
    for (const [type, nativeId] of [["Customer", ".."], ["Invoice", "a/b"], ["Item", "."], ["Transaction", "12a"], ["Transaction", "a12"], ["Transaction", "x"]]) {
      const response = await stack.gql<any, any>(`query ($id: ID!) { node(id: $id) { id } }`, { id: toGlobalId("HESABIT", type, nativeId) });
      expect(response.errors?.[0].extensions, `${type} ${nativeId}`).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
      expect(response.errors![0].message).toBe('Invalid value for "id": is not an id issued by this server');
    }
    const entities = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Customer { code } } }`;
    for (const code of [5, "a b", null, "x".repeat(101)]) {
      const response = await stack.gql<any, any>(entities, { representations: [{ __typename: "Customer", vendor: "HESABIT", code }] });
      expect(response.errors?.[0].extensions, String(code)).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(response.errors![0].message).toContain(`must be a Hesabit customer id; got ${JSON.stringify(code)?.slice(0, 40)}`);
    }
    expect(apiCalls(stack)).toEqual([]);
  });

  it("readiness asks Hesabit for one customer, then not again for ten minutes (probes must not spend the quota)", async () => {
    const ready = await fetch(new URL("/readyz", stack.server.url));
    expect(ready.status).toBe(200);
    const calls = apiCalls(stack);
    expect(calls.map((r) => [r.method, r.path, r.query.limit])).toEqual([["GET", "/v1/customers/", "1"]]);
    stack.hesabit!.resetRequests();
    expect((await fetch(new URL("/readyz", stack.server.url))).status).toBe(200);
    expect(apiCalls(stack)).toEqual([]);
  });
});

describe("Hesabit writes whose answer was lost", () => {
  let stack: Stack;
  const connected = useHesabitStack();
  beforeAll(() => void (stack = connected()));

  const newCustomer = (name: string, fields: Record<string, string>) => {
    const sim = stack.hesabit!;
    return sim.state.addCustomer({ name, email: "", mobile: "", address: "", postal_code: "", company: "", tel: "", fax: "", registration_number: "", economical_number: "", ...fields }, 1_650_000_000);
  };

  it("a create by e-mail alone is looked for by e-mail, ignoring the case Hesabit keeps it in", async () => {
    const sim = stack.hesabit!;
    sim.faults.dropAfterWrite = { every: 1 };
    const input = { vendor: "HESABIT" as const, name: "کیان", email: "Kian.Mixed@Example.COM", company: "ACME Gold" };
    const response = await stack.gql(CreateHesabitCustomerDocument, { input, idempotencyKey: "hesabit-email-only" });
    expect(response.errors).toBeUndefined();
    expect(response.data!.createCustomer).toMatchObject({ reconciled: true, replayed: false });
    expect(sim.state.customers.filter((c) => c.name === "کیان")).toHaveLength(1);
    expect(apiCalls(stack).map((r) => [r.method, r.query.email ?? null, r.query.mobile ?? null])).toEqual([
      ["GET", "Kian.Mixed@Example.COM", null],
      ["POST", null, null],
      ["GET", "Kian.Mixed@Example.COM", null],
    ]);
  });

  it("only a customer with every detail sent, and new since the first attempt, is taken for the one created", async () => {
    const sim = stack.hesabit!;
    const mobile = "09350000077";
    // Customers with the same mobile that differ in one detail each: never this write's.
    const decoys = [
      { name: "دیگری", address: "تبریز", company: "سپهر", email: "same@example.com", tel: "04133334444" },
      { name: "ساره", address: "شیراز", company: "سپهر", email: "same@example.com", tel: "04133334444" },
      { name: "ساره", address: "تبریز", company: "آسمان", email: "same@example.com", tel: "04133334444" },
      { name: "ساره", address: "تبریز", company: "سپهر", email: "other@example.com", tel: "04133334444" },
      { name: "ساره", address: "تبریز", company: "سپهر", email: "same@example.com", tel: "04155556666" },
    ];
    const addInvoice = sim.state.addCustomer.bind(sim.state);
    // The decoys appear in Hesabit right after the write, before it is looked for.
    sim.state.addCustomer = (fields, created, id) => {
      const made = addInvoice(fields, created, id);
      sim.state.addCustomer = addInvoice;
      for (const decoy of decoys) newCustomer(decoy.name, { ...decoy, mobile });
      return made;
    };
    sim.faults.dropAfterWrite = { every: 1 };
    const response = await stack.gql(CreateHesabitCustomerDocument, {
      input: { vendor: "HESABIT", name: "ساره", mobile, address: "تبریز", company: "سپهر", email: "Same@Example.com", phone: "041-3333 4444" },
      idempotencyKey: "hesabit-decoys",
    });
    expect(response.errors).toBeUndefined();
    const made = sim.state.customers.filter((c) => c.mobile === mobile && c.name === "ساره" && c.address === "تبریز" && c.company === "سپهر" && c.email === "Same@Example.com");
    expect(made).toHaveLength(1);
    expect(response.data!.createCustomer).toMatchObject({ code: made[0].id, reconciled: true });
  });

  it("two new customers with the details sent: which one this write made cannot be told, so nothing is claimed", async () => {
    const sim = stack.hesabit!;
    const mobile = "09350000078";
    const original = sim.state.addCustomer.bind(sim.state);
    sim.state.addCustomer = (fields, created, id) => {
      const made = original(fields, created, id);
      sim.state.addCustomer = original;
      newCustomer("دوقلو", { mobile });
      return made;
    };
    sim.faults.dropAfterWrite = { every: 1 };
    const response = await stack.gql(CreateHesabitCustomerDocument, { input: { vendor: "HESABIT", name: "دوقلو", mobile }, idempotencyKey: "hesabit-twins" });
    expect(codes(response)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
    expect(response.errors![0].message).toContain("Retry with the same idempotencyKey: hesabgraph looks for the customer in Hesabit before it ever creates it again.");
  });

  it("an update whose answer was lost is confirmed by reading the customer back; a change that did not land is not claimed", async () => {
    const sim = stack.hesabit!;
    const target = newCustomer("به روز", { mobile: "09350000079", email: "up@example.com" });
    sim.faults.dropAfterWrite = { every: 1 };
    const landed = await stack.gql<any, any>(UpdateHesabitCustomerDocument, { input: { vendor: "HESABIT", code: target.id, name: "به روز شده", company: "Gold LLC" }, idempotencyKey: "hesabit-update-lost" });
    expect(landed.errors).toBeUndefined();
    expect(landed.data!.updateCustomer).toMatchObject({ code: target.id, replayed: false, customer: { name: "به روز شده", company: "Gold LLC" } });
    expect(apiCalls(stack).map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /v1/customers/${target.id}`, `GET /v1/customers/${target.id}`]);

    sim.resetRequests();
    sim.faults.reset();
    sim.faults.failNext(1, "reset", `/v1/customers/${target.id}`);
    const lost = await stack.gql<any, any>(UpdateHesabitCustomerDocument, { input: { vendor: "HESABIT", code: target.id, name: "هرگز" }, idempotencyKey: "hesabit-update-not-landed" });
    expect(codes(lost)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
    expect(lost.errors![0].message).toContain("Retry with the same idempotencyKey: a change is safe to send again.");
    expect(sim.state.customer(target.id)!.name).toBe("به روز شده");
    // The retry finds the key pending, reads the customer, sees the change missing and sends it.
    sim.resetRequests();
    const retried = await stack.gql<any, any>(UpdateHesabitCustomerDocument, { input: { vendor: "HESABIT", code: target.id, name: "هرگز" }, idempotencyKey: "hesabit-update-not-landed" });
    expect(retried.data!.updateCustomer).toMatchObject({ replayed: false, customer: { name: "هرگز" } });
    expect(apiCalls(stack).map((r) => r.method)).toEqual(["GET", "PUT"]);
  });

  it("a delete whose answer was lost is confirmed by the customer being gone; one still there is not claimed", async () => {
    const sim = stack.hesabit!;
    const gone = newCustomer("حذفی", { mobile: "09350000080" });
    sim.faults.dropAfterWrite = { every: 1 };
    const deleted = await stack.gql<any, any>(DeleteHesabitCustomerDocument, { code: gone.id, idempotencyKey: "hesabit-delete-lost" });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data!.deleteCustomer).toMatchObject({ code: gone.id, replayed: false });
    expect(sim.state.customer(gone.id)).toBeUndefined();
    // Settled by reading the customer (gone), not by deleting again.
    expect(apiCalls(stack).map((r) => `${r.method} ${r.path}`)).toEqual([`DELETE /v1/customers/${gone.id}`, `GET /v1/customers/${gone.id}`]);

    sim.faults.reset();
    const kept = newCustomer("ماندنی", { mobile: "09350000081" });
    sim.faults.failNext(1, "reset", `/v1/customers/${kept.id}`);
    const lost = await stack.gql<any, any>(DeleteHesabitCustomerDocument, { code: kept.id, idempotencyKey: "hesabit-delete-not-landed" });
    expect(codes(lost)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
    expect(lost.errors![0].message).toContain("Retry with the same idempotencyKey: hesabgraph checks whether the customer is gone before it sends the delete again.");
    expect(sim.state.customer(kept.id)).toBeDefined();
  });

  it("a key reused for another customer write is refused, whatever the write", async () => {
    const sim = stack.hesabit!;
    const a = newCustomer("الف", { mobile: "09350000082" });
    const b = newCustomer("ب", { mobile: "09350000083" });
    await stack.gql(CreateHesabitCustomerDocument, { input: { vendor: "HESABIT", name: "یکم", mobile: "09350000084" }, idempotencyKey: "reuse-create" });
    await stack.gql<any, any>(UpdateHesabitCustomerDocument, { input: { vendor: "HESABIT", code: a.id, name: "الف۲" }, idempotencyKey: "reuse-update" });
    await stack.gql<any, any>(DeleteHesabitCustomerDocument, { code: a.id, idempotencyKey: "reuse-delete" });
    sim.resetRequests();
    const again = await Promise.all([
      stack.gql(CreateHesabitCustomerDocument, { input: { vendor: "HESABIT", name: "دوم", mobile: "09350000085" }, idempotencyKey: "reuse-create" }),
      stack.gql<any, any>(UpdateHesabitCustomerDocument, { input: { vendor: "HESABIT", code: b.id, name: "الف۲" }, idempotencyKey: "reuse-update" }),
      stack.gql<any, any>(UpdateHesabitCustomerDocument, { input: { vendor: "HESABIT", code: a.id, name: "الف۳" }, idempotencyKey: "reuse-update" }),
      stack.gql<any, any>(DeleteHesabitCustomerDocument, { code: b.id, idempotencyKey: "reuse-delete" }),
    ]);
    expect(again.map((r) => r.errors?.[0].extensions)).toEqual(Array(4).fill({ code: "BAD_USER_INPUT", field: "idempotencyKey" }));
    expect(apiCalls(stack)).toHaveLength(0);
  });

  it("an invoice is taken for the one created only when title, number, dates and note all match and it is new", async () => {
    const sim = stack.hesabit!;
    const date = Date.parse("2024-11-01T00:00:00Z") / 1000;
    const due = Date.parse("2024-11-15T00:00:00Z") / 1000;
    const like = { title: "فاکتور طلا", number: "30501", date: String(date), due: String(due), note: "یادداشت", theme_id: 1, online_payment: false, status: "unpaid", created: 1_700_000_000, total: null };
    const decoys = [
      { ...like, title: "فاکتور نقره" },
      { ...like, number: "30502" },
      { ...like, number: null as unknown as string },
      { ...like, date: String(date + 60) },
      { ...like, due: String(due + 60) },
      { ...like, note: "دیگر" },
    ];
    const original = sim.state.addInvoice.bind(sim.state);
    sim.state.addInvoice = (fields, id) => {
      const made = original(fields, id);
      sim.state.addInvoice = original;
      for (const decoy of decoys) original({ ...decoy, created: 1_700_000_001 });
      return made;
    };
    sim.faults.dropAfterWrite = { every: 1 };
    const response = await stack.gql(CreateHesabitInvoiceDocument, {
      input: { title: " فاکتور طلا ", number: "30501", date: "2024-11-01T00:00:00Z", dueDate: "2024-11-15T00:00:00Z", note: " یادداشت " },
      idempotencyKey: "hesabit-invoice-decoys",
    });
    expect(response.errors).toBeUndefined();
    const made = sim.state.invoices.filter((i) => i.title === "فاکتور طلا" && i.number === "30501" && i.note === "یادداشت" && i.date === String(date) && i.due === String(due));
    expect(made).toHaveLength(1);
    expect(response.data!.createHesabitInvoice).toMatchObject({ code: made[0].id, reconciled: true });
  });

  it("an invoice create with a key reused for another invoice is refused", async () => {
    const input = { title: "یک", date: "2024-11-02T00:00:00Z", dueDate: "2024-11-03T00:00:00Z" };
    await stack.gql(CreateHesabitInvoiceDocument, { input, idempotencyKey: "reuse-invoice" });
    const other = await stack.gql(CreateHesabitInvoiceDocument, { input: { ...input, title: "دو" }, idempotencyKey: "reuse-invoice" });
    expect(other.errors![0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "idempotencyKey" });
  });

});

describe("a transaction's invoice among many", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ hesabit: true, withoutTahesab: true, env: { HESABIT_TIMEOUT_MS: "2000" } });
  });
  afterAll(() => stack.close());

  const invoice = (number: string, created: number) => ({
    title: `فاکتور ${number}`, number, date: "1730419200", due: "1731628800", note: "", theme_id: 1, online_payment: false, status: "unpaid", created, total: null,
  });
  const QUERY = (id: string) => `{ hesabitTransaction(id: "${id}") { code invoiceNumber invoice { code number } } }`;
  const listCalls = () => stack.hesabit!.requests.filter((r) => r.path === "/v1/invoices/").map((r) => [r.query.limit, r.query.offset]);

  it("the newest invoices are read a page at a time until the number is found, and no further", async () => {
    const sim = stack.hesabit!;
    sim.state.invoices = [];
    // 250 invoices; the wanted one is the 150th newest (page two). Numbers are written with Persian digits in the description.
    for (let i = 0; i < 250; i++) sim.state.addInvoice(invoice(String(50_000 + i), 1_700_000_000 + i));
    const wanted = sim.state.invoices.find((i) => i.number === "50100")!;
    const paid = sim.state.addTransaction({ description: "پرداخت فاکتور : چیزی ( ۵۰۱۰۰ )", amount: "5000", created: 1_700_000_100, status: "approved" });
    sim.resetRequests();
    const response = await stack.gql<any, any>(QUERY(paid.id));
    expect(response.errors).toBeUndefined();
    expect(response.data.hesabitTransaction).toMatchObject({ invoiceNumber: "50100", invoice: { code: wanted.id, number: "50100" } });
    expect(listCalls()).toEqual([["100", "0"], ["100", "100"]]);
  });

  it("a list that ends before the number is found: null, and the end is not read past", async () => {
    const sim = stack.hesabit!;
    const orphan = sim.state.addTransaction({ description: "پرداخت فاکتور : گم شده (49999)", amount: "1", created: 1_700_000_000, status: "approved" });
    sim.resetRequests();
    const response = await stack.gql<any, any>(QUERY(orphan.id));
    expect(response.errors).toBeUndefined();
    expect(response.data.hesabitTransaction).toMatchObject({ invoiceNumber: "49999", invoice: null });
    expect(listCalls()).toEqual([["100", "0"], ["100", "100"], ["100", "200"]]);
  });

  it("past the newest 2000 invoices a number still missing is an error on that field, never a silent null", async () => {
    const sim = stack.hesabit!;
    sim.state.invoices = [];
    for (let i = 0; i < 2100; i++) sim.state.addInvoice(invoice(String(60_000 + i), 1_700_000_000 + i));
    const old = sim.state.addTransaction({ description: "پرداخت فاکتور : قدیمی (60005)", amount: "1", created: 1_700_000_000, status: "approved" });
    sim.resetRequests();
    const response = await stack.gql<any, any>(QUERY(old.id));
    expect(listCalls()).toEqual(Array.from({ length: 20 }, (_, i) => ["100", String(i * 100)]));
    expect(response.data.hesabitTransaction).toMatchObject({ code: old.id, invoiceNumber: "60005", invoice: null });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].path).toEqual(["hesabitTransaction", "invoice"]);
    expect(response.errors![0].message).toBe("Invoice number 60005 is not among Hesabit's newest 2000 invoices; look it up with hesabitInvoices.");
    expect(response.errors![0].extensions).toMatchObject({ code: "VENDOR_ERROR", vendor: "HESABIT" });
  });
});
