// The Persian name of each kind of document, as DoListAsnad's NO field shows
// it. Seen in S1's tests (radiarkazemi/gold_abshd backend/tests/test_tahesab.py,
// rows of a live DoListAsnad): "فروش طلا", "ورود متفرقه", "ورود آبشده",
// "خروج آبشده", "طلب"; S1's service names the misc-gold purchase form
// "خرید متفرقه". The rest follow the seed's titles (ثبت سند ورود و خروج سکه,
// ... تخفیف ما به مشتری و مشتری به ما, ... طلب ما و بدهی ما, کارساخته, اتیکت)
// in the same "<direction or trade> <goods>" pattern: a guess.
//
// Tahesab writes its own texts the way its Access tables hold them, with the
// Arabic ي and ك (S1 sees the user "مدير"), so the names are spelt that way.
import { comesIn, DEBT, DISCOUNT, GOLD_KIND, isSale } from "./accounting.js";
import type { Args } from "./args.js";
import { normalizeText } from "./text.js";

/** The Tahesab spelling of a Persian text: Arabic ي and ك. */
export const tahesabSpelling = (text: string) => text.replace(/\u06CC/g, "\u064A").replace(/\u06A9/g, "\u0643");

const pair = (first: string, second: string): [string, string] => [tahesabSpelling(first), tahesabSpelling(second)];

/** [when the flag is 0, when it is 1], by command. */
const NAMES = {
  vkhMisc: pair("ورود متفرقه", "خروج متفرقه"),
  vkhMelted: pair("ورود آبشده", "خروج آبشده"),
  tradeMelted: pair("خرید طلا", "فروش طلا"),
  tradeMisc: pair("خرید متفرقه", "فروش متفرقه"),
  vkhCoin: pair("ورود سکه", "خروج سکه"),
  tradeCoin: pair("خرید سکه", "فروش سکه"),
  cash: pair("دریافت وجه نقد", "پرداخت وجه نقد"),
  discount: pair("تخفیف ما به مشتری", "تخفیف مشتری به ما"),
  debt: pair("بدهی", "طلب"),
  tradeKar: pair("خرید کارساخته", "فروش کارساخته"),
  vkhKar: pair("ورود کارساخته", "خروج کارساخته"),
  tradeEtiket: pair("خرید اتیکت", "فروش اتیکت"),
  vkhEtiket: pair("ورود اتیکت", "خروج اتیکت"),
};

const ALL_NAMES = new Set(Object.values(NAMES).flat().map(normalizeText));

/** Is `name` (any ي/ی, ك/ک spelling) the NO of some document kind? */
export function isDocumentKindName(name: string): boolean {
  return ALL_NAMES.has(normalizeText(name));
}

/** Do two spellings name the same kind? */
export const sameKindName = (a: string, b: string) => normalizeText(a) === normalizeText(b);

/** The NO of a new document. */
export function documentKindName(command: string, a: Args): string {
  const melted = () => a.num("IsMotefaregheOrAbshode_0_1") === GOLD_KIND.MELTED;
  const byDirection = ([inName, outName]: [string, string]) => (comesIn(a) ? inName : outName);
  const byTrade = ([buyName, saleName]: [string, string]) => (isSale(a) ? saleName : buyName);
  switch (command) {
    case "DoNewSanadVKHGOLD":
      return byDirection(melted() ? NAMES.vkhMelted : NAMES.vkhMisc);
    case "DoNewSanadBuySaleGOLD":
      return byTrade(melted() ? NAMES.tradeMelted : NAMES.tradeMisc);
    case "DoNewSanadVKHSEKEH":
      return byDirection(NAMES.vkhCoin);
    case "DoNewSanadBuySaleSEKEH":
      return byTrade(NAMES.tradeCoin);
    case "DoNewSanadVKHVaghNaghd":
      return byDirection(NAMES.cash);
    case "DoNewSanadTakhfif":
      return NAMES.discount[a.num("IsMaBeMoshtariOrMoshtariBeMa_0_1") === DISCOUNT.WE_GIVE ? 0 : 1];
    case "DoNewSanadTalabBedehi":
      return NAMES.debt[a.num("IsBedehiOrTalab_0_1") === DEBT.PAYABLE ? 0 : 1];
    case "DoNewSanadBuySaleKar":
      return byTrade(NAMES.tradeKar);
    case "DoNewSanadVKHKar":
      return byDirection(NAMES.vkhKar);
    case "DoNewSanadBuySaleEtiket":
      return byTrade(NAMES.tradeEtiket);
    case "DoNewSanadVKHEtiket":
      return byDirection(NAMES.vkhEtiket);
    default:
      throw new Error(`internal: no document kind for ${command}`);
  }
}
