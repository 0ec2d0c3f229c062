/**
 * The constants of Gloss's in-page behaviour, in one place, each with the reason for its value.
 * Defaults of user settings live here until `src/shared/settings.ts` supplies the user's values.
 */
import type { MentionType } from "../core/types";

/** Prefix of everything Gloss puts into a page: highlight names, attributes, element tags. */
export const PREFIX = "gloss";

/** Tag of the hover card's host element (issue 2: the observable contract names it). */
export const CARD_TAG = "gloss-card";

/** Default dwell before a card shows (issue 7): long enough that passing over a name shows nothing. */
export const DEFAULT_HOVER_DELAY_MS = 500;
/** The dwell setting's range (issue 7). */
export const MIN_HOVER_DELAY_MS = 0;
export const MAX_HOVER_DELAY_MS = 2000;

/** Grace period after the pointer leaves name and card: enough to cross the gap onto the card. */
export const HIDE_DELAY_MS = 300;
/** Fade durations (issue 7); both become 0 under prefers-reduced-motion. */
export const FADE_IN_MS = 200;
export const FADE_OUT_MS = 150;
/** How long a revealed mention stays flashed: long enough to find it after the page scrolled. */
export const FLASH_MS = 1600;

/** Gap between the hovered words and the card, and between the card and the viewport's edges. */
export const CARD_GAP_PX = 8;
export const VIEWPORT_MARGIN_PX = 8;
/** The card's width: a readable line of ~45 characters at 14 px, and fits a 360 px phone. */
export const CARD_WIDTH_PX = 340;

/**
 * Work per slice before yielding to the next animation frame. Half a 60 Hz frame leaves the page
 * its own time; the ceiling for any task of Gloss is 50 ms.
 */
export const SLICE_BUDGET_MS = 8;

/**
 * Pages with more elements are skipped unread: counting is cheap, walking is not. A 1 MB article in
 * ~50,000 elements (HIGHLIGHTING.md's page c) must still run; a million-node page must not.
 */
export const MAX_PAGE_ELEMENTS = 200_000;
/** Article text beyond this is skipped with a note (a 1 MB article must still run, sliced). */
export const MAX_ARTICLE_CHARS = 3_000_000;
/**
 * Infinite scroll: Gloss stops adding blocks past this many characters on one page, so a feed that
 * never ends costs a bounded amount of memory and recognition.
 */
export const MAX_TOTAL_CHARS = 4_000_000;
/** Text sent to the background in one message: big enough for a long article, small enough to clone fast. */
export const MAX_ANALYZE_CHARS = 1_000_000;

/**
 * Blocks within this margin of the viewport have their highlights registered; others wait.
 * The browser re-checks every registered range after each DOM change (HIGHLIGHTING.md: 211 ms a
 * frame with 12,625 ranges in Chromium, ~15 ms with ~1,000), so only what can be seen is registered.
 */
export const REGISTER_MARGIN = "150% 0px 150% 0px";

/** After a URL change without a load (single-page apps), wait for the new view to settle. */
export const SPA_SETTLE_MS = 400;

/** What a modifier-key setting may name (KeyboardEvent properties). */
export type ModifierKey = "none" | "Alt" | "Control" | "Shift" | "Meta";
/** Per-type density (issue 7): every mention, only the first of each thing, or none. */
export type Density = "all" | "first" | "none";
/** How highlights look: underline only, tinted background only, or both. */
export type HighlightStyle = "underline" | "background" | "both";

/** The slice of the user's settings the content script needs (the background resolves pauses). */
export interface ContentSettings {
  /** False when Gloss is paused for this tab, this site or everywhere. */
  enabled: boolean;
  hoverDelayMs: number;
  modifierKey: ModifierKey;
  density: Partial<Record<MentionType, Density>>;
  highlightStyle: HighlightStyle;
  /** Highlight colour per mention type ("#rrggbb"), from the options page; absent: built-in colours. */
  colors?: Partial<Record<MentionType, string>>;
  /** True when Gloss should run on this page even if it is not detected as an article ("every page" mode, or an "always" site). */
  runOnEveryPage?: boolean;
}

export const DEFAULT_CONTENT_SETTINGS: ContentSettings = {
  enabled: true,
  hoverDelayMs: DEFAULT_HOVER_DELAY_MS,
  modifierKey: "none",
  // Bare numbers are the noisiest figures: off unless the reader asks for them.
  density: { number: "none" },
  highlightStyle: "underline",
};
