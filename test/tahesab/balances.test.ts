import { describe, expect, it } from "vitest";
import { JalaliDay } from "../../src/core/dates/jalali-day.js";
import { VendorError } from "../../src/core/errors.js";
import { TahesabBalances } from "../../datasources/tahesab/balances.js";
import { tahesabClient, useTahesabSimulator } from "./support.js";

/** Tahesab's balance answers read row by row (datasources/tahesab/balances.ts), against the simulator. */

const simulator = useTahesabSimulator();
const balances = () => new TahesabBalances(tahesabClient(simulator()));
const row = (code: string, money: string) => ({ Code: code, MandeyeVazni: "1/5", MandeyeMali: money });

describe("latest balances", () => {
  it("a row of an unexpected shape fails its own customer only", async () => {
    simulator().faults.respondNext("getmandehesabbycode", JSON.stringify({ MandeHesab: [row("1", "100"), { Code: "2", MandeyeVazni: "x", MandeyeMali: "5" }] }));
    const found = await balances().latestByCodes(["1", "2"]);
    expect(found.get("1")).toMatchObject({ customerCode: "1", goldGrams: 1.5, money: "100", totalInMoney: null, details: [], asOf: null });
    const failed = found.get("2");
    expect(failed).toBeInstanceOf(VendorError);
    expect((failed as VendorError).message).toBe('Tahesab answered getmandehesabbycode in an unexpected shape: at MandeyeVazni, expected a number, got string "x".');
    expect(simulator().requests.map((r) => r.args)).toEqual([["1", "2"]]);
  });

  it("a row whose code cannot be read fails them all, naming the code", async () => {
    simulator().faults.respondNext("getmandehesabbycode", JSON.stringify({ MandeHesab: [row("1", "100"), row("x2", "5")] }));
    await expect(balances().latestByCodes(["1", "2"])).rejects.toThrow('Tahesab answered getmandehesabbycode in an unexpected shape: at Code, expected a code of digits, got string "x2".');
  });
});

describe("balances at a date", () => {
  it("the row of the customer asked for, whatever else comes; null when it is not there", async () => {
    simulator().faults.respondNext("GetMandeHesabByTarikh", JSON.stringify({ MandeHesab: [row("9", "900"), row("0007", "700")] }));
    const day = JalaliDay.parse("1403/08/06")!;
    expect(await balances().atDate("7", day)).toMatchObject({ customerCode: "7", money: "700", asOf: "1403-08-06" });
    expect(simulator().requests.map((r) => r.args)).toEqual([["7", "1403-08-06"]]);
    simulator().faults.respondNext("GetMandeHesabByTarikh", JSON.stringify({ MandeHesab: row("9", "900") }));
    expect(await balances().atDate("7", day)).toBeNull();
  });
});
