import { randomUUID } from "node:crypto";
import type { Config } from "./config.js";
import { vendorNotConfigured } from "./core/errors.js";
import type { Logger } from "./logger.js";
import type { TahesabDatasource } from "../datasources/tahesab/index.js";
import { createTahesabLoaders, type TahesabLoaders } from "../datasources/tahesab/loaders.js";

/** The vendor connections of this deployment; a vendor without credentials is absent. */
export interface Vendors {
  tahesab?: TahesabDatasource;
}

export interface Context {
  requestId: string;
  config: Config;
  logger: Logger;
  vendors: Vendors;
  /** Per-request DataLoaders, made lazily so an operation pays only for the vendors it touches. */
  loaders: { tahesab?: TahesabLoaders };
}

export function createContext(config: Config, logger: Logger, vendors: Vendors): Context {
  const requestId = randomUUID();
  return { requestId, config, logger: logger.child({ requestId }), vendors, loaders: {} };
}

/** Tahesab and this request's loaders for it, or VENDOR_NOT_CONFIGURED. */
export function useTahesab(context: Context): { tahesab: TahesabDatasource; loaders: TahesabLoaders } {
  const tahesab = context.vendors.tahesab;
  if (!tahesab) throw vendorNotConfigured("TAHESAB", "TAHESAB_URL and TAHESAB_TOKEN");
  context.loaders.tahesab ??= createTahesabLoaders(tahesab);
  return { tahesab, loaders: context.loaders.tahesab };
}
