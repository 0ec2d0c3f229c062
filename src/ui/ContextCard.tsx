/**
 * The body of a context card: name, type, one-line description, key facts each with its source
 * and as-of date, figure context lines, and for names outside the dataset what the article says.
 * Props only, text only (Preact escapes every string; nothing is parsed as HTML), so the hover
 * card and the popup render the same thing. Its words come from the locale files.
 */
import { isFigureType, type Card } from "../core/types";
import { t } from "../shared/i18n";
import { typeLabel } from "./labels";

export interface ContextCardProps {
  card: Card;
  /** id for the name's heading, so a surrounding dialog can be labelled by it. */
  headingId?: string;
}

export function ContextCard({ card, headingId }: ContextCardProps) {
  // Figures are read from the text, not looked up: "not in the dataset" is only said of names.
  const outside = !card.inDataset && !isFigureType(card.type);
  return (
    <div class="context-card" data-type={card.type}>
      <div class="cc-head">
        <h2 class="cc-name" id={headingId}>{card.name}</h2>
        <span class={`cc-type cc-type-${card.type}`}>{typeLabel(card.type)}</span>
        {outside ? <span class="cc-badge">{t("cardNotInDataset")}</span> : null}
      </div>
      {card.description ? <p class="cc-description">{card.description}</p> : null}
      {outside && card.firstSentence ? (
        <div class="cc-outside">
          <p class="cc-note">{t("cardArticleSays")}</p>
          <blockquote class="cc-quote">{card.firstSentence}</blockquote>
        </div>
      ) : null}
      {card.facts.length ? (
        <dl class="cc-facts">
          {card.facts.map((f) => (
            <div class="cc-fact" key={`${f.label}:${f.value}`}>
              <dt>{f.label}</dt>
              <dd>
                <span class="cc-value">{f.value}</span>
                <span class="cc-source">{f.asOf ? t("cardFactSource", [f.source, f.asOf]) : f.source}</span>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {card.context.length ? (
        <ul class="cc-context">
          {card.context.map((line) => <li key={line}>{line}</li>)}
        </ul>
      ) : null}
      {card.inDataset && card.source ? (
        <p class="cc-provenance">{card.asOf ? t("cardSourceAsOf", [card.source, card.asOf]) : t("cardSource", card.source)}</p>
      ) : null}
    </div>
  );
}
