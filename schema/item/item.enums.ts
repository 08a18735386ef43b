import { registerEnumType } from "type-graphql";

export enum ItemKind {
  PRODUCT = "PRODUCT",
  SERVICE = "SERVICE",
}
registerEnumType(ItemKind, {
  name: "ItemKind",
  description: "Goods or a service (نوع کالا).",
  valuesConfig: {
    PRODUCT: { description: "Goods kept in stock (کالا)." },
    SERVICE: { description: "A service (خدمات): no stock." },
  },
});
