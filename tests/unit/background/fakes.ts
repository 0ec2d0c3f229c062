/**
 * Test doubles for the background: storage areas in memory, a recording browser, and a tiny
 * dataset. The recognizer is replaced by a plain alias search (see handlers.test.ts) so these
 * tests pin the background's own behaviour, not recognition quality.
 */
import type { CompiledDataset, Entry } from "../../../src/core/dataset/schema";
import { createKnowledge } from "../../../src/background/knowledge";
import { type BackgroundDeps, createHandlers, type TabInfo } from "../../../src/background/handlers";
import { createStatusStore, createStoredState } from "../../../src/background/state";
import type { Message } from "../../../src/shared/messages";
import { createStore, type StorageAreaLike } from "../../../src/shared/storage";

export function memoryArea(): StorageAreaLike & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(keys) {
      const out: Record<string, unknown> = {};
      if (keys === null) for (const [k, v] of data) out[k] = structuredClone(v);
      else for (const k of Array.isArray(keys) ? keys : [keys]) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
}

export function entry(id: string, type: Entry["type"], name: string, aliases: string[] = []): Entry {
  return { id, type, name, aliases, description: `${name}, a test entry.`, facts: [], source: "Test source", asOf: "2024" };
}

export const BUNDLED: CompiledDataset = {
  version: 1,
  builtAt: "2024-01-01",
  entries: [
    entry("Q212", "place", "Ukraine"),
    entry("Q159", "place", "Russia"),
    entry("Q6279", "person", "Joe Biden", ["Biden"]),
    entry("Q230", "place", "Georgia"),
  ],
};

export function makeBackground(tabs: Record<number, string>) {
  const sync = memoryArea();
  const local = memoryArea();
  const session = memoryArea();
  const store = createStore({ sync, local, session });
  const sent: { tabId: number; message: Message }[] = [];
  const badges = new Map<number, string>();
  const broadcasts: Message[] = [];
  let parses = 0;
  let tabReply: (message: Message) => unknown = () => ({ ok: true, value: true });
  const deps: BackgroundDeps = {
    knowledge: createKnowledge(() => {
      parses++;
      return JSON.stringify(BUNDLED);
    }, () => store.loadUserDataset()),
    store,
    state: createStoredState(store),
    statuses: createStatusStore(session),
    tabs: {
      async get(tabId) {
        return tabs[tabId] === undefined ? undefined : { id: tabId, url: tabs[tabId] };
      },
      async send(tabId, message) {
        sent.push({ tabId, message });
        return tabReply(message);
      },
      async contentTabs(): Promise<TabInfo[]> {
        return Object.entries(tabs).map(([id, url]) => ({ id: Number(id), url }));
      },
    },
    async setBadge(tabId, text) {
      badges.set(tabId, text);
    },
    async broadcast(message) {
      broadcasts.push(message);
    },
    now: () => new Date("2026-01-01T00:00:00Z"),
    newId: (() => {
      let n = 0;
      return () => `id${++n}`;
    })(),
  };
  return {
    deps, handlers: createHandlers(deps), store, sync, local, session, sent, badges, broadcasts,
    parses: () => parses,
    replyFromTab(fn: (message: Message) => unknown) {
      tabReply = fn;
    },
  };
}
