/** The body of a card in the popup: description, facts with sources, figure context, provenance. */
import type { Card } from "../core/types";
import { t } from "../shared/i18n";

export function CardDetails({ card }: { card: Card }) {
  return (
    <div class="card-details">
      {card.description && <p class="card-description">{card.description}</p>}
      {card.facts.length > 0 && (
        <dl class="card-facts">
          {card.facts.map((f) => (
            <div class="fact" key={`${f.label}:${f.value}`}>
              <dt>{f.label}</dt>
              <dd>
                {f.value} <span class="fact-source">({f.source}, {f.asOf})</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {card.context.length > 0 && (
        <ul class="card-context">
          {card.context.map((line) => <li key={line}>{line}</li>)}
        </ul>
      )}
      {card.firstSentence && <blockquote class="card-quote">{card.firstSentence}</blockquote>}
      {card.source ? (
        <p class="card-source">{t("popupSource", [card.source, card.asOf ?? ""])}</p>
      ) : !card.inDataset && !card.context.length ? (
        <p class="card-source">{t("popupNotInDataset")}</p>
      ) : null}
    </div>
  );
}
