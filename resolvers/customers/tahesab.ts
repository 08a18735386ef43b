import type { NewCustomer } from "../../datasources/tahesab/index.js";
import { parseCode } from "../../src/core/validation/codes.js";
import { parseNationalId } from "../../src/core/validation/national-id.js";
import { parseIranianMobile, parsePhoneNumber } from "../../src/core/text/phone.js";
import type { CreateCustomerInput } from "../../schema/customer/create-customer.input.js";
import { useTahesab } from "../vendors.js";
import { onlyFields, type VendorCustomers } from "./vendor-customers.js";

/** The input, trimmed and with its numbers parsed; BAD_USER_INPUT naming the field otherwise. */
function toNewCustomer(input: CreateCustomerInput): NewCustomer {
  onlyFields(input, "Tahesab", ["group", "mobile", "phone", "address", "nationalId", "birthDate"]);
  return {
    name: input.name.trim(),
    group: input.group?.trim() ?? "",
    mobile: input.mobile ? parseIranianMobile("input.mobile", input.mobile) : null,
    phone: input.phone ? parsePhoneNumber("input.phone", input.phone) : null,
    address: input.address?.trim() ?? "",
    nationalId: input.nationalId ? parseNationalId("input.nationalId", input.nationalId) : null,
    birthDate: input.birthDate ?? null,
  };
}

/** Tahesab's customers (moshtari): created with DoNewMoshtari; Tahesab has no command to change or delete one. */
export const tahesabCustomers: VendorCustomers = {
  label: "Tahesab",
  load: (context, code) => useTahesab(context).loaders.customer.load(parseCode("code", code)),
  async create(context, input, idempotencyKey) {
    const { result, replayed, reconciled } = await useTahesab(context).datasource.customerWrites.create(toNewCustomer(input), idempotencyKey);
    return { code: result.code, replayed, reconciled };
  },
};
