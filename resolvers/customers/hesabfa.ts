import type { ContactChanges } from "../../datasources/hesabfa/index.js";
import { badInput } from "../../src/core/errors.js";
import { parseIranianMobile, parsePhoneNumber } from "../../src/core/text/phone.js";
import type { CustomerFieldsInput } from "../../schema/customer/create-customer.input.js";
import { useHesabfa } from "../vendors.js";
import { onlyFields, type VendorCustomers } from "./vendor-customers.js";

const KEPT = [
  "firstName", "lastName", "kind", "company", "mobile", "phone", "fax", "email", "website", "address", "city", "state", "country",
  "postalCode", "nationalId", "economicCode", "registrationNumber", "note", "tag", "active",
];

/** undefined: left as it is; null or blank: cleared; else trimmed. */
const clean = (value: string | null | undefined): string | null | undefined => (value === undefined ? undefined : value?.trim() || null);

function number(field: string, value: string | null | undefined, parse: (field: string, value: string) => string): string | null | undefined {
  const text = clean(value);
  return text ? parse(field, text) : text;
}

/** A customer input (any of the customer mutations, or a batch entry) as Hesabfa contact changes; BAD_USER_INPUT naming the field. */
export function toContactChanges(input: CustomerFieldsInput & { name?: string | null; active?: boolean | null }, at = "input"): ContactChanges {
  onlyFields(input, "Hesabfa", KEPT);
  const mobile = number(`${at}.mobile`, input.mobile, parseIranianMobile);
  return {
    name: clean(input.name),
    firstName: clean(input.firstName),
    lastName: clean(input.lastName),
    kind: input.kind ?? undefined,
    company: clean(input.company),
    mobile: mobile ? `0${mobile}` : mobile,
    phone: number(`${at}.phone`, input.phone, parsePhoneNumber),
    fax: number(`${at}.fax`, input.fax, parsePhoneNumber),
    email: clean(input.email),
    website: clean(input.website),
    address: clean(input.address),
    city: clean(input.city),
    state: clean(input.state),
    country: clean(input.country),
    postalCode: clean(input.postalCode),
    nationalId: clean(input.nationalId),
    economicCode: clean(input.economicCode),
    registrationNumber: clean(input.registrationNumber),
    note: clean(input.note),
    tag: clean(input.tag),
    active: input.active ?? undefined,
  };
}

/** A Hesabfa contact code; BAD_USER_INPUT naming `field` otherwise. */
export function hesabfaCode(field: string, value: string): string {
  const code = value.trim();
  if (!/^\d{1,15}$/.test(code)) throw badInput(field, `must be a Hesabfa code of digits, e.g. 000012 or 12; got ${JSON.stringify(value.slice(0, 30))}`);
  return code;
}

/** Hesabfa's contacts: read through the per-operation loader; an update reads the contact and saves it whole with the changes. */
export const hesabfaCustomers: VendorCustomers = {
  label: "Hesabfa",
  load: (context, code) => useHesabfa(context).loaders.customer.load(hesabfaCode("code", code)),
  async create(context, input, idempotencyKey) {
    const { result, replayed, reconciled } = await useHesabfa(context).datasource.contacts.create(toContactChanges(input), idempotencyKey);
    return { code: result.code, replayed, reconciled };
  },
  async update(context, input, idempotencyKey) {
    const code = hesabfaCode("input.code", input.code);
    const { result, replayed } = await useHesabfa(context).datasource.contacts.update(code, toContactChanges(input), idempotencyKey);
    return { code: result.code, replayed };
  },
  async delete(context, code, idempotencyKey) {
    const { replayed } = await useHesabfa(context).datasource.contacts.delete(hesabfaCode("code", code), idempotencyKey);
    return { replayed };
  },
};
