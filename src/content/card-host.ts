/**
 * The hover card's place in the page: a `<gloss-card>` host with a closed shadow root holding the
 * card's styles and its Preact tree. Closed, so the page's own script cannot read the card (the
 * dataset's text about a name, entries the reader imported or corrected) or reach its buttons:
 * `host.shadowRoot` is null for it, and only this object keeps the root. The host is in the page
 * only while a card shows. It goes to
 * the top layer (a manual popover) where the browser supports it, so page stacking contexts and
 * modal dialogs cannot bury it; inline `!important` styles keep page CSS off the host itself.
 */
import { h, render } from "preact";
import { CARD_TAG, FADE_OUT_MS } from "../shared/constants";
import { CARD_CSS } from "../ui/card-styles";
import { announcement, HoverCard, type HoverCardProps } from "../ui/HoverCard";
import { placeCard, type Box } from "./layout";

export type CardContent = Omit<HoverCardProps, "phase" | "theme" | "spoken">;

/** Delay before the live region gets its text (see HoverCardProps.spoken). */
const ANNOUNCE_DELAY_MS = 50;

const HOST_STYLE: Record<string, string> = {
  all: "initial",
  position: "fixed",
  inset: "auto",
  "z-index": "2147483647",
  margin: "0",
  padding: "0",
  border: "0",
  background: "transparent",
  overflow: "visible",
  display: "block",
  width: "auto",
  height: "auto",
};

export class CardHost {
  private host: HTMLElement | undefined;
  /** The host's closed shadow root: `host.shadowRoot` is null, so this is the only way in. */
  private root: ShadowRoot | undefined;
  private mount: HTMLElement | undefined;
  private content: CardContent | undefined;
  private removeTimer: ReturnType<typeof setTimeout> | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private spoken = "";
  private phase: "in" | "out" = "out";
  private returnFocus: HTMLElement | undefined;
  theme: "light" | "dark" = "light";

  constructor(private readonly doc: Document) {}

  isShown(): boolean {
    return !!this.host && this.removeTimer === undefined;
  }

  /** Whether an event target is (inside) the card. Events from the shadow tree are retargeted to the host. */
  contains(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  hostElement(): HTMLElement | undefined {
    return this.host;
  }

  private reducedMotion(): boolean {
    return !!this.doc.defaultView?.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  }

  private renderCard(phase: "in" | "out"): void {
    this.phase = phase;
    if (!this.mount || !this.content) return;
    render(h(HoverCard, { ...this.content, theme: this.theme, phase, spoken: this.spoken }), this.mount);
  }

  private announce(): void {
    if (this.announceTimer !== undefined) clearTimeout(this.announceTimer);
    const content = this.content;
    if (!content) return;
    const text = announcement(content.card, content.mentionIndex, content.mentionTotal);
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      if (this.content !== content) return;
      this.spoken = text;
      this.renderCard(this.phase);
    }, ANNOUNCE_DELAY_MS);
  }

  private create(): void {
    const host = this.doc.createElement(CARD_TAG);
    for (const [prop, value] of Object.entries(HOST_STYLE)) host.style.setProperty(prop, value, "important");
    const root = host.attachShadow({ mode: "closed" });
    const mount = this.doc.createElement("div");
    // A constructed sheet is not subject to the page's Content-Security-Policy, as a <style> is.
    try {
      const sheet = new (this.doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
      root.adoptedStyleSheets = [sheet];
      root.append(mount);
    } catch {
      const style = this.doc.createElement("style");
      style.textContent = CARD_CSS;
      root.append(style, mount);
    }
    const usePopover = typeof host.showPopover === "function";
    if (usePopover) host.setAttribute("popover", "manual");
    this.doc.documentElement.append(host);
    if (usePopover) {
      try {
        host.showPopover();
      } catch {
        // Not in the top layer: the z-index still applies.
      }
    }
    this.host = host;
    this.root = root;
    this.mount = mount;
  }

  /**
   * Shows (or updates) the card next to `anchor`. With `focus`, keyboard focus moves into the card
   * (keyboard and screen-reader users) and returns where it was when the card closes.
   */
  show(content: CardContent, anchor: Box, focus = false): void {
    if (this.removeTimer !== undefined) {
      clearTimeout(this.removeTimer);
      this.removeTimer = undefined;
    }
    const fresh = !this.host;
    if (fresh) this.create();
    this.content = content;
    if (fresh) this.spoken = "";
    this.renderCard(fresh ? "out" : "in");
    this.announce();
    this.place(anchor);
    if (fresh) {
      // Fade in from the next frame, so the transition has a start state.
      if (this.reducedMotion()) this.renderCard("in");
      else requestAnimationFrame(() => this.host && this.removeTimer === undefined && this.renderCard("in"));
    }
    if (focus) {
      const active = this.doc.activeElement;
      if (!this.returnFocus && active && active !== this.host && "focus" in active) this.returnFocus = active as HTMLElement;
      this.cardElement()?.focus({ preventScroll: true });
    }
  }

  private cardElement(): HTMLElement | null {
    return (this.root?.querySelector(".gloss-card") as HTMLElement | null) ?? null;
  }

  /** Re-places the card next to the anchor's new box (after a scroll). */
  place(anchor: Box): void {
    const host = this.host;
    const card = this.cardElement();
    if (!host || !card) return;
    const win = this.doc.defaultView!;
    card.style.maxHeight = "none";
    const size = card.getBoundingClientRect();
    const where = placeCard(anchor, { width: size.width, height: size.height }, { width: win.innerWidth, height: win.innerHeight });
    host.style.setProperty("left", `${Math.round(where.left)}px`, "important");
    host.style.setProperty("top", `${Math.round(where.top)}px`, "important");
    card.style.maxHeight = `${Math.floor(where.maxHeight)}px`;
  }

  /** Fades the card out and takes the host out of the page. */
  hide(immediate = false): void {
    if (!this.host || this.removeTimer !== undefined) {
      if (immediate) this.remove();
      return;
    }
    const hadFocus = this.doc.activeElement === this.host;
    if (hadFocus && this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = undefined;
    if (immediate || this.reducedMotion()) {
      this.remove();
      return;
    }
    this.renderCard("out");
    this.removeTimer = setTimeout(() => this.remove(), FADE_OUT_MS);
  }

  /** Removes the host at once (teardown). */
  remove(): void {
    if (this.removeTimer !== undefined) clearTimeout(this.removeTimer);
    if (this.announceTimer !== undefined) clearTimeout(this.announceTimer);
    this.removeTimer = undefined;
    this.announceTimer = undefined;
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = undefined;
    this.root = undefined;
    this.mount = undefined;
    this.content = undefined;
  }
}
