import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { join } from "node:path";
import { MemoryStateStore } from "./state-store.js";

/**
 * The state store of a single instance without Redis: memory, written through
 * to `<dir>/state.json` on every change, atomically (a temporary file, fsync,
 * rename, fsync of the folder) and readable by the owner only, since it holds
 * OAuth tokens. A crash leaves either the old file or the new one, never half.
 */
export class FileStateStore extends MemoryStateStore {
  private readonly path: string;

  constructor(private readonly directory: string, file = "state.json", now: () => number = Date.now) {
    super(now);
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    this.path = join(directory, file);
    if (existsSync(this.path)) {
      let saved: Record<string, { value: string; expiresAt?: number }>;
      try {
        saved = JSON.parse(readFileSync(this.path, "utf8"));
      } catch (error) {
        // Never silently start from nothing: the file may hold the only copy of a refresh token.
        throw new Error(`${this.path} is not a state file hesabgraph wrote (${(error as Error).message}); move it away to start afresh`);
      }
      for (const [key, held] of Object.entries(saved)) this.held.set(key, held);
    }
  }

  protected override changed(): void {
    const temporary = `${this.path}.tmp`;
    const fd = openSync(temporary, "w", 0o600);
    try {
      writeSync(fd, JSON.stringify(Object.fromEntries(this.held)));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.path);
    const dir = openSync(this.directory, "r");
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  }
}
