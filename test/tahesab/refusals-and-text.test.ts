import { describe, expect, it } from "vitest";
import { HesabgraphError } from "../../src/core/errors.js";
import { TahesabRefusal } from "../../datasources/tahesab/client.js";
import { duplicateCustomerCode, duplicateFactorCode, duplicatePhone } from "../../datasources/tahesab/refusals.js";
import { backEndOf, storableText, tahesabSpelling } from "../../datasources/tahesab/text.js";
import { thrown } from "../support/thrown.js";

/**
 * Tahesab's refusals read by their words, whatever ی/ک the add-on writes them
 * with (datasources/tahesab/refusals.ts), and text in Tahesab's spelling and
 * what an Access database can keep (text.ts).
 */

const refusal = (text: string) => new TahesabRefusal("DoNewMoshtari", text);

describe("refusals", () => {
  it("a Factor_Code already used, in either wording", () => {
    expect(duplicateFactorCode(refusal("کد فاکتور ارسالی شما (Factor_Code) تکراری می باشد."))).toBe(true);
    expect(duplicateFactorCode(refusal("Factor_Code تكراري است"))).toBe(true);
    expect(duplicateFactorCode(refusal("کد فاکتور تکراری"))).toBe(true);
    expect(duplicateFactorCode(refusal("Factor_Code نامعتبر است"))).toBe(false);
    expect(duplicateFactorCode(refusal("کد فاکتور نامعتبر است"))).toBe(false);
    expect(duplicateFactorCode(refusal("تکراری می باشد."))).toBe(false);
  });

  it("a customer code already used", () => {
    expect(duplicateCustomerCode(refusal("کد مشتری تکراری می باشد."))).toBe(true);
    expect(duplicateCustomerCode(refusal("كد مشتري تكراري مي باشد."))).toBe(true);
    expect(duplicateCustomerCode(refusal("کد مشتری یافت نشد."))).toBe(false);
    expect(duplicateCustomerCode(refusal("تلفن تکراری می باشد."))).toBe(false);
  });

  it("a phone already a customer's", () => {
    expect(duplicatePhone(refusal("تلفن تکراری می باشد."))).toBe(true);
    expect(duplicatePhone(refusal("تلفن نامعتبر است."))).toBe(false);
    expect(duplicatePhone(refusal("کد مشتری تکراری می باشد."))).toBe(false);
  });

  it("only Tahesab's own refusals are read", () => {
    const other = new HesabgraphError("VENDOR_ERROR" as never, "تلفن تکراری می باشد.");
    expect([duplicatePhone(other), duplicateCustomerCode(new Error("کد مشتری تکراری")), duplicateFactorCode(undefined)]).toEqual([false, false, false]);
  });
});

describe("text", () => {
  it("Access environments are DB and DB1…, any case; the rest are SQL Server databases", () => {
    expect(["DB", "db", "DB1", "Db12"].map(backEndOf)).toEqual(["ACCESS", "ACCESS", "ACCESS", "ACCESS"]);
    expect(["TahesabDB", "DB1x", "xDB", "DBA"].map(backEndOf)).toEqual(["SQL_SERVER", "SQL_SERVER", "SQL_SERVER", "SQL_SERVER"]);
  });

  it("Tahesab's spelling: ي for ی, ه for ۀ, ASCII digits, percent, decimal point and thousands separator", () => {
    expect(tahesabSpelling("علی ۱۲۳ خانۀ ۵٪ ۱٫۵ ۱٬۰۰۰")).toBe("علي 123 خانه 5% 1.5 1,000");
  });

  it("an Access database refuses what Windows-1256 cannot hold, naming up to five characters; SQL Server keeps it", () => {
    const error = thrown(HesabgraphError, () => storableText("input.name", "نام 😀✓😀①②③④", "ACCESS"));
    expect(error.message).toBe(`Invalid value for "input.name": holds characters Tahesab's Access database (Windows-1256) cannot store: "😀", "✓", "①", "②", "③"; leave them out`);
    expect(error.details).toMatchObject({ field: "input.name" });
    expect(storableText("input.name", "نام 😀", "SQL_SERVER")).toBe("نام 😀");
    expect(storableText("input.name", "علی", "ACCESS")).toBe("علي");
  });
});
