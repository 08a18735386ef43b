import { blankCustomer, type CustomerRecord } from "../../src/core/customer.js";
import { pageByCodeRange, type CodePage } from "../../src/core/paging/code-range.js";
import { toAsciiDigits } from "../../src/core/text/persian.js";
import { customerRecord, readAnswer, records, type CustomerRow } from "./answers.js";
import type { TahesabClient } from "./client.js";
import { canonicalCode } from "./records.js";

/** Phone numbers typed in Persian digits (۰۹۳۵…) come out with ASCII digits. */
const phone = (value: string | null | undefined): string | null => (value ? toAsciiDigits(value) : null);

export function toCustomer(row: CustomerRow): CustomerRecord {
  return {
    ...blankCustomer("TAHESAB", row.Code),
    // Text is given as Tahesab stores it (often with Arabic ي/ك); comparisons normalise both sides.
    name: row.Name ?? null,
    group: row.GoroupName ?? row.GroupName ?? null,
    groupId: row.GID ?? null,
    phone: phone(row.Tel),
    mobile: phone(row.Mobile),
    address: row.Address ?? null,
    nationalId: row.CodeMelli ? toAsciiDigits(row.CodeMelli) : null,
    city: row.City ?? null,
    birthDate: row.BDate ?? null,
  };
}

const customerList = (payload: unknown): CustomerRecord[] =>
  readAnswer("DoListMoshtari", records(customerRecord), payload)
    .map(toCustomer)
    .sort((a, b) => Number(a.code) - Number(b.code));

/** Codes closer than this are read in one range, though the customers between them are not asked for. */
const MAX_GAP = 50;
/** No range read for a lookup spans more codes than this. */
const MAX_SPAN = 1000;

/** Sorted codes grouped into `[from, to]` ranges of neighbours (gaps up to MAX_GAP, spans up to MAX_SPAN). */
export function codeClusters(codes: number[]): Array<[number, number]> {
  const sorted = [...new Set(codes)].sort((a, b) => a - b);
  const ranges: Array<[number, number]> = [];
  for (const code of sorted) {
    const last = ranges.at(-1);
    if (last && code - last[1] <= MAX_GAP && code - last[0] < MAX_SPAN) last[1] = code;
    else ranges.push([code, code]);
  }
  return ranges;
}

/** The highest code Tahesab's account codes reach (nine digits). */
export const LAST_CODE = 999_999_999;

/** Tahesab's customer (moshtari, حساب) reads. */
export class TahesabCustomers {
  constructor(private readonly client: TahesabClient) {}

  /** `DoListMoshtari [From_Code, To_Code]` (JSON numbers): every customer with from <= code <= to, in code order. */
  async byRange(from: number, to: number): Promise<CustomerRecord[]> {
    return customerList(await this.client.read("DoListMoshtari", [from, to]));
  }

  /** One page of a code range, optionally keeping only the customers `keep` accepts. */
  pageByRange(from: number, to: number, first: number, keep?: (c: CustomerRecord) => boolean): Promise<CodePage<CustomerRecord>> {
    return pageByCodeRange(async (start, end) => {
      const found = await this.byRange(start, end);
      return keep ? found.filter(keep) : found;
    }, from, to, first);
  }

  /**
   * Customers by code, keyed by canonical code; unknown codes are absent.
   * Tahesab has no lookup by a list of codes, only ranges: nearby codes are
   * read as one `DoListMoshtari [from, to]` (customers 1 to 100: one call),
   * distant ones as ranges of their own, in parallel.
   */
  async byCodes(codes: readonly string[]): Promise<Map<string, CustomerRecord>> {
    const wanted = new Set(codes.map(canonicalCode));
    const ranges = codeClusters([...wanted].map(Number));
    const lists = await Promise.all(ranges.map(([from, to]) => this.byRange(from, to)));
    const found = new Map<string, CustomerRecord>();
    for (const customer of lists.flat()) {
      const key = canonicalCode(customer.code);
      if (wanted.has(key)) found.set(key, customer);
    }
    return found;
  }

  /**
   * `DoListMoshtari [Tel]`: the customers with this phone number (a mobile's
   * ten digits after the leading zero, "9121234567"). The seed: the number
   * goes without its leading zero, as a JSON number.
   */
  async byPhone(digits: string): Promise<CustomerRecord[]> {
    const withoutZero = digits.replace(/^0+/, "");
    if (!/^\d{1,15}$/.test(withoutZero)) return [];
    return customerList(await this.client.read("DoListMoshtari", [Number(withoutZero)]));
  }

  /** Every customer (one range over all codes): for the rare write that must know them all. */
  all(): Promise<CustomerRecord[]> {
    return this.byRange(1, LAST_CODE);
  }
}
