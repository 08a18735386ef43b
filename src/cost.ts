import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { getNamedType, getNullableType, isLeafType, isListType, type DocumentNode, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";

/**
 * The cost of an operation, worked out before it runs (graphql-query-complexity
 * walks the operation, fragments and @skip/@include included, with the
 * variables' values; the rule below prices each field):
 *
 * - a field that reaches a vendor costs VENDOR_FIELD: every Query and
 *   Mutation field, and every field resolver that needs the request's
 *   context (only those can reach a datasource: `Customer.balance`,
 *   `Etiket.image`, `Item.stock`…); an object field resolved locally costs
 *   LOCAL_OBJECT, a scalar nothing;
 * - what a field selects is multiplied by how many rows it may answer: its
 *   page size (`first`, `last`), else its longest list argument (`codes`,
 *   `customerCodes`, `epcs`, `representations`…), else, for a vendor field
 *   answering a list of unstated length, UNSTATED_LIST.
 *
 * So `tahesabCustomers(first: 500) { edges { node { balance { money } } } }`
 * costs 10 + 500 × (1 + 1 + 10) = 6010. It is an upper bound: batched
 * lookups cost fewer calls than it counts, never more.
 */
export const VENDOR_FIELD = 10;
export const LOCAL_OBJECT = 1;
export const UNSTATED_LIST = 50;

const ROOTS = new Set(["Query", "Mutation"]);
/** Root fields that are not vendor calls. */
const LOCAL_ROOT_FIELDS = new Set(["_service", "__typename", "__schema", "__type"]);

/** `Type.field` of every field resolver that takes the request's context (type-graphql's metadata). */
function contextFieldResolvers(): Set<string> {
  const storage = getMetadataStorage();
  const withContext = new Map<Function, Set<string>>();
  for (const param of storage.params) {
    if (param.kind !== "context") continue;
    if (!withContext.has(param.target)) withContext.set(param.target, new Set());
    withContext.get(param.target)!.add(param.methodName);
  }
  const typeNames = new Map<Function, string>([...storage.objectTypes, ...storage.interfaceTypes].map((type) => [type.target, type.name]));
  const coordinates = new Set<string>();
  for (const resolver of storage.fieldResolvers) {
    if (!withContext.get(resolver.target)?.has(resolver.methodName)) continue;
    const objectClass = resolver.getObjectType?.() ?? resolver.resolverClassMetadata?.getObjectType();
    const typeName = objectClass && typeNames.get(objectClass as Function);
    if (typeName) coordinates.add(`${typeName}.${resolver.schemaName}`);
  }
  return coordinates;
}

/** How many rows a field may answer, as its arguments say; undefined when they do not. */
function statedRows(args: Record<string, unknown>): number | undefined {
  for (const name of ["first", "last"]) {
    const value = args[name];
    if (typeof value === "number" && Number.isFinite(value)) return Math.max(0, value);
  }
  let longest: number | undefined;
  for (const value of Object.values(args)) if (Array.isArray(value)) longest = Math.max(longest ?? 0, value.length);
  return longest;
}

export interface CostRule {
  /** The cost of `document`'s operation `operationName` with `variables`. */
  cost(document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined): number;
  /** Page sizes (`first`/`last`) the operation asks for, largest first, with the field that asks. */
  pages(document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined): Array<{ field: string; argument: string; rows: number }>;
}

export function costRule(schema: GraphQLSchema): CostRule {
  const vendorFields = contextFieldResolvers();
  const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
    const vendor = ROOTS.has(type.name) ? !LOCAL_ROOT_FIELDS.has(field.name) : vendorFields.has(`${type.name}.${field.name}`);
    const own = vendor ? VENDOR_FIELD : isLeafType(getNamedType(field.type)) ? 0 : LOCAL_OBJECT;
    const rows = statedRows(args) ?? (vendor && isListType(getNullableType(field.type)) ? UNSTATED_LIST : 1);
    return own + rows * childComplexity;
  };
  return {
    cost: (query, variables, operationName) => getComplexity({ schema, query, variables, operationName, estimators: [estimator] }),
    pages(query, variables, operationName) {
      const found: Array<{ field: string; argument: string; rows: number }> = [];
      const pageEstimator: ComplexityEstimator = ({ field, args }) => {
        for (const argument of ["first", "last"]) {
          const rows = args[argument];
          if (typeof rows === "number") found.push({ field: field.name, argument, rows });
        }
        return 0;
      };
      getComplexity({ schema, query, variables, operationName, estimators: [pageEstimator] });
      return found.sort((a, b) => b.rows - a.rows);
    },
  };
}
