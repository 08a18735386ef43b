import swc from "unplugin-swc";
import { defineConfig } from "vitest/config";

// esbuild (vitest's default transform) emits no decorator metadata, which
// type-graphql needs; swc does. The graphql alias keeps one copy of graphql's
// module realm under vitest ("Cannot use GraphQLObjectType from another module").
export default defineConfig({
  plugins: [swc.vite({ module: { type: "es6" } })],
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    fileParallelism: true,
    maxWorkers: 2,
    // A fresh folder where every test process records what its servers wrote (test/support/capture.ts).
    globalSetup: ["test/support/global-setup.ts"],
    projects: [
      {
        extends: true,
        test: { name: "suite", include: ["test/**/*.test.ts"], exclude: ["test/secrets-sweep/**"], setupFiles: ["test/support/flush-capture.ts"], sequence: { groupOrder: 0 } },
      },
      // After everything else: no planted secret in anything the suite's servers wrote.
      { extends: true, test: { name: "secrets-sweep", include: ["test/secrets-sweep/**/*.test.ts"], sequence: { groupOrder: 1 } } },
    ],
  },
});
