import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayInYear, hesabfaStack, type HesabfaStack } from "./support.js";

/**
 * Every kind of write hesabgraph makes is known in the change feed as its
 * own (datasources/hesabfa/changes.ts, the `own` marks of contacts.ts,
 * items.ts, invoices.ts, receipts.ts), so a client following foreign changes
 * sees only what others did: here the same kinds of change made in the web app.
 */

const FEED = `query($after: Int!, $own: Boolean!) { hesabfaChanges(after: $after, includeOwn: $own, refresh: true) {
  lastId changes { action object code invoiceKind invoiceNumber itemCodes madeByHesabgraph } } }`;

describe("hesabgraph's own changes in the Hesabfa change feed", () => {
  let stack: HesabfaStack;
  const foreign: Record<string, string> = {};

  beforeAll(async () => {
    stack = await hesabfaStack();
  });
  afterAll(() => stack.close());

  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const r = await stack.gql(query, variables);
    expect(r.errors, query).toBeUndefined();
    return r.data!;
  };

  // One test: the writes and what the feed says of them belong together (a change to how a
  // write marks itself must fail the test that makes the write).
  it("writes of every kind by hesabgraph are its own in the feed; the same kinds made in the web app are foreign", async () => {
    const start = (await ok(FEED, { after: 0, own: true })).hesabfaChanges.lastId;
    const customer = (await ok(`mutation { createCustomer(input: { vendor: HESABFA, name: "خودی" }) { code } }`)).createCustomer.code;
    await ok(`mutation($c: String!) { updateCustomer(input: { vendor: HESABFA, code: $c, note: "ویرایش" }) { code } }`, { c: customer });
    const batch = (await ok(`mutation { saveHesabfaCustomers(customers: [{ name: "گروهی خودی" }], idempotencyKey: "own-batch") { customers { code } } }`)).saveHesabfaCustomers.customers[0].code;
    await ok(`mutation($c: String!) { deleteCustomer(vendor: HESABFA, code: $c) { code } }`, { c: batch });
    const item = (await ok(`mutation { createHesabfaItem(input: { name: "کالای خودی" }) { code } }`)).createHesabfaItem.code;
    await ok(`mutation($c: String!) { updateHesabfaItem(code: $c, input: { sellPrice: "5" }) { code } }`, { c: item });
    const batchItem = (await ok(`mutation { saveHesabfaItems(items: [{ name: "کالای گروهی خودی" }]) { items { code } } }`)).saveHesabfaItems.items[0].code;
    await ok(`mutation($c: String!) { deleteHesabfaItem(code: $c) { code } }`, { c: batchItem });
    const invoice = (await ok(`mutation($input: HesabfaInvoiceInput!) { saveHesabfaInvoice(input: $input) { invoice { number } } }`, {
      input: { kind: "SALE", customerCode: "6", date: dayInYear(stack.hesabfa, 25), lines: [{ itemCode: "1", quantity: "1", unitPrice: "1000" }] },
    })).saveHesabfaInvoice.invoice.number;
    await ok(`mutation($n: String!) { saveHesabfaWarehouseReceipt(input: { invoiceKind: SALE, invoiceNumber: $n, warehouseCode: 2, lines: [{ itemCode: "1", quantity: "1" }] }) { receipt { number } } }`, { n: invoice });
    const purchase = (await ok(`mutation($input: HesabfaInvoiceInput!) { saveHesabfaInvoice(input: $input) { invoice { number } } }`, {
      input: { kind: "PURCHASE", customerCode: "6", date: dayInYear(stack.hesabfa, 26), lines: [{ itemCode: "2", quantity: "1", unitPrice: "10" }] },
    })).saveHesabfaInvoice.invoice.number;
    await ok(`mutation($n: String!) { deleteHesabfaInvoice(kind: PURCHASE, number: $n) { invoice { code } } }`, { n: purchase });
    const ours = { customer, batch, item, batchItem, invoice, purchase };

    const web = stack.hesabfa.userChange;
    foreign.customer = web.saveContact({ Name: "از وب" }).Code;
    foreign.item = web.saveItem({ Name: "کالای وب", ItemType: 0 }).Code;

    // None of hesabgraph's shows among foreign changes; the web app's do.
    const changes = (await ok(FEED, { after: start, own: false })).hesabfaChanges.changes as Array<Record<string, unknown>>;
    expect(changes.every((c) => c.madeByHesabgraph === false)).toBe(true);
    expect(changes.map((c) => [c.object, c.code])).toEqual([
      ["CUSTOMER", foreign.customer],
      ["ITEM", foreign.item],
    ]);

    // With its own included, each of hesabgraph's writes is there, marked as its own.
    const all = (await ok(FEED, { after: start, own: true })).hesabfaChanges.changes as Array<Record<string, unknown>>;
    const own = all.filter((c) => c.madeByHesabgraph);
    const about = (object: string, key: string, value: string) => own.filter((c) => c.object === object && c[key] === value).map((c) => c.action);
    expect(about("CUSTOMER", "code", ours.customer!)).toEqual(["CREATED", "UPDATED"]);
    expect(about("CUSTOMER", "code", ours.batch!)).toEqual(["CREATED", "DELETED"]);
    expect(about("ITEM", "code", ours.item!)).toEqual(["CREATED", "UPDATED"]);
    expect(about("ITEM", "code", ours.batchItem!)).toEqual(["CREATED", "DELETED"]);
    expect(about("INVOICE", "invoiceNumber", ours.invoice!)).toContain("CREATED");
    expect(about("INVOICE", "invoiceNumber", ours.purchase!)).toEqual(["CREATED", "DELETED"]);
    expect(own.some((c) => c.object === "WAREHOUSE_RECEIPT")).toBe(true);
    expect(all.filter((c) => !c.madeByHesabgraph)).toHaveLength(2);
  });
});
