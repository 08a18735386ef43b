import { Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { ItemChanges } from "../../datasources/hesabfa/index.js";
import { badInput } from "../../src/core/errors.js";
import type { ItemRecord } from "../../src/core/invoice.js";
import type { Context } from "../../src/context.js";
import {
  CreateHesabfaItemArgs,
  DeleteHesabfaItemArgs,
  HesabfaItemByBarcodeArgs,
  HesabfaItemsArgs,
  SaveHesabfaItemsArgs,
  UpdateHesabfaItemArgs,
} from "../../schema/hesabfa/hesabfa.args.js";
import type { HesabfaItemInput } from "../../schema/hesabfa/hesabfa.inputs.js";
import { HesabfaItemPayload, SaveHesabfaItemsPayload } from "../../schema/hesabfa/hesabfa.types.js";
import { Item, ItemConnection } from "../../schema/item/item.type.js";
import { hesabfaCode } from "../customers/hesabfa.js";
import { offsetConnection } from "../offset-connection.js";
import { useHesabfa } from "../vendors.js";

const clean = (value: string | null | undefined) => (value === undefined ? undefined : value?.trim() || null);

function toItemChanges(input: HesabfaItemInput): ItemChanges {
  return {
    name: clean(input.name),
    barcode: clean(input.barcode),
    kind: input.kind ?? undefined,
    unit: clean(input.unit),
    buyPrice: input.buyPrice,
    sellPrice: input.sellPrice,
    active: input.active ?? undefined,
    tag: clean(input.tag),
  };
}

@Resolver()
export class HesabfaItemsResolver {
  @Query(() => ItemConnection, {
    description: "Hesabfa items (کالاها و خدمات), filtered, searched and sorted as asked, page by page (up to 1,000 a page); `totalCount` counts those that pass the filters.",
  })
  async hesabfaItems(@Args() args: HesabfaItemsArgs, @Ctx() context: Context): Promise<ItemConnection> {
    const { datasource, loaders } = useHesabfa(context);
    const connection = await offsetConnection((skip, take) => datasource.items.list(args.filter, skip, take), args, datasource.pageSize);
    for (const { node } of connection.edges) loaders.item.prime(node.code, node);
    return connection as ItemConnection;
  }

  @Query(() => Item, { nullable: true, description: "The Hesabfa item with this barcode (کالا با بارکد); null when none." })
  hesabfaItemByBarcode(@Args() { barcode }: HesabfaItemByBarcodeArgs, @Ctx() context: Context): Promise<ItemRecord | null> {
    return useHesabfa(context).datasource.items.byBarcode(barcode.trim());
  }

  @Mutation(() => HesabfaItemPayload, { nullable: true, description: "Creates a Hesabfa item (کالای جدید); Hesabfa gives its code. Exactly once with an idempotencyKey." })
  async createHesabfaItem(@Args() { input, idempotencyKey }: CreateHesabfaItemArgs, @Ctx() context: Context): Promise<HesabfaItemPayload> {
    if (!input.name?.trim()) throw badInput("input.name", "is required for a new item");
    const { result, replayed, reconciled } = await useHesabfa(context).datasource.items.create(toItemChanges(input), idempotencyKey);
    return { code: result.code, item: result as never, replayed, reconciled };
  }

  @Mutation(() => HesabfaItemPayload, {
    nullable: true,
    description: "Changes a Hesabfa item (ویرایش کالا): only the fields given change (the item is read and saved whole). Exactly once with an idempotencyKey.",
  })
  async updateHesabfaItem(@Args() { code, input, idempotencyKey }: UpdateHesabfaItemArgs, @Ctx() context: Context): Promise<HesabfaItemPayload> {
    const { result, replayed, reconciled } = await useHesabfa(context).datasource.items.update(hesabfaCode("code", code), toItemChanges(input), idempotencyKey);
    return { code: result.code, item: result as never, replayed, reconciled };
  }

  @Mutation(() => HesabfaItemPayload, { nullable: true, description: "Deletes a Hesabfa item (حذف کالا). Exactly once with an idempotencyKey." })
  async deleteHesabfaItem(@Args() { code, idempotencyKey }: DeleteHesabfaItemArgs, @Ctx() context: Context): Promise<HesabfaItemPayload> {
    const { replayed, reconciled } = await useHesabfa(context).datasource.items.delete(hesabfaCode("code", code), idempotencyKey);
    return { code, item: null, replayed, reconciled };
  }

  @Mutation(() => SaveHesabfaItemsPayload, {
    nullable: true,
    description: "Saves many Hesabfa items at once (ذخیره گروهی کالاها): new ones without a code, changes to others. Sent 500 a call; answered in the order given.",
  })
  async saveHesabfaItems(@Args() { items, idempotencyKey }: SaveHesabfaItemsArgs, @Ctx() context: Context): Promise<SaveHesabfaItemsPayload> {
    const entries = items.map((entry, i) => {
      if (!entry.code && !entry.name?.trim()) throw badInput(`items[${i}].name`, "is required for a new item");
      return { code: entry.code ? hesabfaCode(`items[${i}].code`, entry.code) : null, changes: toItemChanges(entry) };
    });
    const saved = await useHesabfa(context).datasource.items.batchSave(entries, idempotencyKey);
    return saved as unknown as SaveHesabfaItemsPayload;
  }
}
