import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ok } from "../sandbox/hesabfa-client.js";
import { beforeHandling } from "../support/before-handling.js";
import { bodies, errorCodes, hesabfaStack, only, type HesabfaStack } from "./support.js";

/**
 * Hesabfa batch saves retried with their key, answers that do not add up,
 * and edits that read the stored record first (datasources/hesabfa/contacts.ts, items.ts).
 */

const SAVE_CUSTOMERS = `mutation($c: [HesabfaCustomerEntry!]!, $k: String) { saveHesabfaCustomers(customers: $c, idempotencyKey: $k) { customers { code tag } replayed } }`;

describe("Hesabfa batches and edits", () => {
  let stack: HesabfaStack;
  beforeAll(async () => {
    stack = await hesabfaStack();
  });
  afterAll(() => stack.close());
  afterEach(() => {
    stack.hesabfa.faults.reset();
    stack.hesabfa.resetRequests();
  });

  const many = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ name: `${tag} ${i}`, tag: `${tag}-${i}` }));

  it("a batch repeated with its key is answered from the journal, every part, sending nothing", async () => {
    const customers = many(501, "repeat");
    const first = await stack.gql(SAVE_CUSTOMERS, { c: customers, k: "batch-repeat" });
    expect(first.data!.saveHesabfaCustomers.replayed).toBe(false);
    expect(bodies(stack.hesabfa, "contact/batchsave").map((b) => b.contacts.length)).toEqual([500, 1]);
    stack.hesabfa.resetRequests();
    const again = await stack.gql(SAVE_CUSTOMERS, { c: customers, k: "batch-repeat" });
    expect(again.data!.saveHesabfaCustomers).toEqual({ ...first.data!.saveHesabfaCustomers, replayed: true });
    expect(stack.hesabfa.count("contact/batchsave")).toBe(0);
  });

  it("a batch refused half-way and retried with its key sends only the part not saved, and is not a replay", async () => {
    const customers = many(502, "half");
    stack.hesabfa.faults.failNext(1, { errorCode: 190 }, "contact/batchsave");
    // The first call (part 0) is refused: nothing saved.
    expect(errorCodes(await stack.gql(SAVE_CUSTOMERS, { c: customers, k: "batch-half" }))).toEqual(["VENDOR_ERROR"]);
    const ok = await stack.gql(SAVE_CUSTOMERS, { c: customers, k: "batch-half" });
    expect(ok.errors).toBeUndefined();
    stack.hesabfa.resetRequests();
    // Now part 1 is refused on a new batch, after part 0 was saved: the refusal is armed as the
    // second batchsave call reaches the simulator, before it is handled.
    const second = many(503, "later");
    let calls = 0;
    const undo = beforeHandling(stack.hesabfa.requests, (request) => {
      if (request.method === "contact/batchsave" && ++calls === 2) stack.hesabfa.faults.failNext(1, { errorCode: 190 }, "contact/batchsave");
    });
    const refused = await stack.gql(SAVE_CUSTOMERS, { c: second, k: "batch-later" }).finally(undo);
    expect(errorCodes(refused)).toEqual(["VENDOR_ERROR"]);
    stack.hesabfa.resetRequests();
    const retried = await stack.gql(SAVE_CUSTOMERS, { c: second, k: "batch-later" });
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.saveHesabfaCustomers.replayed).toBe(false);
    expect(retried.data!.saveHesabfaCustomers.customers.map((c: { tag: string }) => c.tag)).toEqual(second.map((c) => c.tag));
    expect(bodies(stack.hesabfa, "contact/batchsave").map((b) => b.contacts.length)).toEqual([3]);
  });

  it("a batch answered with fewer records than sent is not taken as saved", async () => {
    const stored = await ok(stack.hesabfa, "contact/get", { code: "000006" });
    stack.hesabfa.faults.respondNext("contact/batchsave", JSON.stringify({ Success: true, ErrorCode: 0, ErrorMessage: "", Result: [stored] }));
    const contacts = await stack.gql(SAVE_CUSTOMERS, { c: many(2, "short") });
    expect(errorCodes(contacts)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
    expect(contacts.errors![0].message).toContain("Hesabfa answered contact/batchsave with 1 contacts for 2 sent.");
    stack.hesabfa.faults.respondNext("item/batchsave", JSON.stringify({ Success: true, ErrorCode: 0, ErrorMessage: "", Result: [] }));
    const items = await stack.gql(`mutation { saveHesabfaItems(items: [{ name: "یک" }]) { items { code } } }`);
    expect(errorCodes(items)).toEqual(["VENDOR_OUTCOME_UNKNOWN"]);
    expect(items.errors![0].message).toContain("Hesabfa answered item/batchsave with 0 items for 1 sent.");
  });

  it("an edit keeps the kind and the active flag it was not given", async () => {
    const created = await stack.gql(`mutation { createCustomer(input: { vendor: HESABFA, name: "حقوقی غیرفعال", kind: LEGAL_ENTITY }) { code } }`);
    const code = created.data!.createCustomer.code;
    await stack.gql(`mutation($c: String!) { updateCustomer(input: { vendor: HESABFA, code: $c, active: false }) { code } }`, { c: code });
    stack.hesabfa.resetRequests();
    const r = await stack.gql(`mutation($c: String!) { updateCustomer(input: { vendor: HESABFA, code: $c, city: "یزد" }) { customer { kind active city } } }`, { c: code });
    expect(r.data!.updateCustomer.customer).toEqual({ kind: "LEGAL_ENTITY", active: false, city: "یزد" });
    expect(only(stack.hesabfa, "contact/save").contact).toMatchObject({ ContactType: 2, Active: false, City: "یزد" });
  });

  it("an edit of a code Hesabfa does not have is refused, naming the code, saving nothing", async () => {
    const contact = await stack.gql(`mutation { updateCustomer(input: { vendor: HESABFA, code: "987654", city: "یزد" }) { code } }`);
    expect(contact.errors![0]).toMatchObject({ message: "Hesabfa has no contact with code 987654.", extensions: { code: "VENDOR_ERROR", vendorCode: 112 } });
    const item = await stack.gql(`mutation { updateHesabfaItem(code: "987654", input: { sellPrice: "1" }) { code } }`);
    expect(item.errors![0]).toMatchObject({ message: "Hesabfa has no item with code 987654.", extensions: { code: "VENDOR_ERROR", vendorCode: 112 } });
    expect(stack.hesabfa.count("contact/save") + stack.hesabfa.count("item/save")).toBe(0);
  });

  it("a contact read for an edit that does not fit its shape is named, and nothing is saved", async () => {
    const stored = await ok(stack.hesabfa, "contact/get", { code: "000005" });
    stack.hesabfa.faults.respondNext("contact/get", JSON.stringify({ Success: true, ErrorCode: 0, ErrorMessage: "", Result: { ...stored, Code: "x5" } }));
    const r = await stack.gql(`mutation { updateCustomer(input: { vendor: HESABFA, code: "5", city: "یزد" }) { code } }`);
    expect(r.errors![0].message).toMatch(/^Hesabfa answered contact\/get with a Result that does not fit \(Result\.Code: /);
    expect(stack.hesabfa.count("contact/save")).toBe(0);
  });

  it("an item edit keeps the kind and the active flag it was not given", async () => {
    const created = await stack.gql(`mutation { createHesabfaItem(input: { name: "خدمت غیرفعال", kind: SERVICE }) { code } }`);
    const code = created.data!.createHesabfaItem.code;
    await stack.gql(`mutation($c: String!) { updateHesabfaItem(code: $c, input: { active: false }) { code } }`, { c: code });
    stack.hesabfa.resetRequests();
    const r = await stack.gql(`mutation($c: String!) { updateHesabfaItem(code: $c, input: { sellPrice: "9" }) { item { kind active sellPrice } } }`, { c: code });
    expect(r.data!.updateHesabfaItem.item).toEqual({ kind: "SERVICE", active: false, sellPrice: "9" });
    expect(only(stack.hesabfa, "item/save").item).toMatchObject({ ItemType: 1, Active: false, SellPrice: 9 });
  });

  it("an item's text fields and prices given as null are cleared (prices to 0); others are kept", async () => {
    const r = await stack.gql(`mutation { updateHesabfaItem(code: "3", input: { barcode: null, tag: null, buyPrice: null, sellPrice: "12" }) { code } }`);
    expect(r.errors).toBeUndefined();
    const before = stack.hesabfa.state.items.get("000003")!;
    expect(only(stack.hesabfa, "item/save").item).toMatchObject({ Code: "000003", Barcode: "", Tag: "", BuyPrice: 0, SellPrice: 12, Name: before.Name, Unit: before.Unit });
  });
});
