// Relay connections over vendors that page by offset (Hesabfa skip/take):
// the cursor is the row's position in the filtered list.
import { badInput } from "../src/core/errors.js";
import { pageByOffset, type OffsetSlice } from "../src/core/paging/offset.js";
import { cursor, type ConnectionShape } from "../schema/common/connection.js";

/** Where a page starts: 0, or just past the `after` cursor (BAD_USER_INPUT naming `after` for a cursor of another connection). */
export function offsetOf(after: string | null | undefined): number {
  if (!after) return 0;
  const position = cursor.decode(after);
  if (!position || !/^o\d{1,9}$/.test(position)) throw badInput("after", "is not a cursor of this connection");
  return Number(position.slice(1)) + 1;
}

/** One page of `first` rows from the `after` cursor on, read in vendor calls of at most `pageSize`. */
export async function offsetConnection<T>(
  read: (offset: number, limit: number) => Promise<OffsetSlice<T>>,
  args: { first: number; after?: string | null },
  pageSize: number,
): Promise<ConnectionShape<T>> {
  const offset = offsetOf(args.after);
  const page = await pageByOffset(read, offset, args.first, pageSize);
  const edges = page.items.map((node, i) => ({ cursor: cursor.encode(`o${offset + i}`), node }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
