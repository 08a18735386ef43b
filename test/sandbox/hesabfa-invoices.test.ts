// invoice/*: save, get, getById, delete, and the totals, exact to the last digit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHesabfaSimulator, type HesabfaSimulator } from "../../sandbox/hesabfa/index.js";
import { call, creds, dateIn, ok, refused, send } from "./hesabfa-client.js";

let sim: HesabfaSimulator;
beforeAll(async () => {
  sim = await startHesabfaSimulator({ rateLimit: null });
});
afterAll(() => sim.close());

const sale = (overrides: Record<string, unknown> = {}) => ({
  InvoiceType: 0,
  ContactCode: "000004",
  Date: dateIn(sim, 20),
  Status: 1,
  InvoiceItems: [
    { RowNumber: 0, ItemCode: "000012", Quantity: 2, UnitPrice: 17_300_000, Discount: 300_000, Tax: 3_430_000 },
    { RowNumber: 1, ItemCode: 36, Quantity: 1, UnitPrice: 15_000_000 },
  ],
  ...overrides,
});

describe("invoice/save", () => {
  it("creates with the next number of its type and answers the invoice with its totals", async () => {
    const expectedNumber = String(Math.max(...[...sim.state.invoices.values()].filter((i) => i.InvoiceType === 0).map((i) => Number(i.Number))) + 1).padStart(6, "0");
    const inv = await ok(sim, "invoice/save", { invoice: sale() });
    expect(inv).toMatchObject({
      Number: expectedNumber,
      InvoiceType: 0,
      Status: 1,
      ContactCode: "000004",
      ContactTitle: sim.state.contact(4)!.Name,
      Sum: 2 * 17_300_000 - 300_000 + 3_430_000 + 15_000_000,
      Payable: 2 * 17_300_000 - 300_000 + 3_430_000 + 15_000_000,
      Paid: 0,
      Rest: 2 * 17_300_000 - 300_000 + 3_430_000 + 15_000_000,
      Freight: 0,
      WarehouseReceiptStatus: 0,
      Currency: "IRR",
      Date: dateIn(sim, 20).replace(" ", "T"),
    });
    expect(inv.Contact.Code).toBe("000004");
    expect(inv.InvoiceItems.map((l: any) => [l.RowNumber, l.ItemCode, l.Description, l.TotalAmount])).toEqual([
      [0, "000012", sim.state.item(12)!.Name, 2 * 17_300_000 - 300_000 + 3_430_000],
      [1, "000036", sim.state.item(36)!.Name, 15_000_000],
    ]);
    expect(inv.InvoiceItems[0].Item.Code).toBe("000012");
  });

  it("Payable adds Freight to Sum", async () => {
    const inv = await ok(sim, "invoice/save", { invoice: sale({ Freight: "2500000" }) });
    expect(inv.Payable - inv.Sum).toBe(2_500_000);
  });

  it("keeps money exact: amounts beyond 2^53 and decimals, computed without rounding", async () => {
    const date = dateIn(sim, 21);
    const body =
      `{"apiKey":${JSON.stringify(sim.apiKey)},"loginToken":${JSON.stringify(sim.loginToken)},"invoice":{"InvoiceType":0,"ContactCode":"000004",` +
      `"Date":"${date}","Status":1,"Freight":0.01,"InvoiceItems":[{"ItemCode":"000002","Quantity":3,"UnitPrice":12345678901234567.89,"Discount":0.02,"Tax":1.1}]}}`;
    const reply = await send(sim, "invoice/save", body);
    expect(reply.json.Success).toBe(true);
    // 3 × 12345678901234567.89 − 0.02 + 1.1 = 37037036703703704.75; + freight 0.01
    expect(reply.text).toContain('"Sum":37037036703703704.75,');
    expect(reply.text).toContain('"Payable":37037036703703704.76,');
    expect(reply.text).toContain('"UnitPrice":12345678901234567.89,');
    expect(reply.text).toContain('"TotalAmount":37037036703703704.75}');
    const number = reply.json.Result.Number;
    const pay = `{"apiKey":${JSON.stringify(sim.apiKey)},"loginToken":${JSON.stringify(sim.loginToken)},"number":"${number}","bankCode":1,` +
      `"date":"${date}","amount":37037036703703704.7,"transactionNumber":"T-1"}`;
    const paid = await send(sim, "invoice/savepayment", pay);
    expect(paid.text).toContain('"Paid":37037036703703704.7,');
    expect(paid.text).toContain('"Rest":0.06,');
  });

  it("takes the H1 shape: Status 2 (the old table's approved) is approved, codes as integers, dates 'Y-m-d H:i:s'", async () => {
    const inv = await ok(sim, "invoice/save", {
      invoice: {
        Number: null, InvoiceType: 0, ContactCode: 4, Date: dateIn(sim, 22, undefined, "08:15:30"), DueDate: dateIn(sim, 22, undefined, "08:15:30"),
        Reference: 1042, Status: 2, Tag: '{"id_order":1042}', Freight: 0, SalesmanCode: null, project: "",
        InvoiceItems: [{ RowNumber: 0, ItemCode: 13, Description: "اتو", Quantity: 1, UnitPrice: 12250000.0, Discount: 0.0, Tax: 0.0 }],
        Note: "",
      },
    });
    expect(inv).toMatchObject({ Status: 1, Reference: "1042", Tag: '{"id_order":1042}', Date: dateIn(sim, 22, undefined, "08:15:30").replace(" ", "T") });
  });

  it("takes the H4 form's shape: every value a string, dates 'YYYY-MM-DD'", async () => {
    const inv = await ok(sim, "invoice/save", {
      invoice: {
        Number: "", Reference: "", Date: dateIn(sim, 23).slice(0, 10), DueDate: "", ContactCode: "4", ContactTitle: "", Note: "", Sent: "false",
        InvoiceType: "0", Status: "1", Freight: "", WarehouseReceiptStatus: "-1", Project: "", SalesmanCode: "", SalesmanPercent: "",
        InvoiceItems: [{ RowNumber: "1", Description: "", ItemCode: "11", Unit: "", Quantity: "2", UnitPrice: "22400000", Discount: "", Tax: "" }],
        Currency: "", CurrencyRate: "",
      },
    });
    expect(inv).toMatchObject({ Sum: 44_800_000, Date: `${dateIn(sim, 23).slice(0, 10)}T00:00:00`, Sent: false });
  });

  it("also takes ISO dates with T and up to 7 fractional digits; refuses other forms", async () => {
    const iso = `${dateIn(sim, 24).slice(0, 10)}T10:11:12.1234567`;
    expect((await ok(sim, "invoice/save", { invoice: sale({ Date: iso }) })).Date).toBe(iso);
    for (const bad of ["1405/01/20", "20-01-2026", `${dateIn(sim, 24).slice(0, 10)}T10:11:12Z`, `${dateIn(sim, 24).slice(0, 10)} 10:11`, "2026-02-30 10:00:00", "yesterday"]) {
      const answer = await refused(sim, "invoice/save", { invoice: sale({ Date: bad }) });
      expect(answer.ErrorCode, bad).toBe(114);
      expect(answer.ErrorMessage).toContain("invoice.Date");
    }
  });

  it("replaces a saved invoice by number and type, lines included", async () => {
    const inv = await ok(sim, "invoice/save", { invoice: sale() });
    const updated = await ok(sim, "invoice/save", {
      invoice: sale({ Number: Number(inv.Number), Note: "ویرایش", InvoiceItems: [{ ItemCode: 17, Quantity: 1, UnitPrice: 6_150_000 }] }),
    });
    expect(updated).toMatchObject({ Id: inv.Id, Number: inv.Number, Note: "ویرایش", Sum: 6_150_000 });
    expect(updated.InvoiceItems).toHaveLength(1);
  });

  it("refuses what Hesabfa would refuse", async () => {
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ InvoiceType: undefined }, 104, "InvoiceType"],
      [{ InvoiceType: 5 }, 114, "InvoiceType"],
      [{ Status: 3 }, 114, "Status"],
      [{ Date: undefined }, 104, "Date"],
      [{ Date: dateIn(sim, 3, 1) }, 114, "fiscal year"],
      [{ ContactCode: undefined }, 104, "ContactCode"],
      [{ ContactCode: 9999 }, 112, "9999"],
      [{ InvoiceItems: [] }, 104, "InvoiceItems"],
      [{ InvoiceItems: [{ ItemCode: 8888, Quantity: 1, UnitPrice: 1 }] }, 112, "008888"],
      [{ InvoiceItems: [{ ItemCode: 1, Quantity: 0, UnitPrice: 1 }] }, 114, "Quantity"],
      [{ InvoiceItems: [{ ItemCode: 1, Quantity: 1 }] }, 104, "UnitPrice"],
      [{ InvoiceItems: [{ ItemCode: 1, Quantity: 1, UnitPrice: 10, Discount: 11 }] }, 114, "Discount"],
      [{ InvoiceItems: [{ RowNumber: 1, ItemCode: 1, Quantity: 1, UnitPrice: 1 }, { RowNumber: 1, ItemCode: 2, Quantity: 1, UnitPrice: 1 }] }, 114, "RowNumber"],
      [{ InvoiceItems: [{ ItemCode: 1, Qty: 1, Quantity: 1, UnitPrice: 1 }] }, 114, "Qty"],
      [{ Currency: "USD" }, 114, "Currency"],
      [{ Id: 42 }, 110, "Id"],
      [{ Number: 1 }, 190, "fiscal year"],
    ];
    for (const [overrides, code, mention] of cases) {
      const answer = await refused(sim, "invoice/save", { invoice: sale(overrides) });
      expect(answer.ErrorCode, JSON.stringify(overrides)).toBe(code);
      expect(answer.ErrorMessage, JSON.stringify(overrides)).toContain(mention);
    }
  });

  it("saves into the year yearId selects, dated inside it", async () => {
    const old = await ok(sim, "invoice/save", { yearId: 1, invoice: sale({ Date: dateIn(sim, 100, 1) }) });
    const numbers = async (yearId?: number) =>
      (await ok(sim, "invoice/getinvoices", { type: 0, yearId, queryInfo: { take: 1000 } })).List.map((i: any) => i.Number);
    expect(await numbers(1)).toContain(old.Number);
    expect(await numbers()).not.toContain(old.Number);
    expect((await refused(sim, "invoice/save", { yearId: 1, invoice: sale() })).ErrorCode).toBe(114);
  });

  it("a waste invoice needs no contact", async () => {
    const waste = await ok(sim, "invoice/save", { invoice: sale({ InvoiceType: 4, ContactCode: null }) });
    expect(waste).toMatchObject({ InvoiceType: 4, ContactCode: null, Contact: null });
  });
});

describe("stock follows approved invoices", () => {
  it("a draft moves no stock; approving it does; a purchase adds", async () => {
    const stock = async () => (await ok(sim, "item/get", { code: 20 })).Stock as number;
    const start = await stock();
    const draft = await ok(sim, "invoice/save", { invoice: sale({ Status: 0, InvoiceItems: [{ ItemCode: 20, Quantity: 2, UnitPrice: 8_350_000 }] }) });
    expect(await stock()).toBe(start);
    await ok(sim, "invoice/save", { invoice: sale({ Number: draft.Number, Status: 1, InvoiceItems: [{ ItemCode: 20, Quantity: 2, UnitPrice: 8_350_000 }] }) });
    expect(await stock()).toBe(start - 2);
    await ok(sim, "invoice/save", { invoice: sale({ InvoiceType: 1, ContactCode: 21, InvoiceItems: [{ ItemCode: 20, Quantity: 5, UnitPrice: 6_900_000 }] }) });
    expect(await stock()).toBe(start + 3);
  });
});

describe("invoice/get, getById", () => {
  it("get takes number (padded or not) and type; another type is another invoice", async () => {
    expect((await ok(sim, "invoice/get", { number: "000004", type: 0 })).Number).toBe("000004");
    expect((await ok(sim, "invoice/get", { number: 4, type: 1 })).InvoiceType).toBe(1);
    expect((await refused(sim, "invoice/get", { number: 99, type: 2 })).ErrorCode).toBe(112);
    expect((await refused(sim, "invoice/get", { number: 4 })).ErrorCode).toBe(104);
  });

  it("getById: id answers the invoice, idList the list; any fiscal year", async () => {
    const first = [...sim.state.invoices.values()].find((i) => i.yearOrdinal === 1)!;
    expect((await ok(sim, "invoice/getById", { id: first.Id })).Number).toBe(first.Number);
    expect((await ok(sim, "invoice/getById", { idList: [first.Id, 1] })).map((i: any) => i.Id)).toEqual([first.Id]);
  });
});

describe("invoice/delete", () => {
  it("deletes by number (H2, H3) or by code (H1), with its type; then 112", async () => {
    const a = await ok(sim, "invoice/save", { invoice: sale() });
    const b = await ok(sim, "invoice/save", { invoice: sale() });
    expect(await ok(sim, "invoice/delete", { number: a.Number, type: 0 })).toBe(true);
    expect(await ok(sim, "invoice/delete", { code: Number(b.Number), type: 0 })).toBe(true);
    expect((await refused(sim, "invoice/get", { number: a.Number, type: 0 })).ErrorCode).toBe(112);
    expect((await refused(sim, "invoice/delete", { number: a.Number, type: 0 })).ErrorCode).toBe(112);
    expect((await refused(sim, "invoice/delete", { number: a.Number, code: a.Number, type: 0 })).ErrorCode).toBe(114);
    expect((await refused(sim, "invoice/delete", { number: a.Number })).ErrorCode).toBe(104);
  });

  it("refuses to delete an invoice with payments (190)", async () => {
    const paid = [...sim.state.invoices.values()].find((i) => i.yearOrdinal === 2 && sim.state.paymentsOf(i).length > 0)!;
    expect((await refused(sim, "invoice/delete", { number: paid.Number, type: paid.InvoiceType })).ErrorCode).toBe(190);
  });

  it("answers only through the raw envelope: Result true", async () => {
    const inv = await ok(sim, "invoice/save", { invoice: sale() });
    expect(await call(sim, "invoice/delete", { number: inv.Number, type: 0 })).toEqual({ Success: true, ErrorCode: 0, ErrorMessage: "", Result: true });
  });
});

describe("envelope on writes", () => {
  it("answers save with the saved object under Result", async () => {
    const reply = await send(sim, "invoice/save", { ...creds(sim), invoice: sale() });
    expect(Object.keys(reply.json)).toEqual(["Success", "ErrorCode", "ErrorMessage", "Result"]);
  });
});
