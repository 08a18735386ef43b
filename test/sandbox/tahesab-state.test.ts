// The simulator is stateful: documents move balances and stock, appear in
// DoListAsnad with running balances and in inquiries, and deleting them undoes
// all of it. Flags follow their corrected meanings (BuyOrSale_0_1 1 = the shop
// sells; balances positive when the shop owes the customer).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PRICE_750_PER_GRAM } from "../../sandbox/tahesab/accounting.js";
import { startTahesabSimulator, type TahesabSimulator } from "../../sandbox/tahesab/index.js";
import { error, head, ok, read, send } from "./tahesab-client.js";

let sim: TahesabSimulator;
beforeEach(async () => {
  // An SQL Server shop: text keeps its Persian ی (Access would store "?", see tahesab-text.test.ts).
  sim = await startTahesabSimulator({ dbNames: ["TahesabDB", "DB"] });
});
afterEach(() => sim.close());

const ALL = ["1300-01-01", "1499-12-29"] as const;
const mande = async (code: string) => (await read(sim, "getmandehesabbycode", [code])).MandeHesab[0];
const asnad = async (customer: number, from: string = ALL[0], to: string = ALL[1], count = -1) =>
  read(sim, "DoListAsnad", [count, customer, from, to, "", 0]);
/** A JSON object with integer keys parses in key order: like S1, sort by ZamanSabt, then ID. */
const chronological = (rows: any[]) =>
  rows.sort((a, b) => (a.ZamanSabt === b.ZamanSabt ? a.ID - b.ID : a.ZamanSabt < b.ZamanSabt ? -1 : 1));
const rowsOf = async (customer: number) => chronological(Object.values(await asnad(customer)));
const cash = (final: 0 | 1, customer: number, factor: number, date: [number, number, number], direction: 0 | 1, amount: number) =>
  [...head(final, customer, factor, ...date), direction, amount, "سند آزمایشی"];
const idsInWireOrder = (text: string) => [...text.matchAll(/"(\d+)":\{"ID"/g)].map((m) => Number(m[1]));
const fresh = async (name: string) => (await ok(sim, "DoNewMoshtari", [name, "", "", ""])) as number;

describe("balances (getmandehesabbycode, GetMandeHesabByTarikh)", () => {
  it("answers one row per existing code asked, every number a JSON string, with the two details and coins", async () => {
    const payload = await read(sim, "getmandehesabbycode", ["1", "999", "2", "01"]);
    expect(payload.MandeHesab.map((m: { Code: string }) => m.Code)).toEqual(["1", "2"]);
    expect(payload.MandeHesab[0]).toEqual({
      Code: "1",
      MandeyeVazni: "12.345",
      MandeyeMali: "-25000000",
      details: [
        { Name: "مانده مالي", Value: "-25000000" },
        { Name: "مانده طلا", Value: "12.345", Value1: "12.345" },
        { Name: "سکه امامی", Value: "2" },
      ],
      MandeyeKolBePool: String(-25_000_000 + Math.round(12.345 * PRICE_750_PER_GRAM)),
    });
  });

  it("counts only documents dated up to the given day", async () => {
    const at = async (date: string) => (await read(sim, "GetMandeHesabByTarikh", ["1", date])).MandeHesab;
    expect((await at("1403-08-05"))[0]).toMatchObject({ MandeyeVazni: "0", MandeyeMali: "0" });
    expect((await at("1403-08-06"))[0]).toMatchObject({ MandeyeVazni: "12.345", MandeyeMali: "0" });
    expect(await at("1403-08-10")).toHaveLength(1);
    expect((await at("1403-08-10"))[0]).toMatchObject({ MandeyeVazni: "12.345", MandeyeMali: "-25000000" });
  });

  it("exposes the same balance to tests through state.balance", () => {
    expect(sim.state.balance("1")).toEqual({ code: "1", gold: 12.345, money: -25_000_000, coins: { "سکه امامی": 2 } });
    expect(sim.state.balance(999)).toBeUndefined();
  });
});

describe("document rows (DoListAsnad)", () => {
  it("a new cash document appears last, with every row field, the running balance after it, and in the inquiry", async () => {
    const factorCode = await ok(sim, "DoNewSanadVKHVaghNaghd", cash(1, 3, 7001, [1403, 12, 15], 0, 35_000_000));
    const reply = await send(sim, { DoListAsnad: [-1, 3, ...ALL, "", 0] });
    const ids = idsInWireOrder(reply.text); // oldest first on the wire
    const row = reply.json[String(ids.at(-1))];
    expect(row).toEqual({
      ID: ids.at(-1),
      Factor_Code: factorCode,
      NO: "دريافت وجه نقد",
      ZamanSabt: expect.stringMatching(/^1403\/12\/15 \d\d:\d\d:\d\d$/),
      Vazn: "null",
      Ayar: "null",
      Mazaneh: "null",
      Mali: 35_000_000,
      TabdilVazn: "null",
      Name_az: "null",
      Sh_Sharti: "null",
      IsAbshode: false,
      TahesabVazni: 0,
      TahesabMali: 0, // was -35,000,000: an etiket bought for 85,000,000, 50,000,000 paid
      Sharh1: "سند آزمایشی",
      User: "APi",
      Sh_Factor: 7001,
    });
    expect(await read(sim, "DoNewSanadInquiry", [3, 7001, 1403, 12, 15])).toEqual({ [row.ID]: row });
    expect((await mande("3")).MandeyeMali).toBe("0");
  });

  it("shows a gold sale like S1's row: money owed by the customer (negative), the gold owed to them", async () => {
    const [sale, handedOut] = (await rowsOf(2)).slice(0, 2);
    expect(sale).toMatchObject({ NO: "فروش متفرقه", Vazn: 20.5, Ayar: 750, Mazaneh: 55_000_000, Mali: -1_127_500_000, TabdilVazn: 20.5 });
    expect(sale).toMatchObject({ TahesabVazni: 20.5, TahesabMali: -1_127_500_000, IsAbshode: false });
    expect(handedOut).toMatchObject({ NO: "خروج متفرقه", Mali: "null", TabdilVazn: -20.5, TahesabVazni: 0, TahesabMali: -1_127_500_000 });
  });

  it("shows melted gold with its lab, stamp number and 750-equivalent weight", async () => {
    const [taken, bought] = await rowsOf(8);
    expect(taken).toMatchObject({ NO: "ورود آبشده", Vazn: 10.2, Ayar: 740, Name_az: "آزمایشگاه ری", Sh_Sharti: "98765", IsAbshode: true, TabdilVazn: 10.064 });
    expect(bought).toMatchObject({ NO: "خريد طلا", Mali: 550_800_000, TabdilVazn: -10.064, TahesabVazni: 0, TahesabMali: 550_800_000 });
    await ok(sim, "DoNewSanadBuySaleGOLD", [...head(1, 8, 1803, 1403, 10, 12), 2, 750, 3424, "رزابهر", 1, 55_000_000, 1, 1, 110_000_000]);
    expect((await rowsOf(8)).at(-1)).toMatchObject({ NO: "فروش طلا", Sh_Sharti: "3424", Mali: -110_000_000, TahesabVazni: 2 });
  });

  it("shows rows the shop typed in Tahesab without a Factor_Code, by the Tahesab user, an empty Sharh1 as null", async () => {
    const rows = [...(await rowsOf(9)), ...(await rowsOf(11))];
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).not.toHaveProperty("Factor_Code");
      expect(row.User).toBe("مدير");
    }
    expect(rows.map((r) => r.NO)).toEqual(["ورود متفرقه", "خريد متفرقه", "دريافت وجه نقد"]);
    expect(rows[2].Sharh1).toBeNull();
    const seedChosen = (await rowsOf(10))[0];
    expect(seedChosen).toMatchObject({ Factor_Code: "GA7f3c9e21b04d4e8a9c11d2e3f405", Sharh1: "اپ", User: "APi" });
  });

  it("keeps the running balance in recording order; the last row's equals the balance", async () => {
    const c = await fresh("آزمون مانده");
    await ok(sim, "DoNewSanadVKHGOLD", [...head(1, c, 1, 1403, 9, 2), 10, 900, 0, "", 0, 0]); // +12 g
    await ok(sim, "DoNewSanadVKHVaghNaghd", cash(1, c, 2, [1403, 9, 1], 1, 5_000_000)); // earlier day: first
    await ok(sim, "DoNewSanadVKHVaghNaghd", cash(0, c, 3, [1403, 9, 3], 0, 9_000_000)); // temporary: no move
    const rows = await rowsOf(c);
    expect(rows.map((r) => [r.Sh_Factor, r.TahesabVazni, r.TahesabMali])).toEqual([
      [2, 0, -5_000_000],
      [1, 12, -5_000_000],
      [3, 12, -5_000_000],
    ]);
    expect(rows[2].Mali).toBe(9_000_000);
    expect(sim.state.balance(c)).toMatchObject({ gold: 12, money: -5_000_000 });
  });

  it("limits to the last Count_Last documents (oldest first), -1 for all, and filters by customer, dates and kind", async () => {
    const c = await fresh("آزمون فهرست");
    await ok(sim, "DoNewSanadVKHVaghNaghd", cash(1, c, 1, [1403, 11, 1], 0, 1));
    await ok(sim, "DoNewSanadVKHVaghNaghd", cash(1, c, 2, [1403, 10, 1], 1, 1));
    await ok(sim, "DoNewSanadVKHVaghNaghd", cash(1, c, 3, [1403, 11, 1], 0, 1));
    const factors = async (count: number, from: string = ALL[0], to: string = ALL[1]) =>
      chronological(Object.values(await asnad(c, from, to, count))).map((r) => r.Sh_Factor);
    expect(await factors(-1)).toEqual([2, 1, 3]);
    expect(await factors(2)).toEqual([1, 3]);
    expect(await factors(-1, "1403-10-01", "1403-10-30")).toEqual([2]);
    expect(await factors(-1, "1403-10-02", "1403-12-29")).toEqual([1, 3]);
    const paid = await read(sim, "DoListAsnad", [-1, c, ...ALL, "پرداخت وجه نقد", 0]);
    expect((Object.values(paid) as any[]).map((r) => r.Sh_Factor)).toEqual([2]);
    const everyone = await read(sim, "DoListAsnad", [-1, 0, ...ALL]);
    expect(Object.keys(everyone)).toHaveLength(sim.state.documents.size);
    expect(await read(sim, "DoListAsnad", [-1, 14, ...ALL])).toEqual({});
  });

  it("temporary documents are listed and found but move no balance", async () => {
    const before = await mande("5");
    await ok(sim, "DoNewSanadVKHVaghNaghd", cash(0, 5, 7005, [1403, 12, 17], 0, 10_000_000));
    expect(await mande("5")).toEqual(before);
    expect((await rowsOf(5)).at(-1)).toMatchObject({ Sh_Factor: 7005, Mali: 10_000_000, TahesabMali: -10_000_000 });
    expect(Object.values(await read(sim, "DoNewSanadInquiry", [5, 7005, 1403, 12, 17]))).toHaveLength(1);
  });

  it("the inquiry answers {} when no such document exists (other number or other day)", async () => {
    await ok(sim, "DoNewSanadVKHVaghNaghd", cash(1, 3, 7002, [1403, 12, 15], 0, 1000));
    expect(await read(sim, "DoNewSanadInquiry", [3, 7003, 1403, 12, 15])).toEqual({});
    expect(await read(sim, "DoNewSanadInquiry", [3, 7002, 1403, 12, 16])).toEqual({});
    expect(await read(sim, "DoNewSanadInquiry", [4, 7002, 1403, 12, 15])).toEqual({});
  });

  it("DoDeleteSanad undoes the balance and removes the document from lists and inquiry", async () => {
    const before = await mande("3");
    const factorCode = await ok(sim, "DoNewSanadVKHVaghNaghd", cash(1, 3, 7004, [1403, 12, 16], 1, 12_000_000));
    expect((await mande("3")).MandeyeMali).toBe(String(Number(before.MandeyeMali) - 12_000_000));
    const size = sim.state.documents.size;
    expect(await ok(sim, "DoDeleteSanad", [factorCode])).toBe(factorCode);
    expect(await mande("3")).toEqual(before);
    expect(sim.state.documents.size).toBe(size - 1);
    expect((await rowsOf(3)).some((r) => r.Factor_Code === factorCode)).toBe(false);
    expect(await read(sim, "DoNewSanadInquiry", [3, 7004, 1403, 12, 16])).toEqual({});
    expect(await error(sim, "DoDeleteSanad", [factorCode])).toBe("سند پیدا نشد");
  });

  it("gives every document without a chosen Factor_Code a unique one made of digits", async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 5; i++) codes.add(await ok(sim, "DoNewSanadVKHVaghNaghd", cash(1, 1, 100 + i, [1403, 9, 1], 0, 1)));
    expect(codes.size).toBe(5);
    for (const code of codes) expect(code).toMatch(/^\d+$/);
  });
});

describe("accounting rules (BuyOrSale_0_1: 0 = the shop buys, 1 = the shop sells)", () => {
  it("gold in/out counts 750-equivalent grams", async () => {
    const c = await fresh("آزمون طلا");
    await ok(sim, "DoNewSanadVKHGOLD", [...head(1, c, 1, 1403, 9, 1), 10, 900, 0, "", 0, 0]); // +12 g of 750
    await ok(sim, "DoNewSanadVKHGOLD", [...head(1, c, 2, 1403, 9, 1), 1.111, 585, 0, "", 1, 0]); // -0.86658 -> -0.867
    expect(sim.state.balance(c)!.gold).toBe(11.133);
  });

  it("a sale makes the customer owe the money (negative) and be owed the gold; a buy the reverse", async () => {
    const c = await fresh("آزمون خرید طلا");
    await ok(sim, "DoNewSanadBuySaleGOLD", [...head(1, c, 1, 1403, 9, 1), 10, 750, 0, "", 1, 55_000_000, 1, 0, 550_000_000]);
    expect(sim.state.balance(c)).toMatchObject({ gold: 10, money: -550_000_000 });
    expect(await mande(String(c))).toMatchObject({ MandeyeVazni: "10", MandeyeMali: "-550000000" });
    await ok(sim, "DoNewSanadBuySaleGOLD", [...head(1, c, 2, 1403, 9, 2), 4, 750, 0, "", 0, 56_000_000, 1, 0, 224_000_000]);
    expect(sim.state.balance(c)).toMatchObject({ gold: 6, money: -326_000_000 });
  });

  it("coins count per coin name; a coin sale owes the customer the coins and charges them", async () => {
    const c = await fresh("آزمون سکه");
    await ok(sim, "DoNewSanadVKHSEKEH", [...head(1, c, 1, 1403, 9, 1), 8.133, 900, 3, "سکه بهار آزادی", 0]);
    await ok(sim, "DoNewSanadBuySaleSEKEH", [...head(1, c, 2, 1403, 9, 1), 4.066, 900, 1, "نیم سکه", 1, 350_000_000, 350_000_000]);
    await ok(sim, "DoNewSanadBuySaleSEKEH", [...head(1, c, 3, 1403, 9, 1), 8.133, 900, 1, "سکه بهار آزادی", 0, 700_000_000, 700_000_000]);
    expect(sim.state.balance(c)).toMatchObject({ money: 350_000_000, coins: { "سکه بهار آزادی": 2, "نیم سکه": 1 } });
    expect((await mande(String(c))).details).toContainEqual({ Name: "نیم سکه", Value: "1" });
  });

  it("discounts, payables/receivables and made goods move money (and gold for debts)", async () => {
    const c = await fresh("آزمون مالی");
    await ok(sim, "DoNewSanadTakhfif", [...head(1, c, 1, 1403, 9, 1), 0, 1_000_000, "تخفیف"]); // +1,000,000
    await ok(sim, "DoNewSanadTakhfif", [...head(1, c, 2, 1403, 9, 1), 1, 300_000, "تخفیف"]); // -300,000
    await ok(sim, "DoNewSanadTalabBedehi", [...head(1, c, 3, 1403, 9, 1), 0, 2_000_000, "بدهی ما", "قرض", 1.25]); // +2,000,000 +1.25 g
    await ok(sim, "DoNewSanadTalabBedehi", [...head(1, c, 4, 1403, 9, 1), 1, 500_000, "طلب ما", "اجرت", 0.25]); // -500,000 -0.25 g
    const kar = [5, 750, 1, "انگشتر", 1, 55_000_000, 1, 400_000_000, 1, 9, 3_000_000, 7, 0, 0, 0, "a1.jpg", 1_000_000];
    await ok(sim, "DoNewSanadBuySaleKar", [...head(1, c, 5, 1403, 9, 1), ...kar]); // sale: -400,000,000
    await ok(sim, "DoNewSanadBuySaleKar", [...head(1, c, 6, 1403, 9, 1), ...kar.map((v, i) => (i === 4 ? 0 : v))]); // buy: +400,000,000
    const vkhKar = [5, 750, 1, "انگشتر", 0, 0, 100_000_000, 9, 0, 0, 0, "a1.jpg", 0, 0];
    await ok(sim, "DoNewSanadVKHKar", [...head(1, c, 7, 1403, 9, 1), ...vkhKar]); // in: +100,000,000
    expect(sim.state.balance(c)).toMatchObject({ gold: 1, money: 1_000_000 - 300_000 + 2_000_000 - 500_000 + 100_000_000 });
    const kinds = (await rowsOf(c)).map((r) => r.NO);
    expect(kinds).toEqual(["تخفيف ما به مشتري", "تخفيف مشتري به ما", "بدهي", "طلب", "فروش كارساخته", "خريد كارساخته", "ورود كارساخته"]);
  });
});

describe("etiket stock", () => {
  const trade = (customer: number, factor: number, code: number, side: 0 | 1, final: 0 | 1 = 1) =>
    [...head(final, customer, factor, 1403, 12, 20), 0, 0, 0, "", side, 55_000_000, 1, 120_000_000, 0, 9, 1_000_000, 7, 0, 0, 0, `${code}.jpg`, 4_000_000, code];
  const transfer = (customer: number, factor: number, code: number, direction: 0 | 1) =>
    [...head(1, customer, factor, 1403, 12, 21), 0, 0, 0, "", direction, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, `${code}.jpg`, 0, code];
  const inStock = () => Number([...sim.state.etikets.values()].find((e) => e.IsMojood === 1)!.Code);
  const isMojood = async (code: number) => (await read(sim, "getetiketinfobycode", [String(code)]))[String(code)].IsMojood;
  const SELL = 1;
  const BUY = 0;

  it("selling an etiket (1) takes it out of stock, charges the customer and lists it as updated", async () => {
    const code = inStock();
    const before = sim.state.balance(14)!.money;
    const factorCode = await ok(sim, "DoNewSanadBuySaleEtiket", trade(14, 1, code, SELL));
    expect(await isMojood(code)).toBe("0");
    expect(sim.state.balance(14)!.money).toBe(before - 120_000_000);
    const updated = await read(sim, "DoListGetUpdatedEtiket", ["1403-12-20", "1403-12-20"]);
    expect(updated[String(code)]).toMatchObject({ Code: String(code), IsMojood: "0", TarikhTaghir: "1403-12-20" });
    const row = (await rowsOf(14)).find((r) => r.Factor_Code === factorCode);
    expect(row).toMatchObject({ NO: "فروش اتيكت", Mali: -120_000_000, Vazn: sim.state.etiket(code)!.Vazn });
  });

  it("refuses to sell an etiket that is not in stock, and deleting the sale puts it back", async () => {
    const code = inStock();
    const factorCode = await ok(sim, "DoNewSanadBuySaleEtiket", trade(14, 2, code, SELL));
    expect(await error(sim, "DoNewSanadBuySaleEtiket", trade(15, 3, code, SELL))).toContain(String(code));
    await ok(sim, "DoDeleteSanad", [factorCode]);
    expect(await isMojood(code)).toBe("1");
    expect(await ok(sim, "DoNewSanadBuySaleEtiket", trade(15, 3, code, SELL))).toMatch(/^\d+$/);
  });

  it("etiket transfers (slot 12: 0 in, 1 out) move stock only: out then in", async () => {
    const code = inStock();
    const before = sim.state.balance(16)!;
    await ok(sim, "DoNewSanadVKHEtiket", transfer(16, 1, code, 1));
    expect(await isMojood(code)).toBe("0");
    expect(await error(sim, "DoNewSanadVKHEtiket", transfer(16, 2, code, 1))).toContain(String(code));
    await ok(sim, "DoNewSanadVKHEtiket", transfer(16, 3, code, 0));
    expect(await isMojood(code)).toBe("1");
    expect(sim.state.balance(16)).toEqual(before);
    expect((await rowsOf(16)).map((r) => r.NO)).toEqual(["خروج اتيكت", "ورود اتيكت"]);
  });

  it("a temporary etiket sale moves no stock", async () => {
    const code = inStock();
    await ok(sim, "DoNewSanadBuySaleEtiket", trade(14, 4, code, SELL, 0));
    expect(await isMojood(code)).toBe("1");
  });

  it("buying (0) a sold etiket back puts it in stock and credits the customer", async () => {
    const sold = Number([...sim.state.etikets.values()].find((e) => e.IsMojood === 0)!.Code);
    const before = sim.state.balance(17)!.money;
    await ok(sim, "DoNewSanadBuySaleEtiket", trade(17, 1, sold, BUY));
    expect(await isMojood(sold)).toBe("1");
    expect(sim.state.balance(17)!.money).toBe(before + 120_000_000);
    expect(await error(sim, "DoNewSanadBuySaleEtiket", trade(18, 1, sold, BUY))).toContain(String(sold));
  });
});
