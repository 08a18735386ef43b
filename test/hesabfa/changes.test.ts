import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok } from "../sandbox/hesabfa-client.js";
import { bodies, expectRead, expectWrite, hesabfaStack, only } from "./support.js";

const SECRET = "hook-secret-0123456789";
const PASSWORD = "hook-password-9876";

const FEED = `query($after: Int!, $own: Boolean!, $refresh: Boolean!) { hesabfaChanges(after: $after, includeOwn: $own, refresh: $refresh) {
  lastId changes { id action actionCode object code objectId madeThroughApi madeByHesabgraph invoiceKind invoiceNumber itemCodes } } }`;

describe("Hesabfa changes reach clients through the change hook and GetChanges", () => {
  let stack: Awaited<ReturnType<typeof hesabfaStack>>;
  let base: string;
  beforeAll(async () => {
    stack = await hesabfaStack({ env: { HESABFA_HOOK_SECRET: SECRET, HESABFA_HOOK_PASSWORD: PASSWORD } });
    base = stack.server.url.replace(/\/graphql$/, "");
  });
  afterAll(() => stack.close());

  /** The feed as the hook left it (no call to Hesabfa), until `done` holds; bounded. */
  async function feedUntil(done: (changes: any[]) => boolean, includeOwn = false): Promise<any[]> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const r = await stack.gql(FEED, { after: 0, own: includeOwn, refresh: false });
      expect(r.errors).toBeUndefined();
      const changes = r.data!.hesabfaChanges.changes;
      if (done(changes)) return changes;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error("the change never reached the feed");
  }

  it("registers the hook with our secret in the URL and the password, and starts the feed at Hesabfa's last change", async () => {
    const r = await stack.gql(`mutation($u: String) { registerHesabfaChangeHook(publicUrl: $u) { url } }`, { u: base });
    expect(r.errors).toBeUndefined();
    expect(r.data!.registerHesabfaChangeHook.url).not.toContain(SECRET);
    expectWrite(stack.hesabfa, only(stack.hesabfa, "setting/setchangehook"), { url: `${base}/hooks/hesabfa/${SECRET}`, hookPassword: PASSWORD });
    expectRead(stack.hesabfa, only(stack.hesabfa, "setting/getchanges"), { start: 1_000_000_000 });
    expect(stack.hesabfa.state.hook).toEqual({ url: `${base}/hooks/hesabfa/${SECRET}`, password: PASSWORD });
  });

  it("a public URL given with trailing slashes is registered with one; the answer shows the hook's address with its secret hidden", async () => {
    stack.hesabfa.resetRequests();
    const r = await stack.gql(`mutation($u: String) { registerHesabfaChangeHook(publicUrl: $u) { url } }`, { u: `${base}//` });
    expect(r.errors).toBeUndefined();
    expect(r.data!.registerHesabfaChangeHook.url).toBe(`${base}/hooks/hesabfa/…`);
    expectWrite(stack.hesabfa, only(stack.hesabfa, "setting/setchangehook"), { url: `${base}/hooks/hesabfa/${SECRET}`, hookPassword: PASSWORD });
  });

  it("a change made in Hesabfa (web app) and one by another API client reach the feed through the hook; hesabgraph's own is not reported as foreign", async () => {
    stack.hesabfa.resetRequests();
    const own = await stack.gql(`mutation { createCustomer(input: { vendor: HESABFA, name: "از هسب گراف" }, idempotencyKey: "own-1") { code } }`);
    expect(own.errors).toBeUndefined();
    const ownCode = own.data!.createCustomer.code;
    const web = stack.hesabfa.userChange.saveContact({ Name: "از وب" });
    const other = await ok(stack.hesabfa, "contact/save", { contact: { Name: "از افزونه دیگر" } });

    const foreign = await feedUntil((changes) => changes.some((c) => c.code === other.Code) && changes.some((c) => c.code === web.Code));
    expect(foreign.map((c) => c.code)).not.toContain(ownCode);
    expect(foreign.find((c) => c.code === web.Code)).toMatchObject({ action: "CREATED", actionCode: 31, object: "CUSTOMER", madeThroughApi: false, madeByHesabgraph: false });
    expect(foreign.find((c) => c.code === other.Code)).toMatchObject({ object: "CUSTOMER", madeThroughApi: true, madeByHesabgraph: false });

    const all = await feedUntil((changes) => changes.some((c) => c.code === ownCode), true);
    expect(all.find((c) => c.code === ownCode)).toMatchObject({ madeThroughApi: true, madeByHesabgraph: true });

    // Every hook call was accepted; every pull read on from the last id, as a read.
    expect(stack.hesabfa.state.hookDeliveries.length).toBeGreaterThanOrEqual(3);
    expect(stack.hesabfa.state.hookDeliveries.every((d) => d.outcome === 200)).toBe(true);
    const pulls = bodies(stack.hesabfa, "setting/getchanges");
    expect(pulls.length).toBeGreaterThan(0);
    for (const pull of pulls) {
      expect(pull.requestUniqueId).toBeUndefined();
      expect(pull.start).toBeGreaterThan(1);
    }
  });

  it("an invoice saved in the web app shows as an invoice change with its number and item codes", async () => {
    const before = (await stack.gql(FEED, { after: 0, own: true, refresh: true })).data!.hesabfaChanges.lastId;
    const year = stack.hesabfa.state.latestYear();
    const date = new Date((year.StartDate.seconds + 40 * 86400) * 1000).toISOString().slice(0, 10);
    const invoice = stack.hesabfa.userChange.saveInvoice({ InvoiceType: 1, Status: 1, ContactCode: "000021", Date: `${date} 09:00:00`, InvoiceItems: [{ ItemCode: "3", Quantity: 2, UnitPrice: 10 }] });
    const changes = await feedUntil((list) => list.some((c) => c.id > before && c.object === "INVOICE"));
    expect(changes.find((c) => c.id > before && c.object === "INVOICE")).toMatchObject({
      action: "CREATED", invoiceKind: "PURCHASE", invoiceNumber: invoice.Number, itemCodes: ["000003"], objectId: String(invoice.Id),
    });
    const since = await stack.gql(FEED, { after: before, own: false, refresh: false });
    expect(since.data!.hesabfaChanges.changes.every((c: any) => c.id > before)).toBe(true);
  });

  it("the receiver refuses a wrong password (401) and hides behind a wrong secret (404), answering at once", async () => {
    const wrongPassword = await fetch(`${base}/hooks/hesabfa/${SECRET}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ Password: "nope" }) });
    expect(wrongPassword.status).toBe(401);
    for (const body of [{ Password: 12345 }, { Password: null }, {}]) {
      const odd = await fetch(`${base}/hooks/hesabfa/${SECRET}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      expect(odd.status, JSON.stringify(body)).toBe(401);
    }
    const wrongSecret = await fetch(`${base}/hooks/hesabfa/not-the-secret-000000`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ Password: PASSWORD }) });
    expect(wrongSecret.status).toBe(404);
  });
});
