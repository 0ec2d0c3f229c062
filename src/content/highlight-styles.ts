/**
 * How each type of mention looks. Colours differ per type AND so does the underline (style and
 * thickness), so readers who cannot tell the colours apart still can tell a person (solid) from a
 * place (dashed), an organization (double), an event (dotted) or a figure (wavy). Two palettes:
 * dark ink for light pages, light ink for dark pages, each at least 3:1 against its page
 * background (WCAG 1.4.11, non-text contrast; tests/dom/content/highlight-styles.test.ts measures).
 * The CSS goes into the page as a constructed style sheet (no element in the DOM) and only styles
 * Gloss's own `::highlight(gloss-…)` names.
 */
import type { MentionType } from "../core/types";
import { PREFIX, type HighlightStyle } from "../shared/constants";
import { DEFAULT_COLORS, groupOf } from "../shared/settings";

export type PageTheme = "light" | "dark";

export interface TypeLook {
  /** Ink on light pages and on dark pages. */
  light: string;
  dark: string;
  line: "solid" | "dashed" | "double" | "dotted" | "wavy";
  thickness: 1 | 2;
}

/** Base hues from the Okabe–Ito colour-blind-safe set, darkened or lightened for contrast. */
export const TYPE_LOOKS: Record<MentionType, TypeLook> = {
  person: { light: "#0067a3", dark: "#56b4e9", line: "solid", thickness: 2 },
  place: { light: "#007a5a", dark: "#3ccf9f", line: "dashed", thickness: 2 },
  nationality: { light: "#5b3a94", dark: "#b9a2ec", line: "dashed", thickness: 1 },
  organization: { light: "#b34700", dark: "#ff9a52", line: "double", thickness: 2 },
  event: { light: "#a3336f", dark: "#ee9ccb", line: "dotted", thickness: 2 },
  money: { light: "#7a6200", dark: "#f0e442", line: "wavy", thickness: 1 },
  percent: { light: "#8c4a1c", dark: "#f2b483", line: "wavy", thickness: 1 },
  quantity: { light: "#555555", dark: "#c4c4c4", line: "wavy", thickness: 1 },
  number: { light: "#555555", dark: "#c4c4c4", line: "dotted", thickness: 1 },
  date: { light: "#00707a", dark: "#5fd6e2", line: "dotted", thickness: 1 },
  duration: { light: "#00707a", dark: "#5fd6e2", line: "dashed", thickness: 1 },
};

/** The page backgrounds the palettes are measured against. */
export const REFERENCE_BACKGROUND: Record<PageTheme, string> = { light: "#ffffff", dark: "#1e1e1e" };

/** Highlight name of a type: prefixed, since the page shares the registry (HIGHLIGHTING.md). */
export function highlightName(type: MentionType | "focus" | "flash"): string {
  return `${PREFIX}-${type}`;
}

/** Tint alpha of the background style: light enough that text on it keeps its contrast. */
const TINT_ALPHA: Record<PageTheme, number> = { light: 0.16, dark: 0.3 };

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Inks the reader chose per type, used on light and dark pages alike. */
export type CustomInks = Partial<Record<MentionType, string>>;

const HEX_INK = /^#[0-9a-f]{6}$/i;

/**
 * The colours a reader actually chose. The background sends every type's colour; one equal to the
 * options page's default means "not chosen", and the built-in palettes (one per page theme, checked
 * for contrast) serve better then. Only "#rrggbb" gets through: the value goes into a style sheet.
 */
export function customInks(colors: Partial<Record<MentionType, string>> | undefined): CustomInks {
  const out: CustomInks = {};
  for (const [type, value] of Object.entries(colors ?? {}) as [MentionType, unknown][]) {
    if (!(type in TYPE_LOOKS) || typeof value !== "string" || !HEX_INK.test(value)) continue;
    if (value.toLowerCase() === DEFAULT_COLORS[groupOf(type)].toLowerCase()) continue;
    out[type] = value.toLowerCase();
  }
  return out;
}

/** The style sheet for one page theme and highlight style, with the reader's own inks where chosen. */
export function highlightCss(theme: PageTheme, style: HighlightStyle, inks: CustomInks = {}): string {
  const rules: string[] = [];
  for (const [type, look] of Object.entries(TYPE_LOOKS) as [MentionType, TypeLook][]) {
    const chosen = inks[type];
    const ink = chosen && HEX_INK.test(chosen) ? chosen : look[theme];
    const decls: string[] = [];
    if (style !== "background") {
      decls.push(`text-decoration-line: underline`, `text-decoration-style: ${look.line}`,
        `text-decoration-color: ${ink}`, `text-decoration-thickness: ${look.thickness}px`);
    }
    if (style !== "underline") {
      const [r, g, b] = hexToRgb(ink);
      decls.push(`background-color: rgba(${r}, ${g}, ${b}, ${TINT_ALPHA[theme]})`);
    }
    rules.push(`::highlight(${highlightName(type)}) { ${decls.join("; ")} }`);
  }
  // Keyboard focus and "reveal" flash: a strong tint that reads on both themes, over the type style.
  const focus = theme === "light" ? "rgba(255, 196, 0, 0.55)" : "rgba(255, 214, 10, 0.45)";
  rules.push(`::highlight(${highlightName("focus")}) { background-color: ${focus}; text-decoration-line: underline; text-decoration-style: solid; text-decoration-thickness: 3px; text-decoration-color: currentColor }`);
  rules.push(`::highlight(${highlightName("flash")}) { background-color: ${focus} }`);
  return rules.join("\n");
}

/** Relative luminance (WCAG 2) of an sRGB colour. */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
}

/** WCAG contrast ratio of two hex colours. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(hexToRgb(a));
  const lb = luminance(hexToRgb(b));
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
