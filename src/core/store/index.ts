import { FileJournal } from "./file-journal.js";
import { FileStateStore } from "./file-state-store.js";
import type { IdempotencyJournal } from "./journal.js";
import { MemoryJournal } from "./memory-journal.js";
import { connectRedis } from "./redis-connection.js";
import { RedisJournal } from "./redis-journal.js";
import { RedisStateStore } from "./redis-state-store.js";
import { prepareStateDir } from "./state-dir.js";
import { MemoryStateStore, type StateStore } from "./state-store.js";

export type { IdempotencyJournal, JournalEntry } from "./journal.js";
export type { StateStore } from "./state-store.js";

export interface Stores {
  journal: IdempotencyJournal;
  store: StateStore;
}

export interface StoreSettings {
  /** REDIS_URL: when set, both live in Redis, shared by every instance. */
  redisUrl?: string;
  /** HESABGRAPH_STATE_DIR: the folder of the files, or `:memory:`. */
  stateDir: string;
}

/**
 * The journal and the state store of this deployment: Redis when REDIS_URL is
 * set (several instances share them, over one connection), else files under
 * HESABGRAPH_STATE_DIR, or memory for `:memory:`.
 */
export function createStores(settings: StoreSettings): Stores {
  if (settings.redisUrl) {
    const redis = connectRedis(settings.redisUrl);
    return { journal: new RedisJournal(redis), store: new RedisStateStore(redis) };
  }
  if (settings.stateDir === ":memory:") return { journal: new MemoryJournal(), store: new MemoryStateStore() };
  prepareStateDir(settings.stateDir);
  return { journal: new FileJournal(settings.stateDir), store: new FileStateStore(settings.stateDir) };
}
