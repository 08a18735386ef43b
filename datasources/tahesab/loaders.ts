import type DataLoader from "dataloader";
import type { JalaliDay } from "../../src/core/dates/jalali-day.js";
import { batchedLoader, parallelLoader } from "../../src/core/loaders.js";
import type { BalanceRecord } from "./balances.js";
import type { CustomerRecord } from "../../src/core/customer.js";
import type { EtiketImageRecord, EtiketRecord } from "./etikets.js";
import type { TahesabDatasource } from "./index.js";
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

/** Per request: a loader's cache must never outlive the operation that filled it. */
export function createTahesabLoaders(tahesab: TahesabDatasource): TahesabLoaders {
  const byCode = { keyOf: canonicalCode, maxBatchSize: tahesab.batchSize };
  const byEpc = { keyOf: epcKey, maxBatchSize: tahesab.batchSize };
  return {
    etiket: batchedLoader((codes) => tahesab.etikets.byCodes(codes), byCode),
    etiketImage: batchedLoader(async (codes) => {
      const found = await tahesab.etikets.byCodes(codes, true);
      return new Map([...found].map(([code, etiket]) => [code, etiket.image ?? null]));
    }, byCode),
    customer: batchedLoader((codes) => tahesab.customers.byCodes(codes), byCode),
    balance: batchedLoader((codes) => tahesab.balances.latestByCodes(codes), byCode),
    balanceAt: parallelLoader(({ code, day }: { code: string; day: JalaliDay }) => tahesab.balances.atDate(code, day), ({ code, day }) => `${canonicalCode(code)}@${day.toString()}`),
    rfidTag: batchedLoader((epcs) => tahesab.rfid.info(epcs), byEpc),
    rfidImage: batchedLoader((epcs) => tahesab.rfid.images(epcs), byEpc),
  };
}
