import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { EtiketImageRecord, EtiketRecord } from "../datasources/tahesab/index.js";
import { useTahesab, type Context } from "../src/context.js";
import { badInput } from "../src/errors.js";
import { toGlobalId } from "../src/ids.js";
import { parseCode, parseCodes, parseNumericCode } from "../src/validation/codes.js";
import { cursor } from "../schema/common/connection.js";
import { EtiketArgs, EtiketRangeArgs, EtiketsByCodesArgs } from "../schema/etiket/etiket.args.js";
import { Etiket, EtiketConnection, EtiketImage } from "../schema/etiket/etiket.type.js";

@Resolver(() => Etiket)
export class EtiketResolver {
  @Query(() => Etiket, { nullable: true, description: "One etiket by its code; null when Tahesab has no such code." })
  etiket(@Args() { code }: EtiketArgs, @Ctx() context: Context): Promise<EtiketRecord | null> {
    return useTahesab(context).loaders.etiket.load(parseCode("code", code));
  }

  @Query(() => [Etiket], {
    nullable: "items",
    description:
      "Etikets by code, in the order asked; an unknown code gives null in its place. Every etiket lookup of one " +
      "operation (aliases, nesting, federation references) travels in one Tahesab call per batch.",
  })
  etikets(@Args() { codes }: EtiketsByCodesArgs, @Ctx() context: Context): Promise<Array<EtiketRecord | null | Error>> {
    const parsed = parseCodes("codes", codes, context.config.maxCodes);
    return useTahesab(context).loaders.etiket.loadMany(parsed);
  }

  @Query(() => EtiketConnection, { description: "Etikets whose code lies in a range (DoListEtiket), in code order, page by page." })
  async etiketsByCodeRange(@Args() args: EtiketRangeArgs, @Ctx() context: Context): Promise<EtiketConnection> {
    const from = parseNumericCode("fromCode", args.fromCode);
    const to = parseNumericCode("toCode", args.toCode);
    if (from > to) throw badInput("toCode", `must not be below fromCode (${from} > ${to})`);
    let start = from;
    if (args.after) {
      const position = cursor.decode(args.after);
      if (!position || !/^\d+$/.test(position)) throw badInput("after", "is not a cursor of this connection");
      start = Math.max(from, Number(position) + 1);
    }
    const { tahesab, loaders } = useTahesab(context);
    const page = await tahesab.etikets.pageByRange(start, to, args.first);
    for (const etiket of page.items) loaders.etiket.prime(etiket.code, etiket);
    const edges = page.items.map((node) => ({ cursor: cursor.encode(node.code), node: node as Etiket }));
    return {
      edges,
      totalCount: null,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: start > from,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @FieldResolver(() => ID, { description: "Global id of this etiket, for `node(id:)`." })
  id(@Root() etiket: EtiketRecord): string {
    return toGlobalId("TAHESAB", "Etiket", etiket.code);
  }

  @FieldResolver(() => EtiketImage, {
    nullable: true,
    description: "The piece's picture. Asked for only when selected: one batched image call per operation.",
  })
  image(@Root() etiket: EtiketRecord, @Ctx() context: Context): Promise<EtiketImageRecord | null> | EtiketImageRecord | null {
    if (etiket.image !== undefined && etiket.image !== null) return etiket.image;
    return useTahesab(context).loaders.etiketImage.load(etiket.code);
  }
}
