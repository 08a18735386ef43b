import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import type { NextFunction, Request, Response } from "express";
import { ErrorCode } from "./core/errors.js";
import { GraphQLError, OperationTypeNode, type ValidationContext, type ValidationRule } from "graphql";

/**
 * Limits on what one operation may ask, checked before anything runs, so a
 * request the server will not serve costs no vendor call and is answered as
 * the client's mistake (4xx, a code and a sentence), never as a crash.
 */

/**
 * graphql-armor throws its rejection out of validation by default, which
 * Apollo answers with a 500; reported instead, it is a plain validation error
 * (400, GRAPHQL_VALIDATION_FAILED). Its "Syntax Error: " prefix is dropped:
 * the operation parses fine, it is only too big.
 */
const reportLimit = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, "").replace(/\.?$/, " (HESABGRAPH_MAX_ALIASES).")))],
};

/** Each alias may be a vendor call: at most `max` of them (HESABGRAPH_MAX_ALIASES). */
export function aliasLimit(max: number): ValidationRule {
  return maxAliasesRule({ n: max, ...reportLimit });
}

/**
 * Subscriptions are not served over HTTP here. Without this rule a
 * `subscription` operation passes validation and fails in execution with an
 * error that reads as the server's fault.
 */
export const NoSubscriptionsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === OperationTypeNode.SUBSCRIPTION) {
      context.reportError(new GraphQLError("Subscription operations are not served by this server; use a query or a mutation.", { nodes: node }));
    }
  },
});

/** Deepest nesting of braces, brackets and parentheses one operation may use. */
export const MAX_NESTING = 64;

/**
 * How deeply the text nests `{`, `[` and `(`, outside strings and comments.
 * graphql-js parses by recursion: a few thousand levels overflow the stack
 * ("Maximum call stack size exceeded"), so the depth is measured first, in one
 * cheap pass over the text.
 */
export function nestingDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "#") {
      while (i < source.length && source[i] !== "\n" && source[i] !== "\r") i++;
    } else if (c === '"') {
      if (source.startsWith('"""', i)) {
        // A block string ends at the first """ not escaped as \""".
        let end = source.indexOf('"""', i + 3);
        while (end > 0 && source[end - 1] === "\\") end = source.indexOf('"""', end + 3);
        i = end < 0 ? source.length : end + 2;
      } else {
        for (i++; i < source.length && source[i] !== '"' && source[i] !== "\n"; i++) if (source[i] === "\\") i++;
      }
    } else if (c === "{" || c === "[" || c === "(") {
      deepest = Math.max(deepest, ++depth);
    } else if (c === "}" || c === "]" || c === ")") {
      depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}

/** Express middleware: refuses an operation nested deeper than `max` before it is parsed. */
export function nestingGuard(max = MAX_NESTING) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const query = request.method === "GET" ? request.query.query : (request.body as { query?: unknown } | undefined)?.query;
    if (typeof query === "string" && nestingDepth(query) > max) {
      response.status(400).json({
        errors: [{ message: `The operation nests deeper than ${max} levels of braces, brackets or parentheses; no operation of this graph needs that.`, extensions: { code: ErrorCode.GRAPHQL_PARSE_FAILED } }],
      });
      return;
    }
    next();
  };
}

/** Most tokens one operation may hold (graphql-js `maxTokens`): bounds the cost of parsing. */
export const MAX_TOKENS = 50_000;
