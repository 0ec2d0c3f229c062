/**
 * Consistency of an article's figures: the same thing stated twice with different values, and
 * likely million/billion slips. Findings are gentle ("this article also says ..."): two figures
 * about the same noun can be two different things.
 */
import { formatMoney, formatQuantity } from "../format";
import type { Mention } from "../types";

/** Words after a figure that do not name what it counts. */
const NOT_SUBJECT = new Set([
  "in", "of", "the", "a", "an", "to", "for", "and", "or", "from", "by", "on", "with", "worth", "that", "which",
  "this", "last", "next", "each", "per", "more", "less", "than", "about", "if", "but", "as", "at", "into", "over",
  "was", "were", "is", "are", "will", "would", "had", "has", "have", "be", "been", "it", "its", "their", "his", "her",
  "a", "year", "years", "month", "ago", "since", "so", "when", "while", "after", "before", "up", "down", "out",
]);

/** The noun a figure is about: the first content word after it ("$50 billion loan" → "loan"). */
export function subjectOf(text: string, m: Mention): string | undefined {
  const after = text.slice(m.end, m.end + 60);
  const words = /^[ \u00a0]+([a-z][a-z-]*(?:[ \u00a0]+[a-z][a-z-]*){0,3})/.exec(after);
  if (!words) return undefined;
  for (const w of words[1]!.split(/[ \u00a0]+/)) {
    if (w && !NOT_SUBJECT.has(w)) return w.replace(/s$/, "");
  }
  return undefined;
}

function describe(m: Mention): string {
  if (m.value === undefined) return m.text;
  if (m.type === "money" && m.unit) return formatMoney(m.value, m.unit);
  if (m.type === "quantity" && m.unit) return formatQuantity(m.value, m.unit);
  return m.text;
}

function isPowerOfThousand(ratio: number): boolean {
  for (const p of [1e3, 1e6]) if (Math.abs(ratio / p - 1) < 1e-9) return true;
  return false;
}

/** Lines flagging other statements of the same thing with a different value. */
export function consistencyNotes(figure: Mention, text: string, mentions: readonly Mention[]): string[] {
  if ((figure.type !== "money" && figure.type !== "quantity") || figure.value === undefined || figure.valueMax !== undefined) return [];
  const subject = subjectOf(text, figure);
  const notes: string[] = [];
  const seen = new Set<string>();
  for (const other of mentions) {
    if (other === figure || other.type !== figure.type || other.unit !== figure.unit || other.value === undefined) continue;
    if (other.value === figure.value || other.valueMax !== undefined) continue;
    const ratio = Math.max(other.value, figure.value) / Math.min(other.value, figure.value);
    const otherSubject = subjectOf(text, other);
    const sameSubject = subject !== undefined && otherSubject === subject;
    // Same digits a thousand times apart, about the same thing or about nothing named.
    const slip = isPowerOfThousand(ratio) && figure.type === "money" && (sameSubject || (subject === undefined && otherSubject === undefined));
    if (!sameSubject && !slip) continue;
    const said = describe(other);
    if (seen.has(said)) continue;
    seen.add(said);
    if (slip && sameSubject) {
      notes.push(`This article also says ${said} for the ${subject}: a million/billion slip in one of them? (article text)`);
    } else if (slip) {
      notes.push(`This article also says ${said}: the same digits at a scale ${ratio === 1e3 ? "1,000" : "1,000,000"} times apart, check which is meant (article text)`);
    } else {
      notes.push(`This article also says ${said} for the ${subject} (article text)`);
    }
  }
  return notes;
}
