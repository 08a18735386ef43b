import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { badInput } from "../src/core/errors.js";
import { toGlobalId } from "../src/core/ids.js";
import type { ItemRecord } from "../src/core/invoice.js";
import type { Context } from "../src/context.js";
import { Vendor } from "../schema/common/vendor.enum.js";
import { ItemArgs } from "../schema/item/item.args.js";
import { Item } from "../schema/item/item.type.js";
import { DecimalScalar } from "../src/core/scalars/rial.js";
import { hesabfaCode } from "./customers/hesabfa.js";
import { useHesabfa } from "./vendors.js";

/** Each vendor's item lookup by code, as `item(vendor:, code:)` and `Item.stock` reach it. */
const ITEMS: Partial<Record<Vendor, { load(context: Context, code: string): Promise<ItemRecord | null>; stock?(context: Context, code: string): Promise<string | null> }>> = {
  [Vendor.HESABFA]: {
    load: (context, code) => useHesabfa(context).loaders.item.load(hesabfaCode("code", code)),
    stock: (context, code) => useHesabfa(context).loaders.stock.load(code),
  },
};

@Resolver(() => Item)
export class ItemResolver {
  @Query(() => Item, { nullable: true, description: "One item (کالا) of any vendor by its code there; null when the vendor has no such item." })
  item(@Args() { vendor, code }: ItemArgs, @Ctx() context: Context): Promise<ItemRecord | null> {
    const items = ITEMS[vendor];
    if (!items) throw badInput("vendor", `items of ${vendor} are not available`);
    return items.load(context, code);
  }

  @FieldResolver(() => ID, { description: "Global id of this item (شناسه سراسری), for `node(id:)`." })
  id(@Root() item: ItemRecord): string {
    return toGlobalId(item.vendor, "Item", item.code);
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: "Quantity in stock (موجودی), exact. Hesabfa: as its stock report counts it; the stock of every item of one operation is asked in one call.",
  })
  stock(@Root() item: ItemRecord, @Ctx() context: Context): Promise<string | null> | string | null {
    const stock = ITEMS[item.vendor as Vendor]?.stock;
    return item.stock === null && stock ? stock(context, item.code) : item.stock;
  }
}
