import { z } from "zod";
import { ErrorCode } from "../../src/core/errors.js";
import type { CurrencyCode, ItemRecord } from "../../src/core/invoice.js";
import { blankItem } from "../../src/core/invoice.js";
import type { ExactlyOnceOutcome } from "../../src/core/exactly-once.js";
import { jsonNumber } from "../../src/core/json.js";
import { parseShape, type HesabfaClient } from "./client.js";
import { hesabfaError, isNotFound } from "./errors.js";
import { bool, code, codeKey, decimal, integer, optional, padCode, text } from "./fields.js";
import { toQueryInfo, type ListAnswer, type ListField, type ListQuery } from "./list-query.js";
import { chunks, listOf } from "./lists.js";
import type { HesabfaWrites } from "./writes.js";

/** An item (کالا و خدمات) as Hesabfa answers it. */
export const ITEM = z.looseObject({
  Id: integer,
  Code: code,
  Name: text,
  Barcode: text,
  ItemType: optional(integer),
  Unit: text,
  BuyPrice: optional(decimal),
  SellPrice: optional(decimal),
  Stock: optional(decimal),
  Active: optional(bool),
  Tag: text,
});
type Item = z.output<typeof ITEM>;

/** A GetQuantity row. */
const QUANTITY = z.looseObject({ Code: code, Quantity: decimal });

const KINDS: Record<number, ItemRecord["kind"]> = { 0: "PRODUCT", 1: "SERVICE" };

/** The item; `stock` is left to GetQuantity (the Item.stock field asks it through a loader). */
export function toItem(item: Item, currency: CurrencyCode): ItemRecord {
  return {
    ...blankItem("HESABFA", item.Code),
    name: item.Name,
    barcode: item.Barcode,
    kind: item.ItemType === null ? null : (KINDS[item.ItemType] ?? null),
    unit: item.Unit,
    currency,
    buyPrice: item.BuyPrice,
    sellPrice: item.SellPrice,
    stock: null,
    active: item.Active,
    tag: item.Tag,
  };
}

export interface ItemChanges {
  name?: string | null;
  barcode?: string | null;
  kind?: "PRODUCT" | "SERVICE" | null;
  unit?: string | null;
  buyPrice?: string | null;
  sellPrice?: string | null;
  active?: boolean | null;
  tag?: string | null;
}

const COMPUTED = ["Stock"];

export function itemBody(changes: ItemChanges, base: Record<string, unknown> = {}, codeOf?: string): Record<string, unknown> {
  const body: Record<string, unknown> = Object.fromEntries(Object.entries(base).filter(([key]) => !COMPUTED.includes(key)));
  if (codeOf !== undefined) body.Code = padCode(codeOf);
  const texts: Array<[keyof ItemChanges, string]> = [["name", "Name"], ["barcode", "Barcode"], ["unit", "Unit"], ["tag", "Tag"]];
  for (const [field, property] of texts) if (changes[field] !== undefined) body[property] = changes[field] ?? "";
  if (changes.kind !== undefined && changes.kind !== null) body.ItemType = changes.kind === "SERVICE" ? 1 : 0;
  if (changes.buyPrice !== undefined) body.BuyPrice = jsonNumber(changes.buyPrice ?? "0");
  if (changes.sellPrice !== undefined) body.SellPrice = jsonNumber(changes.sellPrice ?? "0");
  if (changes.active !== undefined && changes.active !== null) body.Active = changes.active;
  return body;
}

export const ITEM_FIELDS: Record<string, ListField> = {
  CODE: { property: "Code", kind: "code" },
  NAME: { property: "Name", kind: "text" },
  BARCODE: { property: "Barcode", kind: "text" },
  KIND: { property: "ItemType", kind: { enum: { PRODUCT: 0, SERVICE: 1 } } },
  UNIT: { property: "Unit", kind: "text" },
  BUY_PRICE: { property: "BuyPrice", kind: "number" },
  SELL_PRICE: { property: "SellPrice", kind: "number" },
  STOCK: { property: "Stock", kind: "number" },
  ACTIVE: { property: "Active", kind: "bool" },
  TAG: { property: "Tag", kind: "text" },
};

const ITEM_LIST = listOf(ITEM);

export interface SavedItems extends Record<string, unknown> {
  items: ItemRecord[];
}

const advice = (what: string) =>
  `Retry the same mutation with the same idempotencyKey: Hesabfa is sent the same request id and does not ${what} twice.`;

/** Hesabfa's items: goods and services. */
export class HesabfaItems {
  constructor(
    private readonly client: HesabfaClient,
    private readonly writes: HesabfaWrites,
    private readonly currency: () => Promise<CurrencyCode>,
  ) {}

  async raw(codeOf: string): Promise<Record<string, unknown> | null> {
    try {
      const answer = await this.client.read("item/get", { code: padCode(codeOf) }, z.unknown());
      parseShape("item/get", ITEM, answer);
      return answer as Record<string, unknown>;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async byCodes(codes: readonly string[]): Promise<Map<string, ItemRecord>> {
    const padded = [...new Set(codes.map(padCode))];
    const queryInfo = { skip: 0, take: padded.length, filters: [{ property: "Code", operator: "in", value: padded }] };
    const [answer, currency] = await Promise.all([this.client.read("item/getitems", { queryInfo }, ITEM_LIST), this.currency()]);
    return new Map(answer.List.map((item) => [codeKey(item.Code), toItem(item, currency)]));
  }

  /** The item with this barcode, or null (112). */
  async byBarcode(barcode: string): Promise<ItemRecord | null> {
    try {
      const [item, currency] = await Promise.all([this.client.read("item/getByBarcode", { barcode }, ITEM), this.currency()]);
      return toItem(item, currency);
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async list(query: ListQuery | null | undefined, skip: number, take: number): Promise<ListAnswer<ItemRecord>> {
    const [answer, currency] = await Promise.all([
      this.client.read("item/getitems", { queryInfo: toQueryInfo(query, ITEM_FIELDS, skip, take) }, ITEM_LIST),
      this.currency(),
    ]);
    return { rows: answer.List.map((item) => toItem(item, currency)), total: answer.FilteredCount };
  }

  /** Quantities in stock by canonical code, in one call; unknown codes are absent. */
  async quantities(codes: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.client.read("item/GetQuantity", { codes: [...new Set(codes.map(padCode))] }, z.array(QUANTITY));
    return new Map(rows.map((row) => [codeKey(row.Code), row.Quantity]));
  }

  private async save(body: Record<string, unknown>, idempotencyKey: string | null | undefined, readBack: () => Promise<ItemRecord | undefined>) {
    const currency = await this.currency();
    return this.writes.run({
      idempotencyKey,
      method: "item/save",
      params: { item: body },
      shape: ITEM,
      map: (item) => toItem(item, currency) as ItemRecord & Record<string, unknown>,
      readBack: async () => (await readBack()) as (ItemRecord & Record<string, unknown>) | undefined,
      own: (item) => [{ objectType: "Product", natural: codeKey(item.code) }],
      advice: advice("save the item"),
    });
  }

  create(changes: ItemChanges, idempotencyKey?: string | null) {
    return this.save(itemBody(changes), idempotencyKey, async () => {
      if (!changes.name) return undefined;
      const { rows } = await this.list({ filters: [{ field: "NAME", operator: "EQUALS", value: changes.name }], sort: { field: "CODE", descending: true } }, 0, 1);
      return rows[0];
    });
  }

  async update(codeOf: string, changes: ItemChanges, idempotencyKey?: string | null) {
    const raw = await this.raw(codeOf);
    if (!raw) throw hesabfaError(ErrorCode.VENDOR_ERROR, `Hesabfa has no item with code ${padCode(codeOf)}.`, "REJECTED", { vendorCode: 112 });
    return this.save(itemBody(changes, raw), idempotencyKey, async () => (await this.byCodes([codeOf])).get(codeKey(codeOf)));
  }

  delete(codeOf: string, idempotencyKey?: string | null): Promise<ExactlyOnceOutcome<{ deleted: boolean }>> {
    return this.writes.run({
      idempotencyKey,
      method: "item/delete",
      params: { code: padCode(codeOf) },
      shape: z.unknown(),
      map: () => ({ deleted: true }),
      readBack: async () => ({ deleted: true }),
      own: () => [{ objectType: "Product", natural: codeKey(codeOf) }],
      advice: advice("delete the item"),
    });
  }

  /** Many items at once, in calls of 500, answered in input order; entries with a code are merged into the stored item. */
  async batchSave(entries: Array<{ code?: string | null; changes: ItemChanges }>, idempotencyKey?: string | null): Promise<{ items: ItemRecord[]; replayed: boolean }> {
    const currency = await this.currency();
    const existing = new Map<string, Record<string, unknown>>();
    for (const chunk of chunks([...new Set(entries.flatMap((e) => (e.code ? [padCode(e.code)] : [])))], this.client.batchSize)) {
      const queryInfo = { skip: 0, take: chunk.length, filters: [{ property: "Code", operator: "in", value: chunk }] };
      const answer = await this.client.read("item/getitems", { queryInfo }, z.looseObject({ List: z.array(z.unknown()) }));
      for (const raw of answer.List) existing.set(codeKey(parseShape("item/getitems", ITEM, raw, "List entry").Code), raw as Record<string, unknown>);
    }
    const bodies = entries.map((e) => (e.code ? itemBody(e.changes, existing.get(codeKey(e.code)) ?? {}, e.code) : itemBody(e.changes)));
    const saved: ItemRecord[] = [];
    let replayed = true;
    for (const [part, chunk] of chunks(bodies, 500).entries()) {
      const outcome = await this.writes.run({
        idempotencyKey: idempotencyKey ? `${idempotencyKey}#${part}` : undefined,
        part,
        method: "item/batchsave",
        params: { items: chunk },
        shape: z.array(ITEM),
        map: (items): SavedItems => {
          if (items.length !== chunk.length) {
            throw hesabfaError(ErrorCode.VENDOR_ERROR, `Hesabfa answered item/batchsave with ${items.length} items for ${chunk.length} sent.`, "UNKNOWN");
          }
          return { items: items.map((item) => toItem(item, currency)) };
        },
        readBack: async () => {
          const codes = chunk.map((body) => (typeof body.Code === "string" ? body.Code : undefined));
          if (codes.some((c) => c === undefined)) return undefined;
          const found = await this.byCodes(codes as string[]);
          const items = codes.map((c) => found.get(codeKey(c as string)));
          return items.every(Boolean) ? { items: items as ItemRecord[] } : undefined;
        },
        own: (result) => result.items.map((item) => ({ objectType: "Product" as const, natural: codeKey(item.code) })),
        advice: advice("save the items"),
      });
      replayed &&= outcome.replayed;
      saved.push(...outcome.result.items);
    }
    return { items: saved, replayed };
  }
}
