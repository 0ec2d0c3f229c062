/**
 * What the popup says when it has no list to show: the page is not an article (with the reasons
 * detection gave), is in another language, was skipped, is paused, or cannot be read at all.
 */
import type { PageStatus } from "../shared/messages";
import { t } from "../shared/i18n";

/** A page in a language other than English: Gloss's dataset and recognizer are English only. */
export function otherLanguage(status: PageStatus): string | undefined {
  const lang = status.kind === "ready" || status.kind === "not-article" ? status.detection.lang : undefined;
  return lang && !/^en\b/i.test(lang) ? lang : undefined;
}

export function StatusMessage({ status }: { status: PageStatus }) {
  switch (status.kind) {
    case "working":
      return <Notice id="status-working" title={t("statusWorking")} />;
    case "not-article": {
      const lang = otherLanguage(status);
      if (lang) return <Notice id="status-language" title={t("statusLanguage", lang)} />;
      return (
        <Notice id="status-not-article" title={t("statusNotArticle")} detail={t("statusNotArticleHint")}>
          {status.detection.reasons.length > 0 && (
            <>
              <p class="reasons-title">{t("statusReasons")}</p>
              <ul class="reasons">
                {status.detection.reasons.map((r) => <li key={r}>{r}</li>)}
              </ul>
            </>
          )}
        </Notice>
      );
    }
    case "skipped":
      if (status.code === "language") return <Notice id="status-language" title={t("statusLanguage", status.reason)} />;
      return <Notice id="status-skipped" title={t(status.code === "size" ? "statusSkippedSize" : "statusSkipped")} detail={status.reason} />;
    case "paused":
      return <Notice id="status-paused" title={t(`statusPaused_${status.scope ?? "tab"}`.replace("-", "_"))} />;
    case "unavailable":
      return <Notice id="status-unavailable" title={t(`statusUnavailable_${(status.code ?? "restricted").replace("-", "_")}`)} />;
    case "ready":
      return status.cards.length ? null : <Notice id="status-empty" title={t("statusNothingFound")} />;
  }
}

function Notice({ id, title, detail, children }: { id: string; title: string; detail?: string; children?: preact.ComponentChildren }) {
  return (
    <div class="notice" id={id} role="status">
      <p class="notice-title">{title}</p>
      {detail && <p class="notice-detail">{detail}</p>}
      {children}
    </div>
  );
}
