// The current add-on's newer forms, as S1 (radiarkazemi/gold_abshd) and S3
// (Ahmadrezagh/Zarnia-Laravel) send them: trailing document arguments with a
// client-chosen Factor_Code (a server-side idempotency key), the 10-argument
// DoNewMoshtari, the 6-argument DoListAsnad — and their refusals.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTahesabSimulator, type TahesabSimulator } from "../../sandbox/tahesab/index.js";
import { error, factorCode, head, ok, read } from "./tahesab-client.js";

let sim: TahesabSimulator;
beforeAll(async () => {
  sim = await startTahesabSimulator({ dbNames: ["TahesabDB", "DB"] });
});
afterAll(() => sim.close());

const DUPLICATE_FACTOR = "کد فاکتور ارسالی شما (Factor_Code) تکراری می باشد.";
const DUPLICATE_CUSTOMER = "کد مشتری تکراری می باشد.";
const DUPLICATE_PHONE = "تلفن تکراری می باشد.";
let next = 0x5000;
const newCode = () => factorCode(next++);
const rowWith = async (customer: number, code: string) =>
  (Object.values(await read(sim, "DoListAsnad", [-1, customer, "1400-01-01", "1499-12-29", "", 0])) as any[]).find((r) => r.Factor_Code === code);
const etiket = (inStock: boolean) => Number([...sim.state.etikets.values()].find((e) => e.IsMojood === (inStock ? 1 : 0))!.Code);

/** Each command's seed-length arguments (temporary etiket documents: no stock rules). */
const SEED_FORMS = (): [string, unknown[], boolean][] => [
  ["DoNewSanadVKHGOLD", [...head(1, 20, 1, 1403, 9, 1), 2.5, 750, 0, "", 0, 0], false],
  ["DoNewSanadBuySaleGOLD", [...head(1, 20, 2, 1403, 9, 1), 2.5, 750, 0, "", 1, 55_000_000, 1, 0, 137_500_000], false],
  ["DoNewSanadVKHSEKEH", [...head(1, 20, 3, 1403, 9, 1), 8.133, 900, 1, "سکه امامی", 0], false],
  ["DoNewSanadBuySaleSEKEH", [...head(1, 20, 4, 1403, 9, 1), 8.133, 900, 1, "سکه امامی", 1, 600_000_000, 600_000_000], false],
  ["DoNewSanadVKHVaghNaghd", [...head(1, 20, 5, 1403, 9, 1), 0, 1_000_000, "واریز"], true],
  ["DoNewSanadTakhfif", [...head(1, 20, 6, 1403, 9, 1), 0, 100_000, "تخفیف"], true],
  ["DoNewSanadTalabBedehi", [...head(1, 20, 7, 1403, 9, 1), 1, 100_000, "طلب", "بابت", 0], true],
  ["DoNewSanadBuySaleKar", [...head(1, 20, 8, 1403, 9, 1), 5, 750, 1, "انگشتر", 1, 55_000_000, 1, 300_000_000, 1, 9, 0, 7, 0, 0, 0, "", 0], false],
  ["DoNewSanadVKHKar", [...head(1, 20, 9, 1403, 9, 1), 5, 750, 1, "انگشتر", 0, 0, 0, 9, 0, 0, 0, "", 0, 0], false],
  ["DoNewSanadBuySaleEtiket", [...head(0, 20, 10, 1403, 9, 1), 0, 0, 0, "", 1, 55_000_000, 1, 100_000_000, 0, 9, 0, 7, 0, 0, 0, "", 0, etiket(true)], false],
  ["DoNewSanadVKHEtiket", [...head(0, 20, 11, 1403, 9, 1), 0, 0, 0, "", 1, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, "", 0, etiket(true)], false],
];

describe("newer document arguments", () => {
  it("every DoNewSanad* takes Sharh (where it has none), Factor_Code, HavalehBe_Mcode, MultiRadif, Jens_Felez; OK is the chosen code", async () => {
    for (const [command, args, hasSharh] of SEED_FORMS()) {
      const code = newCode();
      const tail = hasSharh ? [code, -1, -1, 0] : ["شرح اپ", code, -1, -1, 0];
      expect(await ok(sim, command, [...args, ...tail])).toBe(code);
      const row = await rowWith(20, code);
      expect(row).toMatchObject({ Factor_Code: code, User: "APi" });
      if (!hasSharh) expect(row.Sharh1).toBe("شرح اپ");
      expect(await ok(sim, "DoDeleteSanad", [code])).toBe(code);
    }
  });

  it("takes S1's DoNewSanadBuySaleGOLD (23 arguments) and DoNewSanadBuySaleSEKEH (20), numbering Factor_Number -1 itself", async () => {
    const gold = newCode();
    const goldArgs = [1, 20, -1, 1, 1405, 7, 14, 15.0, 750.0, 0, "", 1, 1_156_800_000, 0, 1, 534_096_680, "اپ", gold, -1, -1, 0, "", ""];
    expect(await ok(sim, "DoNewSanadBuySaleGOLD", goldArgs)).toBe(gold);
    const coin = newCode();
    const coinArgs = [1, 20, -1, 1, 1405, 7, 14, 0, 0, 2.0, "ربع سکه", 1, 150_000_000, 300_000_000, "اپ", coin, -1, -1, 0, ""];
    expect(await ok(sim, "DoNewSanadBuySaleSEKEH", coinArgs)).toBe(coin);
    const [goldRow, coinRow] = [await rowWith(20, gold), await rowWith(20, coin)];
    expect(goldRow).toMatchObject({ NO: "فروش طلا", ZamanSabt: expect.stringMatching(/^1405\/07\/14 /), Mali: -534_096_680 });
    expect(coinRow.Sh_Factor).toBe(goldRow.Sh_Factor + 1);
    const used = [...sim.state.documents.values()].filter((d) => d.Factor_Code !== gold && d.Factor_Code !== coin);
    expect(goldRow.Sh_Factor).toBeGreaterThan(Math.max(...used.map((d) => d.Factor_Number)));
  });

  it("takes any prefix of the trailing arguments: S3's DoNewSanadBuySaleEtiket (29) and DoNewSanadTalabBedehi (15, Radif_Number -1)", async () => {
    const sale = newCode();
    const saleArgs = [1, 21, 3037, 1, 1403, 9, 2, 0, 0, 0, "", 1, 55_000_000, 0, 95_000_000, 1, 0, 0, 0, 0, 0, 0, "", 0, etiket(true), "خانم احمدی", sale, 0, 1];
    expect(await ok(sim, "DoNewSanadBuySaleEtiket", saleArgs)).toBe(sale);
    const debt = newCode();
    const debtArgs = [1, 21, 3037, -1, 1403, 9, 2, 1, 5_000_000, "Sharh", "Baabat", 0, debt, 0, 1];
    expect(await ok(sim, "DoNewSanadTalabBedehi", debtArgs)).toBe(debt);
    expect(await rowWith(21, debt)).toMatchObject({ NO: "طلب", Mali: -5_000_000, Sh_Factor: 3037 });
  });

  it("refuses S3's Factor_Code sent as a PHP intval (a JSON number: at most 19 digits)", async () => {
    const [command, args] = SEED_FORMS()[4];
    expect(await error(sim, command, [...args, 3037, 0, 1])).toContain("9 (Factor_Code)".replace("9", "11"));
  });

  it("refuses a Factor_Code that exists with the exact text — any letter case, also once its document is deleted — recording nothing", async () => {
    const [command, args] = SEED_FORMS()[4];
    const code = newCode();
    await ok(sim, command, [...args, code, -1, -1, 0]);
    const size = sim.state.documents.size;
    expect(await error(sim, command, [...args, code, -1, -1, 0])).toBe(DUPLICATE_FACTOR);
    expect(await error(sim, "DoNewSanadVKHGOLD", [...SEED_FORMS()[0][1], "", code.toLowerCase(), -1, -1, 0])).toBe(DUPLICATE_FACTOR);
    await ok(sim, "DoDeleteSanad", [code.toLowerCase()]); // the back ends' collation ignores case
    expect(await error(sim, command, [...args, code])).toBe(DUPLICATE_FACTOR);
    expect(sim.state.documents.size).toBe(size - 1);
  });

  it("answers a retried sale with the duplicate text before anything else (not 'not in stock')", async () => {
    const code = newCode();
    const piece = etiket(true);
    const sale = [...head(1, 22, 1, 1403, 9, 3), 0, 0, 0, "", 1, 55_000_000, 1, 90_000_000, 0, 9, 0, 7, 0, 0, 0, "", 0, piece, "", code];
    await ok(sim, "DoNewSanadBuySaleEtiket", sale);
    expect(await error(sim, "DoNewSanadBuySaleEtiket", sale)).toBe(DUPLICATE_FACTOR);
    expect(await error(sim, "DoNewSanadBuySaleEtiket", [...sale.slice(0, -1), newCode()])).toContain(String(piece));
  });

  it("is strict about the trailing arguments' types and values", async () => {
    const [command, args] = SEED_FORMS()[0]; // 13 arguments: Sharh is 14, Factor_Code 15, …
    const code = newCode();
    const bad: [unknown[], string][] = [
      [[5], "14 (Sharh)"],
      [["", code.slice(0, 19)], "15 (Factor_Code)"],
      [["", `${code}X`.padEnd(41, "0")], "15 (Factor_Code)"],
      [["", `GA-${code.slice(3)}`], "15 (Factor_Code)"],
      [["", ""], "15 (Factor_Code)"],
      [["", code, 5], "16 (HavalehBe_Mcode)"],
      [["", code, "-1"], "16 (HavalehBe_Mcode)"],
      [["", code, -1, 0], "17 (MultiRadif)"],
      [["", code, -1, -1, 1], "18 (Jens_Felez)"],
    ];
    for (const [tail, where] of bad) expect(await error(sim, command, [...args, ...tail])).toContain(where);
    const gold = SEED_FORMS()[1][1];
    expect(await error(sim, "DoNewSanadBuySaleGOLD", [...gold, "", code, -1, -1, 0, "1405-08-01"])).toContain("22 (Zaman_Tasvie)");
    expect(await error(sim, "DoNewSanadBuySaleGOLD", [...gold, "", code, -1, -1, 0, "", "USD"])).toContain("23 (Arz_Name)");
    expect(await error(sim, "DoNewSanadVKHVaghNaghd", [...SEED_FORMS()[4][1], "شرح دوم"])).toContain("11 (Factor_Code)");
    expect(sim.state.ledger.factorCodeTaken(code)).toBe(false);
  });
});

describe("DoNewMoshtari, 10 arguments", () => {
  const form = (name: string, tel: string, code: number, extra: Partial<Record<number, unknown>> = {}) => {
    const args: unknown[] = [name, "اپلیکیشن", tel, "", "0012345678", "", "", -1, code, 0];
    for (const [i, v] of Object.entries(extra)) args[Number(i)] = v;
    return args;
  };

  it("takes S1's form: the wanted code is answered as a number and the customer stored with its national code", async () => {
    expect(await ok(sim, "DoNewMoshtari", form("علی تست", "09121110001", 1043))).toBe(1043);
    expect((await read(sim, "DoListMoshtari", [1043, 1043]))["1043"]).toMatchObject({
      Code: 1043, Name: "علی تست", GoroupName: "اپليكيشن", GID: "5", Tel: "09121110001", Mobile: "09121110001", CodeMelli: "0012345678",
    });
  });

  it("gives Moshtari_Code -1 the next code after the highest, and takes a birth date and a referrer", async () => {
    const code = await ok(sim, "DoNewMoshtari", form("رضا تست", "09121110002", -1, { 5: "1370-05-12", 6: "محمد رضایی", 7: 1 }));
    expect(code).toBe(Math.max(...[...sim.state.customers.keys()].map(Number)));
    expect(code).toBeGreaterThan(1043);
    expect(sim.state.customer(code)).toMatchObject({ BDate: "1370-05-12", Moaref: "محمد رضایی", CodeMoaref: 1 });
  });

  it("refuses a wanted code that exists, then a phone that exists (any digit script, either form)", async () => {
    const size = sim.state.customers.size;
    expect(await error(sim, "DoNewMoshtari", form("تکراری", "09120000000", 1))).toBe(DUPLICATE_CUSTOMER);
    expect(await error(sim, "DoNewMoshtari", form("تکراری", "09121234567", -1))).toBe(DUPLICATE_PHONE);
    expect(await error(sim, "DoNewMoshtari", form("تکراری", "09351234567", -1))).toBe(DUPLICATE_PHONE); // stored as ۰۹۳۵…
    expect(await error(sim, "DoNewMoshtari", ["تکراری", "", "02188776655", ""])).toBe(DUPLICATE_PHONE);
    expect(sim.state.customers.size).toBe(size);
    expect(typeof (await ok(sim, "DoNewMoshtari", ["بی تلفن", "", "", ""]))).toBe("number");
    expect(typeof (await ok(sim, "DoNewMoshtari", ["بی تلفن ۲", "", "", ""]))).toBe("number"); // no phone never repeats
  });

  it("refuses a group or a referrer code that does not exist", async () => {
    expect(await error(sim, "DoNewMoshtari", ["بی گروه", "گروه ناشناس", "", ""])).toContain("گروه ناشناس");
    expect(await error(sim, "DoNewMoshtari", form("بی معرف", "09121110003", -1, { 7: 99999 }))).toContain("99999");
  });

  it("is strict about the newer arguments", async () => {
    const bad: [Partial<Record<number, unknown>>, string][] = [
      [{ 4: "123" }, "5 (CodeMeli)"],
      [{ 4: 12345678 }, "5 (CodeMeli)"],
      [{ 5: "1370/05/12" }, "6 (BirthDate)"],
      [{ 7: "-1" }, "8 (CodeMoaref)"],
      [{ 8: 0 }, "9 (Moshtari_Code)"],
      [{ 8: "1043" }, "9 (Moshtari_Code)"],
      [{ 9: 1 }, "10 (Jens_Felez)"],
    ];
    for (const [extra, where] of bad) expect(await error(sim, "DoNewMoshtari", form("سخت گیر", "09121110004", -1, extra))).toContain(where);
  });
});

describe("DoListAsnad, 6 arguments", () => {
  it("takes S1's call: every document of a customer between two dates, any kind, gold", async () => {
    const rows = await read(sim, "DoListAsnad", [-1, 1, "1400-01-01", "1406-01-01", "", 0]);
    expect((Object.values(rows) as any[]).map((r) => r.Sh_Factor)).toEqual([1201, 1202, 1203]);
  });

  it("refuses an unknown document kind and a metal other than 0", async () => {
    expect(await error(sim, "DoListAsnad", [-1, 1, "1400-01-01", "1406-01-01", "فروش ماشین", 0])).toContain("5 (FilterNoSanad)");
    expect(await error(sim, "DoListAsnad", [-1, 1, "1400-01-01", "1406-01-01", "", 1])).toContain("6 (Mande_Jens_Felez)");
  });

  it("filters by kind in either spelling of ی/ک", async () => {
    const rows = await read(sim, "DoListAsnad", [-1, 0, "1400-01-01", "1406-01-01", "دریافت وجه نقد", 0]);
    expect(Object.keys(rows).length).toBeGreaterThan(0);
    for (const row of Object.values(rows) as any[]) expect(row.NO).toBe("دريافت وجه نقد");
  });
});
