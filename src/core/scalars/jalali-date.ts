import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { JalaliDay } from "../dates/jalali-day.js";

export { JalaliDay };

const problem = (value: unknown) => {
  const gregorian = typeof value === "string" && /^(19|20)\d\d[-/]/.test(value.trim());
  return (
    `JalaliDate must be a real Shamsi day written YYYY-MM-DD, years 1300 to 1499, such as 1403-08-06; got ${JSON.stringify(value)?.slice(0, 40)}` +
    (gregorian ? " (that looks like a Gregorian date)" : "")
  );
};

export const JalaliDateScalar = new GraphQLScalarType<JalaliDay, string>({
  name: "JalaliDate",
  description:
    "A day in the Shamsi (Jalali, solar hijri; تاریخ شمسی) calendar, written `YYYY-MM-DD`, e.g. `1403-08-06`. " +
    "Inputs may use Persian digits or `/`; invalid days (month 13, 1404-12-30 in a common year) and years outside 1300–1499 " +
    "(such as a Gregorian 2024-10-27 sent by mistake) are refused.",
  serialize(value) {
    if (value instanceof JalaliDay) return value.toString();
    if (typeof value === "string") {
      const day = JalaliDay.parse(value);
      if (day) return day.toString();
    }
    throw new GraphQLError(`Cannot serialize ${JSON.stringify(value)} as JalaliDate`);
  },
  parseValue(value) {
    const day = typeof value === "string" ? JalaliDay.parse(value) : undefined;
    if (!day) throw new GraphQLError(problem(value), { extensions: { code: "BAD_USER_INPUT" } });
    return day;
  },
  parseLiteral(ast) {
    const day = ast.kind === Kind.STRING ? JalaliDay.parse(ast.value) : undefined;
    if (!day) throw new GraphQLError(problem(ast.kind === Kind.STRING ? ast.value : ast.kind), { nodes: ast, extensions: { code: "BAD_USER_INPUT" } });
    return day;
  },
});
