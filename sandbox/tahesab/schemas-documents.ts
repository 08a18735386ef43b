// The eleven DoNewSanad* writes: the seed's positional lists, and the newer
// add-on's optional trailing arguments. Seed slips decided by the project:
//  - Name_Sekeh (DoNewSanadBuySaleSEKEH) and Baabat (DoNewSanadTalabBedehi) are
//    bare in the seed but are text: a JSON string is required;
//  - DoNewSanadVKHEtiket slot 12 is labelled BuyOrSale_0_1 but the document is
//    an in/out one: 0 = in, 1 = out (VENDORS.md; the same slot of
//    DoNewSanadVKHKar is IsVoroodOrKhorooj_0_1), so it is named that;
//  - DoNewSanadBuySaleGOLD slots 10-11 are shown as 0 and "" but sit where
//    DoNewSanadVKHGOLD has Ang_Number and "Name_az": they are read as those
//    (a number and a string) and are free. The seed wants both for melted gold,
//    but S1 — posting to a live add-on — sends melted gold (1) with 0 and ""
//    every time, and S2 (RegisterBuyItem, production) sends its lab data there
//    for miscellaneous gold (0). DoNewSanadVKHGOLD keeps the seed's rule.
//
// The newer trailing arguments, in this order after the seed's list (each
// source sends a prefix of them; none skips one):
//   Sharh (string; only where the seed's list has none), Factor_Code (string,
//   20-40 ASCII letters/digits), HavalehBe_Mcode (number, -1 or 0),
//   MultiRadif (number, -1 or 1), Jens_Felez (number, 0),
//   then for DoNewSanadBuySaleGOLD Zaman_Tasvie and Arz_Name, for
//   DoNewSanadBuySaleSEKEH Arz_Name (strings, "" only).
// S1 (radiarkazemi/gold_abshd app/services/tahesab.py) sends all of them to
// DoNewSanadBuySaleGOLD (23 arguments) and DoNewSanadBuySaleSEKEH (20), with
// Factor_Number -1, HavalehBe_Mcode -1, MultiRadif -1, Jens_Felez 0.
// S3 (Ahmadrezagh/Zarnia-Laravel app/Services/Api/Tahesab.php) sends Sharh,
// Factor_Code, HavalehBe_Mcode 0, MultiRadif 1 to DoNewSanadBuySaleEtiket (29)
// and Factor_Code, HavalehBe_Mcode, MultiRadif to DoNewSanadTalabBedehi (15,
// with Radif_Number -1) — but its Factor_Code is a PHP intval (a JSON number,
// at most 19 digits), which the strict reading refuses.
// Values no source shows (another HavalehBe_Mcode, MultiRadif 0, another
// metal, a non-empty Zaman_Tasvie) are refused: the strict reading.
import type { CommandSchema, ParamSpec, Args } from "./args.js";
import { fail, msg, reason } from "./messages.js";
import {
  amount, ayar, between, code, emptyText, factorCode, flag, integer, integerOrMinusOne, num, oneOf, percent, str, weight, zero,
  nonEmpty,
} from "./params.js";
import type { TahesabAddOn } from "./types.js";
import { isValidJalali } from "./text.js";

/** The seven parameters every DoNewSanad* command starts with. */
function documentHead(addOn: TahesabAddOn): ParamSpec[] {
  const current = addOn === "current";
  return [
    flag("Sabte_Kol_Or_Movaghat_1_0"),
    code("Moshtari_Code"),
    // -1 (let the add-on number it): S1 with a Factor_Code; checked in refine.
    current ? num("Factor_Number", integerOrMinusOne) : code("Factor_Number"),
    // The seed: "send 1". -1: S3's DoNewSanadTalabBedehi with a Factor_Code.
    num("Radif_Number", current ? oneOf(1, -1) : oneOf(1)),
    num("Shamsi_Year", between(1300, 1499, true)),
    num("Shamsi_Month", between(1, 12, true)),
    num("Shamsi_Day", between(1, 31, true)),
  ];
}

/** After Factor_Code: the add-on's other newer arguments. */
const AFTER_FACTOR_CODE: ParamSpec[] = [
  factorCode("Factor_Code"),
  num("HavalehBe_Mcode", oneOf(-1, 0)),
  num("MultiRadif", oneOf(-1, 1)),
  num("Jens_Felez", oneOf(0)),
];
const WITH_SHARH: ParamSpec[] = [str("Sharh"), ...AFTER_FACTOR_CODE];

/** The three numbers must make a real Shamsi date (Esfand 30 only in leap years...). */
export function checkDocumentDate(args: Args, command: string): void {
  const [y, m, d] = [args.num("Shamsi_Year"), args.num("Shamsi_Month"), args.num("Shamsi_Day")];
  if (!isValidJalali(y, m, d)) fail(msg.badValue(command, args.position("Shamsi_Day"), "Shamsi_Day", reason.noSuchDay(y, m, d)));
}

/** -1 as Factor_Number or Radif_Number only comes with a Factor_Code (S1, S3). */
function checkMinusOnes(args: Args, command: string): void {
  if (args.has("Factor_Code")) return;
  for (const name of ["Factor_Number", "Radif_Number"]) {
    if (args.num(name) === -1) fail(msg.badValue(command, args.position(name), name, reason.minusOneNeedsFactorCode()));
  }
}

/** Melted gold (abshode) taken in or out needs the lab's stamp number and the lab's name (the seed). */
function checkMelted(args: Args, command: string): void {
  if (args.num("IsMotefaregheOrAbshode_0_1") !== 1) return;
  const ang = args.num("Ang_Number");
  if (!(Number.isInteger(ang) && ang >= 1)) fail(msg.badValue(command, args.position("Ang_Number"), "Ang_Number", reason.meltedNeedsAng()));
  if (args.str("Name_az").trim() === "") fail(msg.badValue(command, args.position("Name_az"), "Name_az", reason.meltedNeedsLab()));
}

const refine = (extra?: (args: Args, command: string) => void) => (args: Args, command: string) => {
  checkDocumentDate(args, command);
  checkMinusOnes(args, command);
  extra?.(args, command);
};

const ETIKET_TAIL = {
  ojratKind: flag("OjratTedadiOrGerami_0_1"),
  tax: percent("Darsad_Maliat"),
  taxAmount: amount("MeghdarMaliat"),
  gold: amount("Darsad_Talayee"),
  returned: flag("IsMarjoo_1_0"),
  stones: amount("PoolSang"),
  picture: str("PictureFileName"),
  wage: amount("Ojrat"),
  shenase: code("Shenase"),
};

/** The document schemas of one add-on: the seed's lists, plus (current) the optional trailing arguments. */
export function documentSchemas(addOn: TahesabAddOn): Record<string, CommandSchema> {
  const head = documentHead(addOn);
  const current = addOn === "current";
  const tail = (extra: ParamSpec[] = []) => (current ? [...WITH_SHARH, ...extra] : undefined);
  const tailAfterSharh = () => (current ? [...AFTER_FACTOR_CODE] : undefined);
  return {
    DoNewSanadVKHGOLD: {
      params: [...head, weight("Vazn"), ayar("Ayar"), num("Ang_Number", integer(0)), str("Name_az"),
        flag("IsVoroodOrKhorooj_0_1"), flag("IsMotefaregheOrAbshode_0_1")],
      optional: tail(),
      refine: refine(checkMelted),
    },
    DoNewSanadBuySaleGOLD: {
      params: [...head, weight("Vazn"), ayar("Ayar"), num("Ang_Number", integer(0)), str("Name_az"),
        flag("BuyOrSale_0_1"), amount("Mazaneh"), flag("MazanehIsMesghalOrGeram_0_1"), flag("IsMotefaregheOrAbshode_0_1"),
        amount("MablaghKol")],
      optional: tail([emptyText("Zaman_Tasvie"), emptyText("Arz_Name")]),
      refine: refine(),
    },
    DoNewSanadVKHSEKEH: {
      params: [...head, amount("Vazn"), ayar("Ayar"), num("Count", integer(1)), str("Name_Sekeh", nonEmpty),
        flag("IsVoroodOrKhorooj_0_1")],
      optional: tail(),
      refine: refine(),
    },
    DoNewSanadBuySaleSEKEH: {
      params: [...head, amount("Vazn"), ayar("Ayar"), num("Count", integer(1)), str("Name_Sekeh", nonEmpty),
        flag("BuyOrSale_0_1"), amount("Mazaneh"), amount("MablaghKol")],
      optional: tail([emptyText("Arz_Name")]),
      refine: refine(),
    },
    DoNewSanadVKHVaghNaghd: {
      params: [...head, flag("IsVoroodOrKhorooj_0_1"), amount("Mablagh"), str("Sharh")],
      optional: tailAfterSharh(),
      refine: refine(),
    },
    DoNewSanadTakhfif: {
      params: [...head, flag("IsMaBeMoshtariOrMoshtariBeMa_0_1"), amount("Mablagh"), str("Sharh")],
      optional: tailAfterSharh(),
      refine: refine(),
    },
    DoNewSanadTalabBedehi: {
      params: [...head, flag("IsBedehiOrTalab_0_1"), amount("Mablagh"), str("Sharh"), str("Baabat"), amount("Vazn")],
      optional: tailAfterSharh(),
      refine: refine(),
    },
    DoNewSanadBuySaleKar: {
      params: [...head, weight("Vazn"), ayar("Ayar"), num("Count", integer(1)), str("Name_Kar"),
        flag("BuyOrSale_0_1"), amount("Mazaneh"), flag("MazanehIsMesghalOrGeram_0_1"), amount("MablaghKol"),
        flag("OjratTedadiOrGerami_0_1"), percent("Darsad_Maliat"), amount("MeghdarMaliat"), amount("Darsad_Sood"),
        amount("Darsad_Talayee"), flag("IsMarjoo_1_0"), amount("PoolSang"), str("PictureFileName"), amount("Ojrat")],
      optional: tail(),
      refine: refine(),
    },
    DoNewSanadVKHKar: {
      params: [...head, weight("Vazn"), ayar("Ayar"), num("Count", integer(1)), str("Name_Kar"),
        flag("IsVoroodOrKhorooj_0_1"), flag("OjratTedadiOrGerami_0_1"), amount("MablaghKol"), percent("Darsad_Maliat"),
        amount("MeghdarMaliat"), amount("Darsad_Talayee"), flag("IsMarjoo_1_0"), str("PictureFileName"), amount("Ojrat"),
        amount("PoolSang")],
      optional: tail(),
      refine: refine(),
    },
    DoNewSanadBuySaleEtiket: {
      params: [...head, zero("8_0"), zero("9_0"), zero("10_0"), emptyText('11_""'), flag("BuyOrSale_0_1"),
        amount("Mazaneh"), flag("MazanehIsMesghalOrGeram_0_1"), amount("MablaghKol"), ETIKET_TAIL.ojratKind,
        ETIKET_TAIL.tax, ETIKET_TAIL.taxAmount, amount("Darsad_Sood"), ETIKET_TAIL.gold,
        ETIKET_TAIL.returned, ETIKET_TAIL.stones, ETIKET_TAIL.picture, ETIKET_TAIL.wage, ETIKET_TAIL.shenase],
      optional: tail(),
      refine: refine(),
    },
    DoNewSanadVKHEtiket: {
      params: [...head, zero("8_0"), zero("9_0"), zero("10_0"), emptyText('11_""'),
        flag("IsVoroodOrKhorooj_0_1"), // the seed labels this slot BuyOrSale_0_1: see the header comment
        zero("13_0"), zero("14_0"), amount("MablaghKol"), ETIKET_TAIL.ojratKind, ETIKET_TAIL.tax,
        ETIKET_TAIL.taxAmount, zero("19_0"), ETIKET_TAIL.gold, ETIKET_TAIL.returned,
        ETIKET_TAIL.stones, ETIKET_TAIL.picture, ETIKET_TAIL.wage, ETIKET_TAIL.shenase],
      optional: tail(),
      refine: refine(),
    },
  };
}
