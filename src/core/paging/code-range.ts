/**
 * Paging over Tahesab's "from code to code" lists (DoListEtiket, DoListMoshtari).
 * Tahesab has no limit/offset: a page is read as code windows.
 */
export interface CodePage<T> {
  items: T[];
  hasNextPage: boolean;
}

/**
 * One page of at most `first` items with `from <= code <= to`, in code order.
 * Codes may be sparse, so the range is read in windows that double while they
 * come back thin: a page over 1..10^12 with three items takes a few dozen small
 * calls, not one enormous one. `read` may drop items (a filter): the windows
 * then simply go on until the page is full or the range is done. One item past
 * the page is read, so `hasNextPage` is never a guess.
 */
export async function pageByCodeRange<T>(
  read: (from: number, to: number) => Promise<T[]>,
  from: number,
  to: number,
  first: number,
): Promise<CodePage<T>> {
  const items: T[] = [];
  let start = from;
  let window = Math.max(first * 2, 100);
  while (start <= to && items.length <= first) {
    const end = Math.min(to, start + window - 1);
    items.push(...(await read(start, end)));
    start = end + 1;
    window *= 2;
  }
  return { items: items.slice(0, first), hasNextPage: items.length > first };
}
