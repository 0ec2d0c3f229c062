/**
 * The card shown over the page: the context card plus "mention 3 of 12" with previous/next, a
 * close button, and a polite live region so screen readers hear what opened. Props only; the
 * content script owns state, position and timing.
 */
import { isFigureType, type Card } from "../core/types";
import { ContextCard } from "./ContextCard";
import { TYPE_LABELS } from "./labels";

export interface HoverCardProps {
  card: Card;
  /** 0-based index of the mention the card is for, among the card's mentions. */
  mentionIndex: number;
  mentionTotal: number;
  theme: "light" | "dark";
  /** "in" while shown, "out" while fading away. */
  phase: "in" | "out";
  /**
   * What the polite live region says. The host fills it a moment after the card is in the page:
   * regions inserted together with their text are often not announced.
   */
  spoken: string;
  onPrevious: () => void;
  onNext: () => void;
  onClose: () => void;
}

export function announcement(card: Card, index: number, total: number): string {
  const parts = [`${card.name}, ${TYPE_LABELS[card.type] ?? card.type}.`];
  if (card.description) parts.push(card.description.endsWith(".") ? card.description : `${card.description}.`);
  if (!card.inDataset && !isFigureType(card.type)) parts.push("Not in Gloss’s dataset.");
  if (total > 1) parts.push(`Mention ${index + 1} of ${total}.`);
  return parts.join(" ");
}

export function HoverCard({ card, mentionIndex, mentionTotal, theme, phase, spoken, onPrevious, onNext, onClose }: HoverCardProps) {
  return (
    <div
      class={`gloss-card theme-${theme} phase-${phase}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby="gloss-card-name"
      tabIndex={-1}
    >
      <button type="button" class="gc-close" aria-label="Close card" title="Close (Esc)" onClick={onClose}>×</button>
      <ContextCard card={card} headingId="gloss-card-name" />
      {mentionTotal > 1 ? (
        <div class="gc-mentions" role="group" aria-label="Mentions on this page">
          <button type="button" class="gc-prev" aria-label="Previous mention" onClick={onPrevious}>‹</button>
          <span class="gc-count">mention {mentionIndex + 1} of {mentionTotal}</span>
          <button type="button" class="gc-next" aria-label="Next mention" onClick={onNext}>›</button>
        </div>
      ) : null}
      <div class="gc-live" aria-live="polite" aria-atomic="true">{spoken}</div>
    </div>
  );
}
