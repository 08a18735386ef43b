import type DataLoader from "dataloader";
import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { EtiketImageRecord, EtiketRecord } from "../datasources/tahesab/index.js";
import type { Context } from "../src/context.js";
import { useTahesab } from "./vendors.js";
import { badInput } from "../src/core/errors.js";
import { toGlobalId } from "../src/core/ids.js";
import { parseCode, parseCodes, parseMadeGoodsCode } from "../src/core/validation/codes.js";
import { EtiketArgs, EtiketRangeArgs, EtiketsByCodesArgs, EtiketsByMadeGoodsCodeArgs, UpdatedEtiketsArgs } from "../schema/etiket/etiket.args.js";
import { Etiket, EtiketConnection, EtiketImage } from "../schema/etiket/etiket.type.js";
import { codeRangeConnection, parseCodeRange } from "./code-range.js";

/**
 * A list read in one call also answers later lookups of the same operation.
 * `changedOn` belongs to the updated-etikets feed only, so it is not primed.
 */
function primed(loader: DataLoader<string, EtiketRecord | null>, etikets: EtiketRecord[]): EtiketRecord[] {
  for (const etiket of etikets) loader.prime(etiket.code, { ...etiket, changedOn: null });
  return etikets;
}

@Resolver(() => Etiket)
export class EtiketResolver {
  @Query(() => Etiket, { nullable: true, description: "One etiket (اتیکت) by its code (شناسه کار); null when Tahesab has no such code." })
  etiket(@Args() { code }: EtiketArgs, @Ctx() context: Context): Promise<EtiketRecord | null> {
    return useTahesab(context).loaders.etiket.load(parseCode("code", code));
  }

  @Query(() => [Etiket], {
    nullable: "items",
    description:
      "Etikets (اتیکت ها) by code (شناسه کار), in the order asked; an unknown code gives null in its place. Every etiket lookup of one " +
      "operation (aliases, nesting, federation references) travels in one Tahesab call per batch.",
  })
  etikets(@Args() { codes }: EtiketsByCodesArgs, @Ctx() context: Context): Promise<Array<EtiketRecord | null | Error>> {
    const parsed = parseCodes("codes", codes, context.config.maxCodes);
    return useTahesab(context).loaders.etiket.loadMany(parsed);
  }

  @Query(() => EtiketConnection, { description: "Etikets whose code lies in a range (لیست اتیکت ها از شناسه تا شناسه; DoListEtiket), in code order, page by page." })
  async etiketsByCodeRange(@Args() args: EtiketRangeArgs, @Ctx() context: Context): Promise<EtiketConnection> {
    const range = parseCodeRange(args);
    const { datasource: tahesab, loaders } = useTahesab(context);
    const page = await tahesab.etikets.pageByRange(range.start, range.to, args.first);
    primed(loaders.etiket, page.items);
    return codeRangeConnection(range, page) as EtiketConnection;
  }

  @Query(() => [Etiket], {
    description:
      "Etikets registered, edited or sold (ثبت، ویرایش یا فروش) between two Shamsi days, both included " +
      "(DoListGetUpdatedEtiket), in code order, each with `changedOn`. Made for keeping a web shop's stock in step with Tahesab.",
  })
  async updatedEtikets(@Args() { from, to }: UpdatedEtiketsArgs, @Ctx() context: Context): Promise<EtiketRecord[]> {
    if (to.compare(from) < 0) throw badInput("to", `must not be before from (${from.toString()} > ${to.toString()})`);
    const { datasource: tahesab, loaders } = useTahesab(context);
    return primed(loaders.etiket, await tahesab.etikets.updatedBetween(from, to));
  }

  @Query(() => [Etiket], {
    description: "The etikets of one made-goods line (کد کار / Code_Kar, DoList_EtiketByCodeKar), in code order; empty when none.",
  })
  async etiketsByMadeGoodsCode(@Args() { madeGoodsCode }: EtiketsByMadeGoodsCodeArgs, @Ctx() context: Context): Promise<EtiketRecord[]> {
    const codeKar = parseMadeGoodsCode("madeGoodsCode", madeGoodsCode);
    const { datasource: tahesab, loaders } = useTahesab(context);
    return primed(loaders.etiket, await tahesab.etikets.byMadeGoodsCode(codeKar));
  }

  @FieldResolver(() => ID, { description: "Global id of this etiket, for `node(id:)`." })
  id(@Root() etiket: EtiketRecord): string {
    return toGlobalId("TAHESAB", "Etiket", etiket.code);
  }

  @FieldResolver(() => EtiketImage, {
    nullable: true,
    description: "The piece's picture (تصویر). Asked for only when selected: one batched image call per operation.",
  })
  image(@Root() etiket: EtiketRecord, @Ctx() context: Context): Promise<EtiketImageRecord | null> | EtiketImageRecord | null {
    if (etiket.image !== undefined && etiket.image !== null) return etiket.image;
    return useTahesab(context).loaders.etiketImage.load(etiket.code);
  }
}
