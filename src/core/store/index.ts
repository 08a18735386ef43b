import type { Config } from "../../config.js";
import { FileJournal } from "./file-journal.js";
import type { IdempotencyJournal } from "./journal.js";
import { MemoryJournal } from "./memory-journal.js";
import { RedisJournal } from "./redis-journal.js";

export type { IdempotencyJournal, JournalEntry } from "./journal.js";

/**
 * The journal for this deployment: Redis when REDIS_URL is set (several
 * instances share it), else a file under HESABGRAPH_STATE_DIR, or memory for `:memory:`.
 */
export function createJournal(config: Config): IdempotencyJournal {
  if (config.redisUrl) return new RedisJournal({ url: config.redisUrl });
  return config.stateDir === ":memory:" ? new MemoryJournal() : new FileJournal(config.stateDir);
}
