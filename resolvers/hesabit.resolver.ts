import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { QuotaState } from "../datasources/hesabit/index.js";
import { hesabitId } from "../datasources/hesabit/paths.js";
import type { Context } from "../src/context.js";
import type { ItemRecord } from "../src/core/invoice.js";
import { HesabitObjectArgs } from "../schema/invoice/hesabit-invoice.args.js";
import { Item } from "../schema/item/item.type.js";
import { HesabitQuota } from "../schema/quota/quota.type.js";
import { useHesabit } from "./vendors.js";

@Resolver()
export class HesabitResolver {
  @Query(() => HesabitQuota, {
    description: "How much of Hesabit's daily request quota (سهمیه روزانه) is used and left today; asking costs no request.",
  })
  hesabitQuota(@Ctx() context: Context): Promise<QuotaState> {
    return useHesabit(context).datasource.quota.state();
  }

  @Query(() => Item, {
    nullable: true,
    description:
      "One Hesabit item (کالا) by its id (GET /items/{id}); null when Hesabit has none. Hesabit documents no field of an item, so only " +
      "its id is answered; every other field is null.",
  })
  hesabitItem(@Args() { id }: HesabitObjectArgs, @Ctx() context: Context): Promise<ItemRecord | null> {
    return useHesabit(context).loaders.item.load(hesabitId("id", id));
  }
}
