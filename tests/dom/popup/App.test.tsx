import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("../../../src/shared/browser", async () => (await import("./locale")).browserMock);

import { render } from "preact";
import { act } from "preact/test-utils";
import type { Card } from "../../../src/core/types";
import type { PageStatus, PauseState } from "../../../src/shared/messages";
import type { PopupApi } from "../../../src/popup/api";
import { App } from "../../../src/popup/App";

function card(key: string, type: Card["type"], name: string, mentions: number, firstStart: number, extra: Partial<Card> = {}): Card {
  return { key, type, name, description: `${name} description`, inDataset: true, facts: [], context: [], mentions, firstStart, forms: [name], salience: mentions, ...extra };
}

const READY: PageStatus = {
  kind: "ready",
  mentions: 9,
  detection: { isArticle: true, score: 1, reasons: ["JSON-LD NewsArticle"], lang: "en" },
  cards: [
    card("Q212", "place", "Ukraine", 3, 40),
    card("Q6279", "person", "Joe Biden", 3, 10, { facts: [{ label: "Office then", value: "President of the United States (2021–2025)", source: "Wikidata", asOf: "2024-06" }], source: "Wikidata", asOf: "2024-06" }),
    card("Q3", "person", "Volodymyr Zelenskyy", 2, 30),
    card("fig:money:5e10", "money", "$50 billion", 1, 300, { inDataset: false, description: "", context: ["about 0.2% of US GDP (2023, World Bank)"] }),
    card("fig:date:2024-06-13", "date", "Thursday", 1, 100, { inDataset: false, description: "", context: ["Thursday 13 June 2024"] }),
    card("Q1", "organization", "Group of Seven", 1, 200),
  ],
  mentionList: [
    { key: "Q6279", start: 10, end: 19, text: "Joe Biden", rule: 'alias "Joe Biden"', confidence: 0.95 },
    { key: "Q6279", start: 120, end: 125, text: "Biden", rule: 'surname of "Joe Biden"', confidence: 0.8 },
    { key: "Q6279", start: 220, end: 225, text: "Biden", rule: 'surname of "Joe Biden"', confidence: 0.8 },
  ],
};

const NOT_PAUSED: PauseState = { tab: false, site: false, everywhere: false, host: "news.example" };

function fakeApi(status: PageStatus, overrides: Partial<PopupApi> = {}) {
  const calls: string[] = [];
  let listener: ((tabId: number) => void) | undefined;
  const api: PopupApi = {
    getStatus: vi.fn(async () => status),
    getPause: vi.fn(async () => NOT_PAUSED),
    setPause: vi.fn(async (_tab, scope, paused) => ({ ...NOT_PAUSED, [scope]: paused })),
    reveal: vi.fn(async (_tab, key, index) => {
      calls.push(`reveal ${key} ${index}`);
      return true;
    }),
    correct: vi.fn(async () => undefined),
    lookup: vi.fn(async () => null),
    copy: vi.fn(async () => undefined),
    openOptions: vi.fn(),
    onStatusChanged: (l) => {
      listener = l;
      return () => (listener = undefined);
    },
    ...overrides,
  };
  return { api, calls, notify: (tabId: number) => listener?.(tabId) };
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

async function mount(api: PopupApi, props: { tabId?: number; lookup?: string } = { tabId: 7 }) {
  await act(async () => {
    render(<App api={api} tabId={props.tabId} lookup={props.lookup} />, root);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

const $ = (sel: string) => root.querySelector<HTMLElement>(sel);
const $$ = (sel: string) => Array.from(root.querySelectorAll<HTMLElement>(sel));
const text = (sel: string) => $$(sel).map((e) => e.textContent?.trim());

async function click(el: HTMLElement | null) {
  await act(async () => {
    el!.click();
    await new Promise((r) => setTimeout(r, 0));
  });
}

describe("popup list", () => {
  it("groups cards in order People, Places, Organizations, Events, Figures, with counts", async () => {
    await mount(fakeApi(READY).api);
    expect($$(".group").map((g) => g.dataset.group)).toEqual(["people", "places", "organizations", "figures"]);
    expect(text(".group h2")).toEqual(["People 2", "Places 1", "Organizations 1", "Figures 2"]);
    expect($("#summary")?.textContent).toBe("4 names, 2 figures");
  });

  it("sorts names by mentions then first position, and figures in reading order with their context line", async () => {
    await mount(fakeApi(READY).api);
    expect(text('[data-group="people"] .card-name')).toEqual(["Joe Biden", "Volodymyr Zelenskyy"]);
    expect(text('[data-group="figures"] .card-name')).toEqual(["Thursday", "$50 billion"]);
    expect(text('[data-group="figures"] .card-line')).toEqual(["Thursday 13 June 2024", "about 0.2% of US GDP (2023, World Bank)"]);
  });

  it("filters by name, description or context, and says when nothing matches", async () => {
    await mount(fakeApi(READY).api);
    const input = $("#filter") as HTMLInputElement;
    await act(async () => {
      input.value = "zel";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    expect(text(".card-name")).toEqual(["Volodymyr Zelenskyy"]);
    await act(async () => {
      input.value = "gdp";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    expect(text(".card-name")).toEqual(["$50 billion"]);
    await act(async () => {
      input.value = "nothing like this";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    expect($("#filter-empty")).not.toBeNull();
  });

  it("opens a card and jumps to its first mention, then steps through mentions both ways", async () => {
    const { api, calls } = fakeApi(READY);
    await mount(api);
    const head = $('[data-key="Q6279"] .card-head')!;
    await click(head);
    expect(head.getAttribute("aria-expanded")).toBe("true");
    expect($('[data-key="Q6279"] .nav-position')?.textContent).toBe("Mention 1 of 3");
    await click($('[data-key="Q6279"] .nav-next'));
    await click($('[data-key="Q6279"] .nav-next'));
    await click($('[data-key="Q6279"] .nav-next'));
    await click($('[data-key="Q6279"] .nav-prev'));
    expect(calls).toEqual(["reveal Q6279 0", "reveal Q6279 1", "reveal Q6279 2", "reveal Q6279 0", "reveal Q6279 2"]);
    expect($('[data-key="Q6279"] .nav-position')?.textContent).toBe("Mention 3 of 3");
  });

  it("explains why the current mention is highlighted: its rule and how sure Gloss is", async () => {
    await mount(fakeApi(READY).api);
    await click($('[data-key="Q6279"] .card-head'));
    await click($('[data-key="Q6279"] .nav-next'));
    await click($('[data-key="Q6279"] .why-toggle'));
    expect($('[data-key="Q6279"] .why')?.textContent).toBe("“Biden” matched by surname of \"Joe Biden\"; Gloss is 80% sure.");
  });

  it("copies a card as text with its facts' sources", async () => {
    const { api } = fakeApi(READY);
    await mount(api);
    await click($('[data-key="Q6279"] .card-head'));
    await click($('[data-key="Q6279"] .action-copy'));
    expect(api.copy).toHaveBeenCalledWith("Joe Biden\nJoe Biden description\nOffice then: President of the United States (2021–2025) (Wikidata, 2024-06)\nWikidata, 2024-06");
    expect($('[data-key="Q6279"] .card-note')?.textContent).toBe("Copied.");
  });

  it("sends corrections: wrong entity with the mention's words, and hide here or everywhere", async () => {
    const { api } = fakeApi(READY);
    await mount(api);
    await click($('[data-key="Q6279"] .card-head'));
    await click($('[data-key="Q6279"] .action-wrong'));
    await click($('[data-key="Q6279"] .action-hide-site'));
    await click($('[data-key="Q6279"] .action-hide-all'));
    expect(vi.mocked(api.correct).mock.calls).toEqual([
      [7, { kind: "wrong-entity", entityId: "Q6279", form: "Joe Biden", name: "Joe Biden" }],
      [7, { kind: "hide", key: "Q6279", name: "Joe Biden", scope: "site" }],
      [7, { kind: "hide", key: "Q6279", name: "Joe Biden", scope: "everywhere" }],
    ]);
    // Figures are not dataset entries: no "wrong entity" on them.
    await click($('[data-key="fig:money:5e10"] .card-head'));
    expect($('[data-key="fig:money:5e10"] .action-wrong')).toBeNull();
  });

  it("reports a full storage quota when a correction cannot be saved", async () => {
    const { api } = fakeApi(READY, { correct: vi.fn(async () => { throw new Error("quota"); }) });
    await mount(api);
    await click($('[data-key="Q212"] .card-head'));
    await click($('[data-key="Q212"] .action-hide-all'));
    expect($('[data-key="Q212"] .card-note')?.textContent).toContain("storage for Gloss is full");
  });

  it("moves between cards with the arrow keys", async () => {
    await mount(fakeApi(READY).api);
    const heads = $$("[data-card-button]");
    heads[0]!.focus();
    await act(async () => {
      heads[0]!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
    });
    expect(document.activeElement).toBe(heads[1]);
    await act(async () => {
      heads[1]!.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
    });
    expect(document.activeElement).toBe(heads[heads.length - 1]);
  });

  it("re-reads the status when the background says this tab changed", async () => {
    const { api, notify } = fakeApi(READY);
    await mount(api);
    expect(api.getStatus).toHaveBeenCalledTimes(1);
    await act(async () => {
      notify(8);
      notify(7);
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(api.getStatus).toHaveBeenCalledTimes(2);
  });
});

describe("popup pause switches", () => {
  it("turns a pause on for the tab, the site (named) and everywhere", async () => {
    const { api } = fakeApi(READY);
    await mount(api);
    expect(text(".switch span")).toEqual(["On this tab", "On news.example", "Everywhere"]);
    await click($('input[name="pause-site"]'));
    expect(api.setPause).toHaveBeenCalledWith(7, "site", true);
    expect(($('input[name="pause-site"]') as HTMLInputElement).checked).toBe(true);
  });
});

describe("popup messages when there is no list", () => {
  const cases: [string, PageStatus, string, string][] = [
    ["not an article, with reasons", { kind: "not-article", detection: { isArticle: false, score: 0.1, reasons: ["no article signal"], lang: "en" } }, "#status-not-article", "does not look like a news article"],
    ["another language", { kind: "not-article", detection: { isArticle: true, score: 1, reasons: [], lang: "de" } }, "#status-language", "another language (de)"],
    ["skipped for size", { kind: "skipped", code: "size", reason: "3,200,000 characters" }, "#status-skipped", "too large"],
    ["paused on the site", { kind: "paused", scope: "site" }, "#status-paused", "paused on this site"],
    ["a never site", { kind: "paused", scope: "never-site" }, "#status-paused", "never runs"],
    ["a browser page", { kind: "unavailable", code: "restricted", reason: "restricted" }, "#status-unavailable", "cannot read this page"],
    ["a PDF", { kind: "unavailable", code: "pdf", reason: "pdf" }, "#status-unavailable", "PDF"],
    ["a web store", { kind: "unavailable", code: "store", reason: "store" }, "#status-unavailable", "add-on stores"],
    ["not run yet", { kind: "unavailable", code: "not-run", reason: "not-run" }, "#status-unavailable", "reload it"],
    ["nothing found", { ...(READY as Extract<PageStatus, { kind: "ready" }>), cards: [] }, "#status-empty", "found no names"],
  ];
  it.each(cases)("%s", async (_name, status, selector, words) => {
    await mount(fakeApi(status).api);
    expect($(selector)?.textContent).toContain(words);
    expect($(".card")).toBeNull();
  });

  it("lists detection reasons for a page that is not an article", async () => {
    await mount(fakeApi(cases[0]![1]).api);
    expect(text(".reasons li")).toEqual(["no article signal"]);
  });

  it("says so when no tab can be found", async () => {
    await mount(fakeApi(READY).api, {});
    expect($("#status-no-tab")).not.toBeNull();
  });
});

describe("popup lookup mode (context menu)", () => {
  it("shows the card of a selection in the dataset", async () => {
    const { api } = fakeApi(READY, { lookup: vi.fn(async () => READY.kind === "ready" ? READY.cards[1]! : null) });
    await mount(api, { lookup: "Biden" });
    expect(api.lookup).toHaveBeenCalledWith("Biden");
    expect($("#lookup-card .cc-name")?.textContent).toBe("Joe Biden");
  });

  it("says a selection is not in the dataset, as text even when it looks like markup", async () => {
    await mount(fakeApi(READY).api, { lookup: "<img src=x onerror=alert(1)>" });
    expect($("#lookup-missing")?.textContent).toBe("“<img src=x onerror=alert(1)>” is not in Gloss's dataset.");
    expect(root.querySelector("img")).toBeNull();
  });
});
