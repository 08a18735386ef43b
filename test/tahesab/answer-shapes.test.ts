import { describe, expect, it } from "vitest";
import { ErrorCode, VendorError } from "../../src/core/errors.js";
import { thrown } from "../support/thrown.js";
import { customerRecord, inquiryAnswer, mandeHesab, readAnswer, records } from "../../datasources/tahesab/answers.js";

/**
 * Tahesab's answers read against their declared shapes
 * (datasources/tahesab/answers.ts): the forms real add-ons send are read,
 * and a misfit is VENDOR_ERROR naming the command and where in the answer.
 */

const refusedWith = (run: () => unknown) => thrown(VendorError, run);

describe("records", () => {
  const customers = records(customerRecord);
  it("keyed by code, or a plain list; {} and [] are none", () => {
    expect(readAnswer("DoListMoshtari", customers, { "17": { Code: "17", Name: "الف" } })).toEqual([{ Code: "17", Name: "الف" }]);
    expect(readAnswer("DoListMoshtari", customers, [{ Code: 3 }, { Code: "04" }]).map((c) => c.Code)).toEqual(["3", "4"]);
    expect(readAnswer("DoListMoshtari", customers, {})).toEqual([]);
    expect(readAnswer("DoListMoshtari", customers, [])).toEqual([]);
  });

  it("a misfit in a listed record names its place in the list", () => {
    const error = refusedWith(() => readAnswer("DoListMoshtari", customers, [{ Code: "1" }, { Code: "x1" }]));
    expect(error.message).toBe('Tahesab answered DoListMoshtari in an unexpected shape: at [1].Code, expected a code of digits, got string "x1".');
    expect(error.code).toBe(ErrorCode.VENDOR_ERROR);
    expect(error.vendor).toBe("TAHESAB");
    expect(error.fate).toBe("REJECTED");
    expect(error.details).toEqual({ command: "DoListMoshtari", at: "[1].Code" });
  });

  it("a misfit in a keyed record names its key", () => {
    const error = refusedWith(() => readAnswer("DoListMoshtari", customers, { "17": { Code: "17" }, "18": { Code: "18", Name: ["a"] } }));
    expect(error.message).toBe("Tahesab answered DoListMoshtari in an unexpected shape: at 18.Name, expected text or no value, got a list.");
  });

  it("an answer that is neither a list nor keyed records names the answer itself, as the first form reads it", () => {
    const error = refusedWith(() => readAnswer("DoListMoshtari", customers, 5));
    expect(error.details).toEqual({ command: "DoListMoshtari", at: "the answer" });
    expect(error.message).toMatch(/^Tahesab answered DoListMoshtari in an unexpected shape: at the answer, .*expected array/i);
  });

  it("a write's unreadable answer keeps the fate it is given", () => {
    const error = refusedWith(() => readAnswer("DoNewMoshtari", customerRecord, { Code: "" }, "UNKNOWN"));
    expect(error.fate).toBe("UNKNOWN");
    expect(error.message).toBe('Tahesab answered DoNewMoshtari in an unexpected shape: at Code, expected a code of digits, got string "".');
  });
});

describe("balances", () => {
  const row = { Code: "12", MandeyeVazni: "4/06", MandeyeMali: "-1250" };
  it("a list of rows, or one row bare in its place", () => {
    expect(readAnswer("getmandehesabbycode", mandeHesab, { MandeHesab: [row, { ...row, Code: "13" }] }).MandeHesab.map((r) => r.Code)).toEqual(["12", "13"]);
    const bare = readAnswer("getmandehesabbycode", mandeHesab, { MandeHesab: row }).MandeHesab;
    expect(bare).toEqual([{ Code: "12", MandeyeVazni: 4.06, MandeyeMali: "-1250", details: [] }]);
  });
  it("detail lines are read when present", () => {
    const [read] = readAnswer("getmandehesabbycode", mandeHesab, { MandeHesab: [{ ...row, details: [{ Name: "سکه", Value: "3" }] }] }).MandeHesab;
    expect(read!.details).toEqual([{ Name: "سکه", Value: "3" }]);
  });
});

describe("document inquiry", () => {
  const row = { ID: "5", NO: "101", Factor_Code: "hg-abcdefghijklmnopqr" };
  it("nothing, one bare row, or records", () => {
    for (const none of [null, "", {}, []]) expect(readAnswer("DoNewSanadInquiry", inquiryAnswer, none)).toEqual([]);
    expect(readAnswer("DoNewSanadInquiry", inquiryAnswer, row).map((r) => r.ID)).toEqual(["5"]);
    expect(readAnswer("DoNewSanadInquiry", inquiryAnswer, { "5": row, "6": { ...row, ID: "6" } }).map((r) => r.ID)).toEqual(["5", "6"]);
  });
  it("a row that does not fit names the field of the form that got furthest", () => {
    const error = refusedWith(() => readAnswer("DoNewSanadInquiry", inquiryAnswer, { "5": { ...row, NO: {} } }));
    expect(error.details).toEqual({ command: "DoNewSanadInquiry", at: "5.NO" });
    expect(error.message).toBe("Tahesab answered DoNewSanadInquiry in an unexpected shape: at 5.NO, expected text, got an object.");
  });
});
