/** Lookup mode (`popup.html?lookup=<text>`, opened by the context menu): one card, or "not found". */
import { useEffect, useState } from "preact/hooks";
import type { Card } from "../core/types";
import { t } from "../shared/i18n";
import { ContextCard } from "../ui/ContextCard";

export function LookupView({ text, lookup }: { text: string; lookup(text: string): Promise<Card | null> }) {
  const [result, setResult] = useState<Card | null | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    lookup(text).then(setResult, () => setFailed(true));
  }, [text]);
  return (
    <main class="lookup">
      <h1>{t("lookupTitle", text)}</h1>
      {failed ? (
        <p class="notice" id="lookup-error" role="status">{t("lookupFailed")}</p>
      ) : result === undefined ? (
        <p class="notice" role="status">{t("statusWorking")}</p>
      ) : result === null ? (
        <p class="notice" id="lookup-missing" role="status">{t("lookupMissing", text)}</p>
      ) : (
        <article class={`card card-${result.type} lookup-card`} id="lookup-card">
          <ContextCard card={result} headingId="lookup-name" />
        </article>
      )}
    </main>
  );
}
