// A Stryker ignorer: mutants inside a log call (`logger.warn({...}, "…")`,
// `this.logger.info(…)`) are not tested. A log line's wording and fields are
// for people reading logs, not behaviour a test should pin; what must never be
// logged (secrets) is pinned by the secrets tests, which read the real logs.
import { declareValuePlugin, PluginKind } from "@stryker-mutator/api/plugin";

const LEVELS = new Set(["trace", "debug", "info", "warn", "error", "fatal"]);

/** `logger`, `this.logger`, `hesabit.logger`, `this.options.logger`… */
function isLogger(node) {
  if (node.type === "Identifier") return node.name === "logger";
  if (node.type === "MemberExpression" && !node.computed && node.property.type === "Identifier") return node.property.name === "logger";
  return false;
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, "logging", {
    shouldIgnore(path) {
      const node = path.node;
      if (node.type !== "ExpressionStatement" || node.expression.type !== "CallExpression") return undefined;
      const callee = node.expression.callee;
      if (callee.type === "MemberExpression" && !callee.computed && callee.property.type === "Identifier" && LEVELS.has(callee.property.name) && isLogger(callee.object)) {
        return "A log line: its wording is for people, not behaviour (stryker/ignore-logging.mjs)";
      }
      return undefined;
    },
  }),
];
