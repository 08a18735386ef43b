import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, OperationTypeNode, type FieldNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from "graphql";
import type { Config } from "./config.js";
import type { Context } from "./context.js";
import { ErrorCode } from "./core/errors.js";
import type { CostRule } from "./cost.js";
import type { Metrics } from "./observability/metrics.js";

/**
 * Checks on an operation once it is parsed, validated and its variables are
 * known, and before anything runs — so a refused operation costs no vendor
 * call: what the caller's key may do, page sizes, the operation's cost, and
 * idempotency keys on writes.
 */
export interface GuardOptions {
  config: Config;
  schema: GraphQLSchema;
  rule: CostRule;
  metrics: Metrics;
}

function refusal(message: string, code: ErrorCode, status: number, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status } } });
}

/** The root fields of an operation, through inline fragments and fragment spreads. */
function rootFields(selections: SelectionSetNode, fragments: Record<string, { selectionSet: SelectionSetNode }>): FieldNode[] {
  return selections.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments);
    const fragment = fragments[selection.name.value];
    return fragment ? rootFields(fragment.selectionSet, fragments) : [];
  });
}

/** Whether the field node gives `idempotencyKey` a value (a literal, or a variable holding one). */
function hasKey(field: FieldNode, variables: Record<string, unknown> | undefined): boolean {
  const argument = field.arguments?.find((a) => a.name.value === "idempotencyKey");
  if (!argument) return false;
  const value = argument.value;
  if (value.kind === Kind.VARIABLE) {
    const given = variables?.[value.name.value];
    return typeof given === "string" && given.trim() !== "";
  }
  return value.kind === Kind.STRING && value.value.trim() !== "";
}

export function operationGuard({ config, schema, rule, metrics }: GuardOptions): ApolloServerPlugin<Context> {
  const mutationFields = schema.getMutationType()?.getFields() ?? {};
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          if (!operation) return;
          const variables = request.variables ?? undefined;
          const name = operation.name?.value ?? request.operationName ?? undefined;
          if (operation.operation === OperationTypeNode.MUTATION && contextValue.caller.access !== "read-write") {
            throw refusal(
              `This API key (${contextValue.caller.keyName ?? "?"}) may only read: mutations need a key whose access is read-write.`,
              ErrorCode.FORBIDDEN,
              403,
            );
          }
          let pages: ReturnType<CostRule["pages"]>;
          let cost: number;
          try {
            pages = rule.pages(document, variables, name);
            cost = rule.cost(document, variables, name);
          } catch {
            // Variables that do not fit their types: execution refuses them (BAD_USER_INPUT,
            // naming the variable) before any resolver runs, so nothing can reach a vendor.
            return;
          }
          for (const page of pages) {
            if (page.rows > config.maxPageSize) {
              throw refusal(
                `${page.field}(${page.argument}: ${page.rows}) asks for more rows than this server allows in one page: at most ${config.maxPageSize} (HESABGRAPH_MAX_PAGE_SIZE). Ask for fewer and page on with \`after\`.`,
                ErrorCode.BAD_USER_INPUT,
                400,
                { field: page.argument },
              );
            }
          }
          contextValue.cost = cost;
          if (cost > config.maxCost) {
            throw refusal(
              `This operation would cost ${cost} points, more than this server allows in one operation: ${config.maxCost} (HESABGRAPH_MAX_COST). ` +
                "Each vendor lookup costs 10, multiplied by the rows it runs for (page sizes and code counts): ask for smaller pages or fewer codes, or split the operation.",
              ErrorCode.COST_LIMIT_EXCEEDED,
              400,
              { cost, maxCost: config.maxCost, variable: "HESABGRAPH_MAX_COST" },
            );
          }
          if (operation.operation === OperationTypeNode.MUTATION) checkIdempotencyKeys(operation, document.definitions, variables);
        },
      };
    },
  };

  function checkIdempotencyKeys(operation: OperationDefinitionNode, definitions: readonly unknown[], variables: Record<string, unknown> | undefined): void {
    const fragments = Object.fromEntries(
      (definitions as Array<{ kind: string; name?: { value: string }; selectionSet?: SelectionSetNode }>)
        .filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name!.value, { selectionSet: d.selectionSet! }]),
    );
    for (const field of rootFields(operation.selectionSet, fragments)) {
      const definition = mutationFields[field.name.value];
      if (!definition?.args.some((a) => a.name === "idempotencyKey") || hasKey(field, variables)) continue;
      metrics.writeWithoutKey(field.name.value, config.requireIdempotencyKey ? "refused" : "sent");
      if (config.requireIdempotencyKey) {
        throw refusal(
          `${field.name.value} needs an idempotencyKey on this server (HESABGRAPH_REQUIRE_IDEMPOTENCY_KEY=1): send a new unique key (a UUID) with each write, and the same key again when you retry it.`,
          ErrorCode.BAD_USER_INPUT,
          400,
          { field: "idempotencyKey" },
        );
      }
    }
  }
}
