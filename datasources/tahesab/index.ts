import type { TahesabConfig } from "../../src/config.js";
import type { Logger } from "../../src/logger.js";
import { TahesabClient } from "./client.js";
import { TahesabEtikets } from "./etikets.js";

export { TahesabClient, TahesabError } from "./client.js";
export type { EtiketRecord, EtiketImageRecord } from "./etikets.js";

/** Everything hesabgraph can ask one Tahesab installation. */
export class TahesabDatasource {
  readonly client: TahesabClient;
  readonly etikets: TahesabEtikets;

  constructor(config: TahesabConfig, logger: Logger) {
    this.client = new TahesabClient(config, logger);
    this.etikets = new TahesabEtikets(this.client);
  }

  get batchSize(): number {
    return this.client.batchSize;
  }

  ping(): Promise<void> {
    return this.client.ping();
  }

  close(): void {
    this.client.close();
  }
}
