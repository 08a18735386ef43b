import { describe, expect, it } from "vitest";
import { pageByCodeRange } from "../../src/core/paging/code-range.js";
import { pageByOffset } from "../../src/core/paging/offset.js";
import { rangeVendor } from "../support/range-vendor.js";

/** A vendor list that records its calls; `extra` rows more than asked come back (a vendor ignoring the limit). */
function offsetVendor(rows: number, options: { total?: number; extra?: number } = {}) {
  const calls: Array<[number, number]> = [];
  return {
    calls,
    read: async (offset: number, limit: number) => {
      calls.push([offset, limit]);
      const end = Math.min(rows, offset + limit + (options.extra ?? 0));
      return { rows: Array.from({ length: Math.max(0, end - offset) }, (_, i) => `r${offset + i}`), total: options.total };
    },
  };
}

describe("offset paging at its boundaries", () => {
  it("exactly `first` rows in one call's reach: one extra row asked for, none there, no next page, and the end tells the total", async () => {
    const vendor = offsetVendor(10);
    const page = await pageByOffset(vendor.read, 0, 10, 100);
    expect(vendor.calls).toEqual([[0, 11]]);
    expect(page).toEqual({ items: Array.from({ length: 10 }, (_, i) => `r${i}`), hasNextPage: false, totalCount: 10 });
    const fromOffset = offsetVendor(10);
    expect(await pageByOffset(fromOffset.read, 4, 10, 100)).toMatchObject({ hasNextPage: false, totalCount: 10 });
  });

  it("`first` plus one row: the extra row is read but not shown, and says more follow", async () => {
    const vendor = offsetVendor(11);
    const page = await pageByOffset(vendor.read, 0, 10, 100);
    expect(page.items).toHaveLength(10);
    expect(page.items.at(-1)).toBe("r9");
    expect(page).toMatchObject({ hasNextPage: true, totalCount: null });
  });

  it("calls of exactly pageSize: the last call asks for what is left plus one", async () => {
    const vendor = offsetVendor(1000);
    await pageByOffset(vendor.read, 5, 20, 10);
    expect(vendor.calls).toEqual([[5, 10], [15, 10], [25, 1]]);
  });

  it("a vendor that answers more rows than asked: only the rows asked for are kept, and the next call starts after them", async () => {
    const vendor = offsetVendor(1000, { extra: 3 });
    const page = await pageByOffset(vendor.read, 0, 15, 10);
    expect(vendor.calls).toEqual([[0, 10], [10, 6]]);
    expect(page.items).toEqual(Array.from({ length: 15 }, (_, i) => `r${i}`));
    expect(page.hasNextPage).toBe(true);
  });

  it("a short answer ends the list: no further call, the rows there are", async () => {
    const vendor = offsetVendor(12);
    const page = await pageByOffset(vendor.read, 0, 30, 10);
    expect(vendor.calls).toEqual([[0, 10], [10, 10]]);
    expect(page).toEqual({ items: Array.from({ length: 12 }, (_, i) => `r${i}`), hasNextPage: false, totalCount: 12 });
  });

  it("with the vendor's total: never asked past it, and the page counts from the offset", async () => {
    const vendor = offsetVendor(1000, { total: 1000 });
    const page = await pageByOffset(vendor.read, 990, 10, 100);
    expect(vendor.calls).toEqual([[990, 11]]);
    expect(page).toMatchObject({ hasNextPage: false, totalCount: 1000 });
    expect(page.items).toHaveLength(10);

    const before = offsetVendor(1000, { total: 1000 });
    const short = await pageByOffset(before.read, 989, 10, 100);
    expect(short).toMatchObject({ hasNextPage: true, totalCount: 1000 });
  });

  it("with the vendor's total: the next calls ask exactly for what the page and the total leave", async () => {
    const vendor = offsetVendor(1000, { total: 1000 });
    await pageByOffset(vendor.read, 0, 25, 10);
    expect(vendor.calls).toEqual([[0, 10], [10, 10], [20, 5]]);
    const nearEnd = offsetVendor(23, { total: 23 });
    const page = await pageByOffset(nearEnd.read, 0, 25, 10);
    expect(nearEnd.calls).toEqual([[0, 10], [10, 10], [20, 3]]);
    expect(page).toMatchObject({ hasNextPage: false, totalCount: 23 });
    expect(page.items).toHaveLength(23);
  });

  it("a total of zero: one call, an empty page, the total said", async () => {
    const vendor = offsetVendor(0, { total: 0 });
    expect(await pageByOffset(vendor.read, 0, 10, 100)).toEqual({ items: [], hasNextPage: false, totalCount: 0 });
    expect(vendor.calls).toHaveLength(1);
  });

  it("first: 0 asks only whether anything is there", async () => {
    const vendor = offsetVendor(5);
    expect(await pageByOffset(vendor.read, 0, 0, 100)).toEqual({ items: [], hasNextPage: true, totalCount: null });
    expect(vendor.calls).toEqual([[0, 1]]);
  });
});

describe("code-range paging at its boundaries", () => {
  it("a small page starts with a window of 100 codes, and windows double: 100, 200, 400…", async () => {
    const vendor = rangeVendor([]);
    const page = await pageByCodeRange(vendor.read, 1, 1500, 5);
    expect(vendor.calls).toEqual([[1, 100], [101, 300], [301, 700], [701, 1500]]);
    expect(page).toEqual({ items: [], hasNextPage: false });
  });

  it("a page of 60 starts with 120 codes", async () => {
    const vendor = rangeVendor([]);
    await pageByCodeRange(vendor.read, 10, 129, 60);
    expect(vendor.calls).toEqual([[10, 129]]);
  });

  it("a range of one code is read once", async () => {
    const vendor = rangeVendor([7]);
    expect(await pageByCodeRange(vendor.read, 7, 7, 10)).toEqual({ items: [7], hasNextPage: false });
    expect(vendor.calls).toEqual([[7, 7]]);
  });

  it("an empty range (from past to) is not read at all", async () => {
    const vendor = rangeVendor([7]);
    expect(await pageByCodeRange(vendor.read, 8, 7, 10)).toEqual({ items: [], hasNextPage: false });
    expect(vendor.calls).toEqual([]);
  });

  it("stops once one item past the page is in hand, even mid-range", async () => {
    const vendor = rangeVendor(Array.from({ length: 500 }, (_, i) => i + 1));
    const page = await pageByCodeRange(vendor.read, 1, 100_000, 3);
    expect(vendor.calls).toEqual([[1, 100]]);
    expect(page).toEqual({ items: [1, 2, 3], hasNextPage: true });
  });

  it("exactly `first` items found in the first window: the next window is read to look for one more", async () => {
    const vendor = rangeVendor([1, 2, 3, 150]);
    const page = await pageByCodeRange(vendor.read, 1, 100_000, 3);
    expect(vendor.calls).toEqual([[1, 100], [101, 300]]);
    expect(page).toEqual({ items: [1, 2, 3], hasNextPage: true });
  });
});
