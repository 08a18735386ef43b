import { toAsciiDigits } from "../../src/text/persian.js";
import type { TahesabClient } from "./client.js";
import { pageByCodeRange, type CodePage } from "./paging.js";
import { canonicalCode, recordList, str, type VendorRecord } from "./records.js";

/**
 * A customer as hesabgraph describes it (schema/customer/customer.type.ts).
 * Tahesab fills code, name, group, phone, mobile and address; the fields of
 * the other vendors are null.
 */
export interface CustomerRecord {
  vendor: "TAHESAB";
  code: string;
  name: string | null;
  group: string | null;
  phone: string | null;
  mobile: string | null;
  address: string | null;
  company: null;
  email: null;
  postalCode: null;
  nationalId: null;
  economicCode: null;
  registrationNumber: null;
}

/** Phone numbers typed in Persian digits (۰۹۳۵…) come out with ASCII digits. */
function phone(record: VendorRecord, key: string): string | null {
  const value = str(record, key);
  return value === null ? null : toAsciiDigits(value);
}

export function toCustomer(record: VendorRecord): CustomerRecord | undefined {
  const code = str(record, "Code");
  if (!code) return undefined;
  return {
    vendor: "TAHESAB",
    code,
    // Names are given as Tahesab stores them (possibly with Arabic ي/ك);
    // comparisons normalise both sides instead.
    name: str(record, "Name"),
    group: str(record, "GroupName"),
    phone: phone(record, "Tel"),
    mobile: phone(record, "Mobile"),
    address: str(record, "Address"),
    company: null,
    email: null,
    postalCode: null,
    nationalId: null,
    economicCode: null,
    registrationNumber: null,
  };
}

function customerList(payload: unknown): CustomerRecord[] {
  return recordList(payload)
    .map(toCustomer)
    .filter((c): c is CustomerRecord => c !== undefined)
    .sort((a, b) => Number(a.code) - Number(b.code));
}

/** Tahesab's customer (moshtari, حساب) commands. */
export class TahesabCustomers {
  constructor(private readonly client: TahesabClient) {}

  /** `DoListMoshtari [From_Code, To_Code]` (JSON numbers): every customer with from <= code <= to, in code order. */
  async byRange(from: number, to: number): Promise<CustomerRecord[]> {
    return customerList(await this.client.call("DoListMoshtari", [from, to]));
  }

  /** One page of a code range, optionally keeping only the customers `keep` accepts. */
  pageByRange(from: number, to: number, first: number, keep?: (c: CustomerRecord) => boolean): Promise<CodePage<CustomerRecord>> {
    return pageByCodeRange(async (start, end) => {
      const found = await this.byRange(start, end);
      return keep ? found.filter(keep) : found;
    }, from, to, first);
  }

  /** One customer: `DoListMoshtari [code, code]`; null when there is none. */
  async byCode(code: string): Promise<CustomerRecord | null> {
    const n = Number(code);
    const wanted = canonicalCode(code);
    return (await this.byRange(n, n)).find((c) => canonicalCode(c.code) === wanted) ?? null;
  }

  /**
   * `DoListMoshtari [Tel]`: the customers with this mobile. The seed: the
   * number goes without its leading zero, as a JSON number (9121234567).
   */
  async byMobile(mobileWithoutZero: number): Promise<CustomerRecord[]> {
    return customerList(await this.client.call("DoListMoshtari", [mobileWithoutZero]));
  }
}
