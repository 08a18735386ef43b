import { z } from "zod";
import { ErrorCode, VendorError } from "../../src/core/errors.js";
import type { CurrencyCode } from "../../src/core/invoice.js";
import type { HesabfaClient } from "./client.js";
import { hesabfaError, HesabfaCode } from "./errors.js";
import { bool, code, date, integer, optional, text } from "./fields.js";

const FISCAL_YEAR = z.looseObject({ Name: text, StartDate: date, EndDate: date, Closed: optional(bool), FirstYear: optional(bool) });
const BANK = z.looseObject({ Code: code, Name: text, Branch: text, Account: text, Currency: text });
const CASH = z.looseObject({ Code: code, Name: text, Currency: text });
const WAREHOUSE = z.looseObject({ Code: integer, Name: text });
const CURRENCY = z.looseObject({ Currency: z.string() });

export interface FiscalYearRecord {
  /** The `yearId` that selects it: 1 for the first year, 2 for the next… */
  ordinal: number;
  name: string | null;
  start: string;
  end: string;
  closed: boolean | null;
  current: boolean;
}

export interface BankRecord {
  code: string;
  name: string | null;
  branch: string | null;
  accountNumber: string | null;
  currency: string | null;
}

export interface CashDeskRecord {
  code: string;
  name: string | null;
  currency: string | null;
}

export interface WarehouseRecord {
  code: number;
  name: string | null;
}

/** Hesabfa's business settings: fiscal years, banks, cash desks, warehouses, the currency. */
export class HesabfaSettings {
  private currencyOnce?: Promise<CurrencyCode>;

  constructor(private readonly client: HesabfaClient) {}

  /**
   * The business's currency, read once per business and kept (a business
   * does not change it); IRR rials or IRT tomans. Anything else is refused,
   * never guessed.
   */
  currency(): Promise<CurrencyCode> {
    this.currencyOnce ??= this.client.read("setting/getCurrency", {}, CURRENCY).then((answer) => {
      const value = answer.Currency.trim().toUpperCase();
      if (value !== "IRR" && value !== "IRT") {
        throw hesabfaError(ErrorCode.VENDOR_ERROR, `Hesabfa answered setting/getCurrency with a currency hesabgraph does not know (${JSON.stringify(answer.Currency).slice(0, 20)}).`, "UNKNOWN");
      }
      return value as CurrencyCode;
    });
    this.currencyOnce.catch(() => (this.currencyOnce = undefined));
    return this.currencyOnce;
  }

  /** Every fiscal year, oldest first (the order their yearId counts in); the latest is the one used when none is chosen. */
  async fiscalYears(chosen?: number): Promise<FiscalYearRecord[]> {
    const years = await this.client.read("setting/GetFiscalYears", {}, z.array(FISCAL_YEAR));
    const sorted = [...years].sort((a, b) => Date.parse(a.StartDate) - Date.parse(b.StartDate));
    const current = chosen ?? sorted.length;
    return sorted.map((year, i) => ({ ordinal: i + 1, name: year.Name, start: year.StartDate, end: year.EndDate, closed: year.Closed, current: i + 1 === current }));
  }

  async banks(): Promise<BankRecord[]> {
    const banks = await this.client.read("setting/getBanks", {}, z.array(BANK));
    return banks.map((bank) => ({ code: bank.Code, name: bank.Name, branch: bank.Branch, accountNumber: bank.Account, currency: bank.Currency }));
  }

  async cashDesks(): Promise<CashDeskRecord[]> {
    const cashes = await this.client.read("setting/GetCashes", {}, z.array(CASH));
    return cashes.map((cash) => ({ code: cash.Code, name: cash.Name, currency: cash.Currency }));
  }

  /** Warehouses; a business without any answers 199, which is an empty list. */
  async warehouses(): Promise<WarehouseRecord[]> {
    try {
      const warehouses = await this.client.read("setting/GetWarehouses", {}, z.array(WAREHOUSE));
      return warehouses.map((warehouse) => ({ code: warehouse.Code, name: warehouse.Name }));
    } catch (error) {
      if (error instanceof VendorError && error.vendorCode === HesabfaCode.NO_SHAREHOLDERS) return [];
      throw error;
    }
  }
}
