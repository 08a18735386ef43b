import { registerEnumType } from "type-graphql";

export enum CustomerKind {
  PERSON = "PERSON",
  LEGAL_ENTITY = "LEGAL_ENTITY",
}
registerEnumType(CustomerKind, {
  name: "CustomerKind",
  description: "Whether a customer is a person or a company (نوع شخص).",
  valuesConfig: {
    PERSON: { description: "A person (شخص حقیقی)." },
    LEGAL_ENTITY: { description: "A company or organisation (شخص حقوقی)." },
  },
});
