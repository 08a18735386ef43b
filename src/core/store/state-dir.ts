import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { ConfigError } from "../env.js";

/**
 * Makes HESABGRAPH_STATE_DIR ready, or refuses to start naming it. The folder
 * holds the idempotency journal and OAuth tokens, so a folder that cannot be
 * written must stop the start, in words that say which variable to change —
 * not an ENOENT from deep inside the first write, minutes later.
 */
export function prepareStateDir(directory: string): void {
  const probe = join(directory, `.write-check.${process.pid}`);
  try {
    makeFolders(resolve(directory));
    writeFileSync(probe, "", { mode: 0o600 });
    rmSync(probe, { force: true });
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    throw new ConfigError(
      "HESABGRAPH_STATE_DIR",
      `is "${directory}", a folder hesabgraph cannot create or write (${code ?? (error as Error).message}): point it at a writable folder, or set it to :memory: to keep nothing across restarts`,
    );
  }
}

/**
 * `mkdir -p`, one level at a time. Node 20's `mkdirSync(…, { recursive: true })`
 * never returns where a parent exists but refuses children with ENOENT (as
 * under /proc), which hung the start instead of refusing it.
 */
function makeFolders(directory: string): void {
  const missing: string[] = [];
  for (let folder = directory; !existsSync(folder); folder = dirname(folder)) {
    missing.unshift(folder);
    if (dirname(folder) === folder) break;
  }
  for (const folder of missing) mkdirSync(folder, { mode: 0o700 });
}
