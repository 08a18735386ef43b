import { z } from "zod";
import { integer } from "./fields.js";

/** A list answer `{TotalCount, FilteredCount, From, To, List}` of `row`. */
export function listOf<T extends z.ZodTypeAny>(row: T) {
  return z.looseObject({
    TotalCount: integer,
    FilteredCount: integer,
    List: z.array(row),
  });
}

/** `items` in runs of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const runs: T[][] = [];
  for (let i = 0; i < items.length; i += size) runs.push(items.slice(i, i + size));
  return runs;
}
