import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { toDecimalAmount, toWholeAmount } from "../money.js";

const exampleRial = "e.g. \"400350000\" or \"-1250\"";

/**
 * Money in Iranian rials (ریال), exact at any size. Written as a JSON string
 * of digits: a JSON number loses whole rials past 2^53 in every JavaScript
 * client, and totals of a busy shop get there.
 */
export const RialScalar = new GraphQLScalarType<string, string>({
  name: "Rial",
  description:
    "An amount of money in Iranian rials (ریال): a whole number of any size, written as a JSON string of digits with an optional " +
    `minus sign (${exampleRial}), so it stays exact in every client. Inputs may also be JSON integers up to 2^53−1, or strings ` +
    "with Persian digits or thousands separators.",
  serialize(value) {
    const amount = toWholeAmount(value);
    if (amount === undefined) throw new GraphQLError(`Cannot serialize ${String(value).slice(0, 40)} as Rial`);
    return amount;
  },
  parseValue(value) {
    const amount = typeof value === "string" || typeof value === "number" ? toWholeAmount(value) : undefined;
    if (amount === undefined) {
      throw new GraphQLError(`Rial must be a whole number of rials as a string of digits (${exampleRial}) or a JSON integer up to 2^53−1; got ${JSON.stringify(value)?.slice(0, 40)}`, {
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    return amount;
  },
  parseLiteral(ast) {
    const amount = ast.kind === Kind.INT || ast.kind === Kind.STRING ? toWholeAmount(ast.value) : undefined;
    if (amount === undefined) {
      throw new GraphQLError(`Rial must be a whole number of rials, written "400350000"; got ${"value" in ast ? String(ast.value).slice(0, 40) : ast.kind}`, {
        nodes: ast,
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    return amount;
  },
});

/**
 * An exact decimal amount (money in a currency with decimals, such as a
 * Hesabfa business's), written as a JSON string.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: "Decimal",
  description:
    'An exact decimal number, written as a JSON string ("1250000", "-12.5", "0.75"), so no digit is lost in any client. ' +
    "Inputs may also be JSON numbers up to 2^53−1.",
  serialize(value) {
    const amount = toDecimalAmount(value);
    if (amount === undefined) throw new GraphQLError(`Cannot serialize ${String(value).slice(0, 40)} as Decimal`);
    return amount;
  },
  parseValue(value) {
    const amount = typeof value === "string" || typeof value === "number" ? toDecimalAmount(value) : undefined;
    if (amount === undefined) {
      throw new GraphQLError(`Decimal must be a decimal number such as "12.5"; got ${JSON.stringify(value)?.slice(0, 40)}`, { extensions: { code: "BAD_USER_INPUT" } });
    }
    return amount;
  },
  parseLiteral(ast) {
    const amount = ast.kind === Kind.INT || ast.kind === Kind.FLOAT || ast.kind === Kind.STRING ? toDecimalAmount(ast.value) : undefined;
    if (amount === undefined) {
      throw new GraphQLError(`Decimal must be a decimal number such as "12.5"; got ${"value" in ast ? String(ast.value).slice(0, 40) : ast.kind}`, {
        nodes: ast,
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    return amount;
  },
});
