import { isUnionType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { useVendor, type Context } from "./context.js";
import { badInput, ErrorCode, HesabgraphError } from "./core/errors.js";
import type { ReferenceResolver, VendorModule } from "./core/vendor-module.js";
import { VENDOR_MODULES } from "./vendors.js";

type Candidate = { module: VendorModule; resolve: ReferenceResolver<any, any> };

/**
 * `__resolveReference` for each entity (`@key`) type, from the vendor modules
 * that resolve it. References go through the same per-request DataLoaders as
 * queries, so `_entities` with 100 etiket references is one vendor call. A
 * type several vendors share (Customer) is keyed by `vendor` as well.
 */
export function referenceResolvers(modules: readonly VendorModule[] = VENDOR_MODULES): Record<string, { __resolveReference: (reference: any, context: Context) => unknown }> {
  const byType = new Map<string, Candidate[]>();
  for (const module of modules) {
    for (const [type, resolve] of Object.entries(module.references ?? {})) {
      byType.set(type, [...(byType.get(type) ?? []), { module, resolve }]);
    }
  }
  return Object.fromEntries(
    [...byType].map(([type, candidates]) => [
      type,
      {
        // async: a reference that fails at once must fail as a promise, never as a throw in the
        // middle of @apollo/subgraph's map over the representations (see guardEntities).
        async __resolveReference(reference: Record<string, unknown>, context: Context) {
          if (candidates.length > 1 || "vendor" in reference) {
            const chosen = candidates.find((c) => c.module.name === reference.vendor);
            if (!chosen) {
              throw badInput("vendor", `must be one of ${candidates.map((c) => c.module.name).join(", ")}; got ${JSON.stringify(reference.vendor)?.slice(0, 40)}`);
            }
            return chosen.resolve(useVendor(context, chosen.module), reference);
          }
          return candidates[0].resolve(useVendor(context, candidates[0].module), reference);
        },
      },
    ]),
  );
}

/** A BAD_USER_INPUT about a reference's field, named from the top: `representations[2].code`. */
function located(error: unknown, at: string): Error {
  if (error instanceof HesabgraphError && error.code === ErrorCode.BAD_USER_INPUT && typeof error.details?.field === "string") {
    const inner = error.details.field;
    const field = `${at}.${inner}`;
    return new HesabgraphError(ErrorCode.BAD_USER_INPUT, error.message.replace(`"${inner}"`, `"${field}"`), { details: { ...error.details, field } });
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * `_entities`, made safe and bounded. @apollo/subgraph maps the
 * representations to lookups and throws on the first it cannot use: the
 * lookups already started then fail with nobody listening (an unhandled
 * rejection that ends the process) or reach the vendor after the answer was
 * sent. Here each representation is checked first and resolved on its own: a
 * bad one is BAD_USER_INPUT at its own index, the others are answered. Like
 * every list argument, `representations` is held to HESABGRAPH_MAX_CODES
 * (each may be a vendor call).
 */
export function guardEntities(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  const resolve = field?.resolve as GraphQLFieldResolver<unknown, Context> | undefined;
  const union = schema.getType("_Entity");
  if (!field || !resolve || !isUnionType(union)) return schema;
  const entityTypes = union.getTypes().map((type) => type.name);
  field.resolve = (source, args: { representations?: unknown }, context: Context, info) => {
    const representations = Array.isArray(args.representations) ? args.representations : [];
    if (representations.length > context.config.maxCodes) {
      throw badInput("representations", `may hold at most ${context.config.maxCodes} references (HESABGRAPH_MAX_CODES); got ${representations.length}`);
    }
    return representations.map((representation: unknown, index) => {
      const at = `representations[${index}]`;
      if (!representation || typeof representation !== "object" || Array.isArray(representation)) {
        return badInput(at, "must be an object with __typename and the type's key fields");
      }
      const typename = (representation as { __typename?: unknown }).__typename;
      if (typeof typename !== "string" || !entityTypes.includes(typename)) {
        return badInput(`${at}.__typename`, `must name an entity type of this graph (${entityTypes.join(", ")}); got ${JSON.stringify(typename)?.slice(0, 40)}`);
      }
      try {
        const [value] = resolve(source, { representations: [representation] }, context, info) as unknown[];
        return Promise.resolve(value).catch((error: unknown) => located(error, at));
      } catch (error) {
        return located(error, at);
      }
    });
  };
  return schema;
}
