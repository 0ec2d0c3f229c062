/**
 * The background's view of stored state, cached between messages and dropped when storage
 * changes (index.ts listens), so a service worker woken from sleep reads storage again while a busy
 * one does not read it per message. Tab statuses are kept in session storage: a Chrome service
 * worker is stopped after about 30 s idle, and the popup opened later must still see the page's
 * results.
 */
import type { Correction } from "../shared/corrections";
import type { PageStatus } from "../shared/messages";
import type { Settings } from "../shared/settings";
import type { StorageAreaLike, Store } from "../shared/storage";

export interface StoredState {
  settings(): Promise<Settings>;
  corrections(): Promise<Correction[]>;
  pausedTabs(): Promise<Set<number>>;
  /** Forget cached values (after a storage change), all of them or one kind. */
  invalidate(what?: "settings" | "corrections" | "pausedTabs"): void;
}

export function createStoredState(store: Store): StoredState {
  let settings: Promise<Settings> | undefined;
  let corrections: Promise<Correction[]> | undefined;
  let paused: Promise<Set<number>> | undefined;
  return {
    settings: () => (settings ??= store.loadSettings().then((l) => l.settings)),
    corrections: () => (corrections ??= store.loadCorrections()),
    pausedTabs: () => (paused ??= store.loadPausedTabs().then((t) => new Set(t))),
    invalidate(what) {
      if (!what || what === "settings") settings = undefined;
      if (!what || what === "corrections") corrections = undefined;
      if (!what || what === "pausedTabs") paused = undefined;
    },
  };
}

export interface StatusStore {
  get(tabId: number): Promise<PageStatus | undefined>;
  set(tabId: number, status: PageStatus): Promise<void>;
  delete(tabId: number): Promise<void>;
  /** Tabs with a stored status. */
  tabIds(): Promise<number[]>;
}

const STATUS_PREFIX = "status:";

/** Statuses in memory, mirrored to a session storage area when there is one. */
export function createStatusStore(area: StorageAreaLike | undefined): StatusStore {
  const memory = new Map<number, PageStatus>();
  let loaded = !area;
  async function load(): Promise<void> {
    if (loaded || !area) return;
    loaded = true;
    try {
      const all = await (area as StorageAreaLike & { get(keys: null): Promise<Record<string, unknown>> }).get(null);
      for (const [key, value] of Object.entries(all)) {
        if (!key.startsWith(STATUS_PREFIX)) continue;
        const tabId = Number(key.slice(STATUS_PREFIX.length));
        if (Number.isInteger(tabId) && !memory.has(tabId) && value && typeof value === "object") memory.set(tabId, value as PageStatus);
      }
    } catch {
      // Session storage unavailable: memory alone still serves this worker's lifetime.
    }
  }
  return {
    async get(tabId) {
      await load();
      return memory.get(tabId);
    },
    async set(tabId, status) {
      memory.set(tabId, status);
      await area?.set({ [STATUS_PREFIX + tabId]: status }).catch(() => undefined);
    },
    async delete(tabId) {
      memory.delete(tabId);
      await area?.remove(STATUS_PREFIX + tabId).catch(() => undefined);
    },
    async tabIds() {
      await load();
      return [...memory.keys()];
    },
  };
}
