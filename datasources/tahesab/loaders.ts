import DataLoader from "dataloader";
import type { EtiketImageRecord, EtiketRecord } from "./etikets.js";
import type { TahesabDatasource } from "./index.js";
import type { JalaliDay } from "../../src/core/dates/jalali-day.js";
import type { BalanceRecord } from "./balances.js";
import type { CustomerRecord } from "./customers.js";
import { canonicalCode } from "./records.js";
import { epcKey, type RfidTagRecord } from "./rfid.js";

export interface TahesabLoaders {
  /** Etiket by code: every lookup of one operation in one `getetiketinfobycode` call per batch. */
  etiket: DataLoader<string, EtiketRecord | null, string>;
  /** Etiket image by code, through `getetiketinfobycodewithimage`, only when an image is asked for. */
  etiketImage: DataLoader<string, EtiketImageRecord | null, string>;
  /** Customer by code: nearby codes of one operation read as one `DoListMoshtari` range; "007" and "7" are one customer. */
  customer: DataLoader<string, CustomerRecord | null, string>;
  /** Latest balance by customer code: one `getmandehesabbycode` call per batch for the whole operation. */
  balance: DataLoader<string, BalanceRecord | null, string>;
  /** Balance on a day (`GetMandeHesabByTarikh`, one call each, under the client's concurrency cap); repeats asked once. */
  balanceAt: DataLoader<{ code: string; day: JalaliDay }, BalanceRecord | null, string>;
  /** RFID tag by EPC: one `GetInfo` call per batch. */
  rfidTag: DataLoader<string, RfidTagRecord | null, string>;
  /** Picture of a tagged etiket by EPC: one `GetInfoWithImage` call per batch, only when asked for. */
  rfidImage: DataLoader<string, EtiketImageRecord | null, string>;
}

/** For lookups Tahesab cannot batch: one call per key, in parallel, each failing alone. */
function oneByOne<K, V>(fetch: (key: K) => Promise<V>) {
  return (keys: readonly K[]) => Promise.all(keys.map((key) => fetch(key).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))));
}

/** Per request: a loader's cache must never outlive the operation that filled it. */
export function createTahesabLoaders(tahesab: TahesabDatasource): TahesabLoaders {
  const options = { maxBatchSize: tahesab.batchSize };
  return {
    etiket: new DataLoader(async (codes) => {
      const found = await tahesab.etikets.byCodes(codes);
      return codes.map((code) => found.get(canonicalCode(code)) ?? null);
    }, { ...options, cacheKeyFn: canonicalCode }),
    etiketImage: new DataLoader(async (codes) => {
      const found = await tahesab.etikets.byCodes(codes, true);
      return codes.map((code) => found.get(canonicalCode(code))?.image ?? null);
    }, { ...options, cacheKeyFn: canonicalCode }),
    customer: new DataLoader(async (codes) => {
      const found = await tahesab.customers.byCodes(codes);
      return codes.map((code) => found.get(canonicalCode(code)) ?? null);
    }, { ...options, cacheKeyFn: canonicalCode }),
    balance: new DataLoader(async (codes) => {
      const found = await tahesab.balances.latestByCodes(codes);
      return codes.map((code) => found.get(canonicalCode(code)) ?? null);
    }, { ...options, cacheKeyFn: canonicalCode }),
    balanceAt: new DataLoader(oneByOne(({ code, day }: { code: string; day: JalaliDay }) => tahesab.balances.atDate(code, day)), {
      cacheKeyFn: ({ code, day }) => `${canonicalCode(code)}@${day.toString()}`,
    }),
    rfidTag: new DataLoader(async (epcs) => {
      const found = await tahesab.rfid.info(epcs);
      return epcs.map((epc) => found.get(epcKey(epc)) ?? null);
    }, { ...options, cacheKeyFn: epcKey }),
    rfidImage: new DataLoader(async (epcs) => {
      const found = await tahesab.rfid.images(epcs);
      return epcs.map((epc) => found.get(epcKey(epc)) ?? null);
    }, { ...options, cacheKeyFn: epcKey }),
  };
}
