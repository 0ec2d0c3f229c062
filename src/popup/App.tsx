/**
 * The popup: for one tab, the page's cards grouped and sorted, a filter, the pause switches, and a
 * clear word when there is nothing to list. Everything is a native button, input or checkbox, so
 * it works by keyboard; Up and Down also move between the cards.
 */
import { useCallback, useEffect, useMemo, useState } from "preact/hooks";
import type { TargetedKeyboardEvent } from "preact";
import type { PageStatus, PauseState } from "../shared/messages";
import { t } from "../shared/i18n";
import type { PauseTarget, PopupApi } from "./api";
import { CardItem } from "./CardItem";
import { groupCards, mentionsOf } from "./groups";
import { LookupView } from "./LookupView";
import { PauseControls } from "./PauseControls";
import { otherLanguage, StatusMessage } from "./StatusMessage";

export interface AppProps {
  api: PopupApi;
  /** The tab described; undefined when none could be found. */
  tabId: number | undefined;
  /** Lookup mode: the text to look up (context menu). */
  lookup?: string;
}

const GROUP_TITLE: Record<string, string> = {
  people: "groupPeople", places: "groupPlaces", organizations: "groupOrganizations", events: "groupEvents", figures: "groupFigures",
};

/** Up/Down move focus between card headers; Home/End to the first and last. */
function onListKey(e: TargetedKeyboardEvent<HTMLElement>): void {
  if (!["ArrowDown", "ArrowUp", "Home", "End"].includes(e.key)) return;
  const target = e.target as HTMLElement;
  if (!target.matches("[data-card-button]")) return;
  const buttons = Array.from(e.currentTarget.querySelectorAll<HTMLElement>("[data-card-button]"));
  const i = buttons.indexOf(target);
  const next = e.key === "Home" ? 0 : e.key === "End" ? buttons.length - 1 : i + (e.key === "ArrowDown" ? 1 : -1);
  const el = buttons[Math.max(0, Math.min(buttons.length - 1, next))];
  if (el) {
    e.preventDefault();
    el.focus();
  }
}

export function App({ api, tabId, lookup }: AppProps) {
  if (lookup !== undefined) return <LookupView text={lookup} lookup={api.lookup} />;
  if (tabId === undefined) {
    return (
      <main>
        <p class="notice" id="status-no-tab" role="status">{t("statusNoTab")}</p>
      </main>
    );
  }
  return <PageView api={api} tabId={tabId} />;
}

function PageView({ api, tabId }: { api: PopupApi; tabId: number }) {
  const [status, setStatus] = useState<PageStatus | undefined>(undefined);
  const [pause, setPause] = useState<PauseState | undefined>(undefined);
  const [filter, setFilter] = useState("");
  const [expanded, setExpanded] = useState<string | undefined>(undefined);
  const [error, setError] = useState("");

  const refresh = useCallback(() => {
    api.getStatus(tabId).then(setStatus, (err: unknown) => setError(String(err instanceof Error ? err.message : err)));
    api.getPause(tabId).then(setPause, () => undefined);
  }, [api, tabId]);

  useEffect(() => {
    refresh();
    return api.onStatusChanged((changed) => {
      if (changed === tabId) refresh();
    });
  }, [refresh]);

  const changePause = async (scope: PauseTarget, paused: boolean) => {
    try {
      setPause(await api.setPause(tabId, scope, paused));
      setError("");
    } catch (err) {
      setError(err instanceof Error && err.message === "quota" ? t("errorQuota") : t("popupPauseFailed"));
    }
    setStatus(await api.getStatus(tabId).catch(() => status));
  };

  const groups = useMemo(() => (status?.kind === "ready" ? groupCards(status.cards, filter) : []), [status, filter]);
  const ready = status?.kind === "ready" ? status : undefined;
  const language = status ? otherLanguage(status) : undefined;

  return (
    // data-status lets tests (and styles) know what the popup is showing.
    <main data-status={status?.kind ?? "loading"}>
      <header class="top">
        <h1>{t("extShortName")}</h1>
        {ready && (
          <p class="summary" id="summary">
            {t("popupSummary", [String(ready.cards.filter((c) => !isFigure(c.type)).length), String(ready.cards.filter((c) => isFigure(c.type)).length)])}
          </p>
        )}
        <button type="button" class="link options-link" onClick={() => api.openOptions()}>{t("popupOptions")}</button>
      </header>
      {pause && <PauseControls pause={pause} onChange={(s, p) => void changePause(s, p)} />}
      {error && <p class="error" role="alert">{error}</p>}
      {status === undefined && <p class="notice" role="status">{t("statusWorking")}</p>}
      {status && <StatusMessage status={status} />}
      {ready && language && <p class="notice" id="status-language-note">{t("statusLanguage", language)}</p>}
      {ready && ready.cards.length > 0 && (
        <>
          <label class="filter">
            <span class="visually-hidden">{t("popupFilter")}</span>
            <input type="search" id="filter" placeholder={t("popupFilter")} value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
          </label>
          {groups.length === 0 && <p class="notice" id="filter-empty">{t("popupFilterEmpty")}</p>}
          <div class="groups" onKeyDown={onListKey}>
            {groups.map((g) => (
              <section class="group" key={g.group} data-group={g.group} aria-labelledby={`h-${g.group}`}>
                <h2 id={`h-${g.group}`}>
                  {t(GROUP_TITLE[g.group] ?? g.group)} <span class="group-count">{g.cards.length}</span>
                </h2>
                <ul class="cards">
                  {g.cards.map((card) => (
                    <CardItem
                      key={card.key}
                      card={card}
                      mentions={mentionsOf(card, ready.mentionList)}
                      expanded={expanded === card.key}
                      onToggle={() => setExpanded(expanded === card.key ? undefined : card.key)}
                      onReveal={(index) => api.reveal(tabId, card.key, index)}
                      onCopy={(text) => api.copy(text)}
                      onCorrect={(c) => api.correct(tabId, c)}
                    />
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </>
      )}
    </main>
  );
}

function isFigure(type: string): boolean {
  return !["person", "place", "organization", "event", "nationality"].includes(type);
}
