import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/core/env.js";
import { prepareStateDir } from "../../src/core/store/state-dir.js";

// The same checks as test/state-dir.test.ts, in this process: that file starts the
// built server, which the mutation run cannot reach.
const scratch = mkdtempSync(join(tmpdir(), "hesabgraph-state-dir-unit-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function refusal(directory: string): ConfigError {
  try {
    prepareStateDir(directory);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`prepareStateDir("${directory}") was expected to refuse`);
}

describe("prepareStateDir", () => {
  it("makes every missing level, owner-only, and leaves no write probe behind", () => {
    const deep = join(scratch, "a", "b", "c");
    prepareStateDir(deep);
    for (const level of [join(scratch, "a"), join(scratch, "a", "b"), deep]) {
      expect(statSync(level).isDirectory()).toBe(true);
      expect(statSync(level).mode & 0o777).toBe(0o700);
    }
    expect(readdirSync(deep)).toEqual([]);
  });

  it("takes a folder that exists as it is, and a relative path from the working directory", () => {
    const existing = join(scratch, "existing");
    mkdirSync(existing, { mode: 0o755 });
    writeFileSync(join(existing, "journal.json"), "{}");
    prepareStateDir(existing);
    expect(statSync(existing).mode & 0o777).toBe(0o755);
    expect(readdirSync(existing)).toEqual(["journal.json"]);

    const relativeDeep = relative(process.cwd(), join(scratch, "rel", "x"));
    prepareStateDir(relativeDeep);
    expect(existsSync(join(scratch, "rel", "x"))).toBe(true);
  });

  it("a file in the folder's place is refused naming the variable, the path, the reason and the way out", () => {
    const file = join(scratch, "a-file");
    writeFileSync(file, "not a folder");
    const error = refusal(join(file, "state"));
    expect(error.variable).toBe("HESABGRAPH_STATE_DIR");
    expect(error.message).toBe(
      `HESABGRAPH_STATE_DIR is "${join(file, "state")}", a folder hesabgraph cannot create or write (ENOTDIR): point it at a writable folder, or set it to :memory: to keep nothing across restarts`,
    );
    expect(refusal(file).message).toContain(`is "${file}", a folder hesabgraph cannot create or write (ENOTDIR)`);
  });

  it.runIf(existsSync("/proc/self"))("a folder under /proc is refused at once (ENOENT), where a recursive mkdir hangs", () => {
    expect(refusal("/proc/hesabgraph-nope/state").message).toContain('"/proc/hesabgraph-nope/state", a folder hesabgraph cannot create or write (ENOENT)');
  });
});
