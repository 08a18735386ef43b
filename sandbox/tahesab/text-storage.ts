// How text survives being written to each back end. Tahesab on Access keeps
// text in the Windows-1256 code page; SQL Server keeps Unicode. Writing through
// an Access environment converts each text to Windows-1256 the lossy way a
// Windows code-page conversion does: every character the code page cannot
// encode becomes "?". So a client must send the Arabic ي (U+064A), never the
// Persian ی (U+06CC), and ASCII digits, never Persian or Arabic-Indic ones
// (VENDORS.md, "Tahesab as real clients see it": "the Access back end
// (Windows-1256) cannot store Persian ی"; S1 maps ی to ي before sending).
//
// The repertoire is not typed in by hand: it is read off Node's own
// Windows-1256 decoder (all 256 bytes). Checked with it: ی U+06CC, ۀ U+06C0,
// ۰-۹ U+06F0.. and ٠-٩ U+0660.. are missing; ک U+06A9 (byte 0x98), ك, ي, گ,
// پ, چ, ژ and the ZWNJ U+200C are present. (S1's comment that Windows-1256 has
// no Keheh ک is wrong.)

export type BackEnd = "Access" | "SQLServer";

const WINDOWS_1256: ReadonlySet<string> = (() => {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder("windows-1256");
  } catch {
    throw new Error("the Tahesab simulator needs a Node.js with the windows-1256 decoder (full ICU)");
  }
  const chars = new Set<string>();
  for (let byte = 0; byte < 256; byte++) chars.add(decoder.decode(Uint8Array.of(byte)));
  return chars;
})();

/** true when every character of `text` exists in Windows-1256. */
export function fitsWindows1256(text: string): boolean {
  for (const ch of text) if (!WINDOWS_1256.has(ch)) return false;
  return true;
}

/** `text` after a round trip through Windows-1256: unencodable characters become "?". */
export function toWindows1256(text: string): string {
  let out = "";
  for (const ch of text) out += WINDOWS_1256.has(ch) ? ch : "?";
  return out;
}

/** The text as the back end stores it. */
export function storeText(backEnd: BackEnd, text: string): string {
  return backEnd === "Access" ? toWindows1256(text) : text;
}
