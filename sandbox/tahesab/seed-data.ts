// Realistic sample data for a Tehran/Isfahan gold shop: 30 accounts, 200
// etikets, a few documents. Deterministic: a seeded PRNG, no clock, no
// Math.random. Some names are stored with the Arabic ي / ك and one mobile with
// Persian digits, as real Tahesab databases hold them.
import { runCommand } from "./commands/index.js";
import type { TahesabState } from "./state.js";
import { formatJalali, isValidJalali } from "./text.js";

/** mulberry32: small, fast, good enough for sample data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// [name, group, city] — entries 2, 6, 7 and 27 use the Arabic ي / ك on purpose.
const CUSTOMERS: [string, string, "تهران" | "اصفهان"][] = [
  ["محمد رضایی", "مشتری عادی", "تهران"],
  ["علي كريمي", "همکار", "تهران"],
  ["زهرا احمدی", "مشتری عادی", "تهران"],
  ["حسین محمدی", "مشتری ویژه", "اصفهان"],
  ["فاطمه حسینی", "مشتری عادی", "تهران"],
  ["طلا و جواهر كيميا", "همکار", "اصفهان"],
  ["مريم يوسفي", "مشتری عادی", "تهران"],
  ["رضا موسوی", "مشتری عادی", "اصفهان"],
  ["سارا جعفری", "مشتری ویژه", "تهران"],
  ["امیر کاظمی", "مشتری عادی", "تهران"],
  ["نرگس صادقی", "مشتری عادی", "اصفهان"],
  ["مهدی قاسمی", "مشتری عادی", "تهران"],
  ["گالری طلای نگین", "همکار", "تهران"],
  ["کیوان رحیمی", "مشتری عادی", "تهران"],
  ["لیلا ابراهیمی", "مشتری ویژه", "اصفهان"],
  ["حمید نوری", "مشتری عادی", "تهران"],
  ["پریسا کریمی", "مشتری عادی", "تهران"],
  ["سعید اکبری", "مشتری عادی", "اصفهان"],
  ["مینا حیدری", "مشتری عادی", "تهران"],
  ["بهرام شریفی", "مشتری ویژه", "تهران"],
  ["طلافروشی زرین", "همکار", "اصفهان"],
  ["یاسمن مرادی", "مشتری عادی", "تهران"],
  ["علیرضا باقری", "مشتری عادی", "تهران"],
  ["نازنین رستمی", "مشتری عادی", "اصفهان"],
  ["مجید عسگری", "مشتری عادی", "تهران"],
  ["الهام ملکی", "مشتری ویژه", "تهران"],
  ["داود يزداني", "مشتری عادی", "اصفهان"],
  ["شیما زمانی", "مشتری عادی", "تهران"],
  ["کارگاه ساخت آریا", "سازنده", "تهران"],
  ["فرهاد تهرانی", "مشتری عادی", "تهران"],
];

const STREETS: Record<"تهران" | "اصفهان", string[]> = {
  تهران: ["خیابان ولیعصر", "خیابان شریعتی", "بازار بزرگ، راسته زرگرها", "خیابان انقلاب", "شهرک غرب، بلوار فرحزادی", "خیابان پاسداران"],
  اصفهان: ["خیابان چهارباغ عباسی", "میدان نقش جهان، بازار قیصریه", "خیابان هشت بهشت", "خیابان نظر شرقی"],
};
const MOBILE_PREFIXES = ["0912", "0935", "0919", "0936", "0910", "0913"];

// [CodeKar is the index + 1] name, weight range (g), size choices, stone price range (rials)
const KINDS: [string, number, number, string[], number][] = [
  ["انگشتر زنانه", 1.5, 6, ["48", "50", "52", "54", "56"], 0],
  ["انگشتر مردانه", 4, 12, ["58", "60", "62", "64"], 0],
  ["انگشتر نگین دار", 1.8, 5, ["50", "52", "54"], 8_000_000],
  ["گردنبند", 3, 15, ["40", "45", "50"], 0],
  ["گردنبند ونیزی", 2.5, 9, ["45", "50"], 0],
  ["دستبند", 3, 20, ["17", "18", "19"], 0],
  ["دستبند كارتيه", 4, 14, ["17", "18"], 0], // Arabic ي / ك as typed on an old keyboard
  ["گوشواره", 0.8, 5, [""], 0],
  ["گوشواره حلقه ای", 1.2, 6, [""], 0],
  ["سرویس", 12, 40, [""], 25_000_000],
  ["نیم ست", 6, 18, [""], 12_000_000],
  ["آویز", 0.9, 4, [""], 0],
  ["النگو", 8, 30, ["6", "6.5", "7"], 0],
  ["زنجیر", 2, 12, ["45", "50", "55"], 0],
  ["پابند", 1.5, 5, ["23", "25"], 0],
  ["انگشتر برلیان", 2.5, 7, ["50", "52", "54"], 150_000_000],
  ["پلاک اسم", 1, 4, [""], 0],
  ["گل سینه", 2, 8, [""], 5_000_000],
  ["ساعت طلا", 25, 40, [""], 0],
  ["شمش طلا", 1, 20, [""], 0],
];
const STYLES = ["طرح گل", "طرح برگ", "ساده", "فرمالیته", "کار ایتالیا", "کار ترکیه", "طرح قلب", "میخی", "طرح بی نهایت", "کلاسیک"];
const NOTES = ["", "", "", "نگین زیرکونیا", "کار دست", "طرح جدید", "سفارشی", "نگین یاقوت"];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

function randomDate1403(rand: () => number): string {
  for (;;) {
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 31);
    if (isValidJalali(1403, month, day)) return formatJalali(1403, month, day);
  }
}

function seedCustomers(state: TahesabState, rand: () => number): void {
  CUSTOMERS.forEach(([name, group, city], i) => {
    const code = i + 1;
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join("");
    let mobile = `${pick(rand, MOBILE_PREFIXES)}${digits(7)}`;
    let tel = `${city === "تهران" ? "021" : "031"}${1 + Math.floor(rand() * 8)}${digits(7)}`;
    if (code === 1) [mobile, tel] = ["09121234567", "02188776655"]; // the examples of the project's docs
    if (code === 7) mobile = "۰۹۳۵۱۲۳۴۵۶۷"; // typed in Persian digits
    if (code === 13) mobile = ""; // a shop: landline only
    const address = `${city}، ${pick(rand, STREETS[city])}، پلاک ${1 + Math.floor(rand() * 250)}`;
    state.addCustomer({ Name: name, GroupName: group, Tel: tel, Mobile: mobile, Address: address });
  });
}

function seedEtikets(state: TahesabState, rand: () => number): void {
  for (let code = 1; code <= 200; code++) {
    const kindIndex = Math.floor(rand() * KINDS.length);
    const [kind, wMin, wMax, sizes, stones] = KINDS[kindIndex];
    const decimals = rand() < 0.5 ? 100 : 1000;
    const vazn = Math.round((wMin + rand() * (wMax - wMin)) * decimals) / decimals;
    const ayar = kind === "شمش طلا" ? 999 : rand() < 0.85 ? 750 : pick(rand, [900, 585, 999]);
    const colorRoll = rand();
    const color = kind === "شمش طلا" || colorRoll < 0.6 ? "زرد" : colorRoll < 0.8 ? "سفید" : "رزگلد";
    state.addEtiket({
      Code: String(code),
      Name: `${kind} ${pick(rand, STYLES)}`,
      Vazn: vazn,
      Ayar: ayar,
      Size: pick(rand, sizes),
      Color: color,
      Sharh: pick(rand, NOTES),
      DarsadSood: 5 + Math.floor(rand() * 8),
      PoolSang: stones === 0 ? 0 : Math.round((stones * (0.5 + rand())) / 10_000) * 10_000,
      IsMojood: code === 5 || code === 12 || rand() < 0.85 ? 1 : 0, // 5 and 12 are sold by seed documents
      CodeKar: String(kindIndex + 1),
      PictureFileName: `${code}.jpg`,
      Epc: code % 7 === 0 ? null : `E2801160${code.toString(16).toUpperCase().padStart(8, "0")}`,
      TarikhTaghir: randomDate1403(rand),
    });
  }
}

const HEAD = (final: 0 | 1, customer: number, factor: number, date: [number, number, number]) => [final, customer, factor, 1, ...date];

/** A few documents so that balances are not all zero. Effects in the comments. */
const DOCUMENTS: [string, unknown[]][] = [
  // 1: gold +12.345 g, 2 coins, money -25,000,000 (the example of the project's docs)
  ["DoNewSanadVKHGOLD", [...HEAD(1, 1, 1201, [1403, 8, 6]), 12.345, 750, 0, "", 0, 0]],
  ["DoNewSanadVKHSEKEH", [...HEAD(1, 1, 1202, [1403, 8, 6]), 16.266, 900, 2, "سکه امامی", 0]],
  ["DoNewSanadVKHVaghNaghd", [...HEAD(1, 1, 1203, [1403, 8, 10]), 1, 25_000_000, "پرداخت نقدی"]],
  // 2: sells 20.5 g of 750 and takes it away; pays 1,000,000,000 of 1,127,500,000
  ["DoNewSanadBuySaleGOLD", [...HEAD(1, 2, 1301, [1403, 7, 14]), 20.5, 750, 0, "", 0, 55_000_000, 1, 0, 1_127_500_000]],
  ["DoNewSanadVKHGOLD", [...HEAD(1, 2, 1302, [1403, 7, 14]), 20.5, 750, 0, "", 1, 0]],
  ["DoNewSanadVKHVaghNaghd", [...HEAD(1, 2, 1303, [1403, 7, 20]), 0, 1_000_000_000, "واریز به حساب"]],
  // 3: buys etiket 5, pays part of it
  ["DoNewSanadBuySaleEtiket", [...HEAD(1, 3, 1401, [1403, 9, 2]), 0, 0, 0, "", 0, 55_000_000, 1, 85_000_000, 0, 9, 1_500_000, 7, 0, 0, 0, "5.jpg", 6_000_000, 5]],
  ["DoNewSanadVKHVaghNaghd", [...HEAD(1, 3, 1402, [1403, 9, 2]), 0, 50_000_000, "پیش پرداخت"]],
  // 5: owes us 10,000,000 rials and 1.5 g
  ["DoNewSanadTalabBedehi", [...HEAD(1, 5, 1501, [1403, 5, 18]), 1, 10_000_000, "مانده حساب سال قبل", "اصلاح حساب", 1.5]],
  // 6: a colleague's shop brings made goods on consignment and we buy some
  ["DoNewSanadVKHKar", [...HEAD(1, 6, 1601, [1403, 6, 1]), 48.2, 750, 12, "گوشواره میخی", 0, 0, 0, 9, 0, 0, 0, "", 0, 0]],
  ["DoNewSanadBuySaleKar", [...HEAD(1, 6, 1602, [1403, 6, 3]), 15.75, 750, 4, "انگشتر زنانه", 1, 55_000_000, 1, 900_000_000, 1, 9, 2_800_000, 0, 0, 0, 0, "", 1_200_000]],
  // 8: melted gold assayed by a lab: taken in, then bought
  ["DoNewSanadVKHGOLD", [...HEAD(1, 8, 1801, [1403, 10, 11]), 10.2, 740, 98765, "آزمایشگاه ری", 0, 1]],
  ["DoNewSanadBuySaleGOLD", [...HEAD(1, 8, 1802, [1403, 10, 11]), 10.2, 740, 98765, "آزمایشگاه ری", 1, 54_000_000, 1, 1, 550_800_000]],
  // 12 buys etiket 12; 13 gets a discount
  ["DoNewSanadBuySaleEtiket", [...HEAD(1, 12, 2101, [1403, 11, 5]), 0, 0, 0, "", 0, 56_000_000, 1, 210_000_000, 0, 9, 17_000_000, 7, 0, 0, 0, "12.jpg", 9_000_000, 12]],
  ["DoNewSanadTakhfif", [...HEAD(1, 13, 2201, [1403, 11, 20]), 0, 2_000_000, "تخفیف همکار"]],
  // 4: a temporary document: listed, moves nothing
  ["DoNewSanadVKHVaghNaghd", [...HEAD(0, 4, 2301, [1403, 12, 1]), 0, 5_000_000, "سند موقت"]],
];

/** Fills an empty state with the sample data. */
export function applySeed(state: TahesabState): void {
  const rand = prng(0x7a4e5ab);
  seedCustomers(state, rand);
  seedEtikets(state, rand);
  for (const [command, args] of DOCUMENTS) runCommand(state, command, args);
}
