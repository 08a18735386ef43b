import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { BalanceRecord } from "../datasources/tahesab/index.js";
import type { Context } from "../src/context.js";
import { useTahesab } from "./vendors.js";
import { parseCodes } from "../src/core/validation/codes.js";
import { TahesabBalancesArgs } from "../schema/balance/balance.args.js";
import { Balance } from "../schema/balance/balance.type.js";

@Resolver(() => Balance)
export class BalanceResolver {
  @Query(() => [Balance], {
    nullable: "items",
    description:
      "Latest balances (آخرین مانده حساب) of Tahesab customers by account code, in the order asked; an unknown code gives null. " +
      "Shares one getmandehesabbycode call per batch with every other balance of the operation (e.g. `Customer.balance`).",
  })
  tahesabBalances(@Args() { customerCodes }: TahesabBalancesArgs, @Ctx() context: Context): Promise<Array<BalanceRecord | null | Error>> {
    const codes = parseCodes("customerCodes", customerCodes, context.config.maxCodes);
    return useTahesab(context).loaders.balance.loadMany(codes);
  }
}
