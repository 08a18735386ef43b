// Realistic sample data for a Tehran/Isfahan gold shop: 5 customer groups, 30
// accounts, 5 coin kinds, 200 etikets (the documents are in seed-documents.ts).
// Deterministic: seeded PRNGs, no clock, no Math.random. Some names are stored
// with the Arabic ي / ك (the groups and coin kinds all of them: Tahesab-era
// tables), one mobile with Persian digits, and some etiket weights as
// "4/06" strings, as real Tahesab databases hold them.
import { MAZANEH_750_PER_MESGHAL, PRICE_750_PER_GRAM } from "./accounting.js";
import { tahesabSpelling } from "./document-kinds.js";
import { seedDocuments } from "./seed-documents.js";
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

/** Customer groups, GID 1.. in this order. S1's shop has an "اپلیکیشن" group for app users. */
const GROUPS = ["مشتری عادی", "همکار", "مشتری ویژه", "سازنده", "اپلیکیشن"];

/** Coin kinds (DoListNameSekeh): name, grams, ayar. */
const COIN_KINDS: [string, number, number][] = [
  ["سکه امامی", 8.133, 900],
  ["سکه بهار آزادی", 8.133, 900],
  ["نیم سکه", 4.066, 900],
  ["ربع سکه", 2.033, 900],
  ["سکه گرمی", 1.01, 900],
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

function seedCustomers(state: TahesabState, rand: () => number, extra: () => number): void {
  for (const name of GROUPS) state.addGroup(tahesabSpelling(name));
  CUSTOMERS.forEach(([name, groupName, city], i) => {
    const code = i + 1;
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join("");
    let mobile = `${pick(rand, MOBILE_PREFIXES)}${digits(7)}`;
    let tel = `${city === "تهران" ? "021" : "031"}${1 + Math.floor(rand() * 8)}${digits(7)}`;
    if (code === 1) [mobile, tel] = ["09121234567", "02188776655"]; // the examples of the project's docs
    if (code === 7) mobile = "۰۹۳۵۱۲۳۴۵۶۷"; // typed in Persian digits
    if (code === 13) mobile = ""; // a shop: landline only
    const address = `${city}، ${pick(rand, STREETS[city])}، پلاک ${1 + Math.floor(rand() * 250)}`;
    // From a second PRNG, so the first one's sequence (and every etiket) stays as it was.
    const codeMelli = extra() < 0.6 ? Array.from({ length: 10 }, () => Math.floor(extra() * 10)).join("") : "";
    const birth = extra() < 0.4 ? formatJalali(1340 + Math.floor(extra() * 45), 1 + Math.floor(extra() * 12), 1 + Math.floor(extra() * 29)) : "";
    const group = state.findGroup(groupName);
    if (!group) throw new Error(`internal: seed group ${groupName}`);
    state.addCustomer({
      Name: name, GroupName: group.Name, GID: group.GID, Tel: tel, Mobile: mobile, Address: address,
      CodeMelli: codeMelli, City: city, BDate: birth, Moaref: "", CodeMoaref: -1,
    });
  });
  for (const [name, vazn, ayar] of COIN_KINDS) state.coinKinds.push({ Name: tahesabSpelling(name), Vazn: vazn, Ayar: ayar });
}

const COLOR_CODES: Record<string, number> = { زرد: 1, سفید: 2, رزگلد: 3 };

/**
 * The newer record fields, none of which any source explains: a making charge
 * of 7-24 % of the weight, a buy-back deduction of 0-4 %, and an online price
 * of (gold at the day price + making charge + profit) + stones, rounded to
 * 10,000 rials — guesses that keep the numbers plausible.
 */
function priced(vazn: number, ayar: number, darsadSood: number, poolSang: number, extra: () => number) {
  const DarsadVazn = 7 + Math.floor(extra() * 18);
  const DarsadVaznMaye = Math.floor(extra() * 5);
  const gold = ((vazn * ayar) / 750) * PRICE_750_PER_GRAM;
  const withWage = gold * (1 + DarsadVazn / 100);
  const OnlinePrice = Math.round((withWage * (1 + darsadSood / 100) + poolSang) / 10_000) * 10_000;
  return { DarsadVazn, DarsadVaznMaye, OnlinePrice, Mazaneh: MAZANEH_750_PER_MESGHAL };
}

function seedEtikets(state: TahesabState, rand: () => number, extra: () => number): void {
  for (let code = 1; code <= 200; code++) {
    const kindIndex = Math.floor(rand() * KINDS.length);
    const [kind, wMin, wMax, sizes, stones] = KINDS[kindIndex];
    const decimals = rand() < 0.5 ? 100 : 1000;
    const vazn = Math.round((wMin + rand() * (wMax - wMin)) * decimals) / decimals;
    const ayar = kind === "شمش طلا" ? 999 : rand() < 0.85 ? 750 : pick(rand, [900, 585, 999]);
    const colorRoll = rand();
    const color = kind === "شمش طلا" || colorRoll < 0.6 ? "زرد" : colorRoll < 0.8 ? "سفید" : "رزگلد";
    const name = `${kind} ${pick(rand, STYLES)}`;
    const size = pick(rand, sizes);
    const sharh = pick(rand, NOTES);
    const darsadSood = 5 + Math.floor(rand() * 8);
    const poolSang = stones === 0 ? 0 : Math.round((stones * (0.5 + rand())) / 10_000) * 10_000;
    state.addEtiket({
      Code: String(code),
      Name: name,
      Vazn: vazn,
      // One piece in ten has its weight written with a slash: "4/06".
      VaznText: code % 10 === 3 ? String(vazn).replace(".", "/") : undefined,
      Ayar: ayar,
      Size: size,
      Color: color,
      ColorCode: COLOR_CODES[color],
      Sharh: sharh,
      DarsadSood: darsadSood,
      PoolSang: poolSang,
      ...priced(vazn, ayar, darsadSood, poolSang, extra),
      IsMojood: code === 5 || code === 12 || rand() < 0.85 ? 1 : 0, // 5 and 12 are sold by seed documents
      CodeKar: String(kindIndex + 1),
      PictureFileName: `${code}.jpg`,
      Epc: code % 7 === 0 ? null : `E2801160${code.toString(16).toUpperCase().padStart(8, "0")}`,
      TarikhTaghir: randomDate1403(rand),
    });
  }
}

/** Fills an empty state with the sample data. */
export function applySeed(state: TahesabState): void {
  const rand = prng(0x7a4e5ab);
  const extra = prng(0x51ab1e);
  seedCustomers(state, rand, extra);
  seedEtikets(state, rand, extra);
  seedDocuments(state);
}
