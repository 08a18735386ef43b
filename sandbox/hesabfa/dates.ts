// Dates as Hesabfa shows them: Gregorian, Tehran wall-clock time, no zone.
// Answers are ISO with "T" and up to 7 fractional digits, trailing zeros
// dropped the way .NET writes DateTime ("2020-01-18T15:58:56.0629885",
// "2020-01-18T15:58:56.5", "2020-01-18T15:58:56"). Requests carry
// "YYYY-MM-DD HH:MM:SS" (seed, H1, H2), "YYYY-MM-DD" (H4 forms) or the ISO
// form a .NET client serialises (H3's DateTime fields); nothing else.

/** Iran keeps UTC+03:30 all year since 2022. */
export const TEHRAN_OFFSET_MS = 3.5 * 3600 * 1000;

export interface LocalDateTime {
  /** Wall-clock seconds since 1970-01-01T00:00:00, read as if UTC. */
  seconds: number;
  /** 0 to 7 digits after the second, no trailing zero ("" for none). */
  fraction: string;
}

export type Clock = () => number;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function compareDates(a: LocalDateTime, b: LocalDateTime): number {
  if (a.seconds !== b.seconds) return a.seconds < b.seconds ? -1 : 1;
  const fa = a.fraction.padEnd(7, "0");
  const fb = b.fraction.padEnd(7, "0");
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}

export function renderDate(date: LocalDateTime): string {
  const iso = new Date(date.seconds * 1000).toISOString().slice(0, 19);
  return date.fraction === "" ? iso : `${iso}.${date.fraction}`;
}

/** The calendar day (as wall-clock seconds at 00:00) of a date. */
export function dayOf(date: LocalDateTime): number {
  return Math.floor(date.seconds / 86400) * 86400;
}

export function fromParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, fraction = ""): LocalDateTime {
  return { seconds: Date.UTC(y, mo - 1, d, h, mi, s) / 1000, fraction: fraction.replace(/0+$/, "") };
}

function partsValid(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return false;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

const INPUT_FORMS: readonly RegExp[] = [
  /^(\d{4})-(\d{2})-(\d{2})$/,
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?$/,
];

/**
 * A date as a client sends it; null for anything else (other separators,
 * missing seconds, a zone suffix, impossible days such as 2024-02-30).
 */
export function parseInputDate(text: string): LocalDateTime | null {
  for (const form of INPUT_FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1, 7).map((part) => (part === undefined ? 0 : Number(part)));
    if (!partsValid(y, mo, d, h, mi, s)) return null;
    return fromParts(y, mo, d, h, mi, s, m[7] ?? "");
  }
  return null;
}

/**
 * Fractional seconds for timestamps the simulator makes itself. Real answers
 * vary (7 digits, fewer after .NET trims zeros, none): so do these, from a
 * deterministic sequence so a test run is repeatable.
 */
export class FractionSource {
  private n = 0;
  next(): string {
    this.n += 1;
    if (this.n % 5 === 0) return "";
    const x = (this.n * 2_654_435_761) % 10_000_000;
    const digits = pad(x, 7);
    // Every 7th one is cut to milliseconds, as a value that passed through SQL datetime would be.
    return (this.n % 7 === 0 ? digits.slice(0, 3) : digits).replace(/0+$/, "");
  }
}

/** Tehran wall-clock now, with a made-up fractional part. */
export function tehranNow(clock: Clock, fractions: FractionSource): LocalDateTime {
  const seconds = Math.floor((clock() + TEHRAN_OFFSET_MS) / 1000);
  return { seconds, fraction: fractions.next() };
}

/** Shifts a date by whole days (seed data). */
export function addDays(date: LocalDateTime, days: number): LocalDateTime {
  return { seconds: date.seconds + days * 86400, fraction: date.fraction };
}

export function atTime(date: LocalDateTime, h: number, mi: number, s = 0, fraction = ""): LocalDateTime {
  return { seconds: dayOf(date) + h * 3600 + mi * 60 + s, fraction };
}
