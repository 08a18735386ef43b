import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const problem = (value: unknown) =>
  `Rial must be a whole number of rials within ±9007199254740991; got ${JSON.stringify(value)?.slice(0, 40)}`;

function toRial(value: unknown): number | undefined {
  const n = typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value;
  return typeof n === "number" && Number.isSafeInteger(n) ? n : undefined;
}

/**
 * Money in Iranian rials (ریال). Amounts pass GraphQL's 32-bit `Int` easily, so
 * this scalar carries any safe integer (up to 2^53−1) as a JSON number; inputs
 * may also be strings of digits.
 */
export const RialScalar = new GraphQLScalarType<number, number>({
  name: "Rial",
  description:
    "An amount of money in Iranian rials (ریال), a whole number up to ±2^53−1, sent as a JSON number " +
    "(strings of digits are accepted on input). Never truncated to 32 bits.",
  serialize(value) {
    const n = toRial(value);
    if (n === undefined) throw new GraphQLError(`Cannot serialize ${JSON.stringify(value)} as Rial`);
    return n;
  },
  parseValue(value) {
    const n = toRial(value);
    if (n === undefined) throw new GraphQLError(problem(value), { extensions: { code: "BAD_USER_INPUT" } });
    return n;
  },
  parseLiteral(ast) {
    const n = ast.kind === Kind.INT || ast.kind === Kind.STRING ? toRial(ast.value) : undefined;
    if (n === undefined) throw new GraphQLError(problem("value" in ast ? ast.value : ast.kind), { nodes: ast, extensions: { code: "BAD_USER_INPUT" } });
    return n;
  },
});
