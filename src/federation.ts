import type { GraphQLSchema } from "graphql";
import { useVendor, type Context } from "./context.js";
import { badInput } from "./core/errors.js";
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
        __resolveReference(reference: Record<string, unknown>, context: Context) {
          const chosen =
            typeof reference.vendor === "string"
              ? candidates.find((c) => c.module.name === reference.vendor)
              : candidates.length === 1
                ? candidates[0]
                : undefined;
          return chosen ? chosen.resolve(useVendor(context, chosen.module), reference) : null;
        },
      },
    ]),
  );
}

/**
 * `_entities` takes as many references as a gateway sends; each may be a
 * vendor call (customers cannot be batched). Like every list argument, it is
 * held to HESABGRAPH_MAX_CODES.
 */
export function limitEntityReferences(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  const resolve = field?.resolve;
  if (!field || !resolve) return schema;
  field.resolve = (source, args: { representations?: unknown }, context: Context, info) => {
    const count = Array.isArray(args.representations) ? args.representations.length : 0;
    if (count > context.config.maxCodes) {
      throw badInput("representations", `may hold at most ${context.config.maxCodes} references; got ${count}`);
    }
    return resolve(source, args, context, info);
  };
  return schema;
}
