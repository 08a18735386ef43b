import { blankCustomer, type CustomerRecord } from "../../src/core/customer.js";
import { badInput, ErrorCode } from "../../src/core/errors.js";
import { normalisePersian, toAsciiDigits } from "../../src/core/text/persian.js";
import { tahesabError, type TahesabClient } from "./client.js";
import type { ExactlyOnce, ExactlyOnceOutcome } from "../../src/core/exactly-once.js";
import { pageByCodeRange, type CodePage } from "../../src/core/paging/code-range.js";
import { canonicalCode, recordList, str, type VendorRecord } from "./records.js";

/** Phone numbers typed in Persian digits (۰۹۳۵…) come out with ASCII digits. */
function phone(record: VendorRecord, key: string): string | null {
  const value = str(record, key);
  return value === null ? null : toAsciiDigits(value);
}

export function toCustomer(record: VendorRecord): CustomerRecord | undefined {
  const code = str(record, "Code");
  if (!code) return undefined;
  return {
    ...blankCustomer("TAHESAB", code),
    // Names are given as Tahesab stores them (possibly with Arabic ي/ك);
    // comparisons normalise both sides instead.
    name: str(record, "Name"),
    group: str(record, "GroupName"),
    phone: phone(record, "Tel"),
    mobile: phone(record, "Mobile"),
    address: str(record, "Address"),
  };
}

function customerList(payload: unknown): CustomerRecord[] {
  return recordList(payload)
    .map(toCustomer)
    .filter((c): c is CustomerRecord => c !== undefined)
    .sort((a, b) => Number(a.code) - Number(b.code));
}

/** A new Tahesab customer, as DoNewMoshtari takes it. */
export interface NewCustomer {
  name: string;
  group: string;
  /** The mobile's ten digits after the leading zero (9121234567), or null. */
  mobile: string | null;
  /** Any other phone number, digits (a leading + kept), or null. */
  phone: string | null;
  address: string;
}

/** What `create` answers: the code Tahesab gave the new customer. */
export interface CreatedCustomer extends Record<string, unknown> {
  code: string;
}

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
const LAST_CODE = 999_999_999;

const digitsOf = (value: string | null) => toAsciiDigits(value ?? "").replace(/\D/g, "");
const sameText = (a: string | null, b: string) => normalisePersian(a ?? "") === normalisePersian(b);

/** Does this stored customer carry exactly the details of `wanted` (ي/ك, digits and spacing aside)? */
function matches(customer: CustomerRecord, wanted: NewCustomer & { tel: string }): boolean {
  return (
    sameText(customer.name, wanted.name) &&
    sameText(customer.group, wanted.group) &&
    sameText(customer.address, wanted.address) &&
    digitsOf(customer.phone) === digitsOf(wanted.tel)
  );
}

/** Tahesab's customer (moshtari, حساب) commands. */
export class TahesabCustomers {
  constructor(private readonly client: TahesabClient, private readonly exactlyOnce: ExactlyOnce) {}

  /**
   * `DoNewMoshtari ["Name","GroupName","Tel","Address"]` (all JSON strings),
   * at most once per idempotency key. Tahesab answers the new account code.
   *
   * Tahesab has no inquiry for customers, so a lost answer is reconciled by
   * looking for a customer with exactly these details: among the customers
   * with this mobile when there is one (cheap), else among all customers. The
   * newest such customer is taken as the one just written.
   */
  create(input: NewCustomer, idempotencyKey?: string | null): Promise<ExactlyOnceOutcome<CreatedCustomer>> {
    if (input.mobile && input.phone) {
      throw badInput("input.phone", "Tahesab keeps one phone number (Tel) per customer: give mobile or phone, not both");
    }
    // A mobile goes as 09xxxxxxxxx, so DoListMoshtari [Tel] finds the customer by it.
    const customer = { ...input, tel: input.mobile ? `0${input.mobile}` : input.phone ?? "" };
    const request = { command: "DoNewMoshtari", args: [customer.name, customer.group, customer.tel, customer.address] };
    return this.exactlyOnce.run<CreatedCustomer>({
      idempotencyKey,
      request,
      send: async () => {
        const answer = await this.client.call(request.command, request.args, { write: true });
        const code = typeof answer === "number" || typeof answer === "string" ? toAsciiDigits(String(answer)).trim() : "";
        if (!/^\d{1,9}$/.test(code)) {
          // Recorded, most likely, but under which code? Let the lookup answer that.
          throw tahesabError(ErrorCode.VENDOR_ERROR, `Tahesab answered DoNewMoshtari without a customer code (${JSON.stringify(answer)?.slice(0, 40)}).`, "UNKNOWN");
        }
        return { code };
      },
      find: async () => {
        const candidates = customer.mobile ? await this.byMobile(customer.mobile) : await this.byRange(1, LAST_CODE);
        const newest = candidates.filter((c) => matches(c, customer)).pop();
        return newest ? { code: newest.code } : undefined;
      },
      advice:
        "Retry the same mutation with the same idempotencyKey: hesabgraph looks for the customer in Tahesab before sending again. " +
        `Without a key, look for ${JSON.stringify(customer.name)} in tahesabCustomers (or tahesabCustomersByPhone) first.`,
    });
  }

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
   * `DoListMoshtari [Tel]`: the customers with this mobile, given as its ten
   * digits after the leading zero ("9121234567"). The seed: the number goes
   * without its leading zero, as a JSON number (9121234567).
   */
  async byMobile(mobileWithoutZero: string): Promise<CustomerRecord[]> {
    return customerList(await this.client.call("DoListMoshtari", [Number(mobileWithoutZero)]));
  }
}
