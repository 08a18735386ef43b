import { registerEnumType } from "type-graphql";

/** The vendors hesabgraph speaks to; the values match `VendorName` in src/errors.ts. */
export enum Vendor {
  TAHESAB = "TAHESAB",
  HESABFA = "HESABFA",
  HESABIT = "HESABIT",
}
registerEnumType(Vendor, {
  name: "Vendor",
  description: "The vendor (سامانه) an object comes from.",
  valuesConfig: {
    TAHESAB: { description: "Tahesab (ته حساب): gold and jewellery accounting on the shop's own PC." },
    HESABFA: { description: "Hesabfa (حسابفا): online accounting." },
    HESABIT: { description: "Hesabit (حسابیت): online invoicing and payments." },
  },
});
