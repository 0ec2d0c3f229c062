import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("../../../src/shared/browser", () => ({ default: {} }));
// Recognition is another module's subject: a plain search for each entry's name and aliases
// stands in, so these tests see exactly which mentions the background received and changed.
vi.mock("../../../src/core/analyze", async () => {
  const { buildCards } = await import("../../../src/core/cards");
  return {
    analyzeText(text: string, kb: import("../../../src/core/dataset/kb").KnowledgeBase) {
      const mentions: import("../../../src/core/types").Mention[] = [];
      for (const e of kb.entries()) {
        for (const alias of [e.name, ...e.aliases]) {
          for (const m of text.matchAll(new RegExp(`\\b${alias}\\b`, "g"))) {
            mentions.push({ start: m.index!, end: m.index! + alias.length, text: alias, type: e.type, entityId: e.id, name: e.name, key: e.id, confidence: 0.9, rule: `alias "${alias}"` });
          }
        }
      }
      for (const m of text.matchAll(/\$50 billion/g)) {
        mentions.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], type: "money", entityId: null, name: null, key: "fig:money:5e10", value: 5e10, unit: "USD", confidence: 0.95, rule: "money: $ + billion" });
      }
      const kept = mentions.sort((a, b) => a.start - b.start || b.end - a.end).filter((m, i, all) => !all.slice(0, i).some((o) => o.end > m.start));
      return { mentions: kept, cards: buildCards(text, kept, kb) };
    },
  };
});

import { badgeText, route } from "../../../src/background/handlers";
import type { PageStatus } from "../../../src/shared/messages";
import { makeBackground } from "./fakes";

const ID = "gloss-test-id";
const ORIGIN = "chrome-extension://gloss-test-id/";
const PAGE = "https://news.example/2024/story";
const TEXT = "Joe Biden said Ukraine will get a $50 billion loan. Biden also spoke of Georgia and Russia. Ukraine welcomed it.";
const content = { id: ID, url: PAGE, tab: { id: 1, url: PAGE } };
const popup = { id: ID, url: `${ORIGIN}popup.html` };

let bg: ReturnType<typeof makeBackground>;
beforeEach(() => {
  bg = makeBackground({ 1: PAGE, 2: "https://other.example/", 3: "chrome://settings/", 4: "https://files.example/report.pdf", 5: "https://chromewebstore.google.com/detail/x" });
});

async function call(message: unknown, sender: object = content) {
  return route(bg.handlers, message, sender, ID, ORIGIN);
}

async function analyze(url = PAGE, tabId = 1) {
  const reply = await call({ type: "cs/analyze", text: TEXT, url }, { id: ID, url, tab: { id: tabId, url } });
  if (!reply?.ok) throw new Error(JSON.stringify(reply));
  return reply.value as { mentions: { key: string; text: string; entityId: string | null }[]; cards: { key: string; name: string; inDataset: boolean }[] };
}

describe("routing and sender checks", () => {
  it("answers only our own extension: other senders are refused before any handler runs", async () => {
    expect(await call({ type: "ui/get-status", tabId: 1 }, { id: "someone-else", url: "chrome-extension://someone-else/x.html" })).toEqual({ ok: false, error: "forbidden sender" });
    expect(await call({ type: "cs/analyze", text: "x", url: PAGE }, { id: ID, url: `${ORIGIN}popup.html` })).toEqual({ ok: false, error: "forbidden sender" });
    // A content script (in a web page) cannot use the popup's messages.
    expect(await call({ type: "ui/set-pause", tabId: 1, scope: "everywhere", paused: true })).toEqual({ ok: false, error: "forbidden sender" });
    expect((await bg.store.loadSettings()).settings.pause.everywhere).toBe(false);
  });

  it("ignores what is not a background message, so other listeners may answer", async () => {
    expect(await call({ type: "bg/refresh" })).toBeUndefined();
    expect(await call("hello")).toBeUndefined();
    expect(await call({ type: 42 })).toBeUndefined();
  });

  it("reports an unknown type and a failing handler as error Results", async () => {
    expect(await call({ type: "cs/teleport" })).toEqual({ ok: false, error: "no handler for cs/teleport" });
    bg.replyFromTab(() => ({ ok: false, error: "no such mention" }));
    expect(await call({ type: "ui/reveal", tabId: 1, key: "Q212", index: 9 }, popup)).toEqual({ ok: false, error: "no such mention" });
  });
});

describe("cs/analyze", () => {
  it("recognizes with the bundled dataset, parsed once for many requests", async () => {
    const first = await analyze();
    await analyze();
    expect(first.cards.map((c) => c.name)).toEqual(expect.arrayContaining(["Joe Biden", "Ukraine", "Russia", "Georgia"]));
    expect(bg.parses()).toBe(1);
  });

  it("merges the reader's imported entries into the knowledge base", async () => {
    await bg.store.saveUserDataset({ version: 1, entries: [{ id: "acme:loan", type: "event", name: "Loan", aliases: ["loan"], description: "A test.", facts: [], source: "Mine", asOf: "2024" }], importedAt: "" });
    bg.deps.knowledge.invalidate();
    const { cards } = await analyze();
    expect(cards.find((c) => c.key === "acme:loan")?.inDataset).toBe(true);
    expect(bg.parses()).toBe(1);
  });

  it("applies a 'don't highlight here' correction on that site only", async () => {
    expect((await call({ type: "ui/correct", tabId: 1, correction: { kind: "hide", key: "Q212", name: "Ukraine", scope: "site" } }, popup))?.ok).toBe(true);
    expect((await analyze()).mentions.some((m) => m.key === "Q212")).toBe(false);
    expect((await analyze("https://other.example/", 2)).mentions.some((m) => m.key === "Q212")).toBe(true);
  });

  it("applies a 'wrong entity' correction: the mention stays, unlinked", async () => {
    await call({ type: "ui/correct", tabId: 1, correction: { kind: "wrong-entity", entityId: "Q230", form: "Georgia", name: "Georgia" } }, popup);
    const { mentions, cards } = await analyze("https://other.example/", 2);
    const georgia = mentions.find((m) => m.text === "Georgia")!;
    expect(georgia.entityId).toBeNull();
    expect(cards.find((c) => c.key === "local:Georgia")?.inDataset).toBe(false);
  });

  it("reports a full quota when a correction cannot be stored, and keeps the earlier ones", async () => {
    await call({ type: "ui/correct", tabId: 1, correction: { kind: "hide", key: "Q159", name: "Russia", scope: "everywhere" } }, popup);
    bg.local.set = async () => {
      throw new Error("QUOTA_BYTES quota exceeded");
    };
    expect(await call({ type: "ui/correct", tabId: 1, correction: { kind: "hide", key: "Q212", name: "Ukraine", scope: "everywhere" } }, popup)).toEqual({ ok: false, error: "quota" });
    const { mentions } = await analyze();
    expect(mentions.some((m) => m.key === "Q159")).toBe(false);
    expect(mentions.some((m) => m.key === "Q212")).toBe(true);
  });

  it("leaves out types the reader turned off", async () => {
    const { settings } = await bg.store.loadSettings();
    await bg.store.saveSettings({ ...settings, types: { ...settings.types, figure: false, person: false } });
    bg.deps.state.invalidate("settings");
    const { mentions, cards } = await analyze();
    expect(mentions.some((m) => m.key.startsWith("fig:") || m.key === "Q6279")).toBe(false);
    expect(cards.some((c) => c.key === "Q6279")).toBe(false);
    expect(cards.some((c) => c.key === "Q212")).toBe(true);
  });

  it("returns nothing for a paused tab", async () => {
    await call({ type: "ui/set-pause", tabId: 1, scope: "tab", paused: true }, popup);
    expect(await analyze()).toEqual({ mentions: [], cards: [] });
    expect((await analyze("https://other.example/", 2)).mentions.length).toBeGreaterThan(0);
  });
});

describe("status, badge and pauses", () => {
  const ready: PageStatus = {
    kind: "ready", mentions: 3, mentionList: [], detection: { isArticle: true, score: 1, reasons: [] },
    cards: [
      { key: "Q212", type: "place", name: "Ukraine", description: "", inDataset: true, facts: [], context: [], mentions: 2, firstStart: 0, forms: [], salience: 2 },
      { key: "Q1", type: "person", name: "A", description: "", inDataset: true, facts: [], context: [], mentions: 1, firstStart: 9, forms: [], salience: 1 },
      { key: "fig:money:1", type: "money", name: "$1", description: "", inDataset: false, facts: [], context: [], mentions: 1, firstStart: 5, forms: [], salience: 1 },
    ],
  };

  it("counts entities (not figures) on the badge, stores the status and tells the popup", async () => {
    expect(badgeText(ready)).toBe("2");
    expect(badgeText({ kind: "paused" })).toBe("");
    await call({ type: "cs/status", status: ready });
    expect(bg.badges.get(1)).toBe("2");
    expect(bg.broadcasts).toEqual([{ type: "bg/status-changed", tabId: 1 }]);
    expect(await call({ type: "ui/get-status", tabId: 1 }, popup)).toEqual({ ok: true, value: ready });
  });

  it("keeps statuses in session storage, so a restarted worker still knows them", async () => {
    await call({ type: "cs/status", status: ready });
    expect([...bg.session.data.keys()]).toContain("status:1");
  });

  it("says why a tab cannot be read, or that Gloss has not run there", async () => {
    const status = async (tabId: number) => ((await call({ type: "ui/get-status", tabId }, popup)) as { value: PageStatus }).value;
    expect(await status(3)).toMatchObject({ kind: "unavailable", code: "restricted" });
    expect(await status(4)).toMatchObject({ kind: "unavailable", code: "pdf" });
    expect(await status(5)).toMatchObject({ kind: "unavailable", code: "store" });
    expect(await status(99)).toMatchObject({ kind: "unavailable", code: "restricted" });
    expect(await status(2)).toMatchObject({ kind: "unavailable", code: "not-run" });
  });

  it("pauses a tab: badge emptied, content told to stand down, popup told the pause", async () => {
    await call({ type: "cs/status", status: ready });
    const reply = await call({ type: "ui/set-pause", tabId: 1, scope: "tab", paused: true }, popup);
    expect(reply).toEqual({ ok: true, value: { tab: true, site: false, everywhere: false, host: "news.example" } });
    expect(bg.badges.get(1)).toBe("");
    const refresh = bg.sent.find((s) => s.tabId === 1 && s.message.type === "bg/refresh")!;
    expect(refresh.message).toMatchObject({ settings: { enabled: false } });
    expect(await call({ type: "ui/get-status", tabId: 1 }, popup)).toEqual({ ok: true, value: { kind: "paused", scope: "tab" } });
    // A status reported while paused leaves the badge empty.
    await call({ type: "cs/status", status: ready });
    expect(bg.badges.get(1)).toBe("");
    await call({ type: "ui/set-pause", tabId: 1, scope: "tab", paused: false }, popup);
    expect((await call({ type: "ui/get-pause", tabId: 1 }, popup))).toMatchObject({ value: { tab: false } });
  });

  it("pauses a site and everywhere through the synced settings", async () => {
    await call({ type: "ui/set-pause", tabId: 1, scope: "site", paused: true }, popup);
    expect((await bg.store.loadSettings()).settings.pause.sites).toEqual(["news.example"]);
    expect(await call({ type: "cs/get-settings", url: PAGE })).toMatchObject({ value: { enabled: false } });
    await call({ type: "ui/set-pause", tabId: 1, scope: "site", paused: false }, popup);
    await call({ type: "ui/set-pause", tabId: 1, scope: "everywhere", paused: true }, popup);
    const state = await call({ type: "ui/get-pause", tabId: 2 }, popup);
    expect(state).toEqual({ ok: true, value: { tab: false, site: false, everywhere: true, host: "other.example" } });
  });

  it("refuses a site pause on a page without a site", async () => {
    bg = makeBackground({ 1: "file:///home/me/a.html" });
    expect(await call({ type: "ui/set-pause", tabId: 1, scope: "site", paused: true }, popup)).toEqual({ ok: false, error: "no-site" });
  });
});

describe("reveal, lookup and content settings", () => {
  it("forwards a reveal to the tab's content script", async () => {
    expect(await call({ type: "ui/reveal", tabId: 1, key: "Q212", index: 1 }, popup)).toEqual({ ok: true, value: true });
    expect(bg.sent).toEqual([{ tabId: 1, message: { type: "bg/reveal", key: "Q212", index: 1 } }]);
  });

  it("looks up a selection by name or alias, whatever its case, or says null", async () => {
    const found = await call({ type: "ui/lookup", text: "  biden " }, popup);
    expect(found).toMatchObject({ ok: true, value: { key: "Q6279", name: "Joe Biden", inDataset: true } });
    expect(await call({ type: "ui/lookup", text: "Atlantis" }, popup)).toEqual({ ok: true, value: null });
    expect(await call({ type: "ui/lookup", text: "   " }, popup)).toEqual({ ok: true, value: null });
  });

  it("gives the content script its settings: delay, modifier, density, colours, every-page", async () => {
    const { settings } = await bg.store.loadSettings();
    await bg.store.saveSettings({
      ...settings, hover: { delayMs: 1200, modifier: "alt" }, density: { ...settings.density, person: "first" },
      types: { ...settings.types, event: false }, sites: { always: ["news.example"], never: [] },
    });
    bg.deps.state.invalidate();
    const reply = await call({ type: "cs/get-settings", url: PAGE });
    expect(reply).toMatchObject({
      ok: true,
      value: {
        enabled: true, hoverDelayMs: 1200, modifierKey: "Alt", runOnEveryPage: true,
        density: { person: "first", nationality: "all", event: "none", money: "all", number: "none" },
        colors: { person: settings.highlight.colors.person },
      },
    });
  });
});
