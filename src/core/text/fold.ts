/**
 * Folding for matching: lower case, diacritics removed, typographic apostrophes made plain. Every
 * fold maps one UTF-16 unit to one, so offsets into a folded string are offsets into the original.
 */

const TABLE_END = 0x250;
const SPECIAL: Record<string, string> = {
  "ß": "s", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "æ": "a", "Æ": "a",
  "œ": "o", "Œ": "o", "ı": "i", "ħ": "h", "þ": "t", "ð": "d",
  "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'",
};

/** Built once: NFD splits an accented letter into its base letter and combining marks. */
const LATIN: string[] = (() => {
  const table: string[] = [];
  for (let c = 0; c < TABLE_END; c++) {
    const ch = String.fromCharCode(c);
    const special = SPECIAL[ch];
    table.push(special ?? (ch.normalize("NFD")[0] ?? ch).toLowerCase());
  }
  return table;
})();

/** One character folded: lower case, no diacritics. */
export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < TABLE_END) return LATIN[c]!;
  return SPECIAL[ch] ?? ch.toLowerCase();
}

/** A string folded character by character (same length as the input). */
export function fold(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += foldChar(s[i]!);
  return out;
}

/**
 * The looser key of long words, so common transliteration variants meet: doubled letters
 * collapsed and y read as i ("Zelenskyy", "Zelensky", "Zelenskiy" all give "zelenski").
 * Short words keep their exact fold: "Mali" and "Maly" stay apart.
 */
export function looseKey(folded: string): string {
  if (folded.length < 6) return folded;
  // Most words have neither a y nor a doubled letter: return them without building a string.
  let plain = true;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c === 121 || (i > 0 && c === folded.charCodeAt(i - 1))) { plain = false; break; }
  }
  if (plain) return folded;
  let out = "";
  for (let i = 0; i < folded.length; i++) {
    let ch = folded[i]!;
    if (ch === "y") ch = "i";
    if (out.length && out[out.length - 1] === ch) continue;
    out += ch;
  }
  return out;
}
