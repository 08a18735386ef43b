import type { GraphQLSchema } from "graphql";
import { badInput } from "./core/errors.js";
import type { Context } from "./context.js";
import { useTahesab } from "./context.js";

/**
 * `__resolveReference` for each entity (`@key`) type. References go through
 * the same per-request DataLoaders as queries, so `_entities` with 100
 * etiket references is one vendor call.
 */
export const referenceResolvers = {
  Customer: {
    // Keyed by vendor and code: the vendors' codes overlap ("1" is a customer in each).
    __resolveReference(reference: { vendor?: unknown; code?: unknown }, context: Context) {
      if (reference.vendor !== "TAHESAB") return null;
      const code = typeof reference.code === "string" && /^\d{1,15}$/.test(reference.code) ? reference.code : undefined;
      return code ? useTahesab(context).loaders.customer.load(code) : null;
    },
  },
  Etiket: {
    __resolveReference(reference: { code?: unknown }, context: Context) {
      const code = typeof reference.code === "string" && /^\d{1,15}$/.test(reference.code) ? reference.code : undefined;
      return code ? useTahesab(context).loaders.etiket.load(code) : null;
    },
  },
};

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
