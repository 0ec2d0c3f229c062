/**
 * A card as plain text, for "Copy": what a reader pastes into notes or a message. Every fact keeps
 * its source and as-of date, as on the card.
 */
import type { Card } from "../core/types";

export function cardAsText(card: Card, notInDataset: string): string {
  const lines = [card.name];
  if (card.description) lines.push(card.description);
  for (const f of card.facts) lines.push(`${f.label}: ${f.value} (${f.source}${f.asOf ? `, ${f.asOf}` : ""})`);
  for (const c of card.context) lines.push(c);
  if (card.firstSentence) lines.push(`“${card.firstSentence}”`);
  if (card.source) lines.push(`${card.source}${card.asOf ? `, ${card.asOf}` : ""}`);
  else if (!card.inDataset && !card.context.length) lines.push(notInDataset);
  return lines.join("\n");
}
