// Strict positional argument schemas, one per command, read off the seed.
// The seed's rule: a parameter written in quotes ("Name_az") is a JSON string,
// one written bare (Vazn) is a JSON number. Seed slips decided by the project:
//  - Name_Sekeh (DoNewSanadBuySaleSEKEH) and Baabat (DoNewSanadTalabBedehi) are
//    bare in the seed but are text: a JSON string is required;
//  - DoNewSanadVKHEtiket slot 12 is labelled BuyOrSale_0_1 but the document is an
//    in/out one (as the same slot of DoNewSanadVKHKar): IsVoroodOrKhorooj_0_1;
//  - DoNewSanadBuySaleGOLD slots 10-11 are shown as 0 and "" but sit where
//    DoNewSanadVKHGOLD has Ang_Number and "Name_az"; the seed requires both for
//    melted gold, so they carry them then, and must be 0 / "" otherwise.
import { fail, msg, reason } from "./messages.js";
import { DIGITS, HEX, isValidJalali, parseJalali } from "./text.js";

export type ArgValue = string | number;

export interface ParamSpec {
  name: string;
  type: "string" | "number";
  /** A value check after the type check: returns a reason (Persian) or null. */
  check?: (value: never) => string | null;
}

export interface CommandSchema {
  /** Fixed positional parameters. */
  params?: ParamSpec[];
  /** Overloads, told apart by argument count (DoListMoshtari). */
  variants?: ParamSpec[][];
  /** A non-empty list of like values (codes, EPCs). */
  list?: ParamSpec;
  /** Checks across parameters; may throw through `fail`. */
  refine?: (args: Args, command: string) => void;
}

/** Validated arguments, by seed name and by position. */
export class Args {
  constructor(
    readonly values: ArgValue[],
    readonly specs: ParamSpec[],
  ) {}
  private index(name: string): number {
    const i = this.specs.findIndex((s) => s.name === name);
    if (i < 0) throw new Error(`internal: no parameter ${name}`);
    return i;
  }
  has(name: string): boolean {
    return this.specs.some((s) => s.name === name);
  }
  position(name: string): number {
    return this.index(name) + 1;
  }
  num(name: string): number {
    return this.values[this.index(name)] as number;
  }
  str(name: string): string {
    return this.values[this.index(name)] as string;
  }
  /** Every argument by its seed name, as a document record keeps them. */
  byName(): Record<string, ArgValue> {
    const out: Record<string, ArgValue> = {};
    this.specs.forEach((s, i) => (out[s.name] = this.values[i]));
    return out;
  }
}

// ---- parameter builders -------------------------------------------------

type NumCheck = (v: number) => string | null;
type StrCheck = (v: string) => string | null;

const num = (name: string, check?: NumCheck): ParamSpec => ({ name, type: "number", check: check as ParamSpec["check"] });
const str = (name: string, check?: StrCheck): ParamSpec => ({ name, type: "string", check: check as ParamSpec["check"] });

const integer = (min: number): NumCheck => (v) =>
  !Number.isInteger(v) ? reason.integer() : v < min ? reason.min(min) : null;
const between = (min: number, max: number, int = false): NumCheck => (v) =>
  int && !Number.isInteger(v) ? reason.integer() : v < min || v > max ? reason.range(min, max) : null;
const atLeast = (min: number): NumCheck => (v) => (v < min ? reason.min(min) : null);
const positive: NumCheck = (v) => (v > 0 ? null : reason.positive());
const flagCheck: NumCheck = (v) => (v === 0 || v === 1 ? null : reason.flag());
const exactNum = (value: number): NumCheck => (v) => (v === value ? null : reason.exactly(String(value)));
const nonEmpty: StrCheck = (v) => (v.trim() === "" ? reason.nonEmpty() : null);
const digits: StrCheck = (v) => (DIGITS.test(v) ? null : reason.digits());
const date: StrCheck = (v) => (parseJalali(v) ? null : reason.date());
const dateOrEmpty: StrCheck = (v) => (v === "" || parseJalali(v) ? null : reason.dateOrEmpty());
const hex: StrCheck = (v) => (HEX.test(v) ? null : reason.hex());
const exactStr: StrCheck = (v) => (v === "" ? null : reason.exactly('""'));

const flag = (name: string) => num(name, flagCheck);
/** A code the caller must have received from Tahesab: a positive integer. */
const code = (name: string) => num(name, integer(1));
/** Rials and other amounts. */
const amount = (name: string) => num(name, atLeast(0));
const percent = (name: string) => num(name, between(0, 100));
const weight = (name: string) => num(name, positive);
const ayar = (name: string) => num(name, between(0, 1000));
const zero = (name: string) => num(name, exactNum(0));
const emptyText = (name: string) => str(name, exactStr);

/** The seven parameters every DoNewSanad* command starts with. */
const DOCUMENT_HEAD: ParamSpec[] = [
  flag("Sabte_Kol_Or_Movaghat_1_0"),
  code("Moshtari_Code"),
  code("Factor_Number"),
  num("Radif_Number", exactNum(1)), // the seed: "send 1"
  num("Shamsi_Year", between(1300, 1499, true)),
  num("Shamsi_Month", between(1, 12, true)),
  num("Shamsi_Day", between(1, 31, true)),
];

/** The three numbers must make a real Shamsi date (Esfand 30 only in leap years...). */
function checkDocumentDate(args: Args, command: string): void {
  const [y, m, d] = [args.num("Shamsi_Year"), args.num("Shamsi_Month"), args.num("Shamsi_Day")];
  if (!isValidJalali(y, m, d)) fail(msg.badValue(command, args.position("Shamsi_Day"), "Shamsi_Day", reason.noSuchDay(y, m, d)));
}

/** Melted gold (abshode) needs the lab's stamp number and the lab's name. */
function checkMelted(args: Args, command: string, fixedWhenMisc: boolean): void {
  const melted = args.num("IsMotefaregheOrAbshode_0_1") === 1;
  const ang = args.num("Ang_Number");
  const lab = args.str("Name_az");
  if (melted) {
    if (!(Number.isInteger(ang) && ang >= 1)) fail(msg.badValue(command, args.position("Ang_Number"), "Ang_Number", reason.meltedNeedsAng()));
    if (lab.trim() === "") fail(msg.badValue(command, args.position("Name_az"), "Name_az", reason.meltedNeedsLab()));
  } else if (fixedWhenMisc) {
    if (ang !== 0) fail(msg.badValue(command, args.position("Ang_Number"), "Ang_Number", reason.exactly("0")));
    if (lab !== "") fail(msg.badValue(command, args.position("Name_az"), "Name_az", reason.exactly('""')));
  }
}

const documentRefine = (extra?: (args: Args, command: string) => void) => (args: Args, command: string) => {
  checkDocumentDate(args, command);
  extra?.(args, command);
};

function rangeRefine(fromName: string, toName: string) {
  return (args: Args, command: string) => {
    const from = args.values[args.position(fromName) - 1];
    const to = args.values[args.position(toName) - 1];
    if (from !== "" && to !== "" && from > to) fail(msg.badValue(command, args.position(toName), toName, reason.fromAfterTo(String(from), String(to))));
  };
}

// ---- the schemas ----------------------------------------------------------

const ETIKET_TAIL_COMMON = {
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

export const SCHEMAS: Record<string, CommandSchema> = {
  // RFID
  epcList: { list: str("EPC", hex) },
  GetInfo: { list: str("EPC", hex) },
  GetInfoWithImage: { list: str("EPC", hex) },

  // accounts and customers
  getmandehesabbycode: { list: str("Moshtari_Code", digits) },
  GetMandeHesabByTarikh: { params: [str("Moshtari_Code", digits), str("Tarikh", date)] },
  DoNewMoshtari: { params: [str("Name", nonEmpty), str("GroupName"), str("Tel"), str("Address")] },
  DoListMoshtari: {
    variants: [
      [num("Tel", (v) => (Number.isInteger(v) && v > 0 ? null : reason.telForm()))],
      [num("From_Code", integer(0)), num("To_Code", integer(0))],
    ],
    refine: (args, command) => {
      if (args.has("From_Code")) rangeRefine("From_Code", "To_Code")(args, command);
    },
  },

  // gold
  DoNewSanadVKHGOLD: {
    params: [...DOCUMENT_HEAD, weight("Vazn"), ayar("Ayar"), num("Ang_Number", integer(0)), str("Name_az"),
      flag("IsVoroodOrKhorooj_0_1"), flag("IsMotefaregheOrAbshode_0_1")],
    refine: documentRefine((a, c) => checkMelted(a, c, false)),
  },
  DoNewSanadBuySaleGOLD: {
    params: [...DOCUMENT_HEAD, weight("Vazn"), ayar("Ayar"), num("Ang_Number", integer(0)), str("Name_az"),
      flag("BuyOrSale_0_1"), amount("Mazaneh"), flag("MazanehIsMesghalOrGeram_0_1"), flag("IsMotefaregheOrAbshode_0_1"),
      amount("MablaghKol")],
    refine: documentRefine((a, c) => checkMelted(a, c, true)),
  },

  // coins
  DoNewSanadVKHSEKEH: {
    params: [...DOCUMENT_HEAD, amount("Vazn"), ayar("Ayar"), num("Count", integer(1)), str("Name_Sekeh", nonEmpty),
      flag("IsVoroodOrKhorooj_0_1")],
    refine: documentRefine(),
  },
  DoNewSanadBuySaleSEKEH: {
    params: [...DOCUMENT_HEAD, amount("Vazn"), ayar("Ayar"), num("Count", integer(1)), str("Name_Sekeh", nonEmpty),
      flag("BuyOrSale_0_1"), amount("Mazaneh"), amount("MablaghKol")],
    refine: documentRefine(),
  },

  // money
  DoNewSanadVKHVaghNaghd: {
    params: [...DOCUMENT_HEAD, flag("IsVoroodOrKhorooj_0_1"), amount("Mablagh"), str("Sharh")],
    refine: documentRefine(),
  },
  DoNewSanadTakhfif: {
    params: [...DOCUMENT_HEAD, flag("IsMaBeMoshtariOrMoshtariBeMa_0_1"), amount("Mablagh"), str("Sharh")],
    refine: documentRefine(),
  },
  DoNewSanadTalabBedehi: {
    params: [...DOCUMENT_HEAD, flag("IsBedehiOrTalab_0_1"), amount("Mablagh"), str("Sharh"), str("Baabat"), amount("Vazn")],
    refine: documentRefine(),
  },

  // made goods (kar)
  DoNewSanadBuySaleKar: {
    params: [...DOCUMENT_HEAD, weight("Vazn"), ayar("Ayar"), num("Count", integer(1)), str("Name_Kar"),
      flag("BuyOrSale_0_1"), amount("Mazaneh"), flag("MazanehIsMesghalOrGeram_0_1"), amount("MablaghKol"),
      flag("OjratTedadiOrGerami_0_1"), percent("Darsad_Maliat"), amount("MeghdarMaliat"), amount("Darsad_Sood"),
      amount("Darsad_Talayee"), flag("IsMarjoo_1_0"), amount("PoolSang"), str("PictureFileName"), amount("Ojrat")],
    refine: documentRefine(),
  },
  DoNewSanadVKHKar: {
    params: [...DOCUMENT_HEAD, weight("Vazn"), ayar("Ayar"), num("Count", integer(1)), str("Name_Kar"),
      flag("IsVoroodOrKhorooj_0_1"), flag("OjratTedadiOrGerami_0_1"), amount("MablaghKol"), percent("Darsad_Maliat"),
      amount("MeghdarMaliat"), amount("Darsad_Talayee"), flag("IsMarjoo_1_0"), str("PictureFileName"), amount("Ojrat"),
      amount("PoolSang")],
    refine: documentRefine(),
  },

  // etiket
  getetiketinfobycode: { list: str("Code", digits) },
  getetiketinfobycodewithimage: { list: str("Code", digits) },
  DoListEtiket: {
    params: [num("From_Code", integer(0)), num("To_Code", integer(0)), flag("WithPhoto_1_0")],
    refine: rangeRefine("From_Code", "To_Code"),
  },
  DoListGetUpdatedEtiket: { params: [str("AzTarikh", date), str("TaTarikh", date)], refine: rangeRefine("AzTarikh", "TaTarikh") },
  DoList_EtiketByCodeKar: { params: [str("Code_Kar", nonEmpty)] },
  DoNewSanadBuySaleEtiket: {
    params: [...DOCUMENT_HEAD, zero("8_0"), zero("9_0"), zero("10_0"), emptyText('11_""'), flag("BuyOrSale_0_1"),
      amount("Mazaneh"), flag("MazanehIsMesghalOrGeram_0_1"), amount("MablaghKol"), ETIKET_TAIL_COMMON.ojratKind,
      ETIKET_TAIL_COMMON.tax, ETIKET_TAIL_COMMON.taxAmount, amount("Darsad_Sood"), ETIKET_TAIL_COMMON.gold,
      ETIKET_TAIL_COMMON.returned, ETIKET_TAIL_COMMON.stones, ETIKET_TAIL_COMMON.picture, ETIKET_TAIL_COMMON.wage,
      ETIKET_TAIL_COMMON.shenase],
    refine: documentRefine(),
  },
  DoNewSanadVKHEtiket: {
    params: [...DOCUMENT_HEAD, zero("8_0"), zero("9_0"), zero("10_0"), emptyText('11_""'),
      flag("IsVoroodOrKhorooj_0_1"), // the seed labels this slot BuyOrSale_0_1: see the header comment
      zero("13_0"), zero("14_0"), amount("MablaghKol"), ETIKET_TAIL_COMMON.ojratKind, ETIKET_TAIL_COMMON.tax,
      ETIKET_TAIL_COMMON.taxAmount, zero("19_0"), ETIKET_TAIL_COMMON.gold, ETIKET_TAIL_COMMON.returned,
      ETIKET_TAIL_COMMON.stones, ETIKET_TAIL_COMMON.picture, ETIKET_TAIL_COMMON.wage, ETIKET_TAIL_COMMON.shenase],
    refine: documentRefine(),
  },

  // documents
  DoListAsnad: {
    params: [num("Count_Last", integer(0)), num("Moshtari_Code", integer(0)), str("AzTarikhShamsi", dateOrEmpty),
      str("TaTarikhShamsi", dateOrEmpty)],
    refine: rangeRefine("AzTarikhShamsi", "TaTarikhShamsi"),
  },
  DoNewSanadInquiry: {
    params: [code("Moshtari_Code"), code("Factor_Number"), num("Shamsi_Year", between(1300, 1499, true)),
      num("Shamsi_Month", between(1, 12, true)), num("Shamsi_Day", between(1, 31, true))],
    refine: checkDocumentDate,
  },
  DoDeleteSanad: { params: [str("Factor_Code", digits)] },
};

function checkOne(command: string, pos: number, spec: ParamSpec, value: unknown): ArgValue {
  if (spec.type === "number") {
    if (typeof value !== "number") fail(msg.mustBeNumber(command, pos, spec.name, value));
    if (!Number.isFinite(value)) fail(msg.badValue(command, pos, spec.name, reason.finite())); // 1e999 parses as Infinity
  } else if (typeof value !== "string") {
    fail(msg.mustBeString(command, pos, spec.name, value));
  }
  const why = spec.check ? (spec.check as (v: ArgValue) => string | null)(value) : null;
  if (why) fail(msg.badValue(command, pos, spec.name, why));
  return value;
}

/** Checks the raw JSON arguments of a command against its schema; throws the ERROR text. */
export function validateArgs(command: string, schema: CommandSchema, raw: unknown[]): Args {
  let specs: ParamSpec[];
  if (schema.list) {
    if (raw.length === 0) fail(msg.listEmpty(command));
    specs = raw.map(() => schema.list as ParamSpec);
  } else if (schema.variants) {
    const match = schema.variants.find((v) => v.length === raw.length);
    if (!match) fail(msg.argCount(command, schema.variants.map((v) => v.length).join(" یا "), raw.length));
    specs = match;
  } else {
    specs = schema.params ?? [];
    if (raw.length !== specs.length) fail(msg.argCount(command, String(specs.length), raw.length));
  }
  const values = raw.map((value, i) => checkOne(command, i + 1, specs[i], value));
  const args = new Args(values, specs);
  schema.refine?.(args, command);
  return args;
}
