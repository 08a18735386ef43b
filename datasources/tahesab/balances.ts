import type { JalaliDay } from "../../src/core/dates/jalali-day.js";
import { ErrorCode } from "../../src/core/errors.js";
import { tahesabError, type TahesabClient } from "./client.js";
import { asRecord, canonicalCode, num, recordList, rial, str, type VendorRecord } from "./records.js";

/**
 * A customer's balance (مانده حساب) with its breakdown (تفکیک ته حساب).
 *
 * Sign convention, as Tahesab keeps it: positive = the shop owes the customer
 * (the customer is بستانکار, creditor); negative = the customer owes the shop
 * (بدهکار, debtor). Gold is in grams of 750-equivalent gold.
 */
export interface BalanceRecord {
  customerCode: string;
  goldGrams: number;
  /** Rials, exact. */
  money: string;
  details: BalanceLineRecord[];
  /** The Shamsi day asked for (`1403-08-06`), or null for the latest balance. */
  asOf: string | null;
}

export interface BalanceLineRecord {
  title: string | null;
  amount: number | null;
  unit: string | null;
}

function line(record: VendorRecord): BalanceLineRecord {
  return { title: str(record, "Onvan"), amount: num(record, "Meghdar"), unit: str(record, "Vahed") };
}

function toBalance(command: string, record: VendorRecord, asOf: string | null): BalanceRecord | undefined {
  const customerCode = str(record, "Code");
  if (!customerCode) return undefined;
  const goldGrams = num(record, "MandeyeVazni");
  const money = rial(record, "MandeyeMali");
  if (goldGrams === null || money === null) {
    // A balance without its totals would read as zero: say so instead.
    throw tahesabError(ErrorCode.VENDOR_ERROR, `Tahesab answered ${command} for customer ${customerCode} without MandeyeVazni or MandeyeMali.`, "REJECTED");
  }
  const details = Array.isArray(record.details) ? record.details.map(asRecord).filter((r): r is VendorRecord => r !== undefined).map(line) : [];
  return { customerCode, goldGrams, money, details, asOf };
}

/** `{"MandeHesab": [...]}`; a bare list is read too. */
function entries(payload: unknown): VendorRecord[] {
  const envelope = asRecord(payload);
  return recordList(envelope && "MandeHesab" in envelope ? envelope.MandeHesab : payload);
}

/** Tahesab's balance commands. Customer codes go as JSON strings of digits. */
export class TahesabBalances {
  constructor(private readonly client: TahesabClient) {}

  /**
   * `getmandehesabbycode ["1","2",…]`: the latest balances, one call for all the
   * codes given. Keyed by the code's canonical form; unknown codes are absent.
   */
  async latestByCodes(codes: readonly string[]): Promise<Map<string, BalanceRecord | Error>> {
    const command = "getmandehesabbycode";
    const payload = await this.client.call(command, [...codes]);
    const found = new Map<string, BalanceRecord | Error>();
    for (const entry of entries(payload)) {
      const code = str(entry, "Code");
      if (!code) continue;
      try {
        const balance = toBalance(command, entry, null);
        if (balance) found.set(canonicalCode(code), balance);
      } catch (error) {
        // One malformed entry fails its own field, not the whole batch.
        found.set(canonicalCode(code), error as Error);
      }
    }
    return found;
  }

  /** `GetMandeHesabByTarikh ["1","1403-08-06"]`: the balance at the end of a Shamsi day. */
  async atDate(code: string, day: JalaliDay): Promise<BalanceRecord | null> {
    const command = "GetMandeHesabByTarikh";
    const asOf = day.toString();
    const payload = await this.client.call(command, [code, asOf]);
    const wanted = canonicalCode(code);
    for (const entry of entries(payload)) {
      const balance = toBalance(command, entry, asOf);
      if (balance && canonicalCode(balance.customerCode) === wanted) return balance;
    }
    return null;
  }
}
