/**
 * Is the page light or dark? Gloss picks its highlight palette and card theme from the page's
 * own colours, and falls back to the system preference when the page states none.
 */
import { luminance, type PageTheme } from "./highlight-styles";

/** Parses `rgb(…)` / `rgba(…)` as computed styles give them; undefined for anything else. */
export function parseRgb(value: string): { rgb: [number, number, number]; alpha: number } | undefined {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return undefined;
  const a = m[4] === undefined ? 1 : m[4].endsWith("%") ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], alpha: a };
}

function systemTheme(win: Window): PageTheme {
  return win.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/**
 * The theme of the page around `el` (default: the body): the first opaque background found going
 * up; else the text colour (light text means a dark page); else the system's preference.
 */
export function pageTheme(doc: Document, el?: Element | null): PageTheme {
  const win = doc.defaultView;
  if (!win) return "light";
  for (let e: Element | null = el ?? doc.body; e; e = e.parentElement) {
    const bg = parseRgb(win.getComputedStyle(e).backgroundColor);
    if (bg && bg.alpha >= 0.5) return luminance(bg.rgb) < 0.2 ? "dark" : "light";
  }
  const ink = doc.body ? parseRgb(win.getComputedStyle(doc.body).color) : undefined;
  if (ink && luminance(ink.rgb) > 0.5) return "dark";
  const scheme = win.getComputedStyle(doc.documentElement).colorScheme ?? "";
  if (/\bdark\b/.test(scheme) && !/\blight\b/.test(scheme)) return "dark";
  if (/\blight\b/.test(scheme) && !/\bdark\b/.test(scheme)) return "light";
  return ink ? "light" : systemTheme(win);
}
