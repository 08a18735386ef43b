import type { Config } from "./config.js";
import type { Vendors } from "./context.js";
import type { Logger } from "./logger.js";
import type { IdempotencyJournal } from "./core/store/index.js";
import { TahesabDatasource } from "../datasources/tahesab/index.js";

/** One datasource per configured vendor; unconfigured vendors stay absent. */
export function createVendors(config: Config, logger: Logger, journal: IdempotencyJournal): Vendors {
  return {
    tahesab: config.tahesab ? new TahesabDatasource(config.tahesab, logger, journal) : undefined,
  };
}
