/**
 * Hesabfa's dates are Gregorian wall-clock times in Tehran with no zone.
 * Answers come as ISO with `T` and up to 7 fractional digits
 * (`2020-01-18T15:58:56.0629885`, .NET's DateTime) or as the form requests
 * use, `YYYY-MM-DD HH:MM:SS`; requests send the latter. Iran kept summer time
 * until 2022, so the offset of a wall-clock time comes from the time-zone
 * database, not a constant.
 */
const ANSWER = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?$/;

const offsetFormat = new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Tehran", timeZoneName: "longOffset" });
const wallFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Tehran",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Tehran's offset from UTC in minutes at an instant. */
function offsetMinutes(at: number): number {
  const name = offsetFormat.formatToParts(new Date(at)).find((part) => part.type === "timeZoneName")?.value ?? "GMT+03:30";
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 210;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

const two = (n: number) => String(n).padStart(2, "0");

/**
 * A date as Hesabfa answers it, as an ISO-8601 instant with Tehran's offset
 * (`2020-01-18T15:58:56.0629885+03:30`, every fractional digit kept); undefined
 * when the text is neither form or names no real day.
 */
export function fromHesabfaDate(text: string): string | undefined {
  const m = ANSWER.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1, 7).map((part) => (part === undefined ? 0 : Number(part)));
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined;
  // The offset at the instant this wall time names (guessed with the offset of a nearby instant, then confirmed).
  let offset = offsetMinutes(wall - 210 * 60_000);
  offset = offsetMinutes(wall - offset * 60_000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const fraction = m[7] ? `.${m[7]}` : "";
  return `${y}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}:${two(s)}${fraction}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** An instant as Hesabfa takes it: Tehran wall-clock `YYYY-MM-DD HH:MM:SS`. */
export function toHesabfaDate(at: Date): string {
  const parts = Object.fromEntries(wallFormat.formatToParts(at).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}
