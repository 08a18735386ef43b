import { badInput } from "../../src/core/errors.js";
import { toAsciiDigits } from "../../src/core/text/persian.js";

/**
 * Text as Tahesab can keep it. An Access back end (DBName `DB`, `DB1`…: the
 * seed names these folders) stores text in Windows-1256, which lacks the
 * Persian ی (U+06CC), ۀ and the Persian digits: they would come back as "?".
 * So ی is sent as the Arabic ي — as real clients do (S1), and as Tahesab's
 * own texts are written — digits as ASCII digits, and anything else the code
 * page cannot hold is refused, naming the field, rather than lost. SQL Server
 * back ends store Unicode; the same spelling is sent there, so a text reads
 * back the same from either, and comparisons normalise both sides.
 */
export type BackEnd = "ACCESS" | "SQL_SERVER";

/** The seed: Access environments are the folders DB (main) and DB1…; SQL Server ones are databases (TahesabDB…). */
export const backEndOf = (dbName: string): BackEnd => (/^DB\d*$/i.test(dbName) ? "ACCESS" : "SQL_SERVER");

const WINDOWS_1256 = (() => {
  const decoder = new TextDecoder("windows-1256");
  const characters = new Set<string>();
  for (let byte = 0; byte < 256; byte++) characters.add(decoder.decode(Uint8Array.of(byte)));
  return characters;
})();

/** The spelling sent to Tahesab: ي for ی, ه for ۀ, ASCII digits and separators. */
export function tahesabSpelling(text: string): string {
  return toAsciiDigits(text).replace(/\u06CC/g, "\u064A").replace(/\u06C0/g, "\u0647").replace(/\u066A/g, "%").replace(/\u066B/g, ".").replace(/\u066C/g, ",");
}

/** `text` in Tahesab's spelling; BAD_USER_INPUT naming `field` when an Access back end could not store it. */
export function storableText(field: string, text: string, backEnd: BackEnd): string {
  const spelled = tahesabSpelling(text);
  if (backEnd === "ACCESS") {
    const lost = [...new Set([...spelled].filter((character) => !WINDOWS_1256.has(character)))];
    if (lost.length > 0) {
      throw badInput(
        field,
        `holds characters Tahesab's Access database (Windows-1256) cannot store: ${lost.slice(0, 5).map((c) => JSON.stringify(c)).join(", ")}; leave them out`,
      );
    }
  }
  return spelled;
}
