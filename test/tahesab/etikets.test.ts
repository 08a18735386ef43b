import { describe, expect, it } from "vitest";
import { JalaliDay } from "../../src/core/dates/jalali-day.js";
import { TahesabEtikets } from "../../datasources/tahesab/etikets.js";
import { tahesabClient, useTahesabSimulator } from "./support.js";

/** Tahesab's etiket commands (datasources/tahesab/etikets.ts): the arguments sent, every field read, lists in code order. */

const simulator = useTahesabSimulator();
const etikets = () => new TahesabEtikets(tahesabClient(simulator()));
const unordered = JSON.stringify([{ Code: "30" }, { Code: 4 }, { Code: "100" }]);
const codesOf = (list: Array<{ code: string }>) => list.map((e) => e.code);

describe("etikets", () => {
  it("every field of a record, each its own", async () => {
    simulator().faults.respondNext("getetiketinfobycodewithimage", JSON.stringify({
      "0012": {
        Code: "0012", Name: "انگشتر", Vazn: "4/06", Ayar: 750, Size: "52", Color: "زرد", ColorCode: 3, Sharh: "نگین دار", DarsadSood: 7, DarsadVazn: 12.5,
        DarsadVaznMaye: 0.5, PoolSang: "150000", Mazaneh: "45000000", OnlinePrice: "190000000", IsMojood: 1, CodeKar: "K-7", PictureFileName: "r12.jpg",
        TarikhTaghir: "1403/08/06", Image: "/9j/4AAQ",
      },
    }));
    const found = await etikets().byCodes(["12"], true);
    expect(simulator().requests.map((r) => [r.command, r.args])).toEqual([["getetiketinfobycodewithimage", ["12"]]]);
    expect(found.get("12")).toEqual({
      code: "12", name: "انگشتر", weightGrams: 4.06, ayar: 750, size: "52", color: "زرد", colorCode: 3, description: "نگین دار", profitPercent: 7,
      weightPercent: 12.5, weightPercentMaye: 0.5, stonePrice: "150000", unitPrice: "45000000", onlinePrice: "190000000", inStock: true,
      madeGoodsCode: "K-7", pictureFileName: "r12.jpg", changedOn: "1403-08-06", image: { base64: "/9j/4AAQ", mimeType: "image/jpeg", fileName: "r12.jpg" },
    });
  });

  it("a record with only its code: every other field null", async () => {
    simulator().faults.respondNext("getetiketinfobycode", JSON.stringify({ "5": { Code: 5 } }));
    const found = await etikets().byCodes(["5"]);
    expect(simulator().requests.map((r) => r.command)).toEqual(["getetiketinfobycode"]);
    expect(Object.entries(found.get("5")!).filter(([key, value]) => key !== "code" && value !== null)).toEqual([]);
  });

  it("a range, with or without photos, comes in code order", async () => {
    simulator().faults.respondNext("DoListEtiket", unordered);
    expect(codesOf(await etikets().byRange(1, 200, true))).toEqual(["4", "30", "100"]);
    await etikets().byRange(3, 9);
    expect(simulator().requests.map((r) => r.args)).toEqual([[1, 200, 1], [3, 9, 0]]);
  });

  it("the updated etikets between two days, in code order", async () => {
    simulator().faults.respondNext("DoListGetUpdatedEtiket", unordered);
    expect(codesOf(await etikets().updatedBetween(JalaliDay.parse("1403/01/01")!, JalaliDay.parse("1403/08/06")!))).toEqual(["4", "30", "100"]);
    expect(simulator().requests.map((r) => r.args)).toEqual([["1403-01-01", "1403-08-06"]]);
  });

  it("the etikets of a made-goods code, in code order", async () => {
    simulator().faults.respondNext("DoList_EtiketByCodeKar", unordered);
    expect(codesOf(await etikets().byMadeGoodsCode("K-7"))).toEqual(["4", "30", "100"]);
    expect(simulator().requests.map((r) => r.args)).toEqual([["K-7"]]);
  });
});
