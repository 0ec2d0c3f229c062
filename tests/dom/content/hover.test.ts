import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HoverController, type Hit, type HoverDeps } from "../../../src/content/hover";
import type { Item } from "../../../src/content/highlighter";
import { DEFAULT_CONTENT_SETTINGS, HIDE_DELAY_MS, type ContentSettings } from "../../../src/shared/constants";

const item = { ordinal: 0 } as unknown as Item;
const hit: Hit = { item, anchor: { left: 0, top: 0, width: 10, height: 10 } };

function setup(settings: Partial<ContentSettings> = {}) {
  let over: Hit | undefined;
  let shown: Item | undefined;
  const host = document.createElement("gloss-card");
  document.documentElement.append(host);
  const deps: HoverDeps = {
    hitTest: () => over,
    show: vi.fn((h: Hit) => {
      shown = h.item;
    }),
    hide: vi.fn(() => {
      shown = undefined;
    }),
    isCardShown: () => shown !== undefined,
    isOnCard: (t) => t === host,
    shownItem: () => shown,
    isPinned: () => false,
    settings: () => ({ ...DEFAULT_CONTENT_SETTINGS, ...settings }),
  };
  const ac = new AbortController();
  new HoverController(document, deps, false).attach(ac.signal);
  const move = (target: EventTarget, init: PointerEventInit = {}) => {
    const e = new PointerEvent("pointermove", { bubbles: true, clientX: 1, clientY: 1, pointerType: "mouse", ...init });
    target.dispatchEvent(e);
    vi.advanceTimersByTime(20); // one animation frame
  };
  return {
    deps, host, ac, move,
    setOver: (h: Hit | undefined) => {
      over = h;
    },
  };
}

describe("HoverController", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"] });
  });
  afterEach(() => vi.useRealTimers());

  it("shows the card only after the dwell", () => {
    const t = setup({ hoverDelayMs: 500 });
    t.setOver(hit);
    t.move(document.body);
    vi.advanceTimersByTime(400);
    expect(t.deps.show).not.toHaveBeenCalled();
    vi.advanceTimersByTime(150);
    expect(t.deps.show).toHaveBeenCalledTimes(1);
    t.ac.abort();
  });

  it("shows nothing when the pointer only passes over", () => {
    const t = setup({ hoverDelayMs: 500 });
    t.setOver(hit);
    t.move(document.body);
    vi.advanceTimersByTime(200);
    t.setOver(undefined);
    t.move(document.body);
    vi.advanceTimersByTime(1000);
    expect(t.deps.show).not.toHaveBeenCalled();
    t.ac.abort();
  });

  it("keeps the card while the pointer is on it and hides it after leaving both", () => {
    const t = setup({ hoverDelayMs: 0 });
    t.setOver(hit);
    t.move(document.body);
    vi.advanceTimersByTime(10);
    expect(t.deps.show).toHaveBeenCalled();
    t.setOver(undefined);
    t.move(document.body); // crossing the gap
    vi.advanceTimersByTime(HIDE_DELAY_MS / 2);
    t.move(t.host); // on the card
    vi.advanceTimersByTime(HIDE_DELAY_MS * 3);
    expect(t.deps.hide).not.toHaveBeenCalled();
    t.move(document.body); // away
    vi.advanceTimersByTime(HIDE_DELAY_MS + 10);
    expect(t.deps.hide).toHaveBeenCalledTimes(1);
    t.ac.abort();
  });

  it("ignores events the page made up", () => {
    const t = setup({ hoverDelayMs: 0 });
    t.ac.abort(); // only the trusting-nothing controller below listens
    t.setOver(hit);
    const deps = t.deps;
    const ac = new AbortController();
    new HoverController(document, deps).attach(ac.signal);
    document.body.dispatchEvent(new PointerEvent("pointermove", { bubbles: true, clientX: 1, clientY: 1, pointerType: "mouse" }));
    vi.advanceTimersByTime(2000);
    expect(deps.show).toHaveBeenCalledTimes(0);
    ac.abort();
  });

  it("waits for the modifier key when one is set, and Esc closes", () => {
    const t = setup({ hoverDelayMs: 0, modifierKey: "Shift" });
    t.setOver(hit);
    t.move(document.body);
    vi.advanceTimersByTime(100);
    expect(t.deps.show).not.toHaveBeenCalled();
    t.move(document.body, { shiftKey: true });
    vi.advanceTimersByTime(10);
    expect(t.deps.show).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(t.deps.hide).toHaveBeenCalledTimes(1);
    t.ac.abort();
  });
});
