/**
 * Does the page's title (or its description) name the story found on it? An article's title is
 * its headline, with the site's name after a separator; a front page, a list or a redirect stub is
 * titled after the site or a section.
 */

/** Separators between a headline and the site or section name in titles. */
const TITLE_SEPARATORS = /\s+[|»–—·:]+\s+|\s+-\s+|\s*::\s*/;

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
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
