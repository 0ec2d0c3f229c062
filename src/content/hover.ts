/**
 * Hover behaviour (issue 7): one delegated pointer listener on the document; hit-testing with
 * `caretPositionFromPoint` and the highlighter's index; a dwell before the card shows; the card
 * kept while the pointer is on it; hidden a moment after the pointer leaves both; Esc closes.
 * The timing logic lives here; showing, hiding and hit-testing are passed in.
 */
import { HIDE_DELAY_MS, MAX_HOVER_DELAY_MS, MIN_HOVER_DELAY_MS, type ContentSettings } from "../shared/constants";
import type { Item } from "./highlighter";
import type { Box } from "./layout";
import { timed } from "./scheduler";

export interface Hit {
  item: Item;
  /** Union box of the hovered words. */
  anchor: Box;
}

export interface HoverDeps {
  hitTest(x: number, y: number): Hit | undefined;
  show(hit: Hit): void;
  hide(): void;
  isCardShown(): boolean;
  isOnCard(target: EventTarget | null): boolean;
  shownItem(): Item | undefined;
  /** A pinned card (opened by keyboard, or clicked into) stays until Esc, close or a click outside. */
  isPinned(): boolean;
  settings(): ContentSettings;
}

const MODIFIER_PROP = { Alt: "altKey", Control: "ctrlKey", Shift: "shiftKey", Meta: "metaKey" } as const;

export class HoverController {
  private dwellTimer: ReturnType<typeof setTimeout> | undefined;
  private dwellItem: Item | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private last: { x: number; y: number; target: EventTarget | null; modifier: boolean } | undefined;

  /**
   * @param trustedOnly ignore events the page's script made up (a page must not be able to drive
   *   Gloss); tests that dispatch their own events turn it off.
   */
  constructor(private readonly doc: Document, private readonly deps: HoverDeps, private readonly trustedOnly = true) {}

  private untrusted(e: Event): boolean {
    return this.trustedOnly && !e.isTrusted;
  }

  attach(signal: AbortSignal): void {
    const opts = { capture: true, passive: true, signal };
    this.doc.addEventListener("pointermove", (e) => this.onPointer(e), opts);
    this.doc.addEventListener("pointerdown", (e) => this.onPointerDown(e), opts);
    this.doc.documentElement.addEventListener("pointerleave", (e) => this.onLeaveWindow(e), opts);
    this.doc.addEventListener("keydown", (e) => this.onKey(e), { capture: true, signal });
    signal.addEventListener("abort", () => this.reset());
  }

  private modifierHeld(e: { altKey: boolean; ctrlKey: boolean; shiftKey: boolean; metaKey: boolean }): boolean {
    const key = this.deps.settings().modifierKey;
    return key === "none" || e[MODIFIER_PROP[key]];
  }

  private onPointer(e: PointerEvent): void {
    if (e.pointerType === "touch" || this.untrusted(e)) return;
    this.last = { x: e.clientX, y: e.clientY, target: e.target, modifier: this.modifierHeld(e) };
    if (!this.frame) this.frame = requestAnimationFrame(() => this.check());
  }

  private check(): void {
    this.frame = 0;
    const last = this.last;
    if (!last) return;
    timed(() => {
      if (this.deps.isOnCard(last.target)) {
        this.cancelHide();
        this.cancelDwell();
        return;
      }
      const hit = this.deps.hitTest(last.x, last.y);
      const shown = this.deps.shownItem();
      if (hit && hit.item === shown && this.deps.isCardShown()) {
        this.cancelHide();
        this.cancelDwell();
        return;
      }
      if (hit && last.modifier) {
        if (this.dwellItem !== hit.item) this.startDwell(hit);
      } else {
        this.cancelDwell();
      }
      if (this.deps.isCardShown() && !this.deps.isPinned()) this.scheduleHide();
    });
  }

  private startDwell(hit: Hit): void {
    this.cancelDwell();
    this.dwellItem = hit.item;
    const delay = Math.min(MAX_HOVER_DELAY_MS, Math.max(MIN_HOVER_DELAY_MS, this.deps.settings().hoverDelayMs || 0));
    this.dwellTimer = setTimeout(() => {
      this.dwellTimer = undefined;
      this.dwellItem = undefined;
      timed(() => {
        // The pointer must still be on those words when the dwell ends.
        const now = this.last && this.deps.hitTest(this.last.x, this.last.y);
        if (!now || now.item !== hit.item) return;
        this.cancelHide();
        this.deps.show(now);
      });
    }, delay);
  }

  private cancelDwell(): void {
    if (this.dwellTimer !== undefined) clearTimeout(this.dwellTimer);
    this.dwellTimer = undefined;
    this.dwellItem = undefined;
  }

  private scheduleHide(): void {
    if (this.hideTimer !== undefined) return;
    this.hideTimer = setTimeout(() => {
      this.hideTimer = undefined;
      if (!this.deps.isPinned()) this.deps.hide();
    }, HIDE_DELAY_MS);
  }

  cancelHide(): void {
    if (this.hideTimer !== undefined) clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  private onPointerDown(e: PointerEvent): void {
    if (this.untrusted(e) || !this.deps.isCardShown() || this.deps.isOnCard(e.target)) return;
    // A click elsewhere closes the card (it goes on to the page as usual).
    this.cancelDwell();
    this.deps.hide();
  }

  private onLeaveWindow(e: Event): void {
    if (this.untrusted(e)) return;
    this.cancelDwell();
    this.last = undefined;
    if (this.deps.isCardShown() && !this.deps.isPinned()) this.scheduleHide();
  }

  private onKey(e: KeyboardEvent): void {
    if (this.untrusted(e)) return;
    if (e.key === "Escape") {
      this.cancelDwell();
      if (this.deps.isCardShown()) this.deps.hide();
      return;
    }
    // Pressing the modifier while resting on a name counts as hovering with it.
    const key = this.deps.settings().modifierKey;
    if (key !== "none" && e.key === key && this.last) {
      this.last = { ...this.last, modifier: true };
      if (!this.frame) this.frame = requestAnimationFrame(() => this.check());
    }
  }

  reset(): void {
    this.cancelDwell();
    this.cancelHide();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.last = undefined;
  }
}
