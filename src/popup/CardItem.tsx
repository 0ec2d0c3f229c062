/**
 * One card in the popup's list. Its header is a button: activating it opens the card and jumps the
 * page to the first mention. Open, it offers previous/next mention, "why highlighted", copy, and
 * the corrections.
 */
import { useState } from "preact/hooks";
import type { Card } from "../core/types";
import type { CorrectionRequest } from "../shared/corrections";
import { t } from "../shared/i18n";
import type { MentionRef } from "../shared/messages";
import { cardAsText } from "./card-text";
import { ContextCard } from "../ui/ContextCard";
import { isFigureCard } from "./groups";

export interface CardItemProps {
  card: Card;
  mentions: MentionRef[];
  expanded: boolean;
  onToggle(): void;
  onReveal(index: number): Promise<boolean>;
  onCopy(text: string): Promise<void>;
  onCorrect(correction: CorrectionRequest): Promise<void>;
}

export function CardItem({ card, mentions, expanded, onToggle, onReveal, onCopy, onCorrect }: CardItemProps) {
  const [index, setIndex] = useState(0);
  const [why, setWhy] = useState(false);
  const [note, setNote] = useState("");
  const total = Math.max(card.mentions, mentions.length, 1);
  const current = mentions[index];
  const figure = isFigureCard(card);
  const detailsId = `card-${card.key.replace(/[^A-Za-z0-9_-]/g, "_")}`;

  const go = async (next: number) => {
    const i = (next + total) % total;
    setIndex(i);
    const ok = await onReveal(i).catch(() => false);
    setNote(ok ? "" : t("popupRevealFailed"));
  };
  const open = () => {
    if (!expanded) void go(0);
    onToggle();
  };
  const copy = async () => {
    await onCopy(cardAsText(card, t("popupNotInDataset")));
    setNote(t("popupCopied"));
  };
  const correct = async (c: CorrectionRequest) => {
    try {
      await onCorrect(c);
      setNote(t("popupCorrectionSaved"));
    } catch (err) {
      setNote(err instanceof Error && err.message === "quota" ? t("errorQuota") : t("popupCorrectionFailed"));
    }
  };

  return (
    <li class={`card card-${card.type}`} data-key={card.key}>
      <button type="button" class="card-head" aria-expanded={expanded} aria-controls={detailsId} data-card-button onClick={open}>
        <span class="card-name">{card.name}</span>
        <span class="card-count" aria-label={t("popupMentionCount", String(card.mentions))}>{card.mentions}</span>
        {figure && card.context[0] && <span class="card-line">{card.context[0]}</span>}
        {!figure && card.description && <span class="card-line">{card.description}</span>}
      </button>
      {expanded && (
        <div class="card-body" id={detailsId}>
          <ContextCard card={card} />
          <div class="card-nav" role="group" aria-label={t("popupMentions")}>
            <button type="button" class="nav-prev" onClick={() => void go(index - 1)} aria-label={t("popupPrevious")}>‹</button>
            <span class="nav-position" aria-live="polite">{t("popupMentionOf", [String(index + 1), String(total)])}</span>
            <button type="button" class="nav-next" onClick={() => void go(index + 1)} aria-label={t("popupNext")}>›</button>
          </div>
          <button type="button" class="link why-toggle" aria-expanded={why} onClick={() => setWhy(!why)}>{t("popupWhy")}</button>
          {why && (
            <p class="why">
              {current
                ? t("popupWhyDetail", [current.text, current.rule, String(Math.round(current.confidence * 100))])
                : t("popupWhyUnknown")}
            </p>
          )}
          <div class="card-actions">
            <button type="button" class="action-copy" onClick={() => void copy()}>{t("popupCopy")}</button>
            {card.inDataset && !figure && (
              <button
                type="button"
                class="action-wrong"
                onClick={() => void correct({ kind: "wrong-entity", entityId: card.key, form: current?.text ?? card.forms[0] ?? card.name, name: card.name })}
              >
                {t("popupWrongEntity")}
              </button>
            )}
            <button type="button" class="action-hide-site" onClick={() => void correct({ kind: "hide", key: card.key, name: card.name, scope: "site" })}>
              {t("popupHideHere")}
            </button>
            <button type="button" class="action-hide-all" onClick={() => void correct({ kind: "hide", key: card.key, name: card.name, scope: "everywhere" })}>
              {t("popupHideEverywhere")}
            </button>
          </div>
          {note && <p class="card-note" role="status">{note}</p>}
        </div>
      )}
    </li>
  );
}
