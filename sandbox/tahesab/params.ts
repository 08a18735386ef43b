// Parameter builders: one JSON type and one value rule each. The seed's rule
// for types: a parameter written in quotes ("Name_az") is a JSON string, one
// written bare (Vazn) a JSON number. S2 (hosseini-milad/zar) once sent
// Radif_Number and IsVoroodOrKhorooj_0_1 as "1" and changed them to numbers:
// the type matters.
import type { ParamSpec } from "./args.js";
import { reason } from "./messages.js";
import { DIGITS, HEX, parseJalali } from "./text.js";

export type NumCheck = (v: number) => string | null;
export type StrCheck = (v: string) => string | null;

export const num = (name: string, check?: NumCheck): ParamSpec => ({ name, type: "number", check: check as ParamSpec["check"] });
export const str = (name: string, check?: StrCheck): ParamSpec => ({ name, type: "string", check: check as ParamSpec["check"] });

export const integer = (min: number): NumCheck => (v) =>
  !Number.isInteger(v) ? reason.integer() : v < min ? reason.min(min) : null;
export const between = (min: number, max: number, int = false): NumCheck => (v) =>
  int && !Number.isInteger(v) ? reason.integer() : v < min || v > max ? reason.range(min, max) : null;
export const atLeast = (min: number): NumCheck => (v) => (v < min ? reason.min(min) : null);
export const positive: NumCheck = (v) => (v > 0 ? null : reason.positive());
const flagCheck: NumCheck = (v) => (v === 0 || v === 1 ? null : reason.flag());
/** One of a few exact numbers. */
export const oneOf = (...allowed: number[]): NumCheck => (v) => (allowed.includes(v) ? null : reason.oneOf(allowed.map(String)));
/** A positive integer, or -1 (the newer add-on's "choose it for me"). */
export const integerOrMinusOne: NumCheck = (v) => (v === -1 || (Number.isInteger(v) && v >= 1) ? null : reason.codeOrMinusOne());
export const nonEmpty: StrCheck = (v) => (v.trim() === "" ? reason.nonEmpty() : null);
export const digits: StrCheck = (v) => (DIGITS.test(v) ? null : reason.digits());
export const date: StrCheck = (v) => (parseJalali(v) ? null : reason.date());
export const dateOrEmpty: StrCheck = (v) => (v === "" || parseJalali(v) ? null : reason.dateOrEmpty());
export const hex: StrCheck = (v) => (HEX.test(v) ? null : reason.hex());
const emptyOnly: StrCheck = (v) => (v === "" ? null : reason.exactly('""'));

export const flag = (name: string) => num(name, flagCheck);
/** A code the caller must have received from Tahesab: a positive integer. */
export const code = (name: string) => num(name, integer(1));
/** Rials and other amounts. */
export const amount = (name: string) => num(name, atLeast(0));
export const percent = (name: string) => num(name, between(0, 100));
export const weight = (name: string) => num(name, positive);
export const ayar = (name: string) => num(name, between(0, 1000));
export const zero = (name: string) => num(name, oneOf(0));
export const emptyText = (name: string) => str(name, emptyOnly);

/**
 * A client-chosen Factor_Code: 20 to 40 ASCII letters and digits. S1
 * (radiarkazemi/gold_abshd, _factor_code_for_order) builds "GA" + the order
 * UUID without its hyphens (its test asserts no "-"), pads it to at least 20
 * characters and cuts it at 40: the strict reading of what the add-on takes.
 */
export const FACTOR_CODE = /^[A-Za-z0-9]{20,40}$/;
export const factorCode = (name: string) => str(name, (v) => (FACTOR_CODE.test(v) ? null : reason.factorCode()));

/** A national code (کد ملی): "" or ten ASCII digits. */
export const codeMeli = (name: string) => str(name, (v) => (v === "" || /^[0-9]{10}$/.test(v) ? null : reason.codeMeli()));
