import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { errorCodes, expectRead, hesabfaStack, only } from "./support.js";

describe("Hesabfa errors", () => {
  let stack: Awaited<ReturnType<typeof hesabfaStack>>;
  beforeAll(async () => {
    stack = await hesabfaStack();
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    stack.hesabfa.faults.reset();
    stack.hesabfa.resetRequests();
  });

  const configuration: Array<[number, string, RegExp]> = [
    [105, "VENDOR_MISCONFIGURED", /API access is switched off/],
    [106, "VENDOR_UNAUTHORIZED", /HESABFA_LOGIN_TOKEN/],
    [107, "VENDOR_UNAUTHORIZED", /HESABFA_API_KEY/],
    [108, "VENDOR_MISCONFIGURED", /subscription has expired/],
    [109, "VENDOR_MISCONFIGURED", /HESABFA_YEAR_ID/],
    [113, "VENDOR_UNAUTHORIZED", /HESABFA_API_KEY/],
  ];
  for (const [vendorCode, code, fix] of configuration) {
    it(`error ${vendorCode} is ${code} saying what to fix`, async () => {
      stack.hesabfa.faults.failNext(1, { errorCode: vendorCode });
      const r = await stack.gql(`{ hesabfaBanks { code } }`);
      expect(errorCodes(r)).toEqual([code]);
      expect(r.errors![0].extensions).toMatchObject({ vendor: "HESABFA", vendorCode, retryable: false });
      expect(r.errors![0].message).toMatch(fix);
    });
  }

  for (const vendorCode of [100, 103, 104, 110, 111, 114, 120, 190, 199, 150]) {
    it(`error ${vendorCode} is VENDOR_ERROR with vendorCode`, async () => {
      stack.hesabfa.faults.failNext(1, { errorCode: vendorCode });
      const r = await stack.gql(`{ hesabfaBanks { code } }`);
      expect(errorCodes(r)).toEqual(["VENDOR_ERROR"]);
      expect(r.errors![0].extensions).toMatchObject({ vendor: "HESABFA", vendorCode });
    });
  }

  it("112 on a lookup is null, not an error", async () => {
    const r = await stack.gql(`{ hesabfaInvoice(kind: SALE, number: "999999") { code } hesabfaItemByBarcode(barcode: "nothing") { code } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ hesabfaInvoice: null, hesabfaItemByBarcode: null });
  });

  it("an answer that does not fit its shape is VENDOR_ERROR naming the method and the part", async () => {
    stack.hesabfa.faults.respondNext("setting/getBanks", JSON.stringify({ Success: true, ErrorCode: 0, ErrorMessage: "", Result: [{ Code: "x1", Name: "بانک" }] }));
    const r = await stack.gql(`{ hesabfaBanks { code } }`);
    expect(errorCodes(r)).toEqual(["VENDOR_ERROR"]);
    expect(r.errors![0].message).toMatch(/setting\/getBanks/);
    expect(r.errors![0].message).toMatch(/\[0\]\.Code/);
    stack.hesabfa.faults.respondNext("setting/getBanks", "<html>");
    expect(errorCodes(await stack.gql(`{ hesabfaBanks { code } }`))).toEqual(["VENDOR_ERROR"]);
  });

  it("dates with up to 7 fractional digits or a space, and codes padded or not, are read", async () => {
    const answer = {
      Success: true, ErrorCode: 0, ErrorMessage: "",
      Result: [
        { Name: "الف", StartDate: "2024-03-20T00:00:00.1234567", EndDate: "2025-03-20 23:59:59", Closed: true, FirstYear: true },
        { Name: "ب", StartDate: "2025-03-21T00:00:00", EndDate: "2026-03-20T23:59:59.5" },
      ],
    };
    stack.hesabfa.faults.respondNext("setting/GetFiscalYears", JSON.stringify(answer));
    stack.hesabfa.faults.respondNext("setting/getCashes", JSON.stringify({ Success: true, ErrorCode: 0, ErrorMessage: "", Result: [{ Code: 7, Name: "صندوق", Currency: "IRR" }] }));
    const r = await stack.gql(`{ hesabfaFiscalYears { ordinal name start end closed current } hesabfaCashDesks { code } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.hesabfaFiscalYears).toEqual([
      { ordinal: 1, name: "الف", start: "2024-03-19T20:30:00.123Z", end: "2025-03-20T20:29:59.000Z", closed: true, current: false },
      { ordinal: 2, name: "ب", start: "2025-03-20T20:30:00.000Z", end: "2026-03-20T20:29:59.500Z", closed: null, current: true },
    ]);
    expect(r.data!.hesabfaCashDesks).toEqual([{ code: "000007" }]);
  });
});

describe("Hesabfa business settings", () => {
  let stack: Awaited<ReturnType<typeof hesabfaStack>>;
  beforeAll(async () => {
    stack = await hesabfaStack({ sim: { currency: "IRT" } });
  });
  afterAll(() => stack.close());

  it("fiscal years, banks, cash desks, warehouses and the currency (read once) are plain reads", async () => {
    const r = await stack.gql(`{ hesabfaCurrency hesabfaFiscalYears { ordinal current } hesabfaBanks { code name accountNumber } hesabfaCashDesks { code name }
      hesabfaWarehouses { code name } hesabfaItems(first: 1) { edges { node { currency sellPrice } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.hesabfaCurrency).toBe("IRT");
    expect(r.data!.hesabfaFiscalYears.at(-1)).toEqual({ ordinal: 2, current: true });
    expect(r.data!.hesabfaBanks.length).toBe(3);
    expect(r.data!.hesabfaWarehouses.map((w: any) => w.code)).toEqual([1, 2, 3]);
    expect(r.data!.hesabfaItems.edges[0].node.currency).toBe("IRT");
    for (const method of ["setting/getfiscalyears", "setting/getbanks", "setting/getcashes", "setting/getwarehouses", "setting/getcurrency"]) {
      expectRead(stack.hesabfa, only(stack.hesabfa, method), {});
    }
  });

  it("a business without warehouses (199) has an empty list", async () => {
    const empty = await hesabfaStack({ sim: { seed: false } });
    try {
      const r = await empty.gql(`{ hesabfaWarehouses { code } }`);
      expect(r.errors).toBeUndefined();
      expect(r.data!.hesabfaWarehouses).toEqual([]);
    } finally {
      await empty.close();
    }
  });

  it("a currency hesabgraph does not know is refused, naming it, and asked again next time", async () => {
    const fresh = await hesabfaStack();
    try {
      fresh.hesabfa.faults.respondNext("setting/getCurrency", JSON.stringify({ Success: true, ErrorCode: 0, ErrorMessage: "", Result: { Currency: "USD" } }));
      const r = await fresh.gql(`{ hesabfaCurrency }`);
      expect(errorCodes(r)).toEqual(["VENDOR_ERROR"]);
      expect(r.errors![0].message).toBe('Hesabfa answered setting/getCurrency with a currency hesabgraph does not know ("USD").');
      fresh.hesabfa.faults.respondNext("setting/getCurrency", JSON.stringify({ Success: true, ErrorCode: 0, ErrorMessage: "", Result: { Currency: " irt " } }));
      expect((await fresh.gql(`{ hesabfaCurrency }`)).data).toEqual({ hesabfaCurrency: "IRT" });
      expect((await fresh.gql(`{ hesabfaCurrency }`)).data).toEqual({ hesabfaCurrency: "IRT" });
      expect(fresh.hesabfa.count("setting/getCurrency")).toBe(2);
    } finally {
      await fresh.close();
    }
  });
});
