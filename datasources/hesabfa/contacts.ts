import { z } from "zod";
import { blankCustomer, type CustomerRecord } from "../../src/core/customer.js";
import { ErrorCode } from "../../src/core/errors.js";
import type { ExactlyOnceOutcome } from "../../src/core/exactly-once.js";
import { parseShape, type HesabfaClient } from "./client.js";
import { hesabfaError, isNotFound } from "./errors.js";
import { bool, code, codeKey, date, integer, optional, padCode, text } from "./fields.js";
import { toQueryInfo, type ListAnswer, type ListField, type ListQuery } from "./list-query.js";
import { chunks, listOf } from "./lists.js";
import type { HesabfaWrites } from "./writes.js";

/** A contact as Hesabfa answers it; other members (Liability, NodeFamily…) pass through untouched. */
export const CONTACT = z.looseObject({
  Id: integer,
  Code: code,
  Name: text,
  FirstName: text,
  LastName: text,
  Company: text,
  ContactType: optional(integer),
  NationalCode: text,
  EconomicCode: text,
  RegistrationNumber: text,
  Address: text,
  City: text,
  State: text,
  Country: text,
  PostalCode: text,
  Phone: text,
  Fax: text,
  Mobile: text,
  Email: text,
  Website: text,
  Note: text,
  Tag: text,
  Active: optional(bool),
  RegistrationDate: optional(date),
});
type Contact = z.output<typeof CONTACT>;

const KINDS: Record<number, CustomerRecord["kind"]> = { 1: "PERSON", 2: "LEGAL_ENTITY" };

export function toCustomer(contact: Contact): CustomerRecord {
  return {
    ...blankCustomer("HESABFA", contact.Code),
    name: contact.Name,
    firstName: contact.FirstName,
    lastName: contact.LastName,
    // A ContactType outside the table is not guessed at.
    kind: contact.ContactType === null ? null : (KINDS[contact.ContactType] ?? null),
    company: contact.Company,
    phone: contact.Phone,
    mobile: contact.Mobile,
    fax: contact.Fax,
    email: contact.Email,
    website: contact.Website,
    address: contact.Address,
    city: contact.City,
    state: contact.State,
    country: contact.Country,
    postalCode: contact.PostalCode,
    nationalId: contact.NationalCode,
    economicCode: contact.EconomicCode,
    registrationNumber: contact.RegistrationNumber,
    note: contact.Note,
    tag: contact.Tag,
    active: contact.Active,
    createdAt: contact.RegistrationDate,
  };
}

/** The fields of a contact hesabgraph writes, in the graph's words; undefined leaves a field as it is, null clears it. */
export interface ContactChanges {
  name?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  kind?: "PERSON" | "LEGAL_ENTITY" | null;
  company?: string | null;
  phone?: string | null;
  mobile?: string | null;
  fax?: string | null;
  email?: string | null;
  website?: string | null;
  address?: string | null;
  city?: string | null;
  state?: string | null;
  country?: string | null;
  postalCode?: string | null;
  nationalId?: string | null;
  economicCode?: string | null;
  registrationNumber?: string | null;
  note?: string | null;
  tag?: string | null;
  active?: boolean | null;
}

const PROPERTIES: Record<Exclude<keyof ContactChanges, "kind" | "active">, string> = {
  name: "Name",
  firstName: "FirstName",
  lastName: "LastName",
  company: "Company",
  phone: "Phone",
  mobile: "Mobile",
  fax: "Fax",
  email: "Email",
  website: "Website",
  address: "Address",
  city: "City",
  state: "State",
  country: "Country",
  postalCode: "PostalCode",
  nationalId: "NationalCode",
  economicCode: "EconomicCode",
  registrationNumber: "RegistrationNumber",
  note: "Note",
  tag: "Tag",
};

/** Members of an answer that Hesabfa computes; not sent back. */
const COMPUTED = ["Liability", "Credits"];

/** The contact object to save: `base` (a contact as read, or nothing for a new one) with the changes applied. */
export function contactBody(changes: ContactChanges, base: Record<string, unknown> = {}, codeOf?: string): Record<string, unknown> {
  const body: Record<string, unknown> = Object.fromEntries(Object.entries(base).filter(([key]) => !COMPUTED.includes(key)));
  if (codeOf !== undefined) body.Code = padCode(codeOf);
  for (const [field, property] of Object.entries(PROPERTIES)) {
    const value = changes[field as keyof typeof PROPERTIES];
    if (value !== undefined) body[property] = value ?? "";
  }
  if (changes.kind !== undefined) body.ContactType = changes.kind === "LEGAL_ENTITY" ? 2 : 1;
  if (changes.active !== undefined && changes.active !== null) body.Active = changes.active;
  return body;
}

/** The list fields of contacts, by the graph's field name. */
export const CONTACT_FIELDS: Record<string, ListField> = {
  CODE: { property: "Code", kind: "code" },
  NAME: { property: "Name", kind: "text" },
  FIRST_NAME: { property: "FirstName", kind: "text" },
  LAST_NAME: { property: "LastName", kind: "text" },
  COMPANY: { property: "Company", kind: "text" },
  KIND: { property: "ContactType", kind: { enum: { PERSON: 1, LEGAL_ENTITY: 2 } } },
  NATIONAL_ID: { property: "NationalCode", kind: "text" },
  ECONOMIC_CODE: { property: "EconomicCode", kind: "text" },
  REGISTRATION_NUMBER: { property: "RegistrationNumber", kind: "text" },
  ADDRESS: { property: "Address", kind: "text" },
  CITY: { property: "City", kind: "text" },
  STATE: { property: "State", kind: "text" },
  COUNTRY: { property: "Country", kind: "text" },
  POSTAL_CODE: { property: "PostalCode", kind: "text" },
  PHONE: { property: "Phone", kind: "text" },
  FAX: { property: "Fax", kind: "text" },
  MOBILE: { property: "Mobile", kind: "text" },
  EMAIL: { property: "Email", kind: "text" },
  WEBSITE: { property: "Website", kind: "text" },
  NOTE: { property: "Note", kind: "text" },
  TAG: { property: "Tag", kind: "text" },
  ACTIVE: { property: "Active", kind: "bool" },
  CREATED_AT: { property: "RegistrationDate", kind: "date" },
};

const CONTACT_LIST = listOf(CONTACT);

export interface SavedCustomers extends Record<string, unknown> {
  customers: CustomerRecord[];
}

const advice = (what: string) =>
  `Retry the same mutation with the same idempotencyKey: Hesabfa is sent the same request id and does not ${what} twice.`;

/** Hesabfa's contacts (اشخاص), as hesabgraph's customers. */
export class HesabfaContacts {
  constructor(private readonly client: HesabfaClient, private readonly writes: HesabfaWrites) {}

  /** One contact as read, or null when Hesabfa has none with this code (112). */
  async raw(codeOf: string): Promise<{ contact: Contact; raw: Record<string, unknown> } | null> {
    let answer: unknown;
    try {
      answer = await this.client.read("contact/get", { code: padCode(codeOf) }, z.unknown());
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
    return { contact: parseShape("contact/get", CONTACT, answer), raw: answer as Record<string, unknown> };
  }

  /** Contacts by code in one list call (`Code in [...]`, padded as the filter needs), keyed by canonical code. */
  async byCodes(codes: readonly string[]): Promise<Map<string, CustomerRecord>> {
    const padded = [...new Set(codes.map(padCode))];
    const queryInfo = { skip: 0, take: padded.length, filters: [{ property: "Code", operator: "in", value: padded }] };
    const answer = await this.client.read("contact/getcontacts", { queryInfo }, CONTACT_LIST);
    return new Map(answer.List.map((contact) => [codeKey(contact.Code), toCustomer(contact)]));
  }

  async list(query: ListQuery | null | undefined, skip: number, take: number): Promise<ListAnswer<CustomerRecord>> {
    const answer = await this.client.read("contact/getcontacts", { queryInfo: toQueryInfo(query, CONTACT_FIELDS, skip, take) }, CONTACT_LIST);
    return { rows: answer.List.map(toCustomer), total: answer.FilteredCount };
  }

  /** Contacts whose mobile, phone or e-mail is exactly one of those given. */
  async byPhoneOrEmail(mobile: string | null, phone: string | null, email: string | null): Promise<CustomerRecord[]> {
    const answer = await this.client.read("contact/findByPhoneOrEmail", { mobile: mobile ?? "", phone: phone ?? "", email: email ?? "" }, CONTACT_LIST);
    return answer.List.map(toCustomer);
  }

  /** Saves one contact (new without a code; whole-record replace with one). */
  save(body: Record<string, unknown>, idempotencyKey: string | null | undefined, readBack: () => Promise<CustomerRecord | undefined>): Promise<ExactlyOnceOutcome<CustomerRecord & Record<string, unknown>>> {
    return this.writes.run({
      idempotencyKey,
      method: "contact/save",
      params: { contact: body },
      shape: CONTACT,
      map: (contact) => toCustomer(contact) as CustomerRecord & Record<string, unknown>,
      readBack: async () => (await readBack()) as (CustomerRecord & Record<string, unknown>) | undefined,
      own: (customer) => [{ objectType: "Contact", natural: codeKey(customer.code) }],
      advice: advice("save the contact"),
    });
  }

  create(changes: ContactChanges, idempotencyKey?: string | null) {
    return this.save(contactBody(changes), idempotencyKey, () => this.newest(changes));
  }

  /** Reads the contact, applies the changes and saves the whole record (a save replaces every field). */
  async update(codeOf: string, changes: ContactChanges, idempotencyKey?: string | null) {
    const found = await this.raw(codeOf);
    if (!found) throw hesabfaError(ErrorCode.VENDOR_ERROR, `Hesabfa has no contact with code ${padCode(codeOf)}.`, "REJECTED", { vendorCode: 112 });
    return this.save(contactBody(changes, found.raw), idempotencyKey, async () => {
      const back = await this.raw(codeOf);
      return back ? toCustomer(back.contact) : undefined;
    });
  }

  delete(codeOf: string, idempotencyKey?: string | null): Promise<ExactlyOnceOutcome<{ deleted: boolean }>> {
    return this.writes.run({
      idempotencyKey,
      method: "contact/delete",
      params: { code: padCode(codeOf) },
      shape: z.unknown(),
      map: () => ({ deleted: true }),
      readBack: async () => ({ deleted: true }),
      own: () => [{ objectType: "Contact", natural: codeKey(codeOf) }],
      advice: advice("delete the contact"),
    });
  }

  /**
   * Many contacts at once, in calls of 500 (the most H1 sends); the answer
   * lists the saved contacts in input order. Entries with a code are merged
   * into the stored contact first (a save replaces the whole record).
   */
  async batchSave(entries: Array<{ code?: string | null; changes: ContactChanges }>, idempotencyKey?: string | null): Promise<{ customers: CustomerRecord[]; replayed: boolean }> {
    const existing = await this.rawByCodes(entries.flatMap((entry) => (entry.code ? [entry.code] : [])));
    const bodies = entries.map((entry) => (entry.code ? contactBody(entry.changes, existing.get(codeKey(entry.code)) ?? {}, entry.code) : contactBody(entry.changes)));
    const saved: CustomerRecord[] = [];
    let replayed = true;
    for (const [part, chunk] of chunks(bodies, 500).entries()) {
      const outcome = await this.writes.run({
        idempotencyKey: idempotencyKey ? `${idempotencyKey}#${part}` : undefined,
        part,
        method: "contact/batchsave",
        params: { contacts: chunk },
        shape: z.array(CONTACT),
        map: (contacts): SavedCustomers => {
          if (contacts.length !== chunk.length) {
            throw hesabfaError(ErrorCode.VENDOR_ERROR, `Hesabfa answered contact/batchsave with ${contacts.length} contacts for ${chunk.length} sent.`, "UNKNOWN");
          }
          return { customers: contacts.map(toCustomer) };
        },
        readBack: async () => {
          const codes = chunk.map((body) => (typeof body.Code === "string" ? body.Code : undefined));
          if (codes.some((c) => c === undefined)) return undefined;
          const found = await this.byCodes(codes as string[]);
          const customers = codes.map((c) => found.get(codeKey(c as string)));
          return customers.every(Boolean) ? { customers: customers as CustomerRecord[] } : undefined;
        },
        own: (result) => result.customers.map((c) => ({ objectType: "Contact" as const, natural: codeKey(c.code) })),
        advice: advice("save the contacts"),
      });
      replayed &&= outcome.replayed;
      saved.push(...outcome.result.customers);
    }
    return { customers: saved, replayed };
  }

  /** Contacts as read (for merging), by canonical code, in list calls of `batchSize`. */
  private async rawByCodes(codes: string[]): Promise<Map<string, Record<string, unknown>>> {
    const found = new Map<string, Record<string, unknown>>();
    for (const chunk of chunks([...new Set(codes.map(padCode))], this.client.batchSize)) {
      const queryInfo = { skip: 0, take: chunk.length, filters: [{ property: "Code", operator: "in", value: chunk }] };
      const answer = await this.client.read("contact/getcontacts", { queryInfo }, z.looseObject({ List: z.array(z.unknown()) }));
      for (const raw of answer.List) {
        const contact = parseShape("contact/getcontacts", CONTACT, raw, "List entry");
        found.set(codeKey(contact.Code), raw as Record<string, unknown>);
      }
    }
    return found;
  }

  /** After a lost answer on a new contact: the newest contact with exactly this name (and tag/mobile when given). */
  private async newest(changes: ContactChanges): Promise<CustomerRecord | undefined> {
    if (!changes.name) return undefined;
    const filters = [{ field: "NAME", operator: "EQUALS" as const, value: changes.name }];
    if (changes.tag) filters.push({ field: "TAG", operator: "EQUALS", value: changes.tag });
    if (changes.mobile) filters.push({ field: "MOBILE", operator: "EQUALS", value: changes.mobile });
    const { rows } = await this.list({ filters, sort: { field: "CODE", descending: true } }, 0, 1);
    return rows[0];
  }
}
