import { z } from "zod";
import type { JalaliDay } from "../../src/core/dates/jalali-day.js";
import { field } from "./answer-fields.js";
import { balanceRow, readAnswer, type BalanceRow } from "./answers.js";
import type { TahesabClient } from "./client.js";
import { canonicalCode } from "./records.js";

/**
 * A customer's balance (مانده حساب) with its breakdown.
 *
 * Sign, as real add-ons answer (VENDORS.md; S1's customer cards): positive =
 * the shop owes the customer (the customer is بستانکار, creditor); negative =
 * the customer owes the shop (بدهکار, debtor). Gold is in grams of 750-equivalent gold.
 */
export interface BalanceRecord {
  customerCode: string;
  goldGrams: number;
  /** Rials, exact. */
  money: string;
  /** Money and gold together, valued in rials by Tahesab (MandeyeKolBePool; newer add-ons only). */
  totalInMoney: string | null;
  details: BalanceLineRecord[];
  /** The Shamsi day asked for (`1403-08-06`), or null for the latest balance. */
  asOf: string | null;
}

export interface BalanceLineRecord {
  /** What the line counts, as Tahesab names it: مانده مالی, مانده طلا, a coin's name. */
  title: string;
  /** Exact decimal, in the line's own unit (rials, grams, pieces). */
  amount: string | null;
}

function toBalance(row: BalanceRow, asOf: string | null): BalanceRecord {
  return {
    customerCode: row.Code,
    goldGrams: row.MandeyeVazni,
    money: row.MandeyeMali,
    totalInMoney: row.MandeyeKolBePool ?? null,
    details: row.details.map((line) => ({ title: line.Name, amount: line.Value ?? null })),
    asOf,
  };
}

/** The rows as they came, each read on its own: one malformed row fails its own customer, not the whole batch. */
const mandeRows = z.looseObject({ MandeHesab: z.union([z.array(z.unknown()), z.looseObject({}).transform((row) => [row as unknown])]) });

/** Tahesab's balance commands. Customer codes go as JSON strings of digits. */
export class TahesabBalances {
  constructor(private readonly client: TahesabClient) {}

  /**
   * `getmandehesabbycode ["1","2",…]`: the latest balances, one call for all
   * the codes given. Keyed by canonical code; unknown codes are absent. A row
   * of an unexpected shape is a VENDOR_ERROR for its own customer.
   */
  async latestByCodes(codes: readonly string[]): Promise<Map<string, BalanceRecord | Error>> {
    const command = "getmandehesabbycode";
    const { MandeHesab: rows } = readAnswer(command, mandeRows, await this.client.read(command, [...codes]));
    const found = new Map<string, BalanceRecord | Error>();
    for (const row of rows) {
      // The code first, to know whose row it is; a row without a readable code fails the batch.
      const code = readAnswer(command, z.looseObject({ Code: field.code }), row).Code;
      try {
        found.set(canonicalCode(code), toBalance(readAnswer(command, balanceRow, row), null));
      } catch (error) {
        found.set(canonicalCode(code), error instanceof Error ? error : new Error(String(error)));
      }
    }
    return found;
  }

  /** `GetMandeHesabByTarikh ["1","1403-08-06"]`: the balance at the end of a Shamsi day; null for an unknown customer. */
  async atDate(code: string, day: JalaliDay): Promise<BalanceRecord | null> {
    const command = "GetMandeHesabByTarikh";
    const { MandeHesab: rows } = readAnswer(command, mandeRows, await this.client.read(command, [code, day.toString()]));
    const wanted = canonicalCode(code);
    for (const row of rows) {
      const balance = toBalance(readAnswer(command, balanceRow, row), day.toString());
      if (canonicalCode(balance.customerCode) === wanted) return balance;
    }
    return null;
  }
}
