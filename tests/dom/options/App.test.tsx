import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("../../../src/shared/browser", async () => (await import("../popup/locale")).browserMock);

import { render } from "preact";
import { act } from "preact/test-utils";
import type { Correction } from "../../../src/shared/corrections";
import { defaultSettings, type Settings } from "../../../src/shared/settings";
import type { SaveResult } from "../../../src/shared/storage";
import type { StoredUserDataset } from "../../../src/shared/user-dataset";
import type { OptionsApi } from "../../../src/options/api";
import { App, parseHostList } from "../../../src/options/App";

const ENTRY = { id: "acme:1", type: "organization", name: "Acme", aliases: ["ACME"], description: "A company.", facts: [], source: "Acme", asOf: "2024" };

function fakeApi() {
  const stored: { settings: Settings; dataset: StoredUserDataset | null; corrections: Correction[]; downloads: [string, string][] } = {
    settings: defaultSettings(),
    dataset: { version: 1, entries: [ENTRY as StoredUserDataset["entries"][number]], importedAt: "2024-01-01" },
    corrections: [
      { id: "c1", kind: "hide", key: "Q212", name: "Ukraine", site: "news.example", createdAt: "t" },
      { id: "c2", kind: "wrong-entity", entityId: "Q230", form: "georgia", name: "Georgia", createdAt: "t" },
    ],
    downloads: [],
  };
  let saveResult: SaveResult = { ok: true };
  const api: OptionsApi = {
    loadSettings: async () => structuredClone(stored.settings),
    saveSettings: vi.fn(async (s: Settings) => {
      if (saveResult.ok) stored.settings = structuredClone(s);
      return saveResult;
    }),
    resetSettings: async () => {
      stored.settings = defaultSettings();
    },
    loadUserDataset: async () => structuredClone(stored.dataset),
    saveUserDataset: vi.fn(async (d: StoredUserDataset) => {
      if (saveResult.ok) stored.dataset = structuredClone(d);
      return saveResult;
    }),
    deleteUserDataset: async () => {
      stored.dataset = null;
    },
    loadCorrections: async () => structuredClone(stored.corrections),
    removeCorrection: async (id) => {
      stored.corrections = stored.corrections.filter((c) => c.id !== id);
      return { ok: true };
    },
    clearCorrections: async () => {
      stored.corrections = [];
    },
    download: (name, text) => {
      stored.downloads.push([name, text]);
    },
    now: () => new Date("2026-02-03T04:05:06Z"),
    onStoredChange: () => () => undefined,
  };
  return { api, stored, failSaves: (r: SaveResult) => (saveResult = r) };
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement("div");
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const tick = () => act(async () => {
  await new Promise((r) => setTimeout(r, 0));
});
async function mount(api: OptionsApi) {
  await act(async () => {
    render(<App api={api} />, root);
  });
  await tick();
  await tick();
}
const $ = <T extends HTMLElement = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
async function change(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string | boolean, event = "change") {
  await act(async () => {
    if (typeof value === "boolean") (el as HTMLInputElement).checked = value;
    else el.value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
  await tick();
}
async function click(el: HTMLElement) {
  await act(async () => {
    el.click();
  });
  await tick();
  await tick();
}

describe("options: settings", () => {
  it("saves each change at once: type, density, colour, style, delay, modifier, mode, sites", async () => {
    const { api, stored } = fakeApi();
    await mount(api);
    await change($<HTMLInputElement>("#type-event"), false);
    await change($<HTMLSelectElement>("#density-person"), "first");
    await change($<HTMLInputElement>("#color-place"), "#123456");
    await change($<HTMLSelectElement>("#highlight-style"), "both");
    await change($<HTMLInputElement>("#hover-delay"), "1500");
    await change($<HTMLSelectElement>("#hover-modifier"), "shift");
    await change($<HTMLInputElement>("#mode-everywhere"), true);
    await change($<HTMLTextAreaElement>("#sites-never"), "https://Bad.example/page\nworse.example\n\n");
    const s = stored.settings;
    expect(s.types.event).toBe(false);
    expect(s.density.person).toBe("first");
    expect(s.highlight.colors.place).toBe("#123456");
    expect(s.highlight.style).toBe("both");
    expect(s.hover).toEqual({ delayMs: 1500, modifier: "shift" });
    expect(s.mode).toBe("everywhere");
    expect(s.sites.never).toEqual(["bad.example", "worse.example"]);
    expect($("#save-status").textContent).toBe("Saved.");
  });

  it("refuses a hover delay outside 0–2000 ms and keeps the stored one", async () => {
    const { api, stored } = fakeApi();
    await mount(api);
    await change($<HTMLInputElement>("#hover-delay"), "2500");
    expect(stored.settings.hover.delayMs).toBe(500);
    expect($("#save-status").textContent).toContain("from 0 to 2000");
  });

  it("reports a full quota when settings cannot be saved", async () => {
    const { api, failSaves } = fakeApi();
    await mount(api);
    failSaves({ ok: false, error: "quota", message: "QUOTA_BYTES_PER_ITEM quota exceeded" });
    await change($<HTMLInputElement>("#type-person"), false);
    expect($("#save-status").textContent).toContain("storage for Gloss is full");
  });

  it("resets settings to defaults and keeps the reader's data", async () => {
    const { api, stored } = fakeApi();
    await mount(api);
    await change($<HTMLInputElement>("#hover-delay"), "0");
    expect(stored.settings.hover.delayMs).toBe(0);
    await click($("#reset"));
    expect(stored.settings).toEqual(defaultSettings());
    expect(($<HTMLInputElement>("#hover-delay")).value).toBe("500");
    expect(stored.dataset?.entries).toHaveLength(1);
    expect(stored.corrections).toHaveLength(2);
  });

  it("reads host lists one per line or comma, dropping what is not a host", () => {
    expect(parseHostList("a.example, B.example\nnot a host\n\na.example")).toEqual({ hosts: ["a.example", "b.example"], rejected: ["not a host"] });
  });
});

describe("options: the reader's data", () => {
  it("imports a valid pasted dataset, merged with the earlier one", async () => {
    const { api, stored } = fakeApi();
    await mount(api);
    expect($("#dataset-count").textContent).toBe("Your own dataset: 1 entries.");
    const csv = "id,type,name,description,source,asOf\nacme:2,person,Jane Roe,Editor of Acme,Acme,2024\nacme:1,organization,Acme Corp,Renamed,Acme,2025";
    await change($<HTMLTextAreaElement>("#import-text"), csv, "input");
    await click($("#import-pasted"));
    expect($("#import-ok").textContent).toBe("Imported: 1 new entries, 1 replaced.");
    expect(stored.dataset?.entries.map((e) => e.name)).toEqual(["Acme Corp", "Jane Roe"]);
    expect(stored.dataset?.importedAt).toBe("2026-02-03T04:05:06.000Z");
  });

  it("rejects a malformed import whole, lists each bad row with its line, and changes nothing", async () => {
    const { api, stored } = fakeApi();
    await mount(api);
    const before = structuredClone(stored.dataset);
    const csv = "id,type,name,description,source,asOf\nacme:2,person,Jane Roe,Editor,Acme,2024\nacme:3,robot,R2,A robot,Acme,2024\nacme:4,person,,No name,Acme,someday";
    await change($<HTMLTextAreaElement>("#import-text"), csv, "input");
    await click($("#import-pasted"));
    const items = Array.from(root.querySelectorAll("#import-errors li")).map((li) => li.textContent);
    expect(items[0]).toMatch(/^Line 3: "type"/);
    expect(items.filter((t) => t?.startsWith("Line 4:"))).toHaveLength(2);
    expect($("#import-errors").textContent).toContain("Nothing was imported: 3 problems");
    expect(api.saveUserDataset).not.toHaveBeenCalled();
    expect(stored.dataset).toEqual(before);
  });

  it("exports settings, entries and corrections in a file that imports back", async () => {
    const { api, stored } = fakeApi();
    await mount(api);
    await click($("#export"));
    const [name, text] = stored.downloads[0]!;
    expect(name).toBe("gloss-data.json");
    const data = JSON.parse(text);
    expect(data.entries).toHaveLength(1);
    expect(data.corrections).toHaveLength(2);
    expect(data.settings.version).toBe(2);
    const { parseUserDataset } = await import("../../../src/shared/user-dataset");
    expect(parseUserDataset(name, text).ok).toBe(true);
  });

  it("lists corrections in words, removes one, deletes all, and deletes the dataset", async () => {
    const { api, stored } = fakeApi();
    await mount(api);
    const items = Array.from(root.querySelectorAll("#corrections li span")).map((s) => s.textContent);
    expect(items).toEqual(["Don't highlight Ukraine on news.example", "“georgia” is not Georgia"]);
    await click(root.querySelector<HTMLElement>(".remove-correction")!);
    expect(stored.corrections.map((c) => c.id)).toEqual(["c2"]);
    await click($("#delete-corrections"));
    expect(stored.corrections).toEqual([]);
    expect($("#corrections-empty")).not.toBeNull();
    await click($("#delete-dataset"));
    expect(stored.dataset).toBeNull();
    expect($("#dataset-count").textContent).toBe("Your own dataset: 0 entries.");
  });
});
