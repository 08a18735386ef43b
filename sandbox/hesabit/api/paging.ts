// limit / offset / page on the list endpoints. The seed: "by default the last
// 10 are returned; this can be set up to 100 records"; offset is "where the
// records start"; page "is used for paging". Above 100 the simulator clamps
// silently, as CakePHP's paginator does with maxLimit (Hesabit's ids show it
// runs on CakePHP): a client asking 500 gets 100 and must page on. Values that
// are not whole numbers in range are refused, so a client bug shows up.
import { apiError, type Reply } from "../replies.js";

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

export interface Window {
  start: number;
  limit: number;
}

function wholeNumber(query: Record<string, string>, name: string, min: number): number | undefined | Reply {
  const raw = query[name];
  if (raw === undefined || raw === "") return undefined;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < min) {
    return apiError(400, `${name} must be an integer of at least ${min}`, { [name]: [`must be an integer of at least ${min}`] });
  }
  return Number(raw);
}

/** Both offset and page may be given: the window starts at offset + (page - 1) * limit. */
export function readWindow(query: Record<string, string>): Window | Reply {
  const limit = wholeNumber(query, "limit", 1);
  if (typeof limit === "object") return limit;
  const offset = wholeNumber(query, "offset", 0);
  if (typeof offset === "object") return offset;
  const page = wholeNumber(query, "page", 1);
  if (typeof page === "object") return page;
  const size = Math.min(limit ?? DEFAULT_LIMIT, MAX_LIMIT);
  return { start: (offset ?? 0) + ((page ?? 1) - 1) * size, limit: size };
}

export function slice<T>(rows: readonly T[], window: Window): T[] {
  return rows.slice(window.start, window.start + window.limit);
}
