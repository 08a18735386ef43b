import { describe, expect, it } from "vitest";
import { pageByCodeRange } from "../src/core/paging/code-range.js";
import { pageByOffset } from "../src/core/paging/offset.js";
import { rangeVendor } from "./support/range-vendor.js";

/** A vendor list of `rows` rows, recording each call. */
function offsetVendor(rows: number, options: { total?: boolean } = {}) {
  const calls: Array<[number, number]> = [];
  const all = Array.from({ length: rows }, (_, i) => i);
  return {
    calls,
    read: async (offset: number, limit: number) => {
      calls.push([offset, limit]);
      return { rows: all.slice(offset, offset + limit), total: options.total ? rows : undefined };
    },
  };
}

describe("offset paging (Hesabit limit/offset, Hesabfa skip/take)", () => {
  it("250 rows of a vendor without totals: three calls of at most 100, one row past the page to know there is more", async () => {
    const vendor = offsetVendor(1000);
    const page = await pageByOffset(vendor.read, 0, 250, 100);
    expect(vendor.calls).toEqual([[0, 100], [100, 100], [200, 51]]);
    expect(page.items).toHaveLength(250);
    expect(page.items[0]).toBe(0);
    expect(page.items[249]).toBe(249);
    expect(page).toMatchObject({ hasNextPage: true, totalCount: null });
  });

  it("exactly `first` rows left: the page is full and says nothing follows", async () => {
    const vendor = offsetVendor(250);
    const page = await pageByOffset(vendor.read, 0, 250, 100);
    expect(page.items).toHaveLength(250);
    expect(page.hasNextPage).toBe(false);
    expect(vendor.calls).toEqual([[0, 100], [100, 100], [200, 51]]);
  });

  it("one row more than `first`: hasNextPage", async () => {
    const page = await pageByOffset(offsetVendor(251).read, 0, 250, 100);
    expect(page.items).toHaveLength(250);
    expect(page.hasNextPage).toBe(true);
  });

  it("from an offset, fewer rows than asked: the rows there are, no next page", async () => {
    const vendor = offsetVendor(130);
    const page = await pageByOffset(vendor.read, 100, 50, 100);
    expect(page.items).toEqual(Array.from({ length: 30 }, (_, i) => 100 + i));
    expect(page.hasNextPage).toBe(false);
    expect(vendor.calls).toEqual([[100, 51]]);
  });

  it("a vendor that gives its total (Hesabfa FilteredCount) is never asked past it", async () => {
    const vendor = offsetVendor(1000, { total: true });
    const page = await pageByOffset(vendor.read, 900, 200, 100);
    expect(vendor.calls).toEqual([[900, 100]]);
    expect(page).toMatchObject({ hasNextPage: false, totalCount: 1000 });
    expect(page.items).toHaveLength(100);
    const middle = await pageByOffset(offsetVendor(1000, { total: true }).read, 0, 150, 100);
    expect(middle).toMatchObject({ hasNextPage: true, totalCount: 1000 });
    expect(middle.items).toHaveLength(150);
  });

  it("an offset past the end: an empty page", async () => {
    const page = await pageByOffset(offsetVendor(10).read, 10, 5, 100);
    expect(page).toMatchObject({ items: [], hasNextPage: false });
  });
});

describe("code-range paging (Tahesab from/to lists)", () => {
  it("exactly `first` items: a full page, and one item past it is looked for", async () => {
    const vendor = rangeVendor(Array.from({ length: 10 }, (_, i) => i + 1));
    const page = await pageByCodeRange(vendor.read, 1, 1000, 10);
    expect(page.items).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(page.hasNextPage).toBe(false);
  });

  it("one more than `first`: hasNextPage, the page holds `first`", async () => {
    const page = await pageByCodeRange(rangeVendor(Array.from({ length: 11 }, (_, i) => i + 1)).read, 1, 1000, 10);
    expect(page.items).toHaveLength(10);
    expect(page.hasNextPage).toBe(true);
  });

  it("sparse codes: windows double while they come back thin, and stop at the range's end", async () => {
    const vendor = rangeVendor([5, 1_000, 50_000]);
    const page = await pageByCodeRange(vendor.read, 1, 100_000, 10);
    expect(page.items).toEqual([5, 1_000, 50_000]);
    expect(vendor.calls[0]).toEqual([1, 100]);
    expect(vendor.calls[1]).toEqual([101, 300]);
    expect(vendor.calls[2]).toEqual([301, 700]);
    expect(vendor.calls.at(-1)![1]).toBe(100_000);
    for (let i = 1; i < vendor.calls.length; i++) expect(vendor.calls[i][0]).toBe(vendor.calls[i - 1][1] + 1);
  });

  it("the first window is at least twice the page", async () => {
    const vendor = rangeVendor([]);
    await pageByCodeRange(vendor.read, 1, 10_000, 200);
    expect(vendor.calls[0]).toEqual([1, 400]);
  });
});
