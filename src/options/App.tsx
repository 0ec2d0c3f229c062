/**
 * The options page: what is highlighted and how, when cards open, where Gloss runs, the reader's
 * data, and reset. Every change is saved at once (and reaches open pages through the background);
 * a save that fails (a full quota) says so.
 */
import { useCallback, useEffect, useState } from "preact/hooks";
import type { Correction } from "../shared/corrections";
import { t } from "../shared/i18n";
import {
  DENSITIES, type Density, HIGHLIGHT_STYLES, type HighlightStyle, HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS, MODIFIER_KEYS,
  type ModifierKey, normalizeHost, type Settings, TYPE_GROUPS, withChanges,
} from "../shared/settings";
import type { StoredUserDataset } from "../shared/user-dataset";
import type { OptionsApi } from "./api";
import { DataSection } from "./DataSection";

const GROUP_LABEL = { person: "typePerson", place: "typePlace", organization: "typeOrganization", event: "typeEvent", figure: "typeFigure" } as const;

/** One host a line; blank and unreadable lines are dropped (and reported). */
export function parseHostList(text: string): { hosts: string[]; rejected: string[] } {
  const hosts: string[] = [];
  const rejected: string[] = [];
  for (const line of text.split(/[\n,]/)) {
    if (!line.trim()) continue;
    const host = normalizeHost(line);
    if (host) {
      if (!hosts.includes(host)) hosts.push(host);
    } else rejected.push(line.trim());
  }
  return { hosts, rejected };
}

export function App({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [dataset, setDataset] = useState<StoredUserDataset | null>(null);
  const [corrections, setCorrections] = useState<Correction[]>([]);
  const [status, setStatus] = useState<{ kind: "saved" | "error"; text: string } | undefined>(undefined);

  const reload = useCallback(() => {
    void api.loadSettings().then(setSettings);
    void api.loadUserDataset().then(setDataset);
    void api.loadCorrections().then(setCorrections);
  }, [api]);
  useEffect(() => {
    reload();
    return api.onStoredChange(reload);
  }, [reload]);

  if (!settings) return <main><p role="status">{t("statusWorking")}</p></main>;

  async function update(change: (draft: Settings) => void): Promise<void> {
    const next = withChanges(settings!, change);
    setSettings(next);
    const saved = await api.saveSettings(next);
    setStatus(saved.ok ? { kind: "saved", text: t("optionsSaved") } : { kind: "error", text: saved.error === "quota" ? t("errorQuota") : t("optionsSaveFailed", saved.message) });
  }

  async function reset(): Promise<void> {
    await api.resetSettings();
    reload();
    setStatus({ kind: "saved", text: t("optionsResetDone") });
  }

  function sitesField(id: string, label: string, value: string[], set: (draft: Settings, hosts: string[]) => void) {
    return (
      <label class="field column">
        <span>{label}</span>
        <textarea
          id={id}
          rows={3}
          spellcheck={false}
          value={value.join("\n")}
          onChange={(e) => {
            const { hosts, rejected } = parseHostList(e.currentTarget.value);
            void update((d) => set(d, hosts)).then(() => {
              if (rejected.length) setStatus({ kind: "error", text: t("optionsSitesRejected", rejected.join(", ")) });
            });
          }}
        />
      </label>
    );
  }

  return (
    <main>
      <h1>{t("optionsTitle")}</h1>
      <section id="highlighting" aria-labelledby="h-highlighting">
        <h2 id="h-highlighting">{t("optionsHighlightTitle")}</h2>
        <table class="types">
          <thead>
            <tr>
              <th scope="col">{t("optionsType")}</th>
              <th scope="col">{t("optionsTypeOn")}</th>
              <th scope="col">{t("optionsDensity")}</th>
              <th scope="col">{t("optionsColor")}</th>
            </tr>
          </thead>
          <tbody>
            {TYPE_GROUPS.map((g) => (
              <tr key={g}>
                <th scope="row">{t(GROUP_LABEL[g])}</th>
                <td>
                  <input type="checkbox" id={`type-${g}`} aria-label={t("optionsTypeOnFor", t(GROUP_LABEL[g]))} checked={settings.types[g]}
                    onChange={(e) => void update((d) => { d.types[g] = e.currentTarget.checked; })} />
                </td>
                <td>
                  <select id={`density-${g}`} aria-label={t("optionsDensityFor", t(GROUP_LABEL[g]))} value={settings.density[g]}
                    onChange={(e) => void update((d) => { d.density[g] = e.currentTarget.value as Density; })}>
                    {DENSITIES.map((v) => <option key={v} value={v}>{t(`density_${v}`)}</option>)}
                  </select>
                </td>
                <td>
                  <input type="color" id={`color-${g}`} aria-label={t("optionsColorFor", t(GROUP_LABEL[g]))} value={settings.highlight.colors[g]}
                    onChange={(e) => void update((d) => { d.highlight.colors[g] = e.currentTarget.value; })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <label class="field">
          <span>{t("optionsStyle")}</span>
          <select id="highlight-style" value={settings.highlight.style} onChange={(e) => void update((d) => { d.highlight.style = e.currentTarget.value as HighlightStyle; })}>
            {HIGHLIGHT_STYLES.map((v) => <option key={v} value={v}>{t(`style_${v}`)}</option>)}
          </select>
        </label>
      </section>

      <section id="hover" aria-labelledby="h-hover">
        <h2 id="h-hover">{t("optionsHoverTitle")}</h2>
        <label class="field">
          <span>{t("optionsHoverDelay")}</span>
          <input type="number" id="hover-delay" min={HOVER_DELAY_MIN_MS} max={HOVER_DELAY_MAX_MS} step={50} value={settings.hover.delayMs}
            onChange={(e) => {
              const v = Number(e.currentTarget.value);
              if (Number.isFinite(v) && v >= HOVER_DELAY_MIN_MS && v <= HOVER_DELAY_MAX_MS) void update((d) => { d.hover.delayMs = v; });
              else setStatus({ kind: "error", text: t("optionsHoverDelayInvalid", [String(HOVER_DELAY_MIN_MS), String(HOVER_DELAY_MAX_MS)]) });
            }} />
          <span class="unit">{t("optionsMs")}</span>
        </label>
        <label class="field">
          <span>{t("optionsModifier")}</span>
          <select id="hover-modifier" value={settings.hover.modifier} onChange={(e) => void update((d) => { d.hover.modifier = e.currentTarget.value as ModifierKey; })}>
            {MODIFIER_KEYS.map((v) => <option key={v} value={v}>{t(`modifier_${v}`)}</option>)}
          </select>
        </label>
      </section>

      <section id="where" aria-labelledby="h-where">
        <h2 id="h-where">{t("optionsWhereTitle")}</h2>
        <fieldset>
          <legend>{t("optionsMode")}</legend>
          <label class="field">
            <input type="radio" name="mode" id="mode-articles" checked={settings.mode === "articles"} onChange={() => void update((d) => { d.mode = "articles"; })} />
            <span>{t("optionsModeArticles")}</span>
          </label>
          <label class="field">
            <input type="radio" name="mode" id="mode-everywhere" checked={settings.mode === "everywhere"} onChange={() => void update((d) => { d.mode = "everywhere"; })} />
            <span>{t("optionsModeEverywhere")}</span>
          </label>
        </fieldset>
        {sitesField("sites-always", t("optionsSitesAlways"), settings.sites.always, (d, h) => { d.sites.always = h; })}
        {sitesField("sites-never", t("optionsSitesNever"), settings.sites.never, (d, h) => { d.sites.never = h; })}
        {sitesField("sites-paused", t("optionsSitesPaused"), settings.pause.sites, (d, h) => { d.pause.sites = h; })}
        <label class="field">
          <input type="checkbox" id="pause-everywhere" checked={settings.pause.everywhere} onChange={(e) => void update((d) => { d.pause.everywhere = e.currentTarget.checked; })} />
          <span>{t("optionsPauseEverywhere")}</span>
        </label>
      </section>

      <DataSection api={api} settings={settings} dataset={dataset} corrections={corrections} onChanged={reload} />

      <section id="reset-section" aria-labelledby="h-reset">
        <h2 id="h-reset">{t("optionsResetTitle")}</h2>
        <p class="hint">{t("optionsResetHint")}</p>
        <button type="button" id="reset" onClick={() => void reset()}>{t("optionsReset")}</button>
      </section>

      <p id="save-status" role="status" class={status?.kind === "error" ? "error" : "ok"}>{status?.text ?? ""}</p>
    </main>
  );
}
