// The sample business, built through the same rules a web-app user goes
// through (UserChanges), so the seed is consistent and its history shows in
// GetChanges with API: false. Deterministic: invoice dates are fixed day
// offsets from each fiscal year's start, amounts are fixed. 30 contacts,
// 40 items (35 goods with barcodes, 5 services), 3 banks, 2 cash desks,
// 1 petty cash, 3 warehouses, 20 invoices of every type over two fiscal
// years, with payments (full, partial, none) and warehouse receipts.
import { padCode } from "./codes.js";
import { addDays, atTime, renderDate } from "./dates.js";
import { Dec } from "./decimal.js";
import { invoiceTotals } from "./render.js";
import { BANKS, CASHES, CITIES, COMPANIES, ean13, FIRST_NAMES, ITEMS, LAST_NAMES, PETTY_CASHES, STREETS, WAREHOUSES } from "./seed-catalog.js";
import type { HesabfaState } from "./state.js";
import { UserChanges } from "./user-change.js";

/** [item number, quantity, discount?, unit price? (default: the item's sell or buy price)] */
type Line = readonly [number, string, string?, string?];
type Pay = readonly ["bank" | "cash", number, "full" | string];

interface InvoiceSpec {
  year: 1 | 2;
  type: 0 | 1 | 2 | 3 | 4;
  day: number;
  contact: number | null;
  lines: Line[];
  draft?: boolean;
  freight?: string;
  tag?: string;
  pay?: Pay;
  /** Warehouse receipt: warehouse code and either every goods line or some [item, quantity]. */
  receipt?: readonly [number, "all" | ReadonlyArray<readonly [number, string]>];
}

const INVOICES: InvoiceSpec[] = [
  { year: 1, type: 1, day: 20, contact: 21, lines: [[1, "3"], [2, "2"], [3, "5"]], pay: ["bank", 1, "full"], receipt: [1, "all"] },
  { year: 1, type: 1, day: 40, contact: 26, lines: [[4, "6"], [5, "4"], [6, "10"]], pay: ["bank", 2, "full"], receipt: [1, "all"] },
  { year: 1, type: 0, day: 60, contact: 1, lines: [[3, "1"], [36, "1"]], pay: ["cash", 1, "full"] },
  { year: 1, type: 0, day: 120, contact: 22, lines: [[1, "1"], [9, "2"], [37, "1"]], freight: "5000000", pay: ["bank", 1, "full"] },
  { year: 1, type: 0, day: 200, contact: 5, lines: [[7, "2"], [11, "1"]], pay: ["cash", 1, "full"] },
  { year: 2, type: 1, day: 2, contact: 23, lines: [[7, "10"], [8, "12"], [11, "20"], [12, "15"]], pay: ["bank", 3, "500000000"], receipt: [1, "all"] },
  { year: 2, type: 0, day: 3, contact: 2, lines: [[2, "1"], [28, "1"], [36, "1"]], pay: ["bank", 1, "1000000000"], receipt: [2, [[2, "1"]]] },
  { year: 2, type: 0, day: 4, contact: 3, lines: [[26, "12.5", "50000.25"], [30, "2"]], pay: ["cash", 1, "full"] },
  { year: 2, type: 0, day: 5, contact: 24, lines: [[4, "2"], [5, "1"], [36, "2"]], freight: "3500000" },
  { year: 2, type: 0, day: 6, contact: 7, lines: [[13, "1"], [14, "1"], [40, "3"]], pay: ["bank", 2, "full"] },
  { year: 2, type: 0, day: 7, contact: 8, lines: [[15, "1"]], draft: true },
  { year: 2, type: 0, day: 8, contact: 10, lines: [[19, "1"], [34, "2"]], tag: '{"id_order":1042}', pay: ["bank", 1, "full"], receipt: [2, "all"] },
  { year: 2, type: 0, day: 9, contact: 12, lines: [[9, "1"], [39, "1"]] },
  { year: 2, type: 1, day: 10, contact: 27, lines: [[24, "4"], [25, "2"], [33, "3"]] },
  { year: 2, type: 1, day: 11, contact: 29, lines: [[27, "50"], [29, "10"]], pay: ["cash", 2, "full"] },
  { year: 2, type: 2, day: 12, contact: 5, lines: [[11, "1"]], pay: ["cash", 1, "full"] },
  { year: 2, type: 3, day: 13, contact: 21, lines: [[3, "1"]], pay: ["bank", 1, "full"] },
  { year: 2, type: 4, day: 14, contact: null, lines: [[31, "2"]] },
  { year: 2, type: 0, day: 15, contact: 15, lines: [[21, "1"], [22, "1"], [36, "1"]], pay: ["cash", 2, "50000000"] },
  { year: 2, type: 0, day: 16, contact: 25, lines: [[1, "1"], [25, "1"], [38, "2"]], pay: ["bank", 3, "full"], receipt: [1, "all"] },
];

const VAT = Dec.of("0.1");

function seedSettings(state: HesabfaState): void {
  BANKS.forEach(([Name, Branch, Account], i) =>
    state.banks.push({ Id: state.nextId("account"), Code: padCode(i + 1), Name, Branch, Account, Currency: state.currency }),
  );
  CASHES.forEach((Name, i) => state.cashes.push({ Id: state.nextId("account"), Code: padCode(i + 1), Name, Currency: state.currency }));
  PETTY_CASHES.forEach((Name, i) => state.pettyCashes.push({ Id: state.nextId("account"), Code: padCode(i + 1), Name, Currency: state.currency }));
  WAREHOUSES.forEach((Name, i) => state.warehouses.push({ Id: state.nextId("account"), Code: i + 1, Name }));
}

function seedContacts(user: UserChanges): void {
  for (let i = 0; i < 20; i++) {
    const [City, State] = CITIES[i % CITIES.length];
    user.saveContact({
      Name: `${FIRST_NAMES[i]} ${LAST_NAMES[i]}`,
      FirstName: FIRST_NAMES[i],
      LastName: LAST_NAMES[i],
      ContactType: 1,
      NationalCode: String(1_234_567_890 + i * 1_111_111).slice(0, 10).padStart(10, "0"),
      Mobile: `0912${String(1_000_000 + ((i * 734_113) % 9_000_000)).padStart(7, "0")}`,
      Phone: i % 3 === 0 ? `021${String(22_000_000 + i * 104_729).slice(0, 8)}` : "",
      Email: i % 2 === 0 ? `customer${i + 1}@example.com` : "",
      City,
      State,
      Country: "ایران",
      Address: `${City}، ${STREETS[i % STREETS.length]}، پلاک ${10 + i}`,
      PostalCode: String(1_100_000_000 + i * 7_654_321).slice(0, 10),
      NodeFamily: "اشخاص : مشتریان",
      Tag: i % 4 === 0 ? JSON.stringify({ id_customer: 100 + i }) : "",
      Active: i !== 17,
    });
  }
  COMPANIES.forEach(([name, supplier], i) => {
    const [City, State] = CITIES[(i + 3) % CITIES.length];
    user.saveContact({
      Name: name,
      Company: name,
      ContactType: 2,
      NationalCode: String(10_100_000_000 + i * 3_333_333),
      EconomicCode: String(411_100_000_000 + i * 9_876_543),
      RegistrationNumber: String(100_000 + i * 4_321),
      Phone: `0${21 + (i % 5)}${String(33_000_000 + i * 55_555).slice(0, 8)}`,
      Email: `info@company${i + 1}.example.ir`,
      Website: `https://company${i + 1}.example.ir`,
      City,
      State,
      Country: "ایران",
      Address: `${City}، ${STREETS[(i + 2) % STREETS.length]}، ساختمان ${i + 1}`,
      NodeFamily: supplier ? "اشخاص : تامین کنندگان" : "اشخاص : مشتریان عمده",
    });
  });
}

/** An amount of the catalog (in rials) in the business currency: a toman is ten rials. */
function money(state: HesabfaState, rials: string): string {
  return (state.currency === "IRT" ? Dec.of(rials).shift(1) : Dec.of(rials)).toString();
}

function seedItems(state: HesabfaState, user: UserChanges): void {
  const price = (rials: string) => money(state, rials);
  ITEMS.forEach(([Name, Unit, buy, sell, ItemType], i) => {
    const n = i + 1;
    user.saveItem({
      Name,
      Unit,
      ItemType,
      BuyPrice: price(buy),
      SellPrice: price(sell),
      Barcode: ItemType === 0 ? ean13(n) : "",
      ProductCode: ItemType === 0 ? `HA-${1000 + n}` : `SV-${100 + n}`,
      SalesTitle: Name,
      PurchasesTitle: Name,
      NodeFamily: ItemType === 0 ? "کالاها : لوازم خانگی" : "خدمات : خدمات فروش",
      Tag: n % 5 === 0 ? JSON.stringify({ id_product: 500 + n }) : "",
      Active: n !== 35,
    });
    if (ItemType !== 0) return;
    const stock = new Map<number, Dec>([[1, Dec.of((n % 7) + 3).mul(Dec.of(2))]]);
    if (n % 5 !== 0) stock.set(2, Dec.of(n % 5));
    if (n % 4 === 0) stock.set(3, Dec.of(5));
    state.openingStock.set(padCode(n), stock);
  });
}

function seedInvoices(state: HesabfaState, user: UserChanges): void {
  INVOICES.forEach((spec, index) => {
    const year = state.year(spec.year)!;
    const day = addDays(year.StartDate, spec.day);
    const at = (h: number, m: number) => renderDate(atTime(day, h, m)).replace("T", " ");
    const outgoing = spec.type === 0 || spec.type === 2;
    const lines = spec.lines.map(([n, quantity, discount = "0", unitPrice], row) => {
      const item = state.item(n)!;
      const price = unitPrice ? Dec.of(money(state, unitPrice)) : outgoing ? item.SellPrice : item.BuyPrice;
      const base = Dec.of(quantity).mul(price).sub(Dec.of(discount));
      const tax = item.ItemType === 0 && spec.type !== 4 ? base.mul(VAT) : Dec.ZERO;
      return { RowNumber: row, ItemCode: n, Quantity: quantity, UnitPrice: price.toString(), Discount: discount, Tax: tax.toString() };
    });
    const invoice = user.saveInvoice(
      {
        InvoiceType: spec.type,
        Date: at(9 + (index % 8), (index * 7) % 60),
        DueDate: spec.type === 0 ? renderDate(atTime(addDays(day, 30), 0, 0)).replace("T", " ") : undefined,
        ContactCode: spec.contact ?? undefined,
        Reference: spec.tag ? "1042" : `R-${2000 + index}`,
        Status: spec.draft ? 0 : 1,
        Freight: spec.freight === undefined ? undefined : money(state, spec.freight),
        Tag: spec.tag,
        Note: spec.type === 4 ? "ضایعات انبار: کالای آسیب دیده" : "",
        InvoiceItems: lines,
      },
      spec.year,
    );
    if (spec.receipt) {
      const [warehouse, which] = spec.receipt;
      const items =
        which === "all"
          ? invoice.InvoiceItems.filter((l) => state.items.get(l.ItemCode)?.ItemType === 0).map((l) => ({ ItemCode: l.ItemCode, Quantity: l.Quantity.toString() }))
          : which.map(([n, quantity]) => ({ ItemCode: n, Quantity: quantity }));
      user.saveWarehouseReceipt({ WarehouseCode: warehouse, InvoiceNumber: invoice.Number, InvoiceType: spec.type, Items: items }, false, spec.year);
    }
    if (spec.pay) {
      const [kind, code, amount] = spec.pay;
      const rest = invoiceTotals(state, invoice).Rest;
      user.savePayment(
        {
          number: invoice.Number,
          type: spec.type,
          [kind === "bank" ? "bankCode" : "cashCode"]: code,
          date: at(17, 45),
          amount: amount === "full" ? rest.toString() : money(state, amount),
          transactionNumber: kind === "bank" ? `TX${700_000 + index * 1_337}` : "-",
          description: "تسویه فاکتور",
        },
        spec.year,
      );
    }
  });
}

export function applySeed(state: HesabfaState): void {
  const user = new UserChanges(state);
  seedSettings(state);
  seedContacts(user);
  seedItems(state, user);
  seedInvoices(state, user);
}
