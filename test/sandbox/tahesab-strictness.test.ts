// The simulator refuses what the seed does not allow: argument counts, JSON
// types (quoted = string, bare = number), flag values, dates, fixed slots,
// melted gold without its lab data, unknown customers and etikets. (The newer
// forms' own strictness: tahesab-newer-forms.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTahesabSimulator, type TahesabSimulator } from "../../sandbox/tahesab/index.js";
import { error, head, ok, send } from "./tahesab-client.js";

let sim: TahesabSimulator;
beforeAll(async () => {
  sim = await startTahesabSimulator();
});
afterAll(() => sim.close());

// Valid argument lists, changed one slot at a time by the tests.
const VKHGOLD = () => [...head(1, 1, 501, 1403, 8, 6), 12.5, 750, 0, "", 0, 0];
const BUYSALEGOLD = () => [...head(1, 1, 502, 1403, 8, 6), 10, 750, 0, "", 1, 55_000_000, 1, 0, 550_000_000];
const VKHSEKEH = () => [...head(1, 1, 503, 1403, 8, 6), 8.133, 900, 1, "سکه امامی", 0];
const BUYSALESEKEH = () => [...head(1, 1, 504, 1403, 8, 6), 8.133, 900, 2, "سکه امامی", 0, 600_000_000, 1_200_000_000];
const CASH = () => [...head(1, 1, 505, 1403, 8, 6), 0, 1_000_000, "واریز"];
const TALAB = () => [...head(1, 1, 506, 1403, 8, 6), 1, 2_000_000, "شرح", "بابت", 0];
const inStockEtiket = () => Number([...sim.state.etikets.values()].find((e) => e.IsMojood === 1)!.Code);
const SALE_ETIKET = (code: number) =>
  [...head(1, 1, 507, 1403, 8, 6), 0, 0, 0, "", 1, 55_000_000, 1, 100_000_000, 0, 9, 900_000, 7, 0, 0, 0, "a1.jpg", 5_000_000, code];
const VKH_ETIKET = (code: number) =>
  [...head(1, 1, 508, 1403, 8, 6), 0, 0, 0, "", 1, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, "a1.jpg", 0, code];
const with_ = (args: unknown[], position: number, value: unknown) => args.map((v, i) => (i === position - 1 ? value : v));

describe("argument count", () => {
  it("refuses a document command with a missing argument, naming the expected count", async () => {
    const text = await error(sim, "DoNewSanadVKHGOLD", VKHGOLD().slice(0, 12));
    expect(text).toContain("13");
    expect(text).toContain("12");
  });

  it("refuses arguments beyond the longest form, naming the counts it takes", async () => {
    const longest = [...CASH(), "GA000000000000000000000000000001", -1, -1, 0];
    expect(await error(sim, "DoNewSanadVKHVaghNaghd", [...longest, 0])).toContain("10 تا 14");
    expect(await error(sim, "DoListEtiket", [1, 2, 0, 0])).toMatch(/2 یا 3/);
    expect(await error(sim, "DoNewMoshtari", ["نام", "", "", "", ""])).toMatch(/4 یا 10/);
    expect(await error(sim, "DoListAsnad", [-1, 0, "1403-01-01", "1403-12-29", ""])).toMatch(/4 یا 6/);
    expect(await error(sim, "CheckHealth", [0])).toContain("CheckHealth");
  });

  it("accepts DoListMoshtari with one or two arguments only", async () => {
    expect(await error(sim, "DoListMoshtari", [1, 2, 3])).toMatch(/1 یا 2|2 یا 1/);
    expect(await error(sim, "DoListMoshtari", [])).toContain("DoListMoshtari");
  });

  it("refuses an empty code list", async () => {
    for (const command of ["getmandehesabbycode", "getetiketinfobycode", "getetiketinfobycodewithimage", "epcList", "GetInfo"]) {
      expect(await error(sim, command, [])).toContain(command);
    }
  });
});

describe("JSON types follow the seed's quoting", () => {
  it("wants quoted customer codes in getmandehesabbycode", async () => {
    const text = await error(sim, "getmandehesabbycode", ["1", 2]);
    expect(text).toContain("2 (Moshtari_Code)");
    expect(text).toContain("String");
  });

  it("wants quoted etiket codes made of digits", async () => {
    expect(await error(sim, "getetiketinfobycode", [17])).toContain("String");
    expect(await error(sim, "getetiketinfobycode", ["17a"])).toContain("Code");
    expect(await error(sim, "getetiketinfobycode", [" 17"])).toContain("Code");
  });

  it("wants bare numbers for DoListMoshtari codes and the phone number", async () => {
    expect(await error(sim, "DoListMoshtari", ["1", "10"])).toContain("1 (From_Code)");
    expect(await error(sim, "DoListMoshtari", ["9121234567"])).toContain("1 (Tel)");
    expect(await error(sim, "DoListMoshtari", [9.5])).toContain("Tel");
  });

  it("wants bare numbers for DoListEtiket and quoted dates for DoListGetUpdatedEtiket", async () => {
    expect(await error(sim, "DoListEtiket", [1, "10", 0])).toContain("2 (To_Code)");
    expect(await error(sim, "DoListGetUpdatedEtiket", [14030101, "1403-12-29"])).toContain("1 (AzTarikh)");
  });

  it("wants DoListAsnad as number, number, string, string (checked before an empty bound hangs it)", async () => {
    expect(await error(sim, "DoListAsnad", ["10", 0, "", ""])).toContain("1 (Count_Last)");
    expect(await error(sim, "DoListAsnad", [10, "1", "", ""])).toContain("2 (Moshtari_Code)");
    expect(await error(sim, "DoListAsnad", [10, 0, 1403, ""])).toContain("3 (AzTarikhShamsi)");
  });

  it("wants Count_Last -1 (every document) or a positive count", async () => {
    expect(await error(sim, "DoListAsnad", [0, 0, "1403-01-01", "1403-12-29"])).toContain("1 (Count_Last)");
    expect(await error(sim, "DoListAsnad", [-2, 0, "1403-01-01", "1403-12-29"])).toContain("1 (Count_Last)");
  });

  it("wants bare numbers for document numbers and weights", async () => {
    expect(await error(sim, "DoNewSanadVKHGOLD", with_(VKHGOLD(), 2, "1"))).toContain("2 (Moshtari_Code)");
    expect(await error(sim, "DoNewSanadVKHGOLD", with_(VKHGOLD(), 8, "12.5"))).toContain("8 (Vazn)");
    expect(await error(sim, "DoNewSanadVKHGOLD", with_(VKHGOLD(), 1, true))).toContain("1 (Sabte_Kol_Or_Movaghat_1_0)");
    expect(await error(sim, "DoNewSanadVKHGOLD", with_(VKHGOLD(), 9, null))).toContain("9 (Ayar)");
  });

  it("wants quoted text for Sharh, Name_az and PictureFileName", async () => {
    expect(await error(sim, "DoNewSanadVKHVaghNaghd", with_(CASH(), 10, 123))).toContain("10 (Sharh)");
    expect(await error(sim, "DoNewSanadVKHGOLD", with_(VKHGOLD(), 11, 0))).toContain("11 (Name_az)");
    expect(await error(sim, "DoNewSanadBuySaleEtiket", with_(SALE_ETIKET(inStockEtiket()), 23, 1))).toContain("23 (PictureFileName)");
  });

  it("wants Name_Sekeh and Baabat as text although the seed shows them bare", async () => {
    expect(await error(sim, "DoNewSanadBuySaleSEKEH", with_(BUYSALESEKEH(), 11, 1))).toContain("11 (Name_Sekeh)");
    expect(await error(sim, "DoNewSanadTalabBedehi", with_(TALAB(), 11, 5))).toContain("11 (Baabat)");
  });

  it("wants the etiket code (25_Shenase) bare and DoDeleteSanad's Factor_Code quoted", async () => {
    const code = inStockEtiket();
    expect(await error(sim, "DoNewSanadBuySaleEtiket", with_(SALE_ETIKET(code), 25, String(code)))).toContain("25 (Shenase)");
    expect(await error(sim, "DoDeleteSanad", [100001])).toContain("1 (Factor_Code)");
  });

  it("wants DoNewMoshtari's four fields as text", async () => {
    expect(await error(sim, "DoNewMoshtari", ["نام", "", 9121234567, ""])).toContain("3 (Tel)");
    expect(await error(sim, "DoNewMoshtari", ["  ", "", "", ""])).toContain("1 (Name)");
  });

  it("wants EPCs as hex strings", async () => {
    expect(await error(sim, "epcList", ["E2801160000000XY"])).toContain("EPC");
    expect(await error(sim, "GetInfo", [123456])).toContain("String");
  });
});

describe("values", () => {
  it("takes flags as the numbers 0 or 1 only", async () => {
    expect(await error(sim, "DoNewSanadVKHGOLD", with_(VKHGOLD(), 1, 2))).toContain("Sabte_Kol_Or_Movaghat_1_0");
    expect(await error(sim, "DoNewSanadVKHGOLD", with_(VKHGOLD(), 12, -1))).toContain("IsVoroodOrKhorooj_0_1");
    expect(await error(sim, "DoNewSanadBuySaleGOLD", with_(BUYSALEGOLD(), 12, 2))).toContain("BuyOrSale_0_1");
    expect(await error(sim, "DoListEtiket", [1, 2, 2])).toContain("WithPhoto_1_0");
  });

  it("takes Radif_Number 1 only (and -1 only with a Factor_Code); S2's 0 is refused", async () => {
    expect(await error(sim, "DoNewSanadVKHVaghNaghd", with_(CASH(), 4, 2))).toContain("4 (Radif_Number)");
    expect(await error(sim, "DoNewSanadVKHVaghNaghd", with_(CASH(), 4, 0))).toContain("4 (Radif_Number)");
    expect(await error(sim, "DoNewSanadVKHVaghNaghd", with_(CASH(), 4, -1))).toContain("4 (Radif_Number)");
    expect(await error(sim, "DoNewSanadVKHVaghNaghd", with_(CASH(), 3, -1))).toContain("3 (Factor_Number)");
  });

  it("wants the types S2 learned the hard way: Radif_Number and flags as numbers, not \"1\"", async () => {
    expect(await error(sim, "DoNewSanadVKHVaghNaghd", with_(CASH(), 4, "1"))).toContain("Number");
    expect(await error(sim, "DoNewSanadVKHVaghNaghd", with_(CASH(), 8, "1"))).toContain("8 (IsVoroodOrKhorooj_0_1)");
    expect(await error(sim, "DoNewSanadBuySaleEtiket", with_(SALE_ETIKET(inStockEtiket()), 23, null))).toContain("23 (PictureFileName)");
  });

  it("wants a positive weight and an ayar between 0 and 1000", async () => {
    expect(await error(sim, "DoNewSanadVKHGOLD", with_(VKHGOLD(), 8, 0))).toContain("8 (Vazn)");
    expect(await error(sim, "DoNewSanadVKHGOLD", with_(VKHGOLD(), 8, -3))).toContain("8 (Vazn)");
    expect(await error(sim, "DoNewSanadVKHGOLD", with_(VKHGOLD(), 9, 1001))).toContain("9 (Ayar)");
  });

  it("refuses negative or overflowing amounts, zero coin counts and an empty coin name", async () => {
    expect(await error(sim, "DoNewSanadVKHVaghNaghd", with_(CASH(), 9, -5))).toContain("9 (Mablagh)");
    const overflow = JSON.stringify({ DoNewSanadVKHVaghNaghd: CASH() }).replace("1000000,", "1e999,");
    expect((await send(sim, overflow)).json.ERROR).toContain("9 (Mablagh)");
    expect(await error(sim, "DoNewSanadVKHSEKEH", with_(VKHSEKEH(), 10, 0))).toContain("10 (Count)");
    expect(await error(sim, "DoNewSanadVKHSEKEH", with_(VKHSEKEH(), 11, ""))).toContain("11 (Name_Sekeh)");
  });

  it("refuses a range whose start is after its end", async () => {
    expect(await error(sim, "DoListEtiket", [10, 1, 0])).toContain("To_Code");
    expect(await error(sim, "DoListMoshtari", [10, 1])).toContain("To_Code");
    expect(await error(sim, "DoListGetUpdatedEtiket", ["1403-05-01", "1403-04-01"])).toContain("TaTarikh");
    expect(await error(sim, "DoListAsnad", [-1, 0, "1403-05-01", "1403-04-01"])).toContain("TaTarikhShamsi");
  });
});

describe("dates", () => {
  it("refuses month 0 and month 13", async () => {
    expect(await error(sim, "DoNewSanadVKHVaghNaghd", with_(CASH(), 6, 13))).toContain("6 (Shamsi_Month)");
    expect(await error(sim, "DoNewSanadVKHVaghNaghd", with_(CASH(), 6, 0))).toContain("6 (Shamsi_Month)");
  });

  it("refuses a day the Jalali month does not have", async () => {
    // Mehr (7) has 30 days; Esfand 1404 has 29 (1403 is a leap year: 30).
    expect(await error(sim, "DoNewSanadVKHVaghNaghd", [...head(1, 1, 600, 1403, 7, 31), 0, 1, ""])).toContain("Shamsi_Day");
    expect(await error(sim, "DoNewSanadVKHVaghNaghd", [...head(1, 1, 600, 1404, 12, 30), 0, 1, ""])).toContain("Shamsi_Day");
    expect(await ok(sim, "DoNewSanadVKHVaghNaghd", [...head(0, 1, 600, 1403, 12, 30), 0, 1, ""])).toMatch(/^\d+$/);
    expect(await error(sim, "DoNewSanadInquiry", [1, 600, 1403, 7, 31])).toContain("Shamsi_Day");
  });

  it("refuses fractional year, month or day numbers", async () => {
    expect(await error(sim, "DoNewSanadVKHVaghNaghd", with_(CASH(), 7, 6.5))).toContain("7 (Shamsi_Day)");
  });

  it("wants date strings as YYYY-MM-DD with ASCII digits and a real date", async () => {
    for (const bad of ["1403-8-6", "1403/08/06", "1403-13-01", "1403-07-31", "۱۴۰۳-۰۸-۰۶", "06-08-1403", ""]) {
      expect(await error(sim, "GetMandeHesabByTarikh", ["1", bad])).toContain("Tarikh");
    }
    expect(await error(sim, "DoListGetUpdatedEtiket", ["1403-01-01", "1403-00-10"])).toContain("TaTarikh");
    expect(await error(sim, "DoListAsnad", [-1, 0, "1403-1-1", ""])).toContain("AzTarikhShamsi");
  });
});

describe("gold: melted (abshode) gold taken in or out needs the stamp number and the lab", () => {
  it("refuses melted gold in/out without Ang_Number or Name_az", async () => {
    const melted = with_(VKHGOLD(), 13, 1);
    expect(await error(sim, "DoNewSanadVKHGOLD", melted)).toContain("10 (Ang_Number)");
    expect(await error(sim, "DoNewSanadVKHGOLD", with_(melted, 10, 4521))).toContain("11 (Name_az)");
    expect(await ok(sim, "DoNewSanadVKHGOLD", with_(with_(melted, 10, 4521), 11, "آزمایشگاه ری"))).toMatch(/^\d+$/);
  });

  it("leaves a gold trade's slots 10-11 free: S1 sends melted gold with 0 and \"\", S2 a misc trade with its lab data", async () => {
    const meltedBare = with_(BUYSALEGOLD(), 15, 1);
    expect(await ok(sim, "DoNewSanadBuySaleGOLD", meltedBare)).toMatch(/^\d+$/);
    const miscWithLab = with_(with_(BUYSALEGOLD(), 10, 4521), 11, "آزمایشگاه ری");
    expect(await ok(sim, "DoNewSanadBuySaleGOLD", miscWithLab)).toMatch(/^\d+$/);
    expect(await error(sim, "DoNewSanadBuySaleGOLD", with_(BUYSALEGOLD(), 10, "4521"))).toContain("10 (Ang_Number)");
    expect(await error(sim, "DoNewSanadBuySaleGOLD", with_(BUYSALEGOLD(), 11, null))).toContain("11 (Name_az)");
  });
});

describe("etiket documents: fixed slots", () => {
  it("keeps slots 8-10 at 0 and slot 11 at \"\" in an etiket trade", async () => {
    const code = inStockEtiket();
    expect(await error(sim, "DoNewSanadBuySaleEtiket", with_(SALE_ETIKET(code), 8, 3.5))).toContain("8 (8_0)");
    expect(await error(sim, "DoNewSanadBuySaleEtiket", with_(SALE_ETIKET(code), 10, 1))).toContain("10 (10_0)");
    expect(await error(sim, "DoNewSanadBuySaleEtiket", with_(SALE_ETIKET(code), 11, "x"))).toContain("11");
    expect(await error(sim, "DoNewSanadBuySaleEtiket", with_(SALE_ETIKET(code), 11, 0))).toContain("String");
  });

  it("keeps slots 13, 14 and 19 at 0 in an etiket transfer", async () => {
    const code = inStockEtiket();
    expect(await error(sim, "DoNewSanadVKHEtiket", with_(VKH_ETIKET(code), 13, 55_000_000))).toContain("13 (13_0)");
    expect(await error(sim, "DoNewSanadVKHEtiket", with_(VKH_ETIKET(code), 14, 1))).toContain("14 (14_0)");
    expect(await error(sim, "DoNewSanadVKHEtiket", with_(VKH_ETIKET(code), 19, 7))).toContain("19 (19_0)");
  });

  it("reads etiket transfer slot 12 as in/out (0 in, 1 out)", async () => {
    expect(await error(sim, "DoNewSanadVKHEtiket", with_(VKH_ETIKET(inStockEtiket()), 12, 2))).toContain("IsVoroodOrKhorooj_0_1");
  });
});

describe("references", () => {
  it("refuses a document for a customer that does not exist", async () => {
    for (const [command, args] of [
      ["DoNewSanadVKHGOLD", VKHGOLD()],
      ["DoNewSanadVKHVaghNaghd", CASH()],
      ["DoNewSanadTalabBedehi", TALAB()],
    ] as const) {
      expect(await error(sim, command, with_(args, 2, 999))).toContain("999");
    }
    expect(await error(sim, "DoNewSanadInquiry", [999, 1, 1403, 1, 1])).toContain("999");
    expect(await error(sim, "DoListAsnad", [-1, 999, "1403-01-01", "1403-12-29"])).toContain("999");
    expect(await error(sim, "GetMandeHesabByTarikh", ["999", "1403-08-06"])).toContain("999");
  });

  it("refuses an etiket document for an etiket that does not exist", async () => {
    expect(await error(sim, "DoNewSanadBuySaleEtiket", SALE_ETIKET(9999))).toContain("9999");
    expect(await error(sim, "DoNewSanadVKHEtiket", VKH_ETIKET(0))).toContain("25 (Shenase)");
  });

  it("refuses deleting a document that does not exist, and a Factor_Code that is not letters and digits", async () => {
    expect(await error(sim, "DoDeleteSanad", ["999999"])).toBe("سند پیدا نشد");
    expect(await error(sim, "DoDeleteSanad", ["12; DROP"])).toContain("1 (Factor_Code)");
    expect(await error(sim, "DoDeleteSanad", [""])).toContain("1 (Factor_Code)");
  });

  it("processes nothing when it refuses", async () => {
    const before = sim.state.documents.size;
    await error(sim, "DoNewSanadVKHGOLD", with_(VKHGOLD(), 2, 999));
    await error(sim, "DoNewSanadVKHGOLD", with_(VKHGOLD(), 8, 0));
    expect(sim.state.documents.size).toBe(before);
  });
});
