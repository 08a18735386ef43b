// Shared by the resolvers of connections over vendors that page by offset
// (Hesabit limit/offset): the `after` cursor, and the Relay connection built
// from one page of src/core/paging/offset.ts.
import type { OffsetPage } from "../src/core/paging/offset.js";
import { badInput } from "../src/core/errors.js";
import { cursor, type ConnectionShape } from "../schema/common/connection.js";

/** Where a page starts: 0, or just past the row the `after` cursor names. */
export function offsetAfter(after: string | null | undefined): number {
  if (!after) return 0;
  const position = cursor.decode(after);
  const match = position === undefined ? null : /^o(\d{1,9})$/.exec(position);
  if (!match) throw badInput("after", "is not a cursor of this connection");
  return Number(match[1]) + 1;
}

/** A connection page whose cursors are the rows' positions in the vendor's list. */
export function offsetConnection<T>(start: number, page: OffsetPage<T>): ConnectionShape<T> {
  const edges = page.items.map((node, index) => ({ cursor: cursor.encode(`o${start + index}`), node }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
