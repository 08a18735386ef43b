import DataLoader from "dataloader";
import type { EtiketImageRecord, EtiketRecord } from "./etikets.js";
import type { TahesabDatasource } from "./index.js";

export interface TahesabLoaders {
  /** Etiket by code: every lookup of one operation in one `getetiketinfobycode` call per batch. */
  etiket: DataLoader<string, EtiketRecord | null>;
  /** Etiket image by code, through `getetiketinfobycodewithimage`, only when an image is asked for. */
  etiketImage: DataLoader<string, EtiketImageRecord | null>;
}

/** Per request: a loader's cache must never outlive the operation that filled it. */
export function createTahesabLoaders(tahesab: TahesabDatasource): TahesabLoaders {
  const options = { maxBatchSize: tahesab.batchSize };
  return {
    etiket: new DataLoader(async (codes) => {
      const found = await tahesab.etikets.byCodes(codes);
      return codes.map((code) => found.get(code) ?? null);
    }, options),
    etiketImage: new DataLoader(async (codes) => {
      const found = await tahesab.etikets.byCodes(codes, true);
      return codes.map((code) => found.get(code)?.image ?? null);
    }, options),
  };
}
