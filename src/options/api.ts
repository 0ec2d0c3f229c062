/** What the options page asks of the browser, behind one interface so DOM tests pass a fake. */
import browser from "../shared/browser";
import type { Correction } from "../shared/corrections";
import type { Settings } from "../shared/settings";
import { type SaveResult, store } from "../shared/storage";
import type { StoredUserDataset } from "../shared/user-dataset";

export interface OptionsApi {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<SaveResult>;
  resetSettings(): Promise<void>;
  loadUserDataset(): Promise<StoredUserDataset | null>;
  saveUserDataset(dataset: StoredUserDataset): Promise<SaveResult>;
  deleteUserDataset(): Promise<void>;
  loadCorrections(): Promise<Correction[]>;
  removeCorrection(id: string): Promise<SaveResult>;
  clearCorrections(): Promise<void>;
  /** Offers `text` as a file download. */
  download(fileName: string, text: string): void;
  now(): Date;
  /** Calls back when stored data changes elsewhere (the popup adds a correction); returns the unsubscribe. */
  onStoredChange(listener: () => void): () => void;
}

export function browserOptionsApi(): OptionsApi {
  const s = store();
  return {
    loadSettings: async () => (await s.loadSettings()).settings,
    saveSettings: (settings) => s.saveSettings(settings),
    resetSettings: () => s.resetSettings(),
    loadUserDataset: () => s.loadUserDataset(),
    saveUserDataset: (d) => s.saveUserDataset(d),
    deleteUserDataset: () => s.deleteUserDataset(),
    loadCorrections: () => s.loadCorrections(),
    removeCorrection: (id) => s.removeCorrection(id),
    clearCorrections: () => s.clearCorrections(),
    download(fileName, text) {
      const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    },
    now: () => new Date(),
    onStoredChange(listener) {
      const onChanged = (_changes: unknown, area: string) => {
        if (area === "local" || area === "sync") listener();
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
