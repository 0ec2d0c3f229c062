/**
 * Where Gloss keeps things, and the one place that reads and writes them:
 * - `storage.sync` "settings": small settings (settings.ts), synced with the browser profile;
 * - `storage.local` "corrections" and "userDataset": the reader's data, kept on the device;
 * - `storage.session` "pausedTabs": tabs paused by the reader, gone when the browser closes.
 *
 * Writes return a `SaveResult` so a full quota is reported to the reader instead of being lost.
 * Reads never throw: damaged data is repaired item by item (see settings.ts, corrections.ts,
 * user-dataset.ts) and the rest kept.
 */
import browser from "./browser";
import { type Correction, parseCorrections, sameCorrection } from "./corrections";
import { type LoadedSettings, loadSettingsFrom, type Settings } from "./settings";
import { parseStoredUserDataset, type StoredUserDataset } from "./user-dataset";

export const SETTINGS_KEY = "settings";
export const CORRECTIONS_KEY = "corrections";
export const USER_DATASET_KEY = "userDataset";
export const PAUSED_TABS_KEY = "pausedTabs";

export type SaveResult = { ok: true } | { ok: false; error: "quota" | "failed"; message: string };

/** The slice of a WebExtension storage area Gloss uses (lets tests pass a fake). */
export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageAreas {
  sync: StorageAreaLike;
  local: StorageAreaLike;
  session: StorageAreaLike | undefined;
}

/** Chrome says "QUOTA_BYTES quota exceeded" (or _PER_ITEM, MAX_ITEMS...); Firefox names a QuotaExceededError. */
export function isQuotaError(err: unknown): boolean {
  const text = err instanceof Error ? `${err.name} ${err.message}` : String(err);
  return /quota/i.test(text);
}

async function save(area: StorageAreaLike, items: Record<string, unknown>): Promise<SaveResult> {
  try {
    await area.set(items);
    return { ok: true };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: isQuotaError(err) ? "quota" : "failed", message };
  }
}

function browserAreas(): StorageAreas {
  const s = browser.storage as typeof browser.storage & { session?: StorageAreaLike };
  return { sync: s.sync, local: s.local, session: s.session };
}

/** Session memory for browsers without storage.session (it outlives nothing, like a session). */
const memorySession = new Map<string, unknown>();
const memorySessionArea: StorageAreaLike = {
  async get(keys) {
    const out: Record<string, unknown> = {};
    for (const k of Array.isArray(keys) ? keys : [keys]) if (memorySession.has(k)) out[k] = memorySession.get(k);
    return out;
  },
  async set(items) {
    for (const [k, v] of Object.entries(items)) memorySession.set(k, v);
  },
  async remove(keys) {
    for (const k of Array.isArray(keys) ? keys : [keys]) memorySession.delete(k);
  },
};

/** Typed access to Gloss's stored data over given storage areas. */
export function createStore(areas: StorageAreas = browserAreas()) {
  const session = areas.session ?? memorySessionArea;
  return {
    async loadSettings(): Promise<LoadedSettings> {
      let stored: unknown;
      try {
        stored = (await areas.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
      } catch {
        // storage.sync can be disabled by policy; the defaults still let Gloss work.
        stored = undefined;
      }
      const loaded = loadSettingsFrom(stored);
      // Write back migrated or repaired settings so the next read is clean; a failure here is harmless.
      if (loaded.changed) await save(areas.sync, { [SETTINGS_KEY]: loaded.settings });
      return loaded;
    },
    saveSettings(settings: Settings): Promise<SaveResult> {
      return save(areas.sync, { [SETTINGS_KEY]: settings });
    },
    async resetSettings(): Promise<void> {
      await areas.sync.remove(SETTINGS_KEY);
    },

    async loadCorrections(): Promise<Correction[]> {
      const stored = (await areas.local.get(CORRECTIONS_KEY))[CORRECTIONS_KEY];
      return parseCorrections(stored).corrections;
    },
    async addCorrection(correction: Correction): Promise<SaveResult> {
      const list = await this.loadCorrections();
      if (list.some((c) => sameCorrection(c, correction))) return { ok: true };
      return save(areas.local, { [CORRECTIONS_KEY]: [...list, correction] });
    },
    async removeCorrection(id: string): Promise<SaveResult> {
      const list = await this.loadCorrections();
      return save(areas.local, { [CORRECTIONS_KEY]: list.filter((c) => c.id !== id) });
    },
    async clearCorrections(): Promise<void> {
      await areas.local.remove(CORRECTIONS_KEY);
    },

    async loadUserDataset(): Promise<StoredUserDataset | null> {
      const stored = (await areas.local.get(USER_DATASET_KEY))[USER_DATASET_KEY];
      return parseStoredUserDataset(stored).dataset;
    },
    saveUserDataset(dataset: StoredUserDataset): Promise<SaveResult> {
      return save(areas.local, { [USER_DATASET_KEY]: dataset });
    },
    async deleteUserDataset(): Promise<void> {
      await areas.local.remove(USER_DATASET_KEY);
    },

    async loadPausedTabs(): Promise<number[]> {
      const stored = (await session.get(PAUSED_TABS_KEY))[PAUSED_TABS_KEY];
      return Array.isArray(stored) ? stored.filter((t): t is number => Number.isInteger(t)) : [];
    },
    async setTabPaused(tabId: number, paused: boolean): Promise<SaveResult> {
      const tabs = new Set(await this.loadPausedTabs());
      if (paused) tabs.add(tabId);
      else tabs.delete(tabId);
      return save(session, { [PAUSED_TABS_KEY]: [...tabs] });
    },
  };
}

export type Store = ReturnType<typeof createStore>;

let defaultStore: Store | undefined;
/** The store over the browser's storage areas (created on first use, so importing is free). */
export function store(): Store {
  defaultStore ??= createStore();
  return defaultStore;
}
