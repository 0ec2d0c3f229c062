/**
 * The reader's data: import a dataset (file or pasted text), validated row by row and saved only
 * when every row is valid; export everything; delete the dataset; review and delete corrections.
 */
import { useState } from "preact/hooks";
import type { Correction } from "../shared/corrections";
import { t } from "../shared/i18n";
import type { Settings } from "../shared/settings";
import { type ImportError, mergeUserEntries, parseUserDataset, type StoredUserDataset } from "../shared/user-dataset";
import type { OptionsApi } from "./api";

export interface DataSectionProps {
  api: OptionsApi;
  settings: Settings;
  dataset: StoredUserDataset | null;
  corrections: Correction[];
  onChanged(): void;
}

type ImportReport = { kind: "ok"; added: number; replaced: number } | { kind: "errors"; errors: ImportError[] } | { kind: "quota" } | { kind: "failed"; message: string };

export function DataSection({ api, settings, dataset, corrections, onChanged }: DataSectionProps) {
  const [report, setReport] = useState<ImportReport | undefined>(undefined);
  const [pasted, setPasted] = useState("");
  const [note, setNote] = useState("");

  async function importText(fileName: string, text: string): Promise<void> {
    const parsed = parseUserDataset(fileName, text);
    if (!parsed.ok) {
      setReport({ kind: "errors", errors: parsed.errors });
      return;
    }
    const merged = mergeUserEntries(dataset?.entries ?? [], parsed.entries);
    const saved = await api.saveUserDataset({ version: 1, entries: merged.entries, importedAt: api.now().toISOString() });
    if (!saved.ok) setReport(saved.error === "quota" ? { kind: "quota" } : { kind: "failed", message: saved.message });
    else setReport({ kind: "ok", added: merged.added, replaced: merged.replaced });
    onChanged();
  }

  async function onFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    await importText(file.name, await file.text());
    input.value = "";
  }

  function exportAll(): void {
    const data = {
      format: "gloss-export",
      version: 1,
      exportedAt: api.now().toISOString(),
      // `entries` first-class, so the export itself imports back as a dataset.
      entries: dataset?.entries ?? [],
      corrections,
      settings,
    };
    api.download("gloss-data.json", JSON.stringify(data, null, 2) + "\n");
  }

  async function deleteDataset(): Promise<void> {
    await api.deleteUserDataset();
    setNote(t("optionsDatasetDeleted"));
    onChanged();
  }

  async function removeCorrection(id: string): Promise<void> {
    await api.removeCorrection(id);
    onChanged();
  }

  async function clearCorrections(): Promise<void> {
    await api.clearCorrections();
    setNote(t("optionsCorrectionsDeleted"));
    onChanged();
  }

  return (
    <section id="data" aria-labelledby="h-data">
      <h2 id="h-data">{t("optionsDataTitle")}</h2>
      <p id="dataset-count">{t("optionsDatasetCount", String(dataset?.entries.length ?? 0))}</p>
      <p class="hint">{t("optionsImportHint")}</p>
      <label class="field">
        <span>{t("optionsImportFile")}</span>
        <input type="file" id="import-file" accept=".json,.csv,application/json,text/csv" onChange={(e) => void onFile(e.currentTarget)} />
      </label>
      <label class="field column">
        <span>{t("optionsImportPaste")}</span>
        <textarea id="import-text" rows={5} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} spellcheck={false} />
      </label>
      <button type="button" id="import-pasted" disabled={!pasted.trim()} onClick={() => void importText("pasted", pasted)}>{t("optionsImportPasted")}</button>
      {report && <ImportReportView report={report} />}
      <div class="row">
        <button type="button" id="export" onClick={exportAll}>{t("optionsExport")}</button>
        <button type="button" id="delete-dataset" disabled={!dataset?.entries.length} onClick={() => void deleteDataset()}>{t("optionsDeleteDataset")}</button>
      </div>
      <h3>{t("optionsCorrectionsTitle", String(corrections.length))}</h3>
      {corrections.length === 0 ? (
        <p class="hint" id="corrections-empty">{t("optionsCorrectionsEmpty")}</p>
      ) : (
        <ul class="corrections" id="corrections">
          {corrections.map((c) => (
            <li key={c.id}>
              <span>{describeCorrection(c)}</span>
              <button type="button" class="remove-correction" aria-label={t("optionsRemoveCorrectionOf", c.name)} onClick={() => void removeCorrection(c.id)}>{t("optionsRemove")}</button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" id="delete-corrections" disabled={!corrections.length} onClick={() => void clearCorrections()}>{t("optionsDeleteCorrections")}</button>
      {note && <p role="status" class="note">{note}</p>}
    </section>
  );
}

function describeCorrection(c: Correction): string {
  if (c.kind === "wrong-entity") return t("correctionWrongEntity", [c.form, c.name]);
  return c.site ? t("correctionHideSite", [c.name, c.site]) : t("correctionHideEverywhere", c.name);
}

function ImportReportView({ report }: { report: ImportReport }) {
  switch (report.kind) {
    case "ok":
      return <p role="status" id="import-ok" class="ok">{t("optionsImportOk", [String(report.added), String(report.replaced)])}</p>;
    case "quota":
      return <p role="alert" id="import-quota" class="error">{t("errorQuota")}</p>;
    case "failed":
      return <p role="alert" id="import-failed" class="error">{t("optionsImportFailed", report.message)}</p>;
    case "errors":
      return (
        <div role="alert" id="import-errors" class="error">
          <p>{t("optionsImportRejected", String(report.errors.length))}</p>
          <ul>
            {report.errors.map((e, i) => (
              <li key={i}>{e.line ? t("optionsImportErrorLine", [String(e.line), e.reason]) : e.reason}</li>
            ))}
          </ul>
        </div>
      );
  }
}
