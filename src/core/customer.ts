import type { VendorName } from "./errors.js";

/**
 * A customer as every vendor's datasource answers it: the fields of the one
 * GraphQL `Customer` type (schema/customer/customer.type.ts), flat, a field a
 * vendor does not keep null for its customers. Start from `blankCustomer`.
 */
export interface CustomerRecord {
  vendor: VendorName;
  /** The vendor's own code or id. */
  code: string;
  name: string | null;
  firstName: string | null;
  lastName: string | null;
  kind: "PERSON" | "LEGAL_ENTITY" | null;
  company: string | null;
  group: string | null;
  groupId: string | null;
  phone: string | null;
  mobile: string | null;
  fax: string | null;
  email: string | null;
  website: string | null;
  address: string | null;
  city: string | null;
  state: string | null;
  country: string | null;
  postalCode: string | null;
  nationalId: string | null;
  economicCode: string | null;
  registrationNumber: string | null;
  /** Shamsi day, `1343-11-20`. */
  birthDate: string | null;
  note: string | null;
  tag: string | null;
  active: boolean | null;
  /** ISO-8601 instant. */
  createdAt: string | null;
}

export function blankCustomer(vendor: VendorName, code: string): CustomerRecord {
  return {
    vendor, code, name: null, firstName: null, lastName: null, kind: null, company: null, group: null, groupId: null, phone: null,
    mobile: null, fax: null, email: null, website: null, address: null, city: null, state: null, country: null, postalCode: null,
    nationalId: null, economicCode: null, registrationNumber: null, birthDate: null, note: null, tag: null, active: null, createdAt: null,
  };
}
