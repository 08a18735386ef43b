import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { useTahesab, type Context } from "../src/context.js";
import { JalaliDay } from "../src/core/dates/jalali-day.js";
import { fromGlobalId, toGlobalId } from "../src/core/ids.js";
import { Node, type Typed } from "../schema/common/node.interface.js";

type Fetcher = (context: Context, nativeId: string) => Promise<object | null>;

/** How to find each type again from its native id; one line per entity type. */
const fetchers: Record<string, Fetcher> = {
  "TAHESAB:Etiket": (context, code) => useTahesab(context).loaders.etiket.load(code),
  "TAHESAB:Customer": async (context, code) => (/^\d{1,15}$/.test(code) ? useTahesab(context).loaders.customer.load(code) : null),
  "TAHESAB:Sanad": async (context, id) => {
    // A document is named by customer, factor number and date: what DoNewSanadInquiry takes.
    const [customerCode, factorNumber, date] = id.split("/");
    const day = JalaliDay.parse(date ?? "");
    if (!/^\d+$/.test(customerCode ?? "") || !/^\d+$/.test(factorNumber ?? "") || !day) return null;
    const found = await useTahesab(context).tahesab.documents.inquire(customerCode, Number(factorNumber), day);
    return found ? { ...found, id: toGlobalId("TAHESAB", "Sanad", id) } : null;
  },
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id; null when it no longer exists." })
  async node(@Arg("id", () => ID, { description: "The object's global id, as its `id` field gives it." }) id: string, @Ctx() context: Context): Promise<Typed<object> | null> {
    const { type, vendor, nativeId } = fromGlobalId(id);
    const fetch = fetchers[`${vendor}:${type}`];
    if (!fetch) return null;
    const found = await fetch(context, nativeId);
    return found ? { ...found, __typename: type } : null;
  }
}
