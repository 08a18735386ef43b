import type { HesabitCustomerChanges, NewHesabitCustomer } from "../../datasources/hesabit/index.js";
import { hesabitId } from "../../datasources/hesabit/paths.js";
import { badInput } from "../../src/core/errors.js";
import { toAsciiDigits } from "../../src/core/text/persian.js";
import { parseIranianMobile } from "../../src/core/text/phone.js";
import type { CreateCustomerInput, UpdateCustomerInput } from "../../schema/customer/create-customer.input.js";
import { useHesabit } from "../vendors.js";
import { onlyFields, trimmed, type VendorCustomers } from "./vendor-customers.js";

// Hesabit's customer rules (seed: hesabit-customers.txt), checked before anything is sent:
// an e-mail address or a mobile number (at least one); the mobile as 11 digits; the
// fields the seed types "Integer … a numeric string" sent as strings of digits, so
// leading zeros (021…) survive.

const KEPT = ["company", "mobile", "phone", "fax", "email", "address", "postalCode", "economicCode", "registrationNumber"];
/** PUT /customers/{id} takes these six only (its page lists no others). */
const CHANGEABLE = ["company", "mobile", "phone", "email", "address"];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SEPARATORS = /[\s\u00a0\u200b-\u200f\u2010-\u2015\u2212\-./()]/g;

function email(field: string, value: string | null | undefined): string | undefined {
  const text = trimmed(value);
  if (text === null) return undefined;
  if (!EMAIL.test(text)) throw badInput(field, "must be an e-mail address such as name@example.com");
  return text;
}

/** 09xxxxxxxxx, from any usual way of typing an Iranian mobile. */
function mobile(field: string, value: string | null | undefined): string | undefined {
  return trimmed(value) === null ? undefined : `0${parseIranianMobile(field, value!)}`;
}

/** A "numeric string" field: digits only (Persian digits and separators accepted), kept as a string. */
function digits(field: string, value: string | null | undefined, example: string): string | undefined {
  if (trimmed(value) === null) return undefined;
  const compact = toAsciiDigits(value!).replace(SEPARATORS, "");
  if (!/^\d{1,20}$/.test(compact)) throw badInput(field, `Hesabit keeps it as a string of digits, e.g. ${example}`);
  return compact;
}

const text = (value: string | null | undefined): string | undefined => trimmed(value) ?? undefined;

function withoutUnset<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

function toNewCustomer(input: CreateCustomerInput): NewHesabitCustomer {
  onlyFields(input, "Hesabit", KEPT);
  const fields = withoutUnset<NewHesabitCustomer>({
    name: text(input.name),
    email: email("input.email", input.email),
    mobile: mobile("input.mobile", input.mobile),
    address: text(input.address),
    company: text(input.company),
    tel: digits("input.phone", input.phone, "02188776655"),
    fax: digits("input.fax", input.fax, "02188776656"),
    postal_code: digits("input.postalCode", input.postalCode, "1234567890"),
    registration_number: digits("input.registrationNumber", input.registrationNumber, "12345678"),
    economical_number: digits("input.economicCode", input.economicCode, "123456789"),
  });
  if (!fields.email && !fields.mobile) throw badInput("input.mobile", "Hesabit needs a mobile number or an e-mail address (at least one of the two)");
  return fields;
}

function toChanges(input: UpdateCustomerInput): HesabitCustomerChanges {
  onlyFields(input, "Hesabit", KEPT);
  for (const field of KEPT) {
    if (!CHANGEABLE.includes(field) && (input as unknown as Record<string, unknown>)[field] != null) {
      throw badInput(`input.${field}`, `Hesabit's customer update takes name, email, mobile, address, company and phone only; ${field} cannot be changed through its API`);
    }
  }
  const changes = withoutUnset<HesabitCustomerChanges>({
    name: text(input.name),
    email: email("input.email", input.email),
    mobile: mobile("input.mobile", input.mobile),
    address: text(input.address),
    company: text(input.company),
    tel: digits("input.phone", input.phone, "02188776655"),
  });
  if (Object.keys(changes).length === 0) throw badInput("input", "gives nothing to change; set at least one of name, email, mobile, address, company, phone");
  return changes;
}

/** Hesabit's customers: created, changed and deleted through its /customers endpoints, read by id through a loader. */
export const hesabitCustomers: VendorCustomers = {
  label: "Hesabit",
  load: (context, code) => useHesabit(context).loaders.customer.load(hesabitId("code", code)),
  async create(context, input, idempotencyKey) {
    const { datasource, loaders } = useHesabit(context);
    const { result, replayed, reconciled } = await datasource.customers.create(toNewCustomer(input), idempotencyKey);
    // The create answer shows every field (reads show fewer): the payload's customer is that one.
    loaders.customer.clear(result.code).prime(result.code, result.customer);
    return { code: result.code, replayed, reconciled };
  },
  async update(context, input, idempotencyKey) {
    const id = hesabitId("input.code", input.code);
    const { datasource, loaders } = useHesabit(context);
    const { result, replayed } = await datasource.customers.update(id, toChanges(input), idempotencyKey);
    loaders.customer.clear(id).prime(id, result.customer);
    return { code: id, replayed };
  },
  async delete(context, code, idempotencyKey) {
    const id = hesabitId("code", code);
    const { datasource, loaders } = useHesabit(context);
    const { replayed } = await datasource.customers.delete(id, idempotencyKey);
    loaders.customer.clear(id);
    return { replayed };
  },
};
