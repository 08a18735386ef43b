// item/*: get, getById, getByBarcode, getitems, save, batchsave, delete,
// GetQuantity (VENDORS.md; H1, H2, H3 parameter names).
import { asArray, asCode, asObject, read, type Fields } from "../bind.js";
import { padCode } from "../codes.js";
import { Dec } from "../decimal.js";
import { fail } from "../errors.js";
import { deleteItem, parseItem, saveItems } from "../items.js";
import type { Out } from "../json.js";
import { parseQueryInfo, runQuery } from "../query.js";
import type { ItemRecord } from "../records.js";
import { renderItem } from "../render.js";
import { ITEM_SCHEMA, ITEM_SEARCH } from "../schemas.js";
import type { HesabfaState } from "../state.js";
import { answer, type MethodDef } from "./method.js";
import { batch, getById } from "./shared.js";

/**
 * GetQuantity rows {Code, Quantity, Tag, Barcode, SellPrice, ProductCode}
 * (H3 QuantityItem). No codes: every item. A warehouseCode: the quantity in
 * that warehouse (moved by warehouse receipts); none: the item's Stock (moved
 * by approved invoices). Codes that name no item are left out.
 */
function getQuantity(state: HesabfaState, params: Fields): Out {
  const warehouseCode = read.int(params, "warehouseCode");
  if (warehouseCode !== undefined && !state.warehouse(warehouseCode)) fail.notFound(`warehouse ${warehouseCode}`);
  const codes = asArray(params.get("codes"), "codes");
  let items: ItemRecord[];
  if (!codes || codes.length === 0) items = [...state.items.values()].sort((a, b) => a.Code.localeCompare(b.Code));
  else {
    const seen = new Set<string>();
    items = [];
    codes.forEach((raw, i) => {
      const code = padCode(asCode(raw, `codes[${i}]`, { required: true }) as number);
      const item = state.items.get(code);
      if (item && !seen.has(code)) items.push(item);
      seen.add(code);
    });
  }
  return items.map((item) => ({
    Code: item.Code,
    Quantity:
      item.ItemType !== 0 ? Dec.ZERO : warehouseCode === undefined ? state.itemStock(item.Code) : state.warehouseStock(item.Code, warehouseCode),
    Tag: item.Tag,
    Barcode: item.Barcode,
    SellPrice: item.SellPrice,
    ProductCode: item.ProductCode,
  }));
}

export const ITEM_METHODS: MethodDef[] = [
  {
    name: "item/get",
    write: false,
    params: ["code"],
    run: ({ state, params }) => {
      const code = read.code(params, "code", { required: true }) as number;
      const item = state.item(code);
      return answer(item ? renderItem(state, item) : fail.notFound(`item ${padCode(code)}`));
    },
  },
  {
    name: "item/getbyid",
    write: false,
    params: ["idList", "id"],
    run: ({ state, params }) =>
      answer(getById(params, (id) => [...state.items.values()].find((i) => i.Id === id), (i) => renderItem(state, i), "item")),
  },
  {
    name: "item/getbybarcode",
    write: false,
    params: ["barcode"],
    run: ({ state, params }) => {
      const barcode = read.str(params, "barcode", { required: true }) as string;
      const item = [...state.items.values()].sort((a, b) => a.Id - b.Id).find((i) => i.Barcode === barcode);
      return answer(item ? renderItem(state, item) : fail.notFound(`item with barcode ${JSON.stringify(barcode)}`));
    },
  },
  {
    name: "item/getitems",
    write: false,
    params: ["queryInfo"],
    run: ({ state, params }) => {
      const rows = [...state.items.values()].sort((a, b) => a.Id - b.Id).map((i) => renderItem(state, i));
      return answer(runQuery(rows, parseQueryInfo(params.get("queryInfo"), ITEM_SCHEMA, ITEM_SEARCH)));
    },
  },
  {
    name: "item/save",
    write: true,
    params: ["item"],
    run: ({ state, params }) => {
      const input = parseItem(asObject(params.get("item"), "item", { required: true }) as Fields);
      const [saved] = saveItems(state, [input], true, ["item"]);
      return answer(renderItem(state, saved));
    },
  },
  {
    name: "item/batchsave",
    write: true,
    params: ["items"],
    run: ({ state, params }) => {
      const entries = batch(params, "items");
      const inputs = entries.map((entry) => parseItem(entry.fields));
      const saved = saveItems(state, inputs, true, entries.map((entry) => entry.label));
      return answer(saved.map((i) => renderItem(state, i)));
    },
  },
  {
    name: "item/delete",
    write: true,
    params: ["code"],
    run: ({ state, params }) => {
      deleteItem(state, read.code(params, "code", { required: true }) as number, true);
      return answer(true);
    },
  },
  {
    name: "item/getquantity",
    write: false,
    params: ["codes", "warehouseCode"],
    run: ({ state, params }) => answer(getQuantity(state, params)),
  },
];
