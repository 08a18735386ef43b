import type { JalaliDay } from "../../src/core/dates/jalali-day.js";
import { badInput } from "../../src/core/errors.js";
import type { ExactlyOnce, ExactlyOnceOutcome } from "../../src/core/exactly-once.js";
import type { AddOnDetector } from "./add-on.js";
import { documentRow, inquiryAnswer, mandeHesab, readAnswer, records } from "./answers.js";
import { TahesabRefusal, type TahesabClient } from "./client.js";
import { newestFirst, toSanad } from "./document-rows.js";
import type { SanadRecord } from "./document-types.js";
import { canonicalCode } from "./records.js";

export interface DocumentListFilter {
  /** The newest N; undefined for all. */
  last?: number;
  customerCode?: string | null;
  from?: JalaliDay | null;
  to?: JalaliDay | null;
}

/**
 * An open date bound is sent as a wide explicit one: an empty bound makes
 * some add-ons never answer (S1: "Wide window avoids empty Az/Ta hangs").
 */
const EARLIEST = "1300-01-01";
const LATEST = "1499-12-29";

const UNKNOWN_CUSTOMER = Symbol("unknown customer");

/** Tahesab's documents (سند): listing, inquiry and delete. Writing them is document-writes.ts. */
export class TahesabDocuments {
  constructor(
    private readonly client: TahesabClient,
    private readonly addOns: AddOnDetector,
    private readonly exactlyOnce: ExactlyOnce,
  ) {}

  /**
   * `DoListAsnad`, newest first (by time of recording, then row). Newer
   * add-ons take `[Count_Last, Moshtari_Code, Az, Ta, FilterNoSanad,
   * Mande_Jens_Felez]`, older ones the first four; Count_Last -1 is all, a
   * customer code of 0 is every customer.
   */
  async list(filter: DocumentListFilter): Promise<SanadRecord[]> {
    const customer = filter.customerCode ? Number(filter.customerCode) : 0;
    const args: unknown[] = [filter.last ?? -1, customer, filter.from?.toString() ?? EARLIEST, filter.to?.toString() ?? LATEST];
    if ((await this.addOns.addOn()) === "current") args.push("", 0);
    const payload = await this.refusedForUnknownCustomer(filter.customerCode, () => this.client.read("DoListAsnad", args));
    if (payload === UNKNOWN_CUSTOMER) throw badInput("customerCode", `Tahesab has no customer with code ${filter.customerCode}`);
    const rows = readAnswer("DoListAsnad", records(documentRow), payload).map((row) => toSanad(row, filter.customerCode ?? null));
    rows.sort(newestFirst);
    return filter.last === undefined ? rows : rows.slice(0, filter.last);
  }

  /** The row with this id, among one customer's documents (or every customer's); null when gone. */
  async row(rowId: string, customerCode: string | null): Promise<SanadRecord | null> {
    const all = await this.list({ customerCode });
    return all.find((s) => s.rowId === rowId) ?? null;
  }

  /** `DoNewSanadInquiry [Moshtari_Code, Factor_Number, y, m, d]`: the document with this customer, number and day, if Tahesab has it. */
  async inquire(customerCode: string, factorNumber: number, date: JalaliDay): Promise<SanadRecord | undefined> {
    const payload = await this.refusedForUnknownCustomer(customerCode, () =>
      this.client.read("DoNewSanadInquiry", [Number(customerCode), factorNumber, date.year, date.month, date.day]),
    );
    // An unknown customer has no such document.
    if (payload === UNKNOWN_CUSTOMER) return undefined;
    const [row] = readAnswer("DoNewSanadInquiry", inquiryAnswer, payload);
    return row ? toSanad(row, canonicalCode(customerCode)) : undefined;
  }

  /**
   * `DoDeleteSanad [Factor_Code]`, at most once per idempotency key. A lost
   * answer is settled by listing the documents (of `customerCode` when given,
   * else of every customer): a Factor_Code no longer listed was deleted; one
   * still listed was not, and is deleted by the retry.
   */
  async delete(factorCode: string, customerCode: string | null, idempotencyKey?: string | null): Promise<ExactlyOnceOutcome<{ factorCode: string }>> {
    const request = { command: "DoDeleteSanad", factorCode, customerCode };
    return this.exactlyOnce.run({
      idempotencyKey,
      request,
      plan: {
        send: async () => {
          await this.client.write("DoDeleteSanad", [factorCode]);
          return { factorCode };
        },
        find: async () => {
          const listed = await this.list({ customerCode });
          const wanted = factorCode.toLowerCase();
          return listed.some((s) => s.factorCode?.toLowerCase() === wanted) ? undefined : { factorCode };
        },
      },
      advice: "Retry with the same idempotencyKey: hesabgraph looks for the document in Tahesab's list before deleting again.",
    });
  }

  /**
   * Tahesab refuses DoListAsnad and DoNewSanadInquiry outright for a customer
   * it does not know, in a Persian sentence. Rather than read the sentence, a
   * refusal is followed by one balance lookup: an unknown customer answers
   * UNKNOWN_CUSTOMER, any other refusal is passed on as it came.
   */
  private async refusedForUnknownCustomer(customerCode: string | null | undefined, call: () => Promise<unknown>): Promise<unknown> {
    try {
      return await call();
    } catch (error) {
      if (customerCode && error instanceof TahesabRefusal && !(await this.customerExists(customerCode).catch(() => true))) return UNKNOWN_CUSTOMER;
      throw error;
    }
  }

  /** Whether Tahesab has this customer (one balance lookup). */
  async customerExists(code: string): Promise<boolean> {
    const { MandeHesab: rows } = readAnswer("getmandehesabbycode", mandeHesab, await this.client.read("getmandehesabbycode", [code]));
    return rows.some((row) => canonicalCode(row.Code) === canonicalCode(code));
  }
}
