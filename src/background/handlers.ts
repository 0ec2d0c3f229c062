/**
 * The background's message handlers: one function per message type in one object, a router that
 * checks who is asking before any handler runs, and `Result` replies. Browser APIs arrive as
 * `BackgroundDeps`, so the tests drive every handler with fakes; index.ts wires the real ones.
 */
import { analyzeText } from "../core/analyze";
import { buildCards } from "../core/cards";
import { ENTITY_TYPES, type Card, type Mention } from "../core/types";
import { applyCorrections, makeCorrection } from "../shared/corrections";
import type { Message, MessageOf, PageStatus, PauseState, Replies, Result } from "../shared/messages";
import { isMessage } from "../shared/messages";
import { groupOf, hostMatches, hostOf, pauseScopeFor, type PauseScope, type Settings, withChanges } from "../shared/settings";
import type { Store } from "../shared/storage";
import { toContentSettings } from "./content-settings";
import type { Knowledge } from "./knowledge";
import { unavailableReason } from "./page-access";
import type { StatusStore, StoredState } from "./state";

export interface TabInfo {
  id: number;
  url?: string;
}

/** The browser as the handlers see it. */
export interface BackgroundDeps {
  knowledge: Knowledge;
  store: Store;
  state: StoredState;
  statuses: StatusStore;
  tabs: {
    get(tabId: number): Promise<TabInfo | undefined>;
    /** Sends to the tab's content script; rejects when none listens. */
    send(tabId: number, message: Message): Promise<unknown>;
    /** Tabs a content script may run in (http, https, file). */
    contentTabs(): Promise<TabInfo[]>;
  };
  setBadge(tabId: number, text: string): Promise<void>;
  /** Tells open extension pages (the popup) something; nobody listening is fine. */
  broadcast(message: Message): Promise<void>;
  now(): Date;
  newId(): string;
}

/** Who sent a message, as the router needs it (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

type Handler<T extends Message["type"]> = (message: MessageOf<T>, sender: SenderInfo) => Promise<Replies[T]>;
type HandledType = Extract<Message["type"], `cs/${string}` | `ui/${string}`>;
export type Handlers = { [T in HandledType]: Handler<T> };

/** The badge: how many people, places, organizations and events the page names (figures aside). */
export function badgeText(status: PageStatus): string {
  if (status.kind !== "ready") return "";
  const count = status.cards.filter((c) => (ENTITY_TYPES as readonly string[]).includes(c.type) || c.type === "nationality").length;
  return count ? String(Math.min(count, 999)) : "";
}

/** A content script reply may be a bare value or a `Result`; either way, the value. */
function unwrap(reply: unknown): unknown {
  if (reply && typeof reply === "object" && "ok" in reply) {
    const r = reply as Result<unknown>;
    if (!r.ok) throw new Error(r.error);
    return r.value;
  }
  return reply;
}

export function createHandlers(deps: BackgroundDeps): Handlers {
  const { state, statuses } = deps;

  async function pauseOf(tabId: number | undefined, url: string | undefined): Promise<PauseScope | null> {
    const settings = await state.settings();
    const paused = tabId !== undefined && (await state.pausedTabs()).has(tabId);
    return pauseScopeFor(settings, url, paused);
  }

  async function pauseState(tabId: number): Promise<PauseState> {
    const tab = await deps.tabs.get(tabId);
    const settings = await state.settings();
    const host = hostOf(tab?.url);
    return {
      tab: (await state.pausedTabs()).has(tabId),
      site: !!host && settings.pause.sites.some((s) => hostMatches(host, s)),
      everywhere: settings.pause.everywhere,
      host,
    };
  }

  /** Recognition with the reader's corrections and type switches applied. */
  async function analyze(text: string, url: string, publishedAt: string | undefined): Promise<{ mentions: Mention[]; cards: Card[] }> {
    const [kb, settings, corrections] = await Promise.all([deps.knowledge.get(), state.settings(), state.corrections()]);
    const result = analyzeText(text, kb, { publishedAt });
    const kept = applyCorrections(result.mentions, corrections, url).filter((m) => settings.types[groupOf(m.type)]);
    const unchanged = kept.length === result.mentions.length && kept.every((m, i) => m === result.mentions[i]);
    if (unchanged) return result;
    return { mentions: kept, cards: buildCards(text, kept, kb, { publishedAt }) };
  }

  return {
    async "cs/analyze"(message, sender) {
      if (await pauseOf(sender.tab?.id, message.url)) return { mentions: [], cards: [] };
      return analyze(message.text, message.url, message.publishedAt);
    },

    async "cs/get-settings"(message, sender) {
      const settings = await state.settings();
      return toContentSettings(settings, await pauseOf(sender.tab?.id, message.url), message.url);
    },

    async "cs/status"(message, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return null;
      await statuses.set(tabId, message.status);
      const paused = await pauseOf(tabId, sender.tab?.url);
      await deps.setBadge(tabId, paused ? "" : badgeText(message.status));
      await deps.broadcast({ type: "bg/status-changed", tabId });
      return null;
    },

    async "ui/get-status"(message) {
      const tab = await deps.tabs.get(message.tabId);
      const blocked = unavailableReason(tab?.url);
      if (blocked) return { kind: "unavailable", code: blocked, reason: blocked };
      const paused = await pauseOf(message.tabId, tab?.url);
      if (paused) return { kind: "paused", scope: paused };
      return (await statuses.get(message.tabId)) ?? { kind: "unavailable", code: "not-run", reason: "not-run" };
    },

    async "ui/reveal"(message) {
      const reply = await deps.tabs.send(message.tabId, { type: "bg/reveal", key: message.key, index: message.index });
      return unwrap(reply) === true;
    },

    async "ui/lookup"(message) {
      const text = message.text.trim().slice(0, 200);
      if (!text) return null;
      const kb = await deps.knowledge.get();
      const found = analyzeText(text, kb).cards.find((c) => c.inDataset);
      if (found) return found;
      const entry = await deps.knowledge.findByName(text);
      if (!entry) return null;
      const mention: Mention = {
        start: 0, end: text.length, text, type: entry.type, entityId: entry.id, name: entry.name, key: entry.id,
        confidence: 1, rule: `alias "${text}"`,
      };
      return buildCards(text, [mention], kb)[0] ?? null;
    },

    async "ui/correct"(message) {
      const tab = await deps.tabs.get(message.tabId);
      const correction = makeCorrection(message.correction, tab?.url, deps.now(), deps.newId());
      const saved = await deps.store.addCorrection(correction);
      if (!saved.ok) throw new Error(saved.error === "quota" ? "quota" : saved.message);
      // The storage change listener (index.ts) refreshes every open tab, this one included.
      state.invalidate("corrections");
      return null;
    },

    async "ui/get-pause"(message) {
      return pauseState(message.tabId);
    },

    async "ui/set-pause"(message) {
      const tab = await deps.tabs.get(message.tabId);
      if (message.scope === "tab") {
        const saved = await deps.store.setTabPaused(message.tabId, message.paused);
        if (!saved.ok) throw new Error(saved.message);
        state.invalidate("pausedTabs");
      } else {
        const host = hostOf(tab?.url);
        if (message.scope === "site" && !host) throw new Error("no-site");
        const settings = await state.settings();
        const next = withChanges(settings, (draft: Settings) => {
          if (message.scope === "everywhere") draft.pause.everywhere = message.paused;
          else {
            draft.pause.sites = draft.pause.sites.filter((s) => !hostMatches(host, s));
            if (message.paused) draft.pause.sites.push(host);
          }
        });
        const saved = await deps.store.saveSettings(next);
        if (!saved.ok) throw new Error(saved.error === "quota" ? "quota" : saved.message);
        state.invalidate("settings");
      }
      if (message.paused) await deps.setBadge(message.tabId, "");
      // Site and global pauses are settings: the storage change listener refreshes every tab.
      if (message.scope === "tab") await refreshTab(deps, message.tabId, tab?.url);
      return pauseState(message.tabId);
    },
  };
}

/** Asks a tab's content script to redo its work with fresh settings; a tab without one is fine. */
export async function refreshTab(deps: BackgroundDeps, tabId: number, url: string | undefined): Promise<void> {
  const settings = await deps.state.settings();
  const paused = pauseScopeFor(settings, url, (await deps.state.pausedTabs()).has(tabId));
  try {
    await deps.tabs.send(tabId, { type: "bg/refresh", settings: toContentSettings(settings, paused, url) });
  } catch {
    // No content script there (browser page, or loaded before Gloss): nothing to refresh.
  }
  if (paused) {
    await deps.setBadge(tabId, "");
  }
}

/** Refreshes every tab a content script may run in (after settings, corrections or data change). */
export async function refreshAllTabs(deps: BackgroundDeps): Promise<void> {
  const tabs = await deps.tabs.contentTabs();
  await Promise.all(tabs.map((t) => refreshTab(deps, t.id, t.url)));
}

function isHandled(type: string): type is HandledType {
  return type.startsWith("cs/") || type.startsWith("ui/");
}

/**
 * Checks the sender and dispatches. Returns undefined for messages that are not for the background
 * (so another listener may answer), a `Result` otherwise. Only this extension may talk to it:
 * `cs/` messages must come from a content script in a tab, `ui/` messages from an extension page.
 */
export function route(handlers: Handlers, raw: unknown, sender: SenderInfo, ownId: string, ownOrigin: string): Promise<Result<unknown>> | undefined {
  if (!isMessage(raw) || !isHandled(raw.type)) return undefined;
  if (sender.id !== ownId) return Promise.resolve({ ok: false, error: "forbidden sender" });
  if (raw.type.startsWith("cs/") && sender.tab?.id === undefined) return Promise.resolve({ ok: false, error: "forbidden sender" });
  if (raw.type.startsWith("ui/") && !(sender.url ?? "").startsWith(ownOrigin)) return Promise.resolve({ ok: false, error: "forbidden sender" });
  const handler = handlers[raw.type] as ((m: Message, s: SenderInfo) => Promise<unknown>) | undefined;
  if (!handler) return Promise.resolve({ ok: false, error: `no handler for ${raw.type}` });
  return handler(raw, sender).then(
    (value) => ({ ok: true as const, value }),
    (err: unknown) => ({ ok: false as const, error: err instanceof Error ? err.message : String(err) }),
  );
}
