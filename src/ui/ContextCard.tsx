/**
 * The body of a context card: name, type, one-line description, key facts each with its source
 * and as-of date, figure context lines, and for names outside the dataset what the article says.
 * Props only, text only (Preact escapes every string; nothing is parsed as HTML), so the hover
 * card and the popup render the same thing.
 */
import { isFigureType, type Card } from "../core/types";
import { TYPE_LABELS } from "./labels";

export interface ContextCardProps {
  card: Card;
  /** id for the name's heading, so a surrounding dialog can be labelled by it. */
  headingId?: string;
}

export function ContextCard({ card, headingId }: ContextCardProps) {
  const typeLabel = TYPE_LABELS[card.type] ?? card.type;
  // Figures are read from the text, not looked up: "not in the dataset" is only said of names.
  const outside = !card.inDataset && !isFigureType(card.type);
  return (
    <div class="context-card" data-type={card.type}>
      <div class="cc-head">
        <h2 class="cc-name" id={headingId}>{card.name}</h2>
        <span class={`cc-type cc-type-${card.type}`}>{typeLabel}</span>
        {outside ? <span class="cc-badge">not in Gloss’s dataset</span> : null}
      </div>
      {card.description ? <p class="cc-description">{card.description}</p> : null}
      {outside && card.firstSentence ? (
        <div class="cc-outside">
          <p class="cc-note">What the article says:</p>
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
                <span class="cc-source">{f.source}{f.asOf ? `, as of ${f.asOf}` : ""}</span>
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
        <p class="cc-provenance">Source: {card.source}{card.asOf ? `, as of ${card.asOf}` : ""}</p>
      ) : null}
    </div>
  );
}
