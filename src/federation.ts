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
