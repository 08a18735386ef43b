// Which database a request reaches, and what kind it is. The seed: an Access
// environment is named by its folder (DB main, DB1 environment one), an SQL
// Server environment by its database (TahesabDB main, TahesabDB1 environment
// one). The name decides the back end, and so how text is stored
// (text-storage.ts) and what CheckHealth reports.
import type { BackEnd } from "./text-storage.js";
import type { TahesabAddOn } from "./types.js";

export interface Environment {
  /** The DBName the add-on opened. */
  dbName: string;
  backEnd: BackEnd;
  addOn: TahesabAddOn;
}

/**
 * "DB", "DB1", "DB2"…: Access folders (the seed's naming); every other name an
 * SQL Server database. A simulator given its own dbNames ("ShopA") therefore
 * behaves like an SQL Server shop.
 */
export function backEndOf(dbName: string): BackEnd {
  return /^DB\d*$/.test(dbName) ? "Access" : "SQLServer";
}

export type DbChoice = { ok: true; dbName: string } | { ok: false; dbName: string };

/**
 * The environment a DBName header selects. No header at all opens the main
 * (first) environment: S2 (hosseini-milad/zar middleware/GetTahHesab.js) runs
 * in production without sending DBName. A name the add-on does not know is
 * refused (no source shows an add-on falling back; the strict reading).
 */
export function chooseDb(header: string | undefined, dbNames: readonly string[]): DbChoice {
  if (header === undefined) return { ok: true, dbName: dbNames[0] };
  return dbNames.includes(header) ? { ok: true, dbName: header } : { ok: false, dbName: header };
}
