import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { useVendor, type Context } from "../src/context.js";
import { fromGlobalId } from "../src/core/ids.js";
import { vendorModule } from "../src/vendors.js";
import { Node, type Typed } from "../schema/common/node.interface.js";

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id; null when it no longer exists." })
  async node(@Arg("id", () => ID, { description: "The object's global id, as its `id` field gives it." }) id: string, @Ctx() context: Context): Promise<Typed<object> | null> {
    const { type, vendor, nativeId } = fromGlobalId(id);
    // Each vendor module knows how to find its own types again.
    const module = vendorModule(vendor);
    const fetch = module?.nodes?.[type];
    if (!module || !fetch) return null;
    const found = await fetch(useVendor(context, module), nativeId);
    return found ? { ...found, __typename: type } : null;
  }
}
