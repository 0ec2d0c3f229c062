/**
 * Background (service worker in Chrome, event page in Firefox): wires the browser's events to the
 * handlers (handlers.ts). It starts quickly: the bundled dataset is parsed and indexed once per
 * worker life (knowledge.ts), just after the listeners are in place.
 */
import datasetText from "gloss:dataset";
import browser, { type Runtime } from "../shared/browser";
import { CORRECTIONS_KEY, PAUSED_TABS_KEY, SETTINGS_KEY, store as defaultStore, type StorageAreaLike, USER_DATASET_KEY } from "../shared/storage";
import { handleCommand } from "./commands";
import { handleMenuClick, LOOKUP_MENU_ID } from "./context-menu";
import { type BackgroundDeps, createHandlers, refreshAllTabs, route } from "./handlers";
import { createKnowledge } from "./knowledge";
import { createStatusStore, createStoredState } from "./state";

const CONTENT_URLS = ["http://*/*", "https://*/*", "file:///*"];

const store = defaultStore();
const sessionArea = (browser.storage as unknown as { session?: StorageAreaLike }).session;

const deps: BackgroundDeps = {
  knowledge: createKnowledge(() => datasetText, () => store.loadUserDataset()),
  store,
  state: createStoredState(store),
  statuses: createStatusStore(sessionArea),
  tabs: {
    async get(tabId) {
      try {
        const tab = await browser.tabs.get(tabId);
        return tab.id === undefined ? undefined : { id: tab.id, url: tab.url };
      } catch {
        return undefined;
      }
    },
    send: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    async contentTabs() {
      const tabs = await browser.tabs.query({ url: CONTENT_URLS });
      return tabs.flatMap((t) => (t.id === undefined ? [] : [{ id: t.id, url: t.url }]));
    },
  },
  async setBadge(tabId, text) {
    await browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  },
  async broadcast(message) {
    // Rejects when no extension page is open to hear it; that is the usual case.
    await browser.runtime.sendMessage(message).catch(() => undefined);
  },
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
};

const handlers = createHandlers(deps);

// The dataset is parsed and indexed right after start, not on the first page's request: the event
// that woke the worker is dispatched first (a timer runs after it), and the warm-up yields between
// its steps, so a message that needs no dataset waits for one step at most.
setTimeout(() => void deps.knowledge.warm(), 0);
const ownOrigin = browser.runtime.getURL("");

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) =>
  route(handlers, raw, sender, browser.runtime.id, ownOrigin));

// Settings, corrections and the user dataset changed (options page, popup, or another device's
// sync): forget cached copies and let every open page redo its highlights.
browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
  let refresh = false;
  if (area === "sync" && SETTINGS_KEY in changes) {
    deps.state.invalidate("settings");
    refresh = true;
  }
  if (area === "local" && CORRECTIONS_KEY in changes) {
    deps.state.invalidate("corrections");
    refresh = true;
  }
  if (area === "local" && USER_DATASET_KEY in changes) {
    deps.knowledge.invalidate();
    refresh = true;
  }
  // A tab's pause is refreshed by the handler that set it; only the cache is stale here.
  if (area === "session" && PAUSED_TABS_KEY in changes) deps.state.invalidate("pausedTabs");
  if (refresh) void refreshAllTabs(deps);
});

// Tab status cleanup: a closed tab's status goes; a tab that starts loading a new page has none yet.
browser.tabs.onRemoved.addListener((tabId) => {
  void deps.statuses.delete(tabId);
  void deps.state.pausedTabs().then((paused) => (paused.has(tabId) ? store.setTabPaused(tabId, false) : undefined));
});
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === "loading" && change.url !== undefined) void deps.statuses.delete(tabId);
});

// Keyboard commands go to the active tab's content script (commands.ts).
browser.commands?.onCommand.addListener((command: string) => {
  void handleCommand({
    activeTabId: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    send: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  }, command);
});

// Context menus persist across worker restarts once created; (re)create them on install and start.
function createMenus(): void {
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: LOOKUP_MENU_ID, title: browser.i18n.getMessage("menuLookup"), contexts: ["selection"] });
  }).catch(() => undefined);
}
browser.runtime.onInstalled.addListener(createMenus);
browser.runtime.onStartup.addListener(createMenus);
browser.contextMenus.onClicked.addListener((info) => {
  void handleMenuClick({
    popupUrl: (query) => browser.runtime.getURL(`popup.html${query}`),
    openWindow: (options) => browser.windows.create(options),
  }, info);
});
