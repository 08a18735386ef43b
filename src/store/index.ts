import type { Config } from "../config.js";
import { FileJournal } from "./file-journal.js";
import type { IdempotencyJournal } from "./journal.js";
import { MemoryJournal } from "./memory-journal.js";

export type { IdempotencyJournal, JournalEntry } from "./journal.js";

/** The journal for this deployment: a file under HESABGRAPH_STATE_DIR, or memory for `:memory:`. */
export function createJournal(config: Config): IdempotencyJournal {
  return config.stateDir === ":memory:" ? new MemoryJournal() : new FileJournal(config.stateDir);
}
