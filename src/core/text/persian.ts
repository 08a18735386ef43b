/**
 * Persian text as users type it and as vendors store it differ in small ways:
 * Arabic yeh/kaf (ي ك) for Persian (ی ک), and Persian or Arabic-Indic digits.
 * Compare and send text only after normalising it.
 */
const DIGITS: Record<string, string> = {};
"۰۱۲۳۴۵۶۷۸۹".split("").forEach((d, i) => (DIGITS[d] = String(i)));
"٠١٢٣٤٥٦٧٨٩".split("").forEach((d, i) => (DIGITS[d] = String(i)));

/** Persian/Arabic-Indic digits to ASCII, leaving everything else alone. */
export function toAsciiDigits(value: string): string {
  return value.replace(/[۰-۹٠-٩]/g, (d) => DIGITS[d] ?? d);
}

/** For comparison: Arabic ي/ى→ی, ك→ک, digits to ASCII, zero-width joiners and extra spaces folded. */
export function normalisePersian(value: string): string {
  return toAsciiDigits(value)
    .replace(/[يى]/g, "ی")
    .replace(/ك/g, "ک")
    .replace(/[\u200c\u200f\u200e]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
