import { describe, expect, it, vi } from "vitest";

// The polyfill refuses to load outside an extension; these tests pass their own storage areas.
vi.mock("../../../src/shared/browser", () => ({ default: {} }));

import { createStore, isQuotaError, type StorageAreaLike } from "../../../src/shared/storage";
import { defaultSettings } from "../../../src/shared/settings";

/** An in-memory storage area that can be told to fail like a full quota does. */
function fakeArea(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(structuredClone(initial)));
  let failWith: Error | undefined;
  const area: StorageAreaLike & { data: Map<string, unknown>; fail(err?: Error): void } = {
    data,
    fail(err) {
      failWith = err;
    },
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const k of Array.isArray(keys) ? keys : [keys]) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items) {
      if (failWith) throw failWith;
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
  return area;
}

describe("store", () => {
  it("migrates old settings on read and writes the migrated object back", async () => {
    const sync = fakeArea({ settings: { version: 1, hoverDelay: 900 } });
    const store = createStore({ sync, local: fakeArea(), session: fakeArea() });
    const { settings } = await store.loadSettings();
    expect(settings.hover.delayMs).toBe(900);
    expect(sync.data.get("settings")).toEqual(settings);
  });

  it("reports a full quota instead of losing the write silently", async () => {
    const local = fakeArea();
    const store = createStore({ sync: fakeArea(), local, session: fakeArea() });
    local.fail(new Error("QUOTA_BYTES quota exceeded"));
    const saved = await store.saveUserDataset({ version: 1, entries: [], importedAt: "2024-01-01" });
    expect(saved).toEqual({ ok: false, error: "quota", message: "QUOTA_BYTES quota exceeded" });
    local.fail(new Error("disk on fire"));
    expect(await store.addCorrection({ id: "1", kind: "hide", key: "Q1", name: "X", createdAt: "" })).toMatchObject({ ok: false, error: "failed" });
    expect(isQuotaError(Object.assign(new Error("x"), { name: "QuotaExceededError" }))).toBe(true);
  });

  it("keeps earlier corrections when one stored item is damaged", async () => {
    const local = fakeArea({ corrections: [{ id: "1", kind: "hide", key: "Q1", name: "X", createdAt: "t" }, { broken: true }] });
    const store = createStore({ sync: fakeArea(), local, session: fakeArea() });
    await store.addCorrection({ id: "2", kind: "hide", key: "Q2", name: "Y", createdAt: "t" });
    expect((await store.loadCorrections()).map((c) => c.id)).toEqual(["1", "2"]);
    await store.removeCorrection("1");
    expect((await store.loadCorrections()).map((c) => c.id)).toEqual(["2"]);
  });

  it("does not store the same correction twice", async () => {
    const store = createStore({ sync: fakeArea(), local: fakeArea(), session: fakeArea() });
    await store.addCorrection({ id: "1", kind: "hide", key: "Q1", name: "X", createdAt: "t" });
    await store.addCorrection({ id: "2", kind: "hide", key: "Q1", name: "X", createdAt: "u" });
    expect(await store.loadCorrections()).toHaveLength(1);
  });

  it("pauses and resumes tabs in session storage, or in memory without it", async () => {
    for (const session of [fakeArea(), undefined]) {
      const store = createStore({ sync: fakeArea(), local: fakeArea(), session });
      await store.setTabPaused(7, true);
      await store.setTabPaused(9, true);
      await store.setTabPaused(7, false);
      expect(await store.loadPausedTabs()).toEqual([9]);
      await store.setTabPaused(9, false);
    }
  });

  it("falls back to defaults when storage.sync cannot be read", async () => {
    const sync = fakeArea();
    sync.get = async () => {
      throw new Error("sync disabled by policy");
    };
    const store = createStore({ sync, local: fakeArea(), session: fakeArea() });
    expect((await store.loadSettings()).settings).toEqual(defaultSettings());
  });
});
