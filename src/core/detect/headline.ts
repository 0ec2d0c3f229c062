/**
 * Does the page's title (or its description) name the story found on it? An article's title is
 * its headline, with the site's name after a separator; a front page, a list or a redirect stub is
 * titled after the site or a section.
 */

/** Separators between a headline and the site or section name in titles. */
const TITLE_SEPARATORS = /\s+[|»–—·:]+\s+|\s+-\s+|\s*::\s*/;

/**
 * Lower-case letters and digits, every other run of characters one space. English text (ASCII and
 * typographic punctuation) is done by hand: the Unicode-aware pattern is the costliest kind to
 * compile, and a page the content script has just been loaded into pays for every pattern it runs.
 */
function normalize(text: string): string {
  let out = "";
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x80) {
      // No-break spaces and the General Punctuation block (dashes, curly quotes, ellipsis) hold no
      // letter or digit; anything else may.
      if (c === 0xa0 || (c >= 0x2000 && c <= 0x206f)) {
        gap = true;
        continue;
      }
      return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    }
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (gap && out) out += " ";
      gap = false;
      out += String.fromCharCode(c);
    } else gap = true;
  }
  return out;
}

function words(text: string): string[] {
  return normalize(text).split(" ").filter((w) => w.length > 1);
}

/** The title's parts worth matching: the whole, and each part between separators of 3+ words. */
function titleParts(title: string): string[] {
  const parts = [title, ...title.split(TITLE_SEPARATORS)];
  return parts.map((p) => p.trim()).filter((p) => p.length >= 8);
}

function similar(a: string, b: string): boolean {
  const na = normalize(a);
  const nb = normalize(b);
  if (na.length < 8 || nb.length < 8) return false;
  if (na.includes(nb) || nb.includes(na)) return true;
  const wa = words(a);
  const wb = new Set(words(b));
  if (wa.length < 3) return false;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / wa.length >= 0.6;
}

/**
 * True when one of `titles` (document title, og:title, headline …) matches one of `headings` (the
 * page's h1s, the story's first line), or one of `descriptions` matches the story's opening.
 */
export function titleNamesStory(titles: readonly string[], headings: readonly string[], descriptions: readonly string[] = [], opening = ""): boolean {
  for (const title of titles) {
    for (const part of titleParts(title)) {
      for (const heading of headings) if (similar(part, heading)) return true;
      if (opening && normalize(opening).startsWith(normalize(part)) && normalize(part).length >= 12) return true;
    }
  }
  if (opening) {
    const lead = opening.slice(0, 400);
    for (const d of descriptions) {
      const dn = d.replace(/(\.\.\.|…)\s*$/, "");
      if (dn.length >= 40 && similar(dn.slice(0, 160), lead)) return true;
    }
  }
  return false;
}
