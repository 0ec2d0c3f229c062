/**
 * Gloss's settings: one versioned schema, its defaults, migrations from older versions, and
 * validation of whatever storage hands back. Pure (no `browser.*`): `storage.ts` reads and writes,
 * this module decides what the stored object means, so every context (background, content,
 * popup, options) and the tests read settings the same way.
 *
 * Rules that keep a reader's settings safe across updates:
 * - a stored object is migrated step by step from its `version` to `SETTINGS_VERSION`;
 * - each field is validated on its own: a bad value falls back to its default, the rest is kept;
 * - unknown fields are dropped, so an older build reading a newer object never crashes.
 */
import type { MentionType } from "../core/types";

export const SETTINGS_VERSION = 2;

/** The groups a reader turns on and off, colours and thins out. Nationalities count as places. */
export type TypeGroup = "person" | "place" | "organization" | "event" | "figure";
export const TYPE_GROUPS: readonly TypeGroup[] = ["person", "place", "organization", "event", "figure"];

export function groupOf(type: MentionType): TypeGroup {
  switch (type) {
    case "person":
    case "place":
    case "organization":
    case "event":
      return type;
    case "nationality":
      return "place";
    default:
      return "figure";
  }
}

/** Which mentions of one thing are highlighted: the first only, every one, or none. */
export type Density = "first" | "all" | "none";
export const DENSITIES: readonly Density[] = ["first", "all", "none"];

export type HighlightStyle = "underline" | "background" | "both";
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ["underline", "background", "both"];

/** Key that must be held for a hover card to open ("none": hovering alone opens it). */
export type ModifierKey = "none" | "alt" | "ctrl" | "shift" | "meta";
export const MODIFIER_KEYS: readonly ModifierKey[] = ["none", "alt", "ctrl", "shift", "meta"];

/** "articles": only pages detected as news articles; "everywhere": any page with text. */
export type RunMode = "articles" | "everywhere";
export const RUN_MODES: readonly RunMode[] = ["articles", "everywhere"];

/** Hover dwell bounds (issue 7): long enough to avoid accidental cards, short enough to feel quick. */
export const HOVER_DELAY_MIN_MS = 0;
export const HOVER_DELAY_MAX_MS = 2000;
export const HOVER_DELAY_DEFAULT_MS = 500;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  types: Record<TypeGroup, boolean>;
  density: Record<TypeGroup, Density>;
  highlight: { style: HighlightStyle; colors: Record<TypeGroup, string> };
  hover: { delayMs: number; modifier: ModifierKey };
  /** Host names (lower case, no port) where Gloss always runs (even on non-articles) or never runs. */
  sites: { always: string[]; never: string[] };
  mode: RunMode;
  /** Pauses that outlive a tab; a tab's own pause lives in session storage (see storage.ts). */
  pause: { everywhere: boolean; sites: string[] };
}

/**
 * Default colours: the light-page inks the highlighter paints when the reader chose none (its
 * Okabe–Ito palette, TYPE_LOOKS in content/highlight-styles.ts, pinned equal by a test), so the
 * options page's swatches show what the page shows. Underline styles tell types apart without colour.
 */
export const DEFAULT_COLORS: Readonly<Record<TypeGroup, string>> = {
  person: "#0067a3",
  place: "#007a5a",
  organization: "#b34700",
  event: "#a3336f",
  figure: "#7a6200",
};

/**
 * Defaults of earlier releases. Settings saved then hold them though the reader never picked them:
 * read back, they become today's defaults rather than custom colours.
 */
const EARLIER_DEFAULT_COLORS: Readonly<Record<TypeGroup, string>> = {
  person: "#c2410c",
  place: "#15803d",
  organization: "#1d4ed8",
  event: "#9333ea",
  figure: "#b45309",
};

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    types: { person: true, place: true, organization: true, event: true, figure: true },
    density: { person: "all", place: "all", organization: "all", event: "all", figure: "all" },
    highlight: { style: "underline", colors: { ...DEFAULT_COLORS } },
    hover: { delayMs: HOVER_DELAY_DEFAULT_MS, modifier: "none" },
    sites: { always: [], never: [] },
    mode: "articles",
    pause: { everywhere: false, sites: [] },
  };
}

/**
 * Version 1 was the first draft's flat layout. It is kept as a migration source so an object in
 * that shape (and any later version's) still loads; tests pin the mapping.
 */
export interface SettingsV1 {
  version: 1;
  enabled?: boolean;
  hoverDelay?: number;
  highlightStyle?: string;
  disabledTypes?: string[];
  blockedSites?: string[];
  everyPage?: boolean;
}

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** `MIGRATIONS[n]` turns a version-n object into a version-(n+1) object. Never edit a shipped step. */
const MIGRATIONS: Record<number, Migration> = {
  1: (v1) => {
    const disabled = Array.isArray(v1.disabledTypes) ? v1.disabledTypes : [];
    const types: Record<string, unknown> = {};
    for (const group of TYPE_GROUPS) types[group] = !disabled.includes(group);
    return {
      version: 2,
      types,
      highlight: { style: v1.highlightStyle },
      hover: { delayMs: v1.hoverDelay },
      sites: { always: [], never: v1.blockedSites },
      mode: v1.everyPage === true ? "everywhere" : "articles",
      pause: { everywhere: v1.enabled === false, sites: [] },
    };
  },
};

/** What loading found: the settings to use and what had to be repaired (for logs and tests). */
export interface LoadedSettings {
  settings: Settings;
  problems: string[];
  /** True when the stored object was older or repaired and should be written back. */
  changed: boolean;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Lower-cased host name without port or trailing dot; "" when `input` has none. */
export function normalizeHost(input: string): string {
  let s = input.trim().toLowerCase();
  if (!s) return "";
  if (s.includes("://")) {
    try {
      s = new URL(s).hostname;
    } catch {
      return "";
    }
  }
  s = s.replace(/\/.*$/, "").replace(/:\d+$/, "").replace(/\.$/, "");
  return /^[a-z0-9.-]+$/.test(s) || /^\[[0-9a-f:]+\]$/.test(s) ? s : "";
}

/** The host of a page address, or "" for addresses without one (file:, about:, data:). */
export function hostOf(url: string | undefined): string {
  if (!url) return "";
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return "";
  }
}

/** True when `host` is `site` or one of its subdomains ("news.example.com" is under "example.com"). */
export function hostMatches(host: string, site: string): boolean {
  return host === site || host.endsWith("." + site);
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/**
 * Validates a stored object of the current version field by field. Every field that is missing or
 * wrong takes its default; everything valid is kept.
 */
function validate(raw: Record<string, unknown>, problems: string[]): Settings {
  const out = defaultSettings();
  const bad = (path: string) => problems.push(`${path}: invalid value, default used`);

  const types = raw.types;
  if (types !== undefined && !isRecord(types)) bad("types");
  for (const g of TYPE_GROUPS) {
    const v = isRecord(types) ? types[g] : undefined;
    if (typeof v === "boolean") out.types[g] = v;
    else if (v !== undefined) bad(`types.${g}`);
  }
  const density = raw.density;
  if (density !== undefined && !isRecord(density)) bad("density");
  for (const g of TYPE_GROUPS) {
    const v = isRecord(density) ? density[g] : undefined;
    if (DENSITIES.includes(v as Density)) out.density[g] = v as Density;
    else if (v !== undefined) bad(`density.${g}`);
  }
  const highlight = isRecord(raw.highlight) ? raw.highlight : undefined;
  if (raw.highlight !== undefined && !highlight) bad("highlight");
  if (highlight) {
    if (HIGHLIGHT_STYLES.includes(highlight.style as HighlightStyle)) out.highlight.style = highlight.style as HighlightStyle;
    else if (highlight.style !== undefined) bad("highlight.style");
    const colors = isRecord(highlight.colors) ? highlight.colors : undefined;
    for (const g of TYPE_GROUPS) {
      const v = colors?.[g];
      if (typeof v === "string" && HEX_COLOR.test(v)) out.highlight.colors[g] = v.toLowerCase() === EARLIER_DEFAULT_COLORS[g] ? DEFAULT_COLORS[g] : v.toLowerCase();
      else if (v !== undefined) bad(`highlight.colors.${g}`);
    }
  }
  const hover = isRecord(raw.hover) ? raw.hover : undefined;
  if (raw.hover !== undefined && !hover) bad("hover");
  if (hover) {
    const d = hover.delayMs;
    if (typeof d === "number" && Number.isFinite(d) && d >= HOVER_DELAY_MIN_MS && d <= HOVER_DELAY_MAX_MS) out.hover.delayMs = Math.round(d);
    else if (d !== undefined) bad("hover.delayMs");
    if (MODIFIER_KEYS.includes(hover.modifier as ModifierKey)) out.hover.modifier = hover.modifier as ModifierKey;
    else if (hover.modifier !== undefined) bad("hover.modifier");
  }
  const sites = isRecord(raw.sites) ? raw.sites : undefined;
  if (raw.sites !== undefined && !sites) bad("sites");
  if (sites) {
    out.sites.always = hostList(sites.always, "sites.always", problems);
    out.sites.never = hostList(sites.never, "sites.never", problems);
  }
  if (RUN_MODES.includes(raw.mode as RunMode)) out.mode = raw.mode as RunMode;
  else if (raw.mode !== undefined) bad("mode");
  const pause = isRecord(raw.pause) ? raw.pause : undefined;
  if (raw.pause !== undefined && !pause) bad("pause");
  if (pause) {
    if (typeof pause.everywhere === "boolean") out.pause.everywhere = pause.everywhere;
    else if (pause.everywhere !== undefined) bad("pause.everywhere");
    out.pause.sites = hostList(pause.sites, "pause.sites", problems);
  }
  return out;
}

/** A list of host names: bad items are dropped one by one, duplicates removed. */
function hostList(v: unknown, path: string, problems: string[]): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    problems.push(`${path}: not a list, default used`);
    return [];
  }
  const out: string[] = [];
  for (const item of v) {
    const host = typeof item === "string" ? normalizeHost(item) : "";
    if (!host) problems.push(`${path}: dropped ${JSON.stringify(item)?.slice(0, 60)}`);
    else if (!out.includes(host)) out.push(host);
  }
  return out;
}

/**
 * Turns whatever storage held (nothing, an older version, a damaged object) into valid current
 * settings. Never throws.
 */
export function loadSettingsFrom(stored: unknown): LoadedSettings {
  const problems: string[] = [];
  if (stored === undefined || stored === null) return { settings: defaultSettings(), problems, changed: false };
  if (!isRecord(stored)) {
    problems.push("settings: not an object, defaults used");
    return { settings: defaultSettings(), problems, changed: true };
  }
  let current: Record<string, unknown> = stored;
  let version = typeof stored.version === "number" && Number.isInteger(stored.version) ? stored.version : 1;
  let changed = version !== SETTINGS_VERSION;
  if (version > SETTINGS_VERSION) {
    // Written by a newer Gloss (then downgraded): keep every field this version understands.
    problems.push(`settings: version ${version} is newer than ${SETTINGS_VERSION}; read as ${SETTINGS_VERSION}`);
    version = SETTINGS_VERSION;
  }
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) {
      problems.push(`settings: no migration from version ${version}, defaults used`);
      return { settings: defaultSettings(), problems, changed: true };
    }
    current = step(current);
    version++;
  }
  const settings = validate(current, problems);
  if (problems.length) changed = true;
  return { settings, problems, changed };
}

/** Why Gloss does not run on a page (null: it runs). */
export type PauseScope = "tab" | "site" | "everywhere" | "never-site";

/** Whether Gloss runs on `url`, given the settings and whether its tab is paused. */
export function pauseScopeFor(settings: Settings, url: string | undefined, tabPaused: boolean): PauseScope | null {
  if (settings.pause.everywhere) return "everywhere";
  if (tabPaused) return "tab";
  const host = hostOf(url);
  if (host && settings.pause.sites.some((s) => hostMatches(host, s))) return "site";
  if (host && settings.sites.never.some((s) => hostMatches(host, s))) return "never-site";
  return null;
}

/** True when Gloss should run on `url` even if the page is not detected as an article. */
export function runsOnEveryPage(settings: Settings, url: string | undefined): boolean {
  if (settings.mode === "everywhere") return true;
  const host = hostOf(url);
  return !!host && settings.sites.always.some((s) => hostMatches(host, s));
}

/** Applies a partial change to settings and re-validates, so callers cannot store a bad value. */
export function withChanges(settings: Settings, change: (draft: Settings) => void): Settings {
  const draft = structuredClone(settings);
  change(draft);
  return loadSettingsFrom(draft).settings;
}
