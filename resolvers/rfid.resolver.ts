import { Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { EtiketImageRecord, RfidReadRecord, RfidTagRecord } from "../datasources/tahesab/index.js";
import type { Context } from "../src/context.js";
import { useTahesab } from "./vendors.js";
import { parseEpcs } from "../src/core/validation/epcs.js";
import { EtiketImage } from "../schema/etiket/etiket.type.js";
import { EpcsArgs, RecordRfidReadArgs } from "../schema/rfid/rfid.args.js";
import { RfidReadResult, RfidTag } from "../schema/rfid/rfid.type.js";

@Resolver(() => RfidTag)
export class RfidResolver {
  @Query(() => [RfidTag], {
    nullable: "items",
    description:
      "RFID tags (تگ های RFID) by EPC with the etiket each is fixed to (GetInfo), in the order asked; an unknown EPC gives null. " +
      "Every tag lookup of one operation travels in one Tahesab call per batch.",
  })
  async rfidTags(@Args() { epcs }: EpcsArgs, @Ctx() context: Context): Promise<Array<RfidTagRecord | null | Error>> {
    const parsed = parseEpcs("epcs", epcs, context.config.maxCodes);
    const { loaders } = useTahesab(context);
    const tags = await loaders.rfidTag.loadMany(parsed);
    for (const tag of tags) {
      if (tag && !(tag instanceof Error) && tag.etiket) loaders.etiket.prime(tag.etiket.code, tag.etiket);
    }
    return tags;
  }

  @Mutation(() => RfidReadResult, {
    nullable: true,
    description:
      "Records one read of RFID tags in Tahesab (epcList), e.g. a stock count (انبارگردانی): says how many distinct tags were read, " +
      "how many are on the shop's etikets, and which are unknown. With an idempotencyKey a repeat is answered from the journal; " +
      "never sent again blind when Tahesab's answer is lost (VENDOR_OUTCOME_UNKNOWN: Tahesab cannot be asked about a read).",
  })
  async recordRfidRead(@Args() { epcs, idempotencyKey }: RecordRfidReadArgs, @Ctx() context: Context): Promise<RfidReadRecord> {
    // A reader reports a tag many times per pass; Tahesab counts it once, so send it once.
    const parsed = [...new Set(parseEpcs("epcs", epcs, context.config.maxCodes))];
    return (await useTahesab(context).datasource.rfid.recordRead(parsed, idempotencyKey)).result;
  }

  @FieldResolver(() => EtiketImage, {
    nullable: true,
    description: "The tagged piece's picture (تصویر; GetInfoWithImage). Asked for only when selected: one batched call per operation.",
  })
  image(@Root() tag: RfidTagRecord, @Ctx() context: Context): Promise<EtiketImageRecord | null> {
    return useTahesab(context).loaders.rfidImage.load(tag.epc);
  }
}
