// The simulator is stateful: documents move balances and stock, appear in
// lists and inquiries, and deleting them undoes all of it. Also the read
// commands' payload shapes and the seed data.
import { beforeEach, afterEach, describe, expect, it } from "vitest";
import { startTahesabSimulator, type TahesabSimulator } from "../../sandbox/tahesab/index.js";
import { call, error, head, ok, send } from "./tahesab-client.js";

let sim: TahesabSimulator;
beforeEach(async () => {
  sim = await startTahesabSimulator();
});
afterEach(() => sim.close());

const mande = async (code: string) => (await ok(sim, "getmandehesabbycode", [code])).MandeHesab[0];
const cash = (final: 0 | 1, customer: number, factor: number, date: [number, number, number], direction: 0 | 1, amount: number) =>
  [...head(final, customer, factor, ...date), direction, amount, "سند آزمایشی"];
const keysInWireOrder = (text: string) => [...text.matchAll(/"(\d+)":\{"Factor_Code"/g)].map((m) => m[1]);

describe("balances (getmandehesabbycode, GetMandeHesabByTarikh)", () => {
  it("answers one entry per existing code asked, with gold, coin and rial details", async () => {
    const payload = await ok(sim, "getmandehesabbycode", ["1", "999", "2"]);
    expect(payload.MandeHesab.map((m: { Code: string }) => m.Code)).toEqual(["1", "2"]);
    expect(payload.MandeHesab[0]).toEqual({
      Code: "1",
      Name: "محمد رضایی",
      MandeyeVazni: 12.345,
      MandeyeMali: -25_000_000,
      details: [
        { Onvan: "طلای ۷۵۰", Meghdar: 12.345, Vahed: "گرم" },
        { Onvan: "سکه امامی", Meghdar: 2, Vahed: "عدد" },
        { Onvan: "ریال", Meghdar: -25_000_000, Vahed: "ریال" },
      ],
    });
  });

  it("counts only documents dated up to the given day", async () => {
    const at = async (date: string) => (await ok(sim, "GetMandeHesabByTarikh", ["1", date])).MandeHesab;
    expect((await at("1403-08-05"))[0]).toMatchObject({ MandeyeVazni: 0, MandeyeMali: 0 });
    expect((await at("1403-08-06"))[0]).toMatchObject({ MandeyeVazni: 12.345, MandeyeMali: 0 });
    expect(await at("1403-08-10")).toHaveLength(1);
    expect((await at("1403-08-10"))[0]).toMatchObject({ MandeyeVazni: 12.345, MandeyeMali: -25_000_000 });
  });

  it("exposes the same balance to tests through state.balance", async () => {
    expect(sim.state.balance("1")).toEqual({ code: "1", gold: 12.345, money: -25_000_000, coins: { "سکه امامی": 2 } });
    expect(sim.state.balance(999)).toBeUndefined();
  });
});

describe("documents", () => {
  it("a new cash document appears first in DoListAsnad and in the inquiry, and moves the balance", async () => {
    const factorCode = await ok(sim, "DoNewSanadVKHVaghNaghd", cash(1, 3, 7001, [1403, 12, 15], 0, 35_000_000));
    expect(factorCode).toMatch(/^\d+$/);

    const reply = await send(sim, { DoListAsnad: [0, 0, "", ""] });
    expect(keysInWireOrder(reply.text)[0]).toBe(factorCode);
    expect(reply.json.OK[factorCode]).toEqual({
      Factor_Code: factorCode,
      Noe: "VKHVaghNaghd",
      Moshtari_Code: "3",
      Factor_Number: 7001,
      Tarikh: "1403-12-15",
      Sabte_Kol: 1,
      Vazn: 0,
      Ayar: 0,
      Mablagh: 35_000_000,
      Sharh: "سند آزمایشی",
    });
    expect(await ok(sim, "DoNewSanadInquiry", [3, 7001, 1403, 12, 15])).toEqual(reply.json.OK[factorCode]);
    expect((await mande("3")).MandeyeMali).toBe(0); // was -35,000,000
  });

  it("the inquiry answers {} when no such document exists (other number or other day)", async () => {
    await ok(sim, "DoNewSanadVKHVaghNaghd", cash(1, 3, 7002, [1403, 12, 15], 0, 1000));
    expect(await ok(sim, "DoNewSanadInquiry", [3, 7003, 1403, 12, 15])).toEqual({});
    expect(await ok(sim, "DoNewSanadInquiry", [3, 7002, 1403, 12, 16])).toEqual({});
    expect(await ok(sim, "DoNewSanadInquiry", [4, 7002, 1403, 12, 15])).toEqual({});
  });

  it("DoDeleteSanad undoes the balance and removes the document from lists and inquiry", async () => {
    const before = await mande("3");
    const factorCode = await ok(sim, "DoNewSanadVKHVaghNaghd", cash(1, 3, 7004, [1403, 12, 16], 1, 12_000_000));
    expect((await mande("3")).MandeyeMali).toBe(before.MandeyeMali - 12_000_000);
    const size = sim.state.documents.size;

    expect(await ok(sim, "DoDeleteSanad", [factorCode])).toBe(factorCode);
    expect(await mande("3")).toEqual(before);
    expect(sim.state.documents.size).toBe(size - 1);
    expect((await ok(sim, "DoListAsnad", [0, 3, "", ""]))[factorCode]).toBeUndefined();
    expect(await ok(sim, "DoNewSanadInquiry", [3, 7004, 1403, 12, 16])).toEqual({});
    expect(await error(sim, "DoDeleteSanad", [factorCode])).toContain(factorCode);
  });

  it("temporary documents are listed and found but move no balance", async () => {
    const before = await mande("5");
    const factorCode = await ok(sim, "DoNewSanadVKHVaghNaghd", cash(0, 5, 7005, [1403, 12, 17], 0, 10_000_000));
    expect(await mande("5")).toEqual(before);
    expect((await ok(sim, "DoListAsnad", [0, 5, "", ""]))[factorCode].Sabte_Kol).toBe(0);
    expect((await ok(sim, "DoNewSanadInquiry", [5, 7005, 1403, 12, 17])).Sabte_Kol).toBe(0);
  });

  it("DoListAsnad goes newest first by date then creation, limits to Count_Last and filters by customer and dates", async () => {
    const later = await ok(sim, "DoNewSanadVKHVaghNaghd", cash(1, 9, 1, [1403, 11, 1], 0, 1));
    const earlier = await ok(sim, "DoNewSanadVKHVaghNaghd", cash(1, 9, 2, [1403, 10, 1], 0, 1));
    const sameDayLater = await ok(sim, "DoNewSanadVKHVaghNaghd", cash(1, 9, 3, [1403, 11, 1], 0, 1));
    expect(keysInWireOrder((await send(sim, { DoListAsnad: [0, 9, "", ""] })).text)).toEqual([sameDayLater, later, earlier]);
    expect(keysInWireOrder((await send(sim, { DoListAsnad: [2, 9, "", ""] })).text)).toEqual([sameDayLater, later]);
    expect(Object.keys(await ok(sim, "DoListAsnad", [0, 9, "1403-10-01", "1403-10-30"]))).toEqual([earlier]);
    expect(Object.keys(await ok(sim, "DoListAsnad", [0, 9, "1403-10-02", ""])).sort()).toEqual([later, sameDayLater].sort());
    const all = await ok(sim, "DoListAsnad", [0, 0, "", ""]);
    expect(Object.keys(all)).toHaveLength(sim.state.documents.size);
    expect(Object.keys(await ok(sim, "DoListAsnad", [0, 10, "", ""]))).toEqual([]);
  });

  it("gives every document a unique Factor_Code made of digits", async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 5; i++) codes.add(await ok(sim, "DoNewSanadVKHVaghNaghd", cash(1, 1, 100 + i, [1403, 9, 1], 0, 1)));
    expect(codes.size).toBe(5);
    for (const code of codes) expect(code).toMatch(/^\d+$/);
  });
});

describe("accounting rules", () => {
  const fresh = async (name: string) => Number(await ok(sim, "DoNewMoshtari", [name, "مشتری عادی", "", ""]));

  it("gold in/out counts 750-equivalent grams", async () => {
    const c = await fresh("آزمون طلا");
    await ok(sim, "DoNewSanadVKHGOLD", [...head(1, c, 1, 1403, 9, 1), 10, 900, 0, "", 0, 0]); // +12 g of 750
    await ok(sim, "DoNewSanadVKHGOLD", [...head(1, c, 2, 1403, 9, 1), 1.111, 585, 0, "", 1, 0]); // -0.86658 -> -0.867
    expect(sim.state.balance(c)!.gold).toBe(11.133);
  });

  it("a gold buy turns the customer's gold into money we owe; a sale the reverse", async () => {
    const c = await fresh("آزمون خرید طلا");
    await ok(sim, "DoNewSanadBuySaleGOLD", [...head(1, c, 1, 1403, 9, 1), 10, 750, 0, "", 1, 55_000_000, 1, 0, 550_000_000]);
    expect(sim.state.balance(c)).toMatchObject({ gold: -10, money: 550_000_000 });
    await ok(sim, "DoNewSanadBuySaleGOLD", [...head(1, c, 2, 1403, 9, 2), 4, 750, 0, "", 0, 56_000_000, 1, 0, 224_000_000]);
    expect(sim.state.balance(c)).toMatchObject({ gold: -6, money: 326_000_000 });
  });

  it("coins count per coin name, and coin trades move money", async () => {
    const c = await fresh("آزمون سکه");
    await ok(sim, "DoNewSanadVKHSEKEH", [...head(1, c, 1, 1403, 9, 1), 8.133, 900, 3, "سکه بهار آزادی", 0]);
    await ok(sim, "DoNewSanadBuySaleSEKEH", [...head(1, c, 2, 1403, 9, 1), 4.066, 900, 1, "نیم سکه", 0, 350_000_000, 350_000_000]);
    expect(sim.state.balance(c)).toMatchObject({ money: -350_000_000, coins: { "سکه بهار آزادی": 3, "نیم سکه": 1 } });
    const details = (await mande(String(c))).details;
    expect(details).toContainEqual({ Onvan: "نیم سکه", Meghdar: 1, Vahed: "عدد" });
  });

  it("discounts, payables/receivables and made goods move money (and gold for debts)", async () => {
    const c = await fresh("آزمون مالی");
    await ok(sim, "DoNewSanadTakhfif", [...head(1, c, 1, 1403, 9, 1), 0, 1_000_000, "تخفیف"]); // +1,000,000
    await ok(sim, "DoNewSanadTakhfif", [...head(1, c, 2, 1403, 9, 1), 1, 300_000, "تخفیف"]); // -300,000
    await ok(sim, "DoNewSanadTalabBedehi", [...head(1, c, 3, 1403, 9, 1), 0, 2_000_000, "بدهی ما", "قرض", 1.25]); // +2,000,000 +1.25 g
    await ok(sim, "DoNewSanadTalabBedehi", [...head(1, c, 4, 1403, 9, 1), 1, 500_000, "طلب ما", "اجرت", 0.25]); // -500,000 -0.25 g
    const kar = [5, 750, 1, "انگشتر", 0, 55_000_000, 1, 400_000_000, 1, 9, 3_000_000, 7, 0, 0, 0, "a1.jpg", 1_000_000];
    await ok(sim, "DoNewSanadBuySaleKar", [...head(1, c, 5, 1403, 9, 1), ...kar]); // sale: -400,000,000
    const vkhKar = [5, 750, 1, "انگشتر", 0, 0, 100_000_000, 9, 0, 0, 0, "a1.jpg", 0, 0];
    await ok(sim, "DoNewSanadVKHKar", [...head(1, c, 6, 1403, 9, 1), ...vkhKar]); // in: +100,000,000
    expect(sim.state.balance(c)).toMatchObject({ gold: 1, money: 1_000_000 - 300_000 + 2_000_000 - 500_000 - 400_000_000 + 100_000_000 });
  });
});

describe("etiket stock", () => {
  const sale = (customer: number, factor: number, code: number, side: 0 | 1, final: 0 | 1 = 1) =>
    [...head(final, customer, factor, 1403, 12, 20), 0, 0, 0, "", side, 55_000_000, 1, 120_000_000, 0, 9, 1_000_000, 7, 0, 0, 0, `${code}.jpg`, 4_000_000, code];
  const transfer = (customer: number, factor: number, code: number, direction: 0 | 1) =>
    [...head(1, customer, factor, 1403, 12, 21), 0, 0, 0, "", direction, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, `${code}.jpg`, 0, code];
  const inStock = () => Number([...sim.state.etikets.values()].find((e) => e.IsMojood === 1)!.Code);
  const isMojood = async (code: number) => (await ok(sim, "getetiketinfobycode", [String(code)]))[String(code)].IsMojood;

  it("selling an etiket takes it out of stock, charges the customer and lists it as updated", async () => {
    const code = inStock();
    const before = sim.state.balance(14)!.money;
    const factorCode = await ok(sim, "DoNewSanadBuySaleEtiket", sale(14, 1, code, 0));
    expect(await isMojood(code)).toBe(0);
    expect(sim.state.balance(14)!.money).toBe(before - 120_000_000);
    const updated = await ok(sim, "DoListGetUpdatedEtiket", ["1403-12-20", "1403-12-20"]);
    expect(updated[String(code)]).toMatchObject({ Code: String(code), IsMojood: 0, TarikhTaghir: "1403-12-20" });
    const listed = (await ok(sim, "DoListAsnad", [1, 14, "", ""]))[factorCode];
    expect(listed).toMatchObject({ Noe: "BuySaleEtiket", Mablagh: 120_000_000, Vazn: sim.state.etiket(code)!.Vazn });
  });

  it("refuses to sell an etiket that is not in stock, and deleting the sale puts it back", async () => {
    const code = inStock();
    const factorCode = await ok(sim, "DoNewSanadBuySaleEtiket", sale(14, 2, code, 0));
    expect(await error(sim, "DoNewSanadBuySaleEtiket", sale(15, 3, code, 0))).toContain(String(code));
    await ok(sim, "DoDeleteSanad", [factorCode]);
    expect(await isMojood(code)).toBe(1);
    expect(await ok(sim, "DoNewSanadBuySaleEtiket", sale(15, 3, code, 0))).toMatch(/^\d+$/);
  });

  it("etiket transfers move stock only: out then in", async () => {
    const code = inStock();
    const before = sim.state.balance(16)!;
    await ok(sim, "DoNewSanadVKHEtiket", transfer(16, 1, code, 1));
    expect(await isMojood(code)).toBe(0);
    expect(await error(sim, "DoNewSanadVKHEtiket", transfer(16, 2, code, 1))).toContain(String(code));
    await ok(sim, "DoNewSanadVKHEtiket", transfer(16, 3, code, 0));
    expect(await isMojood(code)).toBe(1);
    expect(sim.state.balance(16)).toEqual(before);
  });

  it("a temporary etiket sale moves no stock", async () => {
    const code = inStock();
    await ok(sim, "DoNewSanadBuySaleEtiket", sale(14, 4, code, 0, 0));
    expect(await isMojood(code)).toBe(1);
  });

  it("buying back a sold etiket puts it in stock and credits the customer", async () => {
    const sold = Number([...sim.state.etikets.values()].find((e) => e.IsMojood === 0)!.Code);
    const before = sim.state.balance(17)!.money;
    await ok(sim, "DoNewSanadBuySaleEtiket", sale(17, 1, sold, 1));
    expect(await isMojood(sold)).toBe(1);
    expect(sim.state.balance(17)!.money).toBe(before + 120_000_000);
  });
});

describe("customers", () => {
  it("DoNewMoshtari answers increasing codes and the customer is listed", async () => {
    const first = await ok(sim, "DoNewMoshtari", ["نیما کریمی", "مشتری عادی", "09351112233", "تهران، خیابان آزادی"]);
    const second = await ok(sim, "DoNewMoshtari", ["سمیرا نادری", "همکار", "02144556677", ""]);
    expect([first, second]).toEqual(["31", "32"]);
    const listed = await ok(sim, "DoListMoshtari", [31, 32]);
    expect(listed["31"]).toEqual({ Code: "31", Name: "نیما کریمی", GroupName: "مشتری عادی", Tel: "09351112233", Mobile: "09351112233", Address: "تهران، خیابان آزادی" });
    expect(listed["32"].Mobile).toBe("");
    expect((await ok(sim, "DoListMoshtari", [9351112233]))["31"].Name).toBe("نیما کریمی");
  });

  it("DoListMoshtari by range answers the codes in it", async () => {
    expect(Object.keys(await ok(sim, "DoListMoshtari", [5, 9]))).toEqual(["5", "6", "7", "8", "9"]);
    expect(await ok(sim, "DoListMoshtari", [100, 200])).toEqual({});
  });

  it("DoListMoshtari by phone takes the number without its leading zero, matches mobile or landline and any digit script", async () => {
    expect(Object.keys(await ok(sim, "DoListMoshtari", [9121234567]))).toEqual(["1"]);
    expect(Object.keys(await ok(sim, "DoListMoshtari", [2188776655]))).toEqual(["1"]);
    expect(Object.keys(await ok(sim, "DoListMoshtari", [9351234567]))).toEqual(["7"]); // stored as ۰۹۳۵۱۲۳۴۵۶۷
    expect(await ok(sim, "DoListMoshtari", [9000000000])).toEqual({});
  });

  it("stores some names with Arabic ي/ك and finds them by their Persian spelling", async () => {
    const ali = sim.state.customer("2")!;
    expect(ali.Name).toBe("علي كريمي");
    expect(sim.state.findCustomersByName("علی کریمی").map((c) => c.Code)).toEqual(["2"]);
    expect(sim.state.findCustomersByName("كيميا").map((c) => c.Code)).toEqual(["6"]);
  });
});

describe("etikets", () => {
  it("getetiketinfobycode answers records keyed by code; unknown codes are absent", async () => {
    const payload = await ok(sim, "getetiketinfobycode", ["1", "2", "9999"]);
    expect(Object.keys(payload)).toEqual(["1", "2"]);
    expect(Object.keys(payload["1"])).toEqual(["Code", "Name", "Vazn", "Ayar", "Size", "Color", "Sharh", "DarsadSood", "PoolSang", "IsMojood", "CodeKar", "PictureFileName"]);
    expect(payload["1"].Image).toBeUndefined();
  });

  it("the WithImage variants carry a small valid PNG as base64", async () => {
    const payload = await ok(sim, "getetiketinfobycodewithimage", ["3"]);
    const png = Buffer.from(payload["3"].Image, "base64");
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect(png.readUInt32BE(16)).toBe(8);
    expect(png.subarray(-8, -4).toString("ascii")).toBe("IEND");
    const again = await ok(sim, "getetiketinfobycodewithimage", ["3"]);
    expect(again["3"].Image).toBe(payload["3"].Image);
  });

  it("DoListEtiket answers the code range, with images only when asked", async () => {
    const plain = await ok(sim, "DoListEtiket", [10, 19, 0]);
    expect(Object.keys(plain)).toEqual(["10", "11", "12", "13", "14", "15", "16", "17", "18", "19"]);
    expect(plain["10"].Image).toBeUndefined();
    const photos = await ok(sim, "DoListEtiket", [10, 11, 1]);
    expect(typeof photos["10"].Image).toBe("string");
  });

  it("DoList_EtiketByCodeKar answers the etikets of that kind", async () => {
    const payload = await ok(sim, "DoList_EtiketByCodeKar", ["7"]);
    const expected = [...sim.state.etikets.values()].filter((e) => e.CodeKar === "7").map((e) => e.Code);
    expect(expected.length).toBeGreaterThan(0);
    expect(Object.keys(payload).sort()).toEqual(expected.sort());
    expect(await ok(sim, "DoList_EtiketByCodeKar", ["999"])).toEqual({});
  });

  it("DoListGetUpdatedEtiket answers etikets changed in the range with their change date", async () => {
    const payload = await ok(sim, "DoListGetUpdatedEtiket", ["1403-01-01", "1403-03-31"]);
    expect(Object.keys(payload).length).toBeGreaterThan(10);
    for (const etiket of Object.values(payload) as { TarikhTaghir: string }[]) {
      expect(etiket.TarikhTaghir >= "1403-01-01" && etiket.TarikhTaghir <= "1403-03-31").toBe(true);
    }
    const whole = await ok(sim, "DoListGetUpdatedEtiket", ["1403-01-01", "1403-12-30"]);
    expect(Object.keys(whole)).toHaveLength(200);
  });
});

describe("RFID", () => {
  const tagged = () => [...sim.state.etikets.values()].filter((e) => e.Epc !== null);

  it("epcList counts the tags read once each, tells matched from unmatched and records the read", async () => {
    const [a, b] = tagged();
    const payload = await ok(sim, "epcList", [a.Epc, b.Epc, a.Epc, "E2801160FFFFFFFF"]);
    expect(payload).toEqual({ Count: 3, Matched: 2, Unmatched: ["E2801160FFFFFFFF"] });
    expect(sim.state.rfidReads).toHaveLength(1);
    expect(sim.state.rfidReads[0].matched).toEqual([a.Epc, b.Epc]);
  });

  it("GetInfo answers known tags keyed by EPC with the etiket record; GetInfoWithImage adds the image", async () => {
    const [a] = tagged();
    const info = await ok(sim, "GetInfo", [a.Epc, "E2801160FFFFFFFF"]);
    expect(Object.keys(info)).toEqual([a.Epc]);
    expect(info[a.Epc!]).toMatchObject({ Epc: a.Epc, Code: a.Code, Name: a.Name, Vazn: a.Vazn });
    const withImage = await ok(sim, "GetInfoWithImage", [a.Epc]);
    expect(typeof withImage[a.Epc!].Image).toBe("string");
  });
});

describe("seed data", () => {
  it("holds 30 customers, 200 etikets and a few documents, the same in every simulator", async () => {
    const other = await startTahesabSimulator();
    try {
      expect(sim.state.customers.size).toBe(30);
      expect(sim.state.etikets.size).toBe(200);
      expect(sim.state.documents.size).toBeGreaterThan(5);
      expect([...other.state.etikets.values()]).toEqual([...sim.state.etikets.values()]);
      expect([...other.state.customers.values()]).toEqual([...sim.state.customers.values()]);
    } finally {
      await other.close();
    }
  });

  it("looks like a Persian gold shop's data", () => {
    const etikets = [...sim.state.etikets.values()];
    for (const e of etikets) {
      expect(e.Vazn).toBeGreaterThanOrEqual(0.8);
      expect(e.Vazn).toBeLessThanOrEqual(40);
      expect([585, 750, 900, 999]).toContain(e.Ayar);
      expect(["زرد", "سفید", "رزگلد"]).toContain(e.Color);
      expect(Number(e.CodeKar)).toBeGreaterThanOrEqual(1);
      expect(Number(e.CodeKar)).toBeLessThanOrEqual(20);
      expect(e.TarikhTaghir.startsWith("1403-")).toBe(true);
    }
    expect(etikets.filter((e) => e.Ayar === 750).length).toBeGreaterThan(140);
    expect(etikets.filter((e) => e.IsMojood === 1).length).toBeGreaterThan(150);
    expect([...sim.state.customers.values()].filter((c) => /[يك]/.test(c.Name)).length).toBeGreaterThanOrEqual(3);
  });

  it("has non-zero balances for some customers", async () => {
    const nonZero = [...sim.state.customers.keys()].filter((code) => {
      const b = sim.state.balance(code)!;
      return b.gold !== 0 || b.money !== 0;
    });
    expect(nonZero.length).toBeGreaterThanOrEqual(5);
  });
});

it("DoListEtiket answers a wrong-type argument with an ERROR envelope, not an HTTP error", async () => {
  const reply = await send(sim, { DoListEtiket: ["1", 2, 0] });
  expect(reply.status).toBe(200);
  expect(await call(sim, "DoListEtiket", ["1", 2, 0])).toHaveProperty("ERROR");
});
