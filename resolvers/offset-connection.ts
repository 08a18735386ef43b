// Relay connections over vendors that page by offset (Hesabit limit/offset,
// Hesabfa skip/take): the cursor is the row's position in the vendor's
// (filtered) list, and a page of any size is read underneath by
// src/core/paging/offset.ts.
import { badInput } from "../src/core/errors.js";
import { pageByOffset, type OffsetPage, type OffsetSlice } from "../src/core/paging/offset.js";
import { cursor, type ConnectionShape } from "../schema/common/connection.js";

/** Where a page starts: 0, or just past the row the `after` cursor names (BAD_USER_INPUT naming `after` for a cursor of another connection). */
export function offsetOf(after: string | null | undefined): number {
  if (!after) return 0;
  const position = cursor.decode(after);
  const match = position === undefined ? null : /^o(\d{1,9})$/.exec(position);
  if (!match) throw badInput("after", "is not a cursor of this connection");
  return Number(match[1]) + 1;
}

/** The connection of one page read from `start`: cursors are the rows' positions. */
export function pageConnection<T>(start: number, page: OffsetPage<T>): ConnectionShape<T> {
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

/** One page of `first` rows from the `after` cursor on, read in vendor calls of at most `pageSize`. */
export async function offsetConnection<T>(
  read: (offset: number, limit: number) => Promise<OffsetSlice<T>>,
  args: { first: number; after?: string | null },
  pageSize: number,
): Promise<ConnectionShape<T>> {
  const offset = offsetOf(args.after);
  return pageConnection(offset, await pageByOffset(read, offset, args.first, pageSize));
}
