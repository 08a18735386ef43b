/**
 * Paging over vendors that page by offset (Hesabit `limit`/`offset`, Hesabfa
 * `take`/`skip`). A page of any size is read in vendor calls of at most
 * `pageSize` rows, so a connection asked for 500 rows pages the vendor
 * underneath and never silently truncates.
 */
export interface OffsetSlice<T> {
  rows: T[];
  /** Rows in all after the vendor's filters, when the vendor says. */
  total?: number;
}

export interface OffsetPage<T> {
  items: T[];
  hasNextPage: boolean;
  /** Rows in all, when the vendor said. */
  totalCount: number | null;
}

/**
 * At most `first` rows from `offset` on. Without a total from the vendor, one
 * row past the page is read, so `hasNextPage` is never a guess; a call that
 * answers fewer rows than asked marks the end.
 */
export async function pageByOffset<T>(
  read: (offset: number, limit: number) => Promise<OffsetSlice<T>>,
  offset: number,
  first: number,
  pageSize: number,
): Promise<OffsetPage<T>> {
  const items: T[] = [];
  let total: number | undefined;
  let position = offset;
  for (;;) {
    const wanted = total === undefined ? first + 1 - items.length : Math.min(first - items.length, total - position);
    if (wanted <= 0) break;
    const limit = Math.min(pageSize, wanted);
    const slice = await read(position, limit);
    if (slice.total !== undefined) total = slice.total;
    items.push(...slice.rows.slice(0, limit));
    position += Math.min(slice.rows.length, limit);
    if (slice.rows.length < limit) {
      total ??= position;
      break;
    }
  }
  const hasNextPage = total !== undefined ? offset + Math.min(items.length, first) < total : items.length > first;
  return { items: items.slice(0, first), hasNextPage, totalCount: total ?? null };
}
