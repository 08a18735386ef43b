import { Field, ObjectType } from "type-graphql";
import { DecimalScalar } from "../../src/core/scalars/rial.js";
import { Connection } from "../common/connection.js";
import { Node } from "../common/node.interface.js";
import { Vendor } from "../common/vendor.enum.js";
import { CurrencyCode } from "../invoice/invoice.enums.js";
import { ItemKind } from "./item.enums.js";

@ObjectType({
  implements: Node,
  description: "An item (کالا یا خدمت) a business sells or buys, of one vendor. Fields a vendor does not keep are null for its items.",
})
export class Item extends Node {
  @Field(() => Vendor, { description: "The vendor this item lives in (سامانه)." })
  vendor: Vendor;

  @Field({ description: "The item's code in its vendor (کد کالا), e.g. Hesabfa's 000012." })
  code: string;

  @Field(() => String, { nullable: true, description: "Name (نام). Hesabfa, Hesabit." })
  name: string | null;

  @Field(() => String, { nullable: true, description: "Barcode (بارکد). Hesabfa." })
  barcode: string | null;

  @Field(() => ItemKind, { nullable: true, description: "Goods or a service (نوع). Hesabfa." })
  kind: ItemKind | null;

  @Field(() => String, { nullable: true, description: "Unit of measure (واحد), e.g. عدد. Hesabfa." })
  unit: string | null;

  @Field(() => CurrencyCode, { nullable: true, description: "The currency of the prices (واحد پول). Hesabfa." })
  currency: CurrencyCode | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Purchase price (قیمت خرید). Hesabfa." })
  buyPrice: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Sale price (قیمت فروش). Hesabfa." })
  sellPrice: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Quantity in stock (موجودی), exact. Hesabfa." })
  stock: string | null;

  @Field(() => Boolean, { nullable: true, description: "False when the item is deactivated (فعال). Hesabfa." })
  active: boolean | null;

  @Field(() => String, { nullable: true, description: "The client's own reference kept with the item (برچسب / Tag). Hesabfa." })
  tag: string | null;
}

@ObjectType({ description: "A page of items (کالاها)." })
export class ItemConnection extends Connection(Item, "Item") {}
