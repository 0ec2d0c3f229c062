/**
 * The card shown over the page: the context card plus "mention 3 of 12" with previous/next, a
 * close button, and a polite live region so screen readers hear what opened. Props only; the
 * content script owns state, position and timing.
 */
import { isFigureType, type Card } from "../core/types";
import { t } from "../shared/i18n";
import { ContextCard } from "./ContextCard";
import { typeLabel } from "./labels";

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
  const parts = [t("cardSpokenName", [card.name, typeLabel(card.type)])];
  if (card.description) parts.push(card.description.endsWith(".") ? card.description : `${card.description}.`);
  if (!card.inDataset && !isFigureType(card.type)) parts.push(t("cardSpokenNotInDataset"));
  if (total > 1) parts.push(t("cardSpokenMentionOf", [String(index + 1), String(total)]));
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
      <button type="button" class="gc-close" aria-label={t("cardClose")} title={t("cardCloseTitle")} onClick={onClose}>×</button>
      <ContextCard card={card} headingId="gloss-card-name" />
      {mentionTotal > 1 ? (
        <div class="gc-mentions" role="group" aria-label={t("cardMentions")}>
          <button type="button" class="gc-prev" aria-label={t("cardPrevious")} onClick={onPrevious}>‹</button>
          <span class="gc-count">{t("cardMentionOf", [String(mentionIndex + 1), String(mentionTotal)])}</span>
          <button type="button" class="gc-next" aria-label={t("cardNext")} onClick={onNext}>›</button>
        </div>
      ) : null}
      <div class="gc-live" aria-live="polite" aria-atomic="true">{spoken}</div>
    </div>
  );
}
