// Text storage: an Access environment (DB, DB1) keeps Windows-1256, so what
// that code page lacks — the Persian ی, Persian and Arabic-Indic digits, ۀ —
// comes back as "?"; an SQL Server environment (TahesabDB, TahesabDB1) keeps
// Unicode. A client must send the Arabic ي (S1 does) and ASCII digits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fitsWindows1256, startTahesabSimulator, toWindows1256, type TahesabSimulator } from "../../sandbox/tahesab/index.js";
import { head, ok, read } from "./tahesab-client.js";

let sim: TahesabSimulator;
beforeAll(async () => {
  sim = await startTahesabSimulator();
});
afterAll(() => sim.close());

const sharhOf = async (factor: string, customer: number) =>
  (Object.values(await read(sim, "DoListAsnad", [-1, customer, "1403-01-01", "1403-12-29"])) as any[]).find((r) => r.Factor_Code === factor).Sharh1;

describe("Windows-1256, read off Node's own decoder", () => {
  it("lacks the Persian ی and Persian/Arabic-Indic digits; has ک, ي, ك, گ, پ, چ, ژ and the ZWNJ", () => {
    for (const missing of ["\u06CC", "\u06C0", "۰", "٠", "\u066B"]) expect(fitsWindows1256(missing)).toBe(false);
    for (const present of ["\u06A9", "\u064A", "\u0643", "گ", "پ", "چ", "ژ", "\u200C", "ء", "آ", "«"]) expect(fitsWindows1256(present)).toBe(true);
    expect(toWindows1256("علی کریمی ۰۹۱۲")).toBe("عل? کر?م? ????");
  });
});

describe("an Access environment (DB, DB1)", () => {
  it("stores a Persian ی as ?, keeps the Arabic ي and ک", async () => {
    for (const dbName of ["DB", "DB1"]) {
      const persian = await ok(sim, "DoNewMoshtari", ["علی کریمی", "", "", "تهران، خیابان ولیعصر"], { dbName });
      const arabic = await ok(sim, "DoNewMoshtari", ["علي کريمي", "", "", ""], { dbName });
      const listed = await read(sim, "DoListMoshtari", [persian, arabic], { dbName });
      expect(listed[String(persian)]).toMatchObject({ Name: "عل? کر?م?", Address: "تهران، خ?ابان ول?عصر" });
      expect(listed[String(arabic)].Name).toBe("علي کريمي");
    }
  });

  it("loses Persian digits, so a phone typed in them cannot be found again", async () => {
    const code = await ok(sim, "DoNewMoshtari", ["تلفن فارسي", "", "۰۹۱۲۵۵۵۴۴۳۳", ""]);
    expect(sim.state.customer(code)!.Tel).toBe("???????????");
    expect(await read(sim, "DoListMoshtari", [9125554433])).toEqual({});
  });

  it("applies to document text too: Sharh, lab and coin names", async () => {
    const factor = await ok(sim, "DoNewSanadVKHVaghNaghd", [...head(1, 1, 8101, 1403, 9, 1), 0, 1000, "پیش پرداخت"]);
    expect(await sharhOf(factor, 1)).toBe("پ?ش پرداخت");
    await ok(sim, "DoNewSanadVKHSEKEH", [...head(1, 1, 8102, 1403, 9, 1), 4.066, 900, 1, "نیم سکه", 0]);
    expect(sim.state.balance(1)!.coins).toHaveProperty("ن?م سکه", 1);
  });
});

describe("an SQL Server environment (TahesabDB, TahesabDB1)", () => {
  it("stores text as sent", async () => {
    for (const dbName of ["TahesabDB", "TahesabDB1"]) {
      const code = await ok(sim, "DoNewMoshtari", ["زهرا یزدانی", "", "", "اصفهان، چهارباغ"], { dbName });
      expect((await read(sim, "DoListMoshtari", [code, code], { dbName }))[String(code)].Name).toBe("زهرا یزدانی");
      const factor = await ok(sim, "DoNewSanadVKHVaghNaghd", [...head(1, code, 1, 1403, 9, 1), 0, 1000, "شرح ۱۲"], { dbName });
      expect(await sharhOf(factor, code)).toBe("شرح ۱۲");
    }
  });
});
