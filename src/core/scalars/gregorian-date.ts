import { GraphQLDate, GraphQLDateTime } from "graphql-scalars";
import { JalaliDay } from "../dates/jalali-day.js";

/** `Date`: an ISO-8601 Gregorian day (`2024-10-27`), graphql-scalars' well-known scalar. */
export const GregorianDateScalar = GraphQLDate;

/** `DateTime`: an ISO-8601 instant with its offset (`2024-10-27T14:03:00+03:30`), graphql-scalars' well-known scalar. */
export const DateTimeScalar = GraphQLDateTime;

/** The Gregorian twin of a Shamsi day as hesabgraph writes it (`1403-08-06` → `2024-10-27`); null stays null. */
export function gregorianOf(shamsi: string | null | undefined): string | null {
  if (!shamsi) return null;
  return JalaliDay.parse(shamsi)?.toGregorianIso() ?? null;
}
