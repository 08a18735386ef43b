// addOn: "older" plays a shop whose add-on predates the forms real clients
// now send: the seed's commands in the seed's forms only. Reads still answer
// unwrapped, refusals as ERROR, and the flags mean the same.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTahesabSimulator, type TahesabSimulator } from "../../sandbox/tahesab/index.js";
import { error, factorCode, head, ok, read, send } from "./tahesab-client.js";

let older: TahesabSimulator;
beforeAll(async () => {
  older = await startTahesabSimulator({ addOn: "older", dbNames: ["TahesabDB"] });
});
afterAll(() => older.close());

const CASH = () => [...head(1, 1, 700, 1403, 9, 1), 0, 1_000_000, "واریز"];
const GOLD_TRADE = () => [...head(1, 1, 701, 1403, 9, 1), 2, 750, 0, "", 1, 55_000_000, 1, 0, 110_000_000];

describe("the older add-on", () => {
  it("says which add-on it plays", async () => {
    expect(older.addOn).toBe("older");
    const current = await startTahesabSimulator({ seed: false });
    try {
      expect(current.addOn).toBe("current");
    } finally {
      await current.close();
    }
  });

  it("refuses the trailing document arguments as a wrong argument count", async () => {
    expect(await error(older, "DoNewSanadVKHVaghNaghd", [...CASH(), factorCode(1), -1, -1, 0])).toContain("باید 10 باشد");
    expect(await error(older, "DoNewSanadBuySaleGOLD", [...GOLD_TRADE(), "اپ"])).toContain("باید 16 باشد");
    expect(await ok(older, "DoNewSanadVKHVaghNaghd", CASH())).toMatch(/^\d+$/);
  });

  it("takes neither Factor_Number -1 nor Radif_Number -1", async () => {
    expect(await error(older, "DoNewSanadVKHVaghNaghd", CASH().map((v, i) => (i === 2 ? -1 : v)))).toContain("3 (Factor_Number)");
    expect(await error(older, "DoNewSanadVKHVaghNaghd", CASH().map((v, i) => (i === 3 ? -1 : v)))).toContain("4 (Radif_Number)");
  });

  it("does not know CheckHealth, GetEtiketTableInfo, DoListGorooh or DoListNameSekeh", async () => {
    for (const command of ["CheckHealth", "GetEtiketTableInfo", "DoListGorooh", "DoListNameSekeh"]) {
      const text = await error(older, command, []);
      expect(text).toContain(command);
      expect(text).toContain("تعریف نشده");
    }
  });

  it("takes the 4-argument DoNewMoshtari only, answering the code as a number", async () => {
    const ten = ["علی تست", "", "09121110009", "", "", "", "", -1, 5000, 0];
    expect(await error(older, "DoNewMoshtari", ten)).toContain("باید 4 باشد");
    expect(await ok(older, "DoNewMoshtari", ten.slice(0, 4))).toBe(31);
    expect(await error(older, "DoNewMoshtari", ["دوباره", "", "09121110009", ""])).toBe("تلفن تکراری می باشد.");
  });

  it("takes the 4-argument DoListAsnad and the 3-argument DoListEtiket only", async () => {
    expect(await error(older, "DoListAsnad", [-1, 1, "1400-01-01", "1406-01-01", "", 0])).toContain("باید 4 باشد");
    expect(Object.keys(await read(older, "DoListAsnad", [-1, 2, "1400-01-01", "1406-01-01"]))).toHaveLength(3);
    expect(await error(older, "DoListEtiket", [1, 5])).toContain("باید 3 باشد");
    expect(Object.keys(await read(older, "DoListEtiket", [1, 5, 0]))).toHaveLength(5);
  });

  it("answers reads unwrapped, balance rows without MandeyeKolBePool", async () => {
    const reply = await send(older, { getmandehesabbycode: ["1"] });
    expect(Object.keys(reply.json)).toEqual(["MandeHesab"]);
    expect(Object.keys(reply.json.MandeHesab[0])).toEqual(["Code", "MandeyeVazni", "MandeyeMali", "details"]);
  });

  it("reads BuyOrSale_0_1 the same way: 1 is a sale, the customer owes", async () => {
    const code = await ok(older, "DoNewMoshtari", ["خریدار قدیمی", "", "", ""]);
    await ok(older, "DoNewSanadBuySaleGOLD", GOLD_TRADE().map((v, i) => (i === 1 ? code : v)));
    expect(older.state.balance(code)).toMatchObject({ gold: 2, money: -110_000_000 });
  });

  it("hangs on an empty DoListAsnad bound too", async () => {
    await expect(send(older, { DoListAsnad: [-1, 1, "", ""] }, { signal: AbortSignal.timeout(150) })).rejects.toMatchObject({
      name: expect.stringMatching(/AbortError|TimeoutError/),
    });
  });
});
