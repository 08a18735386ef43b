import swc from "unplugin-swc";
import { defineConfig } from "vitest/config";

// esbuild (vitest's default transform) emits no decorator metadata, which
// type-graphql needs; swc does. The graphql alias keeps one copy of graphql's
// module realm under vitest ("Cannot use GraphQLObjectType from another module").
export default defineConfig({
  plugins: [swc.vite({ module: { type: "es6" } })],
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    fileParallelism: true,
    maxWorkers: 2,
  },
});
