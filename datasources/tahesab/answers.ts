import { z } from "zod";
import { ErrorCode, VendorError, type WriteFate } from "../../src/core/errors.js";
import { field, isAbsent } from "./answer-fields.js";

/**
 * The declared shape of every Tahesab answer, one per command, from what
 * real clients read (VENDORS.md, "Tahesab as real clients see it"). Records
 * may carry fields no source names (they are ignored); the fields read here
 * must have the form the evidence shows. Commands whose answers no public
 * client reads (epcList, GetInfo*, GetMandeHesabByTarikh, DoNewSanadInquiry,
 * getetiketinfobycode*) are read in the forms their sibling commands use.
 */

/** Records keyed by code or row id (`{"17": {...}}`), or a plain list of records; `{}`, `[]`: none. */
export function records<T extends z.ZodType>(record: T) {
  return keyedRecords(record).transform((entries) => entries.map((entry) => entry.row));
}

/** The same, keeping each record's key (null in a plain list): GetInfo keys its records by the EPC asked. */
export function keyedRecords<T extends z.ZodType>(record: T) {
  return z
    .union([z.array(record), z.record(z.string(), record)])
    .transform((value) =>
      Array.isArray(value)
        ? value.map((row) => ({ key: null as string | null, row: row as z.output<T> }))
        : Object.entries(value).map(([key, row]) => ({ key: key as string | null, row: row as z.output<T> })),
    );
}

/** A balance row (getmandehesabbycode, GetMandeHesabByTarikh). Positive: the shop owes the customer. */
export const balanceRow = z.looseObject({
  Code: field.code,
  MandeyeVazni: field.number,
  MandeyeMali: field.amount,
  details: z
    .array(z.looseObject({ Name: field.text, Value: field.maybeDecimal }))
    .optional()
    .transform((lines) => lines ?? []),
  MandeyeKolBePool: field.maybeAmount.optional(),
});
export type BalanceRow = z.output<typeof balanceRow>;

/** `{"MandeHesab": [rows]}`; one row may come bare in place of the list. */
export const mandeHesab = z.looseObject({
  MandeHesab: z.union([z.array(balanceRow), balanceRow.transform((row) => [row])]),
});

export const customerRecord = z.looseObject({
  Code: field.code,
  Name: field.maybeText.optional(),
  // "GoroupName" is how real add-ons spell it (two clients); the seed's "GroupName" is read too.
  GoroupName: field.maybeText.optional(),
  GroupName: field.maybeText.optional(),
  GID: field.maybeCode.optional(),
  Tel: field.maybeText.optional(),
  Mobile: field.maybeText.optional(),
  Address: field.maybeText.optional(),
  CodeMelli: field.maybeText.optional(),
  City: field.maybeText.optional(),
  BDate: field.maybeDay.optional(),
});
export type CustomerRow = z.output<typeof customerRecord>;

export const etiketRecord = z.looseObject({
  Code: field.code,
  Name: field.maybeText.optional(),
  Vazn: field.maybeNumber.optional(),
  Ayar: field.maybeNumber.optional(),
  Size: field.maybeText.optional(),
  Color: field.maybeText.optional(),
  ColorCode: field.maybeNumber.optional(),
  Sharh: field.maybeText.optional(),
  DarsadSood: field.maybeNumber.optional(),
  DarsadVazn: field.maybeNumber.optional(),
  DarsadVaznMaye: field.maybeNumber.optional(),
  PoolSang: field.maybeAmount.optional(),
  Mazaneh: field.maybeAmount.optional(),
  OnlinePrice: field.maybeAmount.optional(),
  IsMojood: field.maybeFlag.optional(),
  CodeKar: field.maybeText.optional(),
  PictureFileName: field.maybeText.optional(),
  TarikhTaghir: field.maybeDay.optional(),
  Image: field.maybeString.optional(),
  Epc: field.maybeString.optional(),
});
export type EtiketRow = z.output<typeof etiketRecord>;

/** A document row (DoListAsnad; DoNewSanadInquiry in the same form). */
export const documentRow = z.looseObject({
  ID: field.code,
  Factor_Code: field.maybeText.optional(),
  NO: field.text,
  ZamanSabt: field.maybeDateTime.optional(),
  Vazn: field.maybeNumber.optional(),
  Ayar: field.maybeNumber.optional(),
  Mazaneh: field.maybeAmount.optional(),
  Mali: field.maybeAmount.optional(),
  TabdilVazn: field.maybeNumber.optional(),
  Name_az: field.maybeText.optional(),
  Sh_Sharti: field.maybeText.optional(),
  IsAbshode: field.maybeFlag.optional(),
  TahesabVazni: field.maybeNumber.optional(),
  TahesabMali: field.maybeAmount.optional(),
  Sharh1: field.maybeText.optional(),
  User: field.maybeText.optional(),
  Sh_Factor: field.maybeCode.optional(),
});
export type DocumentRow = z.output<typeof documentRow>;

/** DoNewSanadInquiry: the matching rows, or nothing (`{}`, `[]`, null); one row may come bare. */
export const inquiryAnswer = z.union([
  z.unknown().refine(isAbsent).transform(() => [] as DocumentRow[]),
  documentRow.transform((row) => [row]),
  records(documentRow),
]);

export const checkHealth = z.looseObject({ Api_Status: field.text, DBType: field.maybeText.optional(), DBName: field.maybeText.optional() });

/** epcList: how many distinct tags were read, how many are on etikets, and the EPCs no etiket carries. */
export const epcListAnswer = z.looseObject({
  Count: field.number,
  Matched: field.number,
  Unmatched: z.array(field.text),
});

/** The code DoNewMoshtari gave the customer (a JSON number in real add-ons). */
export const newCustomerCode = field.code;
/** The Factor_Code a document write answers with. */
export const factorCode = field.text;

/**
 * The issue that says most: inside a union (a list or a keyed object; a row
 * or nothing), the alternative that got furthest into the answer before it
 * failed, with its path from the top.
 */
function deepest(issue: z.core.$ZodIssue, base: ReadonlyArray<PropertyKey> = []): { path: PropertyKey[]; message: string } {
  const path = [...base, ...issue.path];
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const candidates = issue.errors.flatMap((alternative) => alternative.map((inner) => deepest(inner, path)));
    return candidates.reduce((best, next) => (next.path.length > best.path.length ? next : best));
  }
  return { path, message: issue.message };
}

function where(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("").replace(/^\./, "") || "the answer";
}

/** VENDOR_ERROR for an answer that does not fit, naming the command and where. */
export function unexpectedAnswer(command: string, at: string, message: string, fate: WriteFate = "REJECTED"): VendorError {
  return new VendorError("TAHESAB", ErrorCode.VENDOR_ERROR, `Tahesab answered ${command} in an unexpected shape: at ${at}, ${message}.`, fate, {
    details: { command, at },
  });
}

/**
 * The answer read against its shape; otherwise VENDOR_ERROR naming the
 * command and the part that did not fit (never a default, never a guess).
 * `fate` says what a failed write means for the journal (UNKNOWN: it may
 * have been recorded though its answer cannot be read).
 */
export function readAnswer<T extends z.ZodType>(command: string, shape: T, payload: unknown, fate: WriteFate = "REJECTED"): z.output<T> {
  const parsed = shape.safeParse(payload);
  if (parsed.success) return parsed.data;
  // A failed parse always carries at least one issue.
  const { path, message } = deepest(parsed.error.issues[0]!);
  throw unexpectedAnswer(command, where(path), message, fate);
}
