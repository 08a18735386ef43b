import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, Kind, type GraphQLFormattedError } from "graphql";
import { ErrorCode, HesabgraphError } from "./core/errors.js";
import { literalFieldOf } from "./literal-field.js";
import type { Logger } from "./core/logger.js";

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

function flatten(errors: ValidationErrorLike[], prefix = ""): Array<{ field: string; problems: string[] }> {
  return errors.flatMap((error) => {
    const field = prefix ? (/^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : `${prefix}.${error.property}`) : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * graphql-js reports a variable that fails coercion only in prose:
 * `Variable "$input" got invalid value 0 at "input.weight"; …` or
 * `…; Field "weight" of required type "Float!" was not provided.` (with or
 * without an `at "input.lines[2]"` before it). The path, down to the missing
 * field, is lifted into `extensions.field`, as for every other input error.
 */
function variableField(message: string): string | undefined {
  const at = /got invalid value .*? at "([^"]+)"/s.exec(message)?.[1] ?? /^Variable "\$([A-Za-z_]\w*)"/.exec(message)?.[1];
  const missing = /Field "([A-Za-z_]\w*)" of required type "[^"]+" was not provided/.exec(message)?.[1];
  if (at && missing) return `${at}.${missing}`;
  return at;
}

const VALUE_KINDS = new Set<string>([Kind.STRING, Kind.INT, Kind.FLOAT, Kind.BOOLEAN, Kind.NULL, Kind.ENUM, Kind.LIST, Kind.OBJECT]);

/**
 * A literal argument value that fails validation (`date: "1403-13-01"`,
 * `vendor: SEPIDAR` typed into the operation) is the same mistake as that
 * value sent in a variable, which graphql-js calls BAD_USER_INPUT: answer it
 * the same way, naming the argument, instead of GRAPHQL_VALIDATION_FAILED.
 */
function literalInputError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  if (formatted.extensions?.code !== "GRAPHQL_VALIDATION_FAILED" || !(error instanceof GraphQLError)) return undefined;
  const node = error.nodes?.[0];
  if (!node || !VALUE_KINDS.has(node.kind)) return undefined;
  let field = literalFieldOf(node);
  if (!field) return undefined;
  const missing = /^Field "(?:\w+\.)?(\w+)" of required type "[^"]+" was not provided/.exec(formatted.message)?.[1];
  if (missing) field = `${field}.${missing}`;
  return { ...formatted, extensions: { code: ErrorCode.BAD_USER_INPUT, field } };
}

/**
 * The last word on every error a client sees: vendor and input errors keep
 * their codes; class-validator failures are rewritten to name each field; any
 * error we did not anticipate is logged and masked (no stack, no internals).
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof HesabgraphError) {
      return { ...formatted, message: original.message, extensions: original.extensions };
    }
    const validationErrors = (formatted.extensions?.validationErrors ?? (original as any)?.extensions?.validationErrors) as
      | ValidationErrorLike[]
      | undefined;
    if (Array.isArray(validationErrors)) {
      const fields = flatten(validationErrors);
      const message = fields.map((f) => `Invalid value for "${f.field}": ${f.problems.join("; ")}`).join(". ");
      return {
        ...formatted,
        message: message || formatted.message,
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: fields[0]?.field, fields },
      };
    }
    const literal = literalInputError(formatted, original);
    if (literal) return literal;
    // Apollo's own refusals of a request (a persisted-query hash that does not
    // match its query, …) carry an HTTP 4xx but no code: the client's mistake, said as it is.
    const http = original instanceof GraphQLError ? (original.extensions?.http as { status?: number } | undefined) : undefined;
    if (original instanceof GraphQLError && !original.extensions?.code && http?.status && http.status >= 400 && http.status < 500) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.BAD_REQUEST } };
    }
    const code = formatted.extensions?.code;
    if (code && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
      if (code === ErrorCode.BAD_USER_INPUT && extensions.field === undefined) {
        const field = variableField(formatted.message);
        if (field) extensions.field = field;
      }
      return { ...formatted, extensions };
    }
    logger.error({ err: original }, "unexpected error in a resolver");
    return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
