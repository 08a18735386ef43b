// Shared by the resolvers of Tahesab's "from code to code" connections
// (etiketsByCodeRange, tahesabCustomers): argument checks, cursors, and the
// Relay connection built from one page of datasources/tahesab/paging.ts.
import { badInput } from "../src/core/errors.js";
import { parseNumericCode } from "../src/core/validation/codes.js";
import { cursor, type ConnectionShape } from "../schema/common/connection.js";

export interface CodeRangeArgs {
  fromCode: string;
  toCode: string;
  after?: string | null;
}

export interface CodeRange {
  /** The range asked for. */
  from: number;
  to: number;
  /** Where this page starts: `from`, or just past the `after` cursor. */
  start: number;
}

/** Checks the range arguments (BAD_USER_INPUT naming `fromCode`, `toCode` or `after`). */
export function parseCodeRange(args: CodeRangeArgs): CodeRange {
  const from = parseNumericCode("fromCode", args.fromCode);
  const to = parseNumericCode("toCode", args.toCode);
  if (from > to) throw badInput("toCode", `must not be below fromCode (${from} > ${to})`);
  let start = from;
  if (args.after) {
    const position = cursor.decode(args.after);
    if (!position || !/^\d{1,15}$/.test(position)) throw badInput("after", "is not a cursor of this connection");
    start = Math.max(from, Number(position) + 1);
  }
  return { from, to, start };
}

/** A connection page whose cursors are the items' codes. */
export function codeRangeConnection<T extends { code: string }>(
  range: CodeRange,
  page: { items: T[]; hasNextPage: boolean },
): ConnectionShape<T> {
  const edges = page.items.map((node) => ({ cursor: cursor.encode(node.code), node }));
  return {
    edges,
    totalCount: null,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: range.start > range.from,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
