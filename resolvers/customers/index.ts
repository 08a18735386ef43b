import { badInput } from "../../src/core/errors.js";
import { Vendor } from "../../schema/common/vendor.enum.js";
import { hesabfaCustomers } from "./hesabfa.js";
import { hesabitCustomers } from "./hesabit.js";
import { tahesabCustomers } from "./tahesab.js";
import type { VendorCustomers } from "./vendor-customers.js";

/** Each vendor's customers, as the customer queries and mutations reach them. */
const CUSTOMERS: Partial<Record<Vendor, VendorCustomers>> = {
  [Vendor.TAHESAB]: tahesabCustomers,
  [Vendor.HESABIT]: hesabitCustomers,
  [Vendor.HESABFA]: hesabfaCustomers,
};

export function customersOf(vendor: Vendor, field = "input.vendor"): VendorCustomers {
  const customers = CUSTOMERS[vendor];
  if (!customers) throw badInput(field, `customers of ${vendor} are not available yet`);
  return customers;
}

/** The refusal of a write the vendor has no command for. */
customersOf.unsupported = (vendor: Vendor, label: string, what: string, field = "input.vendor") =>
  badInput(field, `${label} has no command to ${what}; ${vendor} customers cannot be changed through hesabgraph`);
