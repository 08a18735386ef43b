import { DateTime } from "luxon";
import { JalaliDay } from "../../src/core/dates/jalali-day.js";
import { normalisePersian } from "../../src/core/text/persian.js";
import type { DocumentRow } from "./answers.js";
import type { DocumentKind, SanadRecord } from "./document-types.js";

/**
 * Tahesab names a document's kind in Persian (NO), e.g. فروش طلا, ورود آبشده,
 * طلب (S1's rows; the other names follow the seed's titles: سند ورود و خروج
 * سکه, …). The kind is read from the words of the name; a name that fits no
 * kind is kept as it is with no kind, never guessed.
 */
const KIND_WORDS: ReadonlyArray<[DocumentKind, RegExp]> = [
  ["ETIKET_TRADE", /اتیکت/],
  ["MADE_GOODS_TRADE", /کارساخته|کار ساخته/],
  ["COIN_TRADE", /سکه/],
  ["DISCOUNT", /تخفیف/],
  ["CASH_TRANSFER", /وجه|نقد/],
  ["RECEIVABLE_PAYABLE", /^(طلب|بدهی)( ما)?$/],
  ["GOLD_TRADE", /طلا|آبشده|متفرقه/],
];

/** The kind of a document from Tahesab's name for it (normalised: ي/ی, ك/ک). */
export function kindOfName(name: string): DocumentKind | null {
  const text = normalisePersian(name);
  const moves = /ورود|خروج|دریافت|پرداخت/.test(text);
  const trades = /خرید|فروش/.test(text);
  for (const [kind, words] of KIND_WORDS) {
    if (!words.test(text)) continue;
    if (kind === "DISCOUNT" || kind === "RECEIVABLE_PAYABLE" || kind === "CASH_TRANSFER") return kind;
    if (trades) return kind;
    if (moves) return kind.replace("_TRADE", "_TRANSFER") as DocumentKind;
    return null;
  }
  return null;
}

/** A Shamsi wall-clock time in Tehran (how Tahesab writes ZamanSabt) as an ISO instant with its offset. */
export function tehranInstant(day: string, time: string): string | null {
  const parsed = JalaliDay.parse(day);
  if (!parsed) return null;
  const [gy, gm, gd] = parsed.toGregorianIso().split("-").map(Number);
  const [hour, minute, second] = time.split(":").map(Number);
  const instant = DateTime.fromObject({ year: gy, month: gm, day: gd, hour, minute, second }, { zone: "Asia/Tehran" });
  return instant.isValid ? instant.toISO({ suppressMilliseconds: true }) : null;
}

export function toSanad(row: DocumentRow, customerCode: string | null): SanadRecord {
  const recorded = row.ZamanSabt ?? null;
  const factorNumber = row.Sh_Factor ? Number(row.Sh_Factor) : null;
  return {
    rowId: row.ID,
    factorCode: row.Factor_Code ?? null,
    kindName: row.NO,
    kind: kindOfName(row.NO),
    customerCode,
    factorNumber: factorNumber !== null && Number.isSafeInteger(factorNumber) ? factorNumber : null,
    recordedOn: recorded?.day ?? null,
    recordedAt: recorded ? tehranInstant(recorded.day, recorded.time) : null,
    weightGrams: row.Vazn ?? null,
    ayar: row.Ayar ?? null,
    weight750Grams: row.TabdilVazn ?? null,
    unitPrice: row.Mazaneh ?? null,
    amount: row.Mali ?? null,
    labName: row.Name_az ?? null,
    stampNumber: row.Sh_Sharti ?? null,
    melted: row.IsAbshode ?? null,
    goldBalanceAfter: row.TahesabVazni ?? null,
    moneyBalanceAfter: row.TahesabMali ?? null,
    description: row.Sharh1 ?? null,
    user: row.User ?? null,
  };
}

/** Newest first: by the time of recording, then by row id (later rows have higher ids). */
export function newestFirst(a: SanadRecord, b: SanadRecord): number {
  const at = (s: SanadRecord) => (s.recordedAt ? Date.parse(s.recordedAt) : 0);
  return at(b) - at(a) || Number(b.rowId) - Number(a.rowId);
}
