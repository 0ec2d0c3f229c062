/** The readable summary `gloss analyze FILE` prints: cards grouped by kind, with mention counts. */
import type { Analysis, Card } from "../core/types";

const GROUPS: [string, (c: Card) => boolean][] = [
  ["People", (c) => c.type === "person"],
  ["Places", (c) => c.type === "place"],
  ["Organizations", (c) => c.type === "organization"],
  ["Events", (c) => c.type === "event"],
  ["Nationalities", (c) => c.type === "nationality"],
  ["Figures", (c) => ["money", "percent", "quantity", "date", "duration", "number"].includes(c.type)],
];

export function renderSummary(a: Analysis, source: string): string {
  const lines: string[] = [];
  lines.push(`${source}: ${a.isArticle ? "article" : "not an article"}${a.title ? ` — ${a.title}` : ""}`);
  if (a.detection) lines.push(`  detection: ${a.detection.reasons.join("; ")}`);
  if (a.publishedAt) lines.push(`  published: ${a.publishedAt}`);
  lines.push(`  ${a.mentions.length} mentions, ${a.cards.length} cards, ${a.text.length} characters of text`);
  for (const [title, test] of GROUPS) {
    const cards = a.cards.filter(test);
    if (!cards.length) continue;
    lines.push("", `${title} (${cards.length})`);
    const ordered = title === "Figures" ? [...cards].sort((x, y) => x.firstStart - y.firstStart) : cards;
    for (const c of ordered) {
      const detail = title === "Figures" ? c.context[0] ?? "" : c.inDataset ? c.description : "not in dataset";
      lines.push(`  ${c.name}${c.mentions > 1 ? ` ×${c.mentions}` : ""}${detail ? `  — ${detail}` : ""}`);
    }
  }
  return lines.join("\n") + "\n";
}
