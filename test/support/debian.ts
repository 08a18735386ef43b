import { accessSync, constants } from "node:fs";
import { delimiter, isAbsolute, join } from "node:path";

/**
 * Tests that need a program from Debian (chromium, redis-server). On a
 * machine with only Node and npm they are skipped, with one line naming the
 * package to install; under CI (`CI` set, as .ci/run does) a missing program
 * fails the run instead, so CI never passes by skipping.
 */
export interface DebianProgram {
  /** The executable found, or undefined. */
  path: string | undefined;
  available: boolean;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function which(command: string): string | undefined {
  if (isAbsolute(command)) return executable(command) ? command : undefined;
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir && executable(join(dir, command))) return join(dir, command);
  }
  return undefined;
}

const announced = new Set<string>();

/** `command` (a name on PATH or an absolute path) from Debian's `debianPackage`. */
export function debianProgram(command: string, debianPackage: string, purpose: string): DebianProgram {
  const path = which(command);
  if (!path) {
    const line = `${purpose}: needs Debian's ${debianPackage} (apt-get install ${debianPackage}); not found, so these tests are skipped.`;
    if (process.env.CI) throw new Error(`${line.replace(/; not found.*/, "")} — required under CI.`);
    if (!announced.has(line)) {
      announced.add(line);
      process.stderr.write(`SKIPPED ${line}\n`);
    }
  }
  return { path, available: Boolean(path) };
}

export const redisServer = () => debianProgram(process.env.REDIS_SERVER_PATH ?? "redis-server", "redis-server", "Redis-backed tests (shared journal, shared state)");
export const chromiumBrowser = () => debianProgram(process.env.CHROMIUM_PATH ?? "chromium", "chromium", "Browser tests (GraphiQL, the Hesabit login)");
