import { FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { InvoiceRecord, ItemRecord } from "../src/core/invoice.js";
import { toGlobalId } from "../src/core/ids.js";
import { Invoice } from "../schema/invoice/invoice.type.js";
import { Item } from "../schema/item/item.type.js";

// The global ids of the shared Invoice and Item types, for every vendor that keeps them.

@Resolver(() => Invoice)
export class InvoiceIdResolver {
  @FieldResolver(() => ID, { description: "Global id (شناسه سراسری) of this invoice, for `node(id:)`." })
  id(@Root() invoice: InvoiceRecord): string {
    return toGlobalId(invoice.vendor, "Invoice", invoice.code);
  }
}

@Resolver(() => Item)
export class ItemIdResolver {
  @FieldResolver(() => ID, { description: "Global id (شناسه سراسری) of this item, for `node(id:)`." })
  id(@Root() item: ItemRecord): string {
    return toGlobalId(item.vendor, "Item", item.code);
  }
}
