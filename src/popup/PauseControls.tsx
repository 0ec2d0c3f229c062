/** The pause switches: this tab, this site, everywhere. The badge empties while any is on. */
import type { PauseState } from "../shared/messages";
import { t } from "../shared/i18n";
import type { PauseTarget } from "./api";

export function PauseControls({ pause, onChange }: { pause: PauseState; onChange(scope: PauseTarget, paused: boolean): void }) {
  const row = (scope: PauseTarget, checked: boolean, label: string, disabled = false) => (
    <label class="switch">
      <input type="checkbox" role="switch" name={`pause-${scope}`} checked={checked} disabled={disabled} onChange={(e) => onChange(scope, e.currentTarget.checked)} />
      <span>{label}</span>
    </label>
  );
  return (
    <fieldset class="pause">
      <legend>{t("popupPause")}</legend>
      {row("tab", pause.tab, t("popupPauseTab"))}
      {row("site", pause.site, pause.host ? t("popupPauseSite", pause.host) : t("popupPauseSiteNone"), !pause.host)}
      {row("everywhere", pause.everywhere, t("popupPauseEverywhere"))}
    </fieldset>
  );
}
