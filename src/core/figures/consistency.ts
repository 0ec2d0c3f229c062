/**
 * Consistency of an article's figures: the same thing stated twice with different values, and
 * likely million/billion slips. Findings are gentle ("this article also says ..."): two figures
 * about the same noun can be two different things.
 */
import { formatMoney, formatQuantity } from "../format";
import type { Mention } from "../types";
import { MentionIndex, type Indexed } from "./mention-index";

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

/** Single-valued money and quantity figures, grouped by type, unit and subject. */
interface Measures {
  subjects: Map<Mention, string | undefined>;
  /** By type, unit and subject (or its absence), in list order. */
  bySubject: Map<string, Indexed[]>;
  /** Figures about nothing named, by type and unit, sorted by value (a slip is found by search). */
  unnamedByValue: Map<string, Indexed[]>;
}

const MEASURES = Symbol("consistency measures");

const measureKey = (m: Mention) => `${m.type}\u0000${m.unit ?? ""}`;
const subjectKey = (m: Mention, subject: string | undefined) => `${measureKey(m)}\u0000${subject === undefined ? "\u0001" : `s${subject}`}`;

function buildMeasures(index: MentionIndex): Measures {
  const subjects = new Map<Mention, string | undefined>();
  const bySubject = new Map<string, Indexed[]>();
  const unnamedByValue = new Map<string, Indexed[]>();
  index.mentions.forEach((m, at) => {
    if ((m.type !== "money" && m.type !== "quantity") || m.value === undefined || m.valueMax !== undefined) return;
    const subject = subjectOf(index.text, m);
    subjects.set(m, subject);
    const key = subjectKey(m, subject);
    const list = bySubject.get(key);
    if (list) list.push({ m, at });
    else bySubject.set(key, [{ m, at }]);
    if (subject === undefined) {
      const unnamed = unnamedByValue.get(measureKey(m));
      if (unnamed) unnamed.push({ m, at });
      else unnamedByValue.set(measureKey(m), [{ m, at }]);
    }
  });
  for (const list of unnamedByValue.values()) list.sort((a, b) => a.m.value! - b.m.value! || a.at - b.at);
  return { subjects, bySubject, unnamedByValue };
}

/** The figures of a sorted list whose value lies in [low, high]. */
function valuedBetween(list: readonly Indexed[], low: number, high: number, out: Indexed[]): void {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.m.value! < low) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length && list[i]!.m.value! <= high; i++) out.push(list[i]!);
}

/**
 * The figures that can contradict this one: those about the same subject, or, for money about
 * nothing named, those about nothing named a thousand or a million times larger or smaller.
 */
function rivals(figure: Mention, subject: string | undefined, measures: Measures): readonly Indexed[] {
  if (subject !== undefined) return measures.bySubject.get(subjectKey(figure, subject)) ?? [];
  if (figure.type !== "money") return [];
  const unnamed = measures.unnamedByValue.get(measureKey(figure)) ?? [];
  const v = figure.value!;
  // Values of any sign or zero: all of them, checked one by one below.
  if (!(v > 0)) return measures.bySubject.get(subjectKey(figure, undefined)) ?? [];
  // A window a little wider than the tolerance of isPowerOfThousand; each is checked exactly below.
  const out: Indexed[] = [];
  for (const p of [1e3, 1e6]) {
    valuedBetween(unnamed, (v / p) * (1 - 1e-6), (v / p) * (1 + 1e-6), out);
    valuedBetween(unnamed, v * p * (1 - 1e-6), v * p * (1 + 1e-6), out);
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Lines flagging other statements of the same thing with a different value. `index` is the
 * article's mention index when the caller has one (buildCards): the lookups are then shared by
 * every figure of the article.
 */
export function consistencyNotes(figure: Mention, text: string, mentions: readonly Mention[], index = new MentionIndex(text, mentions)): string[] {
  if ((figure.type !== "money" && figure.type !== "quantity") || figure.value === undefined || figure.valueMax !== undefined) return [];
  const measures = index.derived(MEASURES, buildMeasures);
  const subject = measures.subjects.has(figure) ? measures.subjects.get(figure) : subjectOf(text, figure);
  const notes: string[] = [];
  const seen = new Set<string>();
  for (const { m: other } of rivals(figure, subject, measures)) {
    if (other === figure || other.type !== figure.type || other.unit !== figure.unit || other.value === undefined) continue;
    if (other.value === figure.value || other.valueMax !== undefined) continue;
    const ratio = Math.max(other.value, figure.value) / Math.min(other.value, figure.value);
    const otherSubject = measures.subjects.get(other);
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
