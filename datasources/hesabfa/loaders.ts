import type DataLoader from "dataloader";
import type { CustomerRecord } from "../../src/core/customer.js";
import type { InvoiceRecord, ItemRecord } from "../../src/core/invoice.js";
import { batchedLoader } from "../../src/core/loaders.js";
import { codeKey } from "./fields.js";
import type { HesabfaDatasource } from "./index.js";

export interface HesabfaLoaders {
  /** Contact by code, padded or not: every lookup of one operation in one list call with an `in` filter per batch. */
  customer: DataLoader<string, CustomerRecord | null, string>;
  /** Item by code, the same way. */
  item: DataLoader<string, ItemRecord | null, string>;
  /** Quantity in stock by item code: one GetQuantity call per batch. */
  stock: DataLoader<string, string | null, string>;
  /** Invoice by Hesabfa id: one getById call per batch. */
  invoice: DataLoader<string, InvoiceRecord | null, string>;
}

/** Per request: a loader's cache must never outlive the operation that filled it. */
export function createHesabfaLoaders(hesabfa: HesabfaDatasource): HesabfaLoaders {
  const byCode = { keyOf: (code: string) => codeKey(code), maxBatchSize: hesabfa.batchSize };
  return {
    customer: batchedLoader((codes) => hesabfa.contacts.byCodes(codes), byCode),
    item: batchedLoader((codes) => hesabfa.items.byCodes(codes), byCode),
    stock: batchedLoader((codes) => hesabfa.items.quantities(codes), byCode),
    invoice: batchedLoader((ids) => hesabfa.invoices.byIds(ids), { keyOf: (id: string) => id.trim(), maxBatchSize: hesabfa.batchSize }),
  };
}
