/**
 * The form of a numeric code Tahesab answers with: its tables hold codes as
 * numbers, so "007" asked is "7" answered. Used to match answers to questions.
 */
export function canonicalCode(code: string): string {
  return /^\d+$/.test(code) ? code.replace(/^0+(?=\d)/, "") : code;
}
