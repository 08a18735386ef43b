// contact/*: get, getById, getcontacts, save, batchsave, delete, findByPhoneOrEmail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHesabfaSimulator, type HesabfaSimulator } from "../../sandbox/hesabfa/index.js";
import { ok, refused } from "./hesabfa-client.js";

let sim: HesabfaSimulator;
beforeAll(async () => {
  sim = await startHesabfaSimulator({ rateLimit: null });
});
afterAll(() => sim.close());

describe("contact/get", () => {
  it("answers the contact with the help page's fields, code padded", async () => {
    const c = await ok(sim, "contact/get", { code: "000002" });
    expect(c).toMatchObject({ Code: "000002", Name: "علی محمدی", FirstName: "علی", LastName: "محمدی", ContactType: 1, Active: true });
    for (const field of ["Id", "Company", "NationalCode", "EconomicCode", "RegistrationNumber", "Address", "City", "State", "Country", "PostalCode", "Phone", "Fax", "Mobile", "Email", "Website", "RegistrationDate", "Note", "SharePercent", "Liability", "Credits", "ContactCredit", "Tag", "TaxType", "NodeFamily"]) {
      expect(c, field).toHaveProperty(field);
    }
    expect(c.RegistrationDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?$/);
  });

  it("takes the code padded, unpadded or as a number", async () => {
    for (const code of ["000002", "2", 2, "02"]) expect((await ok(sim, "contact/get", { code })).Code, String(code)).toBe("000002");
  });

  it("answers 112 for an unknown code, 104 without one, 114 for a code that is not a number", async () => {
    expect((await refused(sim, "contact/get", { code: 4242 })).ErrorCode).toBe(112);
    expect((await refused(sim, "contact/get", {})).ErrorCode).toBe(104);
    expect((await refused(sim, "contact/get", { code: "C-12" })).ErrorCode).toBe(114);
  });

  it("shows what a contact owes: Liability is the unpaid rest of its approved sales", async () => {
    // Seed: contact 24 has one approved, unpaid sale.
    const c = await ok(sim, "contact/get", { code: 24 });
    const invoice = [...sim.state.invoices.values()].find((inv) => inv.ContactCode === "000024")!;
    const answered = await ok(sim, "invoice/get", { number: invoice.Number, type: 0 });
    expect(c.Liability).toBe(answered.Rest);
    expect(c.Liability).toBeGreaterThan(0);
  });
});

describe("contact/getById", () => {
  it("answers the list for idList, in idList order, leaving unknown ids out", async () => {
    const [a, b] = [sim.state.contact(3)!.Id, sim.state.contact(1)!.Id];
    const list = await ok(sim, "contact/getById", { idList: [a, 999_999, b] });
    expect(list.map((c: any) => c.Code)).toEqual(["000003", "000001"]);
  });

  it("answers the object for a single id, 112 when there is none", async () => {
    expect((await ok(sim, "contact/getById", { id: sim.state.contact(4)!.Id })).Code).toBe("000004");
    expect((await refused(sim, "contact/getById", { id: sim.state.item(4)!.Id })).ErrorCode).toBe(112);
  });

  it("answers 111 for id 0, 114 for both forms, 104 for neither", async () => {
    expect((await refused(sim, "contact/getById", { id: 0 })).ErrorCode).toBe(111);
    expect((await refused(sim, "contact/getById", { idList: [sim.state.contact(1)!.Id, 0] })).ErrorCode).toBe(111);
    expect((await refused(sim, "contact/getById", { id: 1, idList: [1] })).ErrorCode).toBe(114);
    expect((await refused(sim, "contact/getById", {})).ErrorCode).toBe(104);
  });
});

describe("contact/save", () => {
  it("gives a new contact the next code when Code is absent, null, 0 or '0'", async () => {
    const codes = [];
    for (const Code of [undefined, null, 0, "0"]) codes.push((await ok(sim, "contact/save", { contact: { Code, Name: `تازه ${String(Code)}` } })).Code);
    const first = Number(codes[0]);
    expect(codes).toEqual([0, 1, 2, 3].map((i) => String(first + i).padStart(6, "0")));
  });

  it("creates a contact under a code that is not in use", async () => {
    expect((await ok(sim, "contact/save", { contact: { Code: 7000, Name: "کد دلخواه" } })).Code).toBe("007000");
    expect((await ok(sim, "contact/get", { code: 7000 })).Name).toBe("کد دلخواه");
  });

  it("replaces the whole contact on an update: a field left out is empty afterwards", async () => {
    const saved = await ok(sim, "contact/save", { contact: { Name: "کامل", City: "تهران", Mobile: "09121111111", Tag: "t" } });
    const updated = await ok(sim, "contact/save", { contact: { Code: Number(saved.Code), Name: "کامل", Mobile: "09122222222" } });
    expect(updated).toMatchObject({ Code: saved.Code, Id: saved.Id, Mobile: "09122222222", City: "", Tag: "" });
  });

  it("accepts the answered object posted back (read-only fields ignored)", async () => {
    const answered = await ok(sim, "contact/get", { code: 6 });
    const saved = await ok(sim, "contact/save", { contact: { ...answered, Note: "ویرایش" } });
    expect(saved).toEqual({ ...answered, Note: "ویرایش" });
  });

  it("refuses: no Name (104), an unknown field (114), too long (114), bad ContactType or email (114), Id on a new contact (110)", async () => {
    expect((await refused(sim, "contact/save", { contact: { Mobile: "0912" } })).ErrorCode).toBe(104);
    const unknown = await refused(sim, "contact/save", { contact: { Name: "x", Moblie: "0912" } });
    expect(unknown).toMatchObject({ ErrorCode: 114 });
    expect(unknown.ErrorMessage).toContain("contact.Moblie");
    expect((await refused(sim, "contact/save", { contact: { Name: "x".repeat(101) } })).ErrorCode).toBe(114);
    expect((await refused(sim, "contact/save", { contact: { Name: "x", ContactType: 3 } })).ErrorCode).toBe(114);
    expect((await refused(sim, "contact/save", { contact: { Name: "x", Email: "not-an-email" } })).ErrorCode).toBe(114);
    expect((await refused(sim, "contact/save", { contact: { Name: "x", Id: 12345 } })).ErrorCode).toBe(110);
    expect((await refused(sim, "contact/save", {})).ErrorCode).toBe(104);
    expect((await refused(sim, "contact/save", { contact: "x" })).ErrorCode).toBe(114);
  });
});

describe("contact/batchsave", () => {
  it("answers the saved contacts in input order, each with its Tag", async () => {
    const contacts = Array.from({ length: 5 }, (_, i) => ({ Name: `دسته ${i}`, Tag: JSON.stringify({ id_customer: 9000 + i }) }));
    contacts[2] = { ...contacts[2], Code: 3 } as never;
    const saved = await ok(sim, "contact/batchsave", { contacts });
    expect(saved.map((c: any) => c.Tag)).toEqual(contacts.map((c) => c.Tag));
    expect(saved[2].Code).toBe("000003");
    expect(new Set(saved.map((c: any) => c.Code)).size).toBe(5);
  });

  it("takes 500 a call and refuses 501 (114); refuses an empty array (104)", async () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ Name: `انبوه ${i}` }));
    expect(await ok(sim, "contact/batchsave", { contacts: many(500) })).toHaveLength(500);
    expect((await refused(sim, "contact/batchsave", { contacts: many(501) })).ErrorCode).toBe(114);
    expect((await refused(sim, "contact/batchsave", { contacts: [] })).ErrorCode).toBe(104);
  });

  it("saves nothing when one contact is refused, and names it", async () => {
    const before = sim.state.contacts.size;
    const answer = await refused(sim, "contact/batchsave", { contacts: [{ Name: "خوب" }, { Name: "بد", ContactType: 9 }] });
    expect(answer.ErrorCode).toBe(114);
    expect(answer.ErrorMessage).toContain("contacts[1].ContactType");
    expect(sim.state.contacts.size).toBe(before);
  });
});

describe("contact/delete", () => {
  it("deletes an unused contact (Result true), then answers 112", async () => {
    const saved = await ok(sim, "contact/save", { contact: { Name: "رفتنی" } });
    expect(await ok(sim, "contact/delete", { code: Number(saved.Code) })).toBe(true);
    expect((await refused(sim, "contact/get", { code: saved.Code })).ErrorCode).toBe(112);
    expect((await refused(sim, "contact/delete", { code: saved.Code })).ErrorCode).toBe(112);
  });

  it("refuses to delete a contact used in an invoice (190)", async () => {
    expect((await refused(sim, "contact/delete", { code: 1 })).ErrorCode).toBe(190);
    expect(sim.state.contact(1)).toBeDefined();
  });
});

describe("contact/findByPhoneOrEmail", () => {
  it("answers the list object of contacts matching any value given", async () => {
    const c = sim.state.contact(5)!;
    const byMobile = await ok(sim, "contact/findByPhoneOrEmail", { mobile: c.Mobile, phone: c.Mobile, email: "" });
    expect(byMobile).toMatchObject({ TotalCount: 1, FilteredCount: 1 });
    expect(byMobile.List[0].Code).toBe("000005");
    const byEmail = await ok(sim, "contact/findByPhoneOrEmail", { email: c.Email.toUpperCase() });
    expect(byEmail.List.map((x: any) => x.Code)).toEqual(["000005"]);
    const none = await ok(sim, "contact/findByPhoneOrEmail", { mobile: "09000000000" });
    expect(none).toEqual({ TotalCount: 0, FilteredCount: 0, From: 0, To: 0, List: [] });
  });

  it("needs at least one value (104)", async () => {
    expect((await refused(sim, "contact/findByPhoneOrEmail", { mobile: "", phone: null })).ErrorCode).toBe(104);
  });
});
