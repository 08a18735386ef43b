import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

/**
 * The suite as `npm run test:mutation` (StrykerJS) runs it against each mutant.
 *
 * Left out: tests that start the built server (`dist/`, which Stryker's mutants
 * never reach, so they cannot fail for one) and the browser tests (Chromium,
 * from Debian). Stryker itself sets the pool (one thread per runner) and stops
 * a mutant's run at its first failing test.
 *
 * `isolate: false`: the test files of one run share their modules instead of
 * each importing the whole server again (the suite passes either way, in about
 * half the time this way). Mutants are switched on at run time, so a module
 * loaded once serves every mutant; mutants in code that runs only as a module
 * loads ("static") are left out by `ignoreStatic` (stryker.config.json).
 */
export const NOT_UNDER_MUTATION = [
  "test/graphiql-browser.test.ts",
  "test/hesabit-login-browser.test.ts",
  "test/hesabit-sandbox-login.test.ts",
  "test/hesabit-secrets.test.ts",
  "test/network-exposure.test.ts",
  "test/secrets.test.ts",
  "test/shutdown.test.ts",
  "test/start-command.test.ts",
  "test/state-dir.test.ts",
];

/**
 * A mutant's run ends at its first failure, so the files that failed last time
 * go first (they likely fail again for a neighbouring mutant), then the quick
 * ones (vitest's own order runs the slow ones first).
 */
class FailedThenQuickFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const keyOf = (file: TestSpecification) => `${file.project.name}:${relative(this.ctx.config.root, file.moduleId)}`;
    const rank = (file: TestSpecification) => {
      const results = cache.getFileTestResults(keyOf(file));
      const size = cache.getFileStats(keyOf(file))?.size ?? 0;
      return { failed: results?.failed ? 0 : 1, duration: results?.duration ?? size / 100 };
    };
    return [...files].sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      return ra.failed - rb.failed || ra.duration - rb.duration;
    });
  }
}

// One project, without the capture folder and the secrets sweep of `npm test`
// (vitest.config.ts): the sweep checks the whole suite's output, not a mutant.
const { projects: _projects, globalSetup: _globalSetup, ...shared } = base.test ?? {};

export default defineConfig({
  plugins: base.plugins,
  resolve: base.resolve,
  test: {
    ...shared,
    include: ["test/**/*.test.ts"],
    exclude: ["test/secrets-sweep/**", ...NOT_UNDER_MUTATION],
    isolate: false,
    sequence: { sequencer: FailedThenQuickFirst },
  },
});
