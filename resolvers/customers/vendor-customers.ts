import type { CustomerRecord } from "../../src/core/customer.js";
import { badInput } from "../../src/core/errors.js";
import type { Context } from "../../src/context.js";
import type { CreateCustomerInput, CustomerFieldsInput, UpdateCustomerInput } from "../../schema/customer/create-customer.input.js";

/**
 * What the customer mutations and `customer(vendor:, code:)` need of each
 * vendor. resolvers/customers/<vendor>.ts implements it on its datasource;
 * the map in ./index.ts registers it. A vendor without a command for a write
 * leaves it out, and the mutation says so naming `vendor`.
 */
export interface VendorCustomers {
  /** The vendor's name for people, in messages. */
  label: string;
  load(context: Context, code: string): Promise<CustomerRecord | null>;
  create(context: Context, input: CreateCustomerInput, idempotencyKey?: string | null): Promise<{ code: string; replayed: boolean; reconciled: boolean }>;
  update?(context: Context, input: UpdateCustomerInput, idempotencyKey?: string | null): Promise<{ code: string; replayed: boolean }>;
  delete?(context: Context, code: string, idempotencyKey?: string | null): Promise<{ replayed: boolean }>;
}

const FIELDS: ReadonlyArray<keyof CustomerFieldsInput | "active"> = [
  "firstName", "lastName", "kind", "company", "group", "mobile", "phone", "fax", "email", "website", "address", "city", "state", "country",
  "postalCode", "nationalId", "economicCode", "registrationNumber", "birthDate", "note", "tag", "active",
];

/** Refuses every field given that `vendor` does not keep, naming it: nothing a client sends is silently dropped. */
export function onlyFields(input: CustomerFieldsInput & { active?: boolean | null }, label: string, kept: ReadonlyArray<string>): void {
  for (const field of FIELDS) {
    const value = (input as Record<string, unknown>)[field];
    if (value !== undefined && value !== null && !kept.includes(field)) {
      throw badInput(`input.${field}`, `${label} customers have no ${field}; leave it out (${label} keeps: name, ${kept.join(", ")})`);
    }
  }
}

/** Trimmed text, or null for absent or blank. */
export const trimmed = (value: string | null | undefined): string | null => {
  const text = value?.trim();
  return text ? text : null;
};
