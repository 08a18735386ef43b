// Saving and deleting items (کالا و خدمات). Whole-record replace like
// contacts; Stock is not writable (it follows the documents). Length limits
// are H1's validation cuts plus one.
import { read, type Fields } from "./bind.js";
import { padCode } from "./codes.js";
import { Dec } from "./decimal.js";
import { ErrorCode, fail, HesabfaError } from "./errors.js";
import { PRODUCT_ACTIONS, type ItemRecord } from "./records.js";
import { HesabfaState } from "./state.js";

const STRING_FIELDS: ReadonlyArray<readonly [keyof ItemRecord & string, number]> = [
  ["Name", 100],
  ["Barcode", 1000],
  ["Unit", 30],
  ["PurchasesTitle", 100],
  ["SalesTitle", 100],
  ["NodeFamily", 255],
  ["Tag", 255],
  ["Description", 200],
  ["ProductCode", 50],
];

export const ITEM_FIELDS: readonly string[] = [
  ...STRING_FIELDS.map(([name]) => name),
  "Code",
  "Id",
  "ItemType",
  "BuyPrice",
  "SellPrice",
  "Active",
  "Stock",
];

export interface ItemInput {
  code: number | undefined;
  id: number | undefined;
  values: Omit<ItemRecord, "Id" | "Code">;
}

export function parseItem(f: Fields): ItemInput {
  f.only(ITEM_FIELDS);
  const s = {} as Record<string, string>;
  for (const [name, max] of STRING_FIELDS) s[name] = read.str(f, name, { max, required: name === "Name" }) ?? "";
  const itemType = read.int(f, "ItemType", { min: 0, max: 1 }) ?? 0;
  read.dec(f, "Stock");
  return {
    code: read.code(f, "Code"),
    id: read.int(f, "Id", { min: 0 }),
    values: {
      Name: s.Name,
      Barcode: s.Barcode,
      ItemType: itemType,
      Unit: s.Unit === "" ? "عدد" : s.Unit,
      BuyPrice: read.dec(f, "BuyPrice", { min: "zero" }) ?? Dec.ZERO,
      SellPrice: read.dec(f, "SellPrice", { min: "zero" }) ?? Dec.ZERO,
      PurchasesTitle: s.PurchasesTitle,
      SalesTitle: s.SalesTitle,
      NodeFamily: s.NodeFamily === "" ? (itemType === 0 ? "کالاها" : "خدمات") : s.NodeFamily,
      Tag: s.Tag,
      Description: s.Description,
      ProductCode: s.ProductCode,
      Active: read.bool(f, "Active") ?? true,
    },
  };
}

function inUse(state: HesabfaState, code: string): string | null {
  for (const invoice of state.invoices.values()) {
    if (invoice.InvoiceItems.some((line) => line.ItemCode === code)) return `invoice ${invoice.Number} (type ${invoice.InvoiceType})`;
  }
  const receipt = state.receipts.find((r) => r.Items.some((line) => line.ItemCode === code));
  return receipt ? `warehouse receipt ${receipt.Number}` : null;
}

export function checkItem(state: HesabfaState, input: ItemInput, label: string): void {
  const existing = input.code ? state.item(input.code) : undefined;
  if (!existing && input.id) {
    throw new HesabfaError(ErrorCode.IdMustBeZero, `Id must be zero: ${label} is a new item but carries Id ${input.id}`);
  }
  if (existing && existing.ItemType !== input.values.ItemType) {
    const use = inUse(state, existing.Code) ?? (state.openingStock.has(existing.Code) ? "opening stock" : null);
    if (use) fail.app(`Item ${existing.Code}: ItemType cannot change, the item is used in ${use}`);
  }
}

export function applyItem(state: HesabfaState, input: ItemInput, api: boolean): ItemRecord {
  const existing = input.code ? state.item(input.code) : undefined;
  if (existing) {
    Object.assign(existing, input.values);
    state.logChange({ Action: PRODUCT_ACTIONS[1], ObjectType: "Product", ObjectId: existing.Id, Extra: existing.Code, Extra2: null, API: api });
    return existing;
  }
  const code = input.code ? padCode(input.code) : HesabfaState.nextCode(state.items.keys());
  const record: ItemRecord = { Id: state.nextId("item"), Code: code, ...input.values };
  state.items.set(code, record);
  state.logChange({ Action: PRODUCT_ACTIONS[0], ObjectType: "Product", ObjectId: record.Id, Extra: code, Extra2: null, API: api });
  return record;
}

export function saveItems(state: HesabfaState, inputs: ItemInput[], api: boolean, labels: string[]): ItemRecord[] {
  inputs.forEach((input, i) => checkItem(state, input, labels[i]));
  return inputs.map((input) => applyItem(state, input, api));
}

export function deleteItem(state: HesabfaState, code: number, api: boolean): void {
  const item = state.item(code);
  if (!item) return fail.notFound(`item ${padCode(code)}`);
  const use = inUse(state, item.Code);
  if (use) fail.app(`Item ${item.Code} is used in ${use} and cannot be deleted`);
  state.items.delete(item.Code);
  state.openingStock.delete(item.Code);
  state.logChange({ Action: PRODUCT_ACTIONS[2], ObjectType: "Product", ObjectId: item.Id, Extra: item.Code, Extra2: null, API: api });
}
