/**
 * The one typed message protocol between Gloss's contexts. Every message is a member of a union
 * discriminated on `type`; `Replies` maps each request type to its reply so `send()` infers it.
 * Replies travel as `Result`s because Error objects do not survive structured cloning.
 * Prefixes name the direction: `cs/` content → background, `ui/` popup or options → background,
 * `bg/` background → content script.
 */
import type { Analysis, Card, DetectionResult, Mention } from "../core/types";
import type { ContentSettings } from "./constants";
import type { CorrectionRequest } from "./corrections";
import type { PauseScope } from "./settings";

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the popup shows for a tab. */
export type PageStatus =
  | { kind: "working" }
  | { kind: "ready"; title?: string; publishedAt?: string; mentions: number; cards: Card[]; detection: DetectionResult; mentionList: MentionRef[]; timing?: ContentTiming }
  | { kind: "not-article"; detection: DetectionResult }
  | { kind: "skipped"; reason: string; code?: SkipCode }
  | { kind: "paused"; scope?: PauseScope }
  | { kind: "unavailable"; reason: string; code?: UnavailableCode };

/** Why the content script left a page alone (shown by the popup with its own words). */
export type SkipCode = "size" | "language" | "frames" | "other";
/** Why Gloss cannot read a tab: browser pages, PDFs, web stores, or a tab loaded before Gloss was. */
export type UnavailableCode = "restricted" | "pdf" | "store" | "not-run";

/** A tab's pauses as the popup's switches show them. */
export interface PauseState {
  tab: boolean;
  site: boolean;
  everywhere: boolean;
  /** The tab's host name ("" for pages without one). */
  host: string;
}

/** How long the content script took on the page (performance.now() milliseconds), for the benchmark. */
export interface ContentTiming {
  /** When the content script started, and when it set `data-gloss="ready"`. */
  startMs: number;
  readyMs: number;
  /** The longest single slice of work the content script ran so far. */
  longestTaskMs: number;
  /** Milliseconds per step of the first run (find, read, analyze, highlight, ...), and the longest slice per step. */
  steps?: Record<string, number>;
  longestByStep?: Record<string, number>;
  /** Main-thread milliseconds per step, pauses between slices left out. */
  spentByStep?: Record<string, number>;
}

/** A mention as the popup needs it: enough to jump to it and explain it. */
export interface MentionRef {
  key: string;
  start: number;
  end: number;
  text: string;
  rule: string;
  confidence: number;
}

export type Message =
  /** Content asks the background to recognize the article's text (the dataset lives there). */
  | { type: "cs/analyze"; text: string; publishedAt?: string; url: string }
  /** Content reports what it did on the page, for the popup and the badge. */
  | { type: "cs/status"; status: PageStatus }
  /** Content asks for the settings that apply to its page (pauses resolved by the background). */
  | { type: "cs/get-settings"; url: string }
  /** Popup asks what Gloss found on a tab. */
  | { type: "ui/get-status"; tabId: number }
  /** Popup asks the content script of a tab to scroll to a mention and flash it. */
  | { type: "ui/reveal"; tabId: number; key: string; index: number }
  /** Popup or context menu: the card for a piece of text. */
  | { type: "ui/lookup"; text: string }
  /** Popup: a correction made on a tab's card; the background stores it and refreshes tabs. */
  | { type: "ui/correct"; tabId: number; correction: CorrectionRequest }
  /** Popup asks which pauses apply to a tab. */
  | { type: "ui/get-pause"; tabId: number }
  /** Popup turns a pause on or off for a tab, its site, or everywhere. */
  | { type: "ui/set-pause"; tabId: number; scope: "tab" | "site" | "everywhere"; paused: boolean }
  /** Background tells open extension pages (the popup) that a tab's status changed. */
  | { type: "bg/status-changed"; tabId: number }
  /** Background tells a content script to scroll to a mention of `key` (index-th) and flash it. */
  | { type: "bg/reveal"; key: string; index: number }
  /** Background tells a content script to remove or redo its highlights (settings, pause, corrections). */
  | { type: "bg/refresh"; settings?: ContentSettings }
  /** Keyboard command forwarded by the background: open the card of the next (1) or previous (-1) highlight. */
  | { type: "bg/step"; direction: 1 | -1 };

export interface Replies {
  "cs/analyze": Pick<Analysis, "mentions" | "cards">;
  "cs/status": null;
  "cs/get-settings": ContentSettings;
  "ui/get-status": PageStatus;
  "ui/reveal": boolean;
  "ui/lookup": Card | null;
  "ui/correct": null;
  "ui/get-pause": PauseState;
  "ui/set-pause": PauseState;
  "bg/status-changed": null;
  "bg/reveal": boolean;
  "bg/refresh": null;
  "bg/step": boolean;
}

export type MessageOf<T extends Message["type"]> = Extract<Message, { type: T }>;

export function isMessage(value: unknown): value is Message {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string"
    && /^(cs|ui|bg)\//.test((value as { type: string }).type);
}

export type { Mention };
