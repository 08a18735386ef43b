/** A vendor listing by code range (Tahesab's from/to lists) over `codes`, recording each range asked. */
export function rangeVendor(codes: number[]) {
  const calls: Array<[number, number]> = [];
  return {
    calls,
    read: async (from: number, to: number) => {
      calls.push([from, to]);
      return codes.filter((c) => c >= from && c <= to);
    },
  };
}
