// Saving and deleting contacts (اشخاص). A save is a whole-record replace:
// Hesabfa binds the posted object onto its model, so a field left out is
// empty afterwards (H1 and H2 always post every field they keep). Length
// limits are those H1's validation class cuts to, plus one.
import { read, type Fields } from "./bind.js";
import { padCode } from "./codes.js";
import { Dec } from "./decimal.js";
import { ErrorCode, fail, HesabfaError } from "./errors.js";
import { CONTACT_ACTIONS, type ContactRecord } from "./records.js";
import { HesabfaState } from "./state.js";

const STRING_FIELDS: ReadonlyArray<readonly [keyof ContactRecord & string, number]> = [
  ["Name", 100],
  ["Company", 100],
  ["FirstName", 50],
  ["LastName", 50],
  ["NationalCode", 11],
  ["EconomicCode", 12],
  ["RegistrationNumber", 12],
  ["Address", 150],
  ["City", 50],
  ["State", 50],
  ["Country", 50],
  ["PostalCode", 11],
  ["Phone", 15],
  ["Fax", 15],
  ["Mobile", 15],
  ["Email", 255],
  ["Website", 120],
  ["Note", 500],
  ["Tag", 255],
  ["NodeFamily", 255],
];

/** Fields a client may post. The read-only ones (Id, Liability, …) are accepted and ignored: clients echo answers back. */
export const CONTACT_FIELDS: readonly string[] = [
  ...STRING_FIELDS.map(([name]) => name),
  "Code",
  "Id",
  "ContactType",
  "TaxType",
  "Active",
  "SharePercent",
  "ContactCredit",
  "Liability",
  "Credits",
  "RegistrationDate",
];

export interface ContactInput {
  /** 0 or undefined: a new contact. */
  code: number | undefined;
  id: number | undefined;
  values: Omit<ContactRecord, "Id" | "Code" | "RegistrationDate">;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseContact(f: Fields): ContactInput {
  f.only(CONTACT_FIELDS);
  const strings = {} as Record<string, string>;
  for (const [name, max] of STRING_FIELDS) strings[name] = read.str(f, name, { max, required: name === "Name" }) ?? "";
  if (strings.Email !== "" && !EMAIL.test(strings.Email)) fail.range(f.label("Email"), "not an email address");
  const values: ContactInput["values"] = {
    Name: strings.Name,
    Company: strings.Company,
    FirstName: strings.FirstName,
    LastName: strings.LastName,
    ContactType: read.int(f, "ContactType", { min: 1, max: 2 }) ?? 1,
    NationalCode: strings.NationalCode,
    EconomicCode: strings.EconomicCode,
    RegistrationNumber: strings.RegistrationNumber,
    Address: strings.Address,
    City: strings.City,
    State: strings.State,
    Country: strings.Country,
    PostalCode: strings.PostalCode,
    Phone: strings.Phone,
    Fax: strings.Fax,
    Mobile: strings.Mobile,
    Email: strings.Email,
    Website: strings.Website,
    Note: strings.Note,
    Tag: strings.Tag,
    NodeFamily: strings.NodeFamily === "" ? "اشخاص" : strings.NodeFamily,
    TaxType: read.int(f, "TaxType", { min: 0, max: 100 }) ?? null,
    Active: read.bool(f, "Active") ?? true,
    SharePercent: read.dec(f, "SharePercent", { min: "zero" }) ?? Dec.ZERO,
    ContactCredit: read.dec(f, "ContactCredit", { min: "zero" }) ?? Dec.ZERO,
  };
  if (values.SharePercent.cmp(Dec.of(100)) > 0) fail.range(f.label("SharePercent"), "must be at most 100");
  read.dec(f, "Liability");
  read.dec(f, "Credits");
  read.date(f, "RegistrationDate");
  return { code: read.code(f, "Code"), id: read.int(f, "Id", { min: 0 }), values };
}

/** Refusals that depend on the business, checked before anything is written (batchsave is all or nothing). */
export function checkContact(state: HesabfaState, input: ContactInput, label: string): void {
  const existing = input.code ? state.contact(input.code) : undefined;
  if (!existing && input.id) {
    throw new HesabfaError(ErrorCode.IdMustBeZero, `Id must be zero: ${label} is a new contact but carries Id ${input.id}`);
  }
}

export function applyContact(state: HesabfaState, input: ContactInput, api: boolean): ContactRecord {
  const existing = input.code ? state.contact(input.code) : undefined;
  if (existing) {
    Object.assign(existing, input.values);
    state.logChange({ Action: CONTACT_ACTIONS[1], ObjectType: "Contact", ObjectId: existing.Id, Extra: existing.Code, Extra2: null, API: api });
    return existing;
  }
  const code = input.code ? padCode(input.code) : HesabfaState.nextCode(state.contacts.keys());
  const record: ContactRecord = { Id: state.nextId("contact"), Code: code, RegistrationDate: state.now(), ...input.values };
  state.contacts.set(code, record);
  state.logChange({ Action: CONTACT_ACTIONS[0], ObjectType: "Contact", ObjectId: record.Id, Extra: code, Extra2: null, API: api });
  return record;
}

export function saveContacts(state: HesabfaState, inputs: ContactInput[], api: boolean, labels: string[]): ContactRecord[] {
  inputs.forEach((input, i) => checkContact(state, input, labels[i]));
  return inputs.map((input) => applyContact(state, input, api));
}

export function deleteContact(state: HesabfaState, code: number, api: boolean): void {
  const contact = state.contact(code);
  if (!contact) return fail.notFound(`contact ${padCode(code)}`);
  const used = [...state.invoices.values()].find((invoice) => invoice.ContactCode === contact.Code);
  if (used) fail.app(`Contact ${contact.Code} is used in invoice ${used.Number} (type ${used.InvoiceType}) and cannot be deleted`);
  if (state.payments.some((p) => p.target.kind === "contact" && p.target.code === contact.Code)) {
    fail.app(`Contact ${contact.Code} has payments and cannot be deleted`);
  }
  state.contacts.delete(contact.Code);
  state.logChange({ Action: CONTACT_ACTIONS[2], ObjectType: "Contact", ObjectId: contact.Id, Extra: contact.Code, Extra2: null, API: api });
}
