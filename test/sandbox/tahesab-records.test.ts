// Records as real clients read them: customers (GoroupName, Code a number, GID
// a string), etikets (IsMojood and DarsadVazn strings, some weights "4/06"),
// the current add-on's info commands, RFID, and the seed data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTahesabSimulator, type TahesabSimulator } from "../../sandbox/tahesab/index.js";
import { ok, read } from "./tahesab-client.js";

let sim: TahesabSimulator;
beforeAll(async () => {
  // An SQL Server shop: text keeps its Persian ی (Access would store "?").
  sim = await startTahesabSimulator({ dbNames: ["TahesabDB", "DB"] });
});
afterAll(() => sim.close());

describe("customers", () => {
  it("DoListMoshtari answers records keyed by code with the fields clients read", async () => {
    const listed = await read(sim, "DoListMoshtari", [1, 2]);
    expect(Object.keys(listed)).toEqual(["1", "2"]);
    expect(listed["1"]).toEqual({
      Code: 1,
      Name: "محمد رضایی",
      GoroupName: "مشتري عادي",
      GID: "1",
      Tel: "02188776655",
      Mobile: "09121234567",
      Address: expect.stringMatching(/^تهران، /),
      CodeMelli: expect.stringMatching(/^(\d{10})?$/),
      City: "تهران",
      BDate: expect.stringMatching(/^(13\d\d-\d\d-\d\d)?$/),
    });
    expect(listed["2"]).toMatchObject({ Name: "علي كريمي", GoroupName: "همكار", GID: "2" });
  });

  it("DoNewMoshtari answers increasing codes as numbers, and the customer is listed in the group asked for", async () => {
    const first = await ok(sim, "DoNewMoshtari", ["نیما کریمی", "مشتری عادی", "09351112233", "تهران، خیابان آزادی"]);
    const second = await ok(sim, "DoNewMoshtari", ["سمیرا نادری", "همكار", "02144556677", ""]);
    expect([first, second]).toEqual([31, 32]);
    const listed = await read(sim, "DoListMoshtari", [31, 32]);
    expect(listed["31"]).toEqual({
      Code: 31, Name: "نیما کریمی", GoroupName: "مشتري عادي", GID: "1", Tel: "09351112233", Mobile: "09351112233",
      Address: "تهران، خیابان آزادی", CodeMelli: "", City: "", BDate: "",
    });
    expect(listed["32"]).toMatchObject({ Mobile: "", GoroupName: "همكار" });
    expect((await read(sim, "DoListMoshtari", [9351112233]))["31"].Name).toBe("نیما کریمی");
  });

  it("DoListMoshtari by range answers the codes in it", async () => {
    expect(Object.keys(await read(sim, "DoListMoshtari", [5, 9]))).toEqual(["5", "6", "7", "8", "9"]);
    expect(Object.keys(await read(sim, "DoListMoshtari", [0, 3]))).toEqual(["1", "2", "3"]); // S2 starts at 0
    expect(await read(sim, "DoListMoshtari", [100, 200])).toEqual({});
  });

  it("DoListMoshtari by phone takes the number without its leading zero, matches mobile or landline and any digit script", async () => {
    expect(Object.keys(await read(sim, "DoListMoshtari", [9121234567]))).toEqual(["1"]);
    expect(Object.keys(await read(sim, "DoListMoshtari", [2188776655]))).toEqual(["1"]);
    expect(Object.keys(await read(sim, "DoListMoshtari", [9351234567]))).toEqual(["7"]); // stored as ۰۹۳۵۱۲۳۴۵۶۷
    expect(await read(sim, "DoListMoshtari", [9000000000])).toEqual({});
  });

  it("stores some names with Arabic ي/ك and finds them by their Persian spelling", () => {
    expect(sim.state.customer("2")!.Name).toBe("علي كريمي");
    expect(sim.state.findCustomersByName("علی کریمی").map((c) => c.Code)).toEqual(["2"]);
    expect(sim.state.findCustomersByName("كيميا").map((c) => c.Code)).toEqual(["6"]);
  });
});

describe("etikets", () => {
  it("answers records keyed by code with the newer fields; IsMojood and DarsadVazn as strings", async () => {
    const payload = await read(sim, "getetiketinfobycode", ["1", "2", "9999"]);
    expect(Object.keys(payload)).toEqual(["1", "2"]);
    expect(Object.keys(payload["1"])).toEqual([
      "Code", "Name", "Vazn", "Ayar", "Size", "Color", "ColorCode", "Sharh", "DarsadSood", "DarsadVazn", "DarsadVaznMaye",
      "PoolSang", "Mazaneh", "OnlinePrice", "IsMojood", "CodeKar", "PictureFileName",
    ]);
    const one = payload["1"];
    expect(one.Code).toBe("1");
    expect(one.IsMojood).toMatch(/^[01]$/);
    expect(one.DarsadVazn).toMatch(/^\d+$/);
    expect(typeof one.OnlinePrice).toBe("number");
    expect(one.OnlinePrice % 10_000).toBe(0);
    expect(one.Mazaneh).toBe(55_000_000);
    expect(one.Image).toBeUndefined();
  });

  it("writes some weights as strings with a slash for the decimal point", async () => {
    const listed = await read(sim, "DoListEtiket", [1, 200]);
    const slashed = (Object.values(listed) as any[]).filter((e) => typeof e.Vazn === "string");
    expect(slashed.length).toBeGreaterThanOrEqual(15);
    for (const e of slashed) {
      expect(e.Vazn).toMatch(/^\d+(\/\d+)?$/);
      expect(Number(e.Vazn.replace("/", "."))).toBe(sim.state.etiket(e.Code)!.Vazn);
    }
    expect(listed["13"].Vazn).toBe(String(sim.state.etiket(13)!.Vazn).replace(".", "/"));
  });

  it("the WithImage variants carry a small valid PNG as base64", async () => {
    const payload = await read(sim, "getetiketinfobycodewithimage", ["3"]);
    const png = Buffer.from(payload["3"].Image, "base64");
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect(png.readUInt32BE(16)).toBe(8);
    expect(png.subarray(-8, -4).toString("ascii")).toBe("IEND");
    expect((await read(sim, "getetiketinfobycodewithimage", ["3"]))["3"].Image).toBe(payload["3"].Image);
  });

  it("DoListEtiket answers the code range, with 2 arguments or 3, images only when asked", async () => {
    const plain = await read(sim, "DoListEtiket", [10, 19, 0]);
    expect(Object.keys(plain)).toEqual(["10", "11", "12", "13", "14", "15", "16", "17", "18", "19"]);
    expect(plain["10"].Image).toBeUndefined();
    expect(await read(sim, "DoListEtiket", [10, 19])).toEqual(plain);
    expect(typeof (await read(sim, "DoListEtiket", [10, 11, 1]))["10"].Image).toBe("string");
  });

  it("GetEtiketTableInfo counts the etikets and gives the code range S3 pages through", async () => {
    expect(await read(sim, "GetEtiketTableInfo", [])).toEqual({ CountALL: 200, MinCode: 1, MaxCode: 200 });
  });

  it("DoList_EtiketByCodeKar answers the etikets of that kind", async () => {
    const payload = await read(sim, "DoList_EtiketByCodeKar", ["7"]);
    const expected = [...sim.state.etikets.values()].filter((e) => e.CodeKar === "7").map((e) => e.Code);
    expect(expected.length).toBeGreaterThan(0);
    expect(Object.keys(payload).sort()).toEqual(expected.sort());
    expect(await read(sim, "DoList_EtiketByCodeKar", ["999"])).toEqual({});
  });

  it("DoListGetUpdatedEtiket answers etikets changed in the range with their change date", async () => {
    const payload = await read(sim, "DoListGetUpdatedEtiket", ["1403-01-01", "1403-03-31"]);
    expect(Object.keys(payload).length).toBeGreaterThan(10);
    for (const etiket of Object.values(payload) as { TarikhTaghir: string }[]) {
      expect(etiket.TarikhTaghir >= "1403-01-01" && etiket.TarikhTaghir <= "1403-03-31").toBe(true);
    }
    expect(Object.keys(await read(sim, "DoListGetUpdatedEtiket", ["1403-01-01", "1403-12-30"]))).toHaveLength(200);
  });
});

describe("groups and coin kinds", () => {
  it("DoListGorooh answers a bare array of {Name, GID}, GID a number", async () => {
    const groups = await read(sim, "DoListGorooh", []);
    expect(groups).toEqual([
      { Name: "مشتري عادي", GID: 1 },
      { Name: "همكار", GID: 2 },
      { Name: "مشتري ويژه", GID: 3 },
      { Name: "سازنده", GID: 4 },
      { Name: "اپليكيشن", GID: 5 },
    ]);
  });

  it("DoListNameSekeh answers a bare array of {Name, Vazn, Ayar}", async () => {
    const coins = await read(sim, "DoListNameSekeh", []);
    expect(coins).toContainEqual({ Name: "سكه امامي", Vazn: 8.133, Ayar: 900 });
    expect(coins).toHaveLength(5);
  });
});

describe("RFID", () => {
  const tagged = () => [...sim.state.etikets.values()].filter((e) => e.Epc !== null);

  it("epcList counts the tags read once each, tells matched from unmatched and records the read", async () => {
    const [a, b] = tagged();
    const reads = sim.state.rfidReads.length;
    const payload = await read(sim, "epcList", [a.Epc, b.Epc, a.Epc, "E2801160FFFFFFFF"]);
    expect(payload).toEqual({ Count: 3, Matched: 2, Unmatched: ["E2801160FFFFFFFF"] });
    expect(sim.state.rfidReads).toHaveLength(reads + 1);
    expect(sim.state.rfidReads.at(-1)!.matched).toEqual([a.Epc, b.Epc]);
  });

  it("GetInfo answers known tags keyed by EPC with the etiket record; GetInfoWithImage adds the image", async () => {
    const [a] = tagged();
    const info = await read(sim, "GetInfo", [a.Epc, "E2801160FFFFFFFF"]);
    expect(Object.keys(info)).toEqual([a.Epc]);
    expect(info[a.Epc!]).toMatchObject({ Epc: a.Epc, Code: a.Code, Name: a.Name });
    expect(typeof (await read(sim, "GetInfoWithImage", [a.Epc]))[a.Epc!].Image).toBe("string");
  });
});

describe("seed data", () => {
  it("holds 30 customers, 200 etikets and a few documents, the same in every simulator", async () => {
    const [a, b] = await Promise.all([startTahesabSimulator(), startTahesabSimulator()]);
    try {
      expect(a.state.customers.size).toBe(30);
      expect(a.state.etikets.size).toBe(200);
      expect(a.state.documents.size).toBeGreaterThan(15);
      expect([...b.state.etikets.values()]).toEqual([...a.state.etikets.values()]);
      expect([...b.state.customers.values()]).toEqual([...a.state.customers.values()]);
      expect([...b.state.documents.values()]).toEqual([...a.state.documents.values()]);
    } finally {
      await Promise.all([a.close(), b.close()]);
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
    const customers = [...sim.state.customers.values()].slice(0, 30);
    expect(customers.filter((c) => /[يك]/.test(c.Name)).length).toBeGreaterThanOrEqual(3);
    expect(customers.some((c) => /[۰-۹]/.test(c.Mobile))).toBe(true);
  });

  it("has non-zero balances for some customers", () => {
    const nonZero = [...sim.state.customers.keys()].filter((code) => {
      const b = sim.state.balance(code)!;
      return b.gold !== 0 || b.money !== 0;
    });
    expect(nonZero.length).toBeGreaterThanOrEqual(5);
  });
});
