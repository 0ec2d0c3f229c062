/**
 * Turns the reader's settings into the slice the content script uses on one page
 * (`ContentSettings`, defined with the content script's constants), with pauses resolved.
 */
import { FIGURE_TYPES, type MentionType } from "../core/types";
import { DEFAULT_CONTENT_SETTINGS, type ContentSettings, type ModifierKey as ContentModifier } from "../shared/constants";
import { groupOf, type ModifierKey, type PauseScope, runsOnEveryPage, type Settings } from "../shared/settings";

const MODIFIERS: Record<ModifierKey, ContentModifier> = { none: "none", alt: "Alt", ctrl: "Control", shift: "Shift", meta: "Meta" };
const MENTION_TYPES: readonly MentionType[] = ["person", "place", "organization", "event", "nationality", ...FIGURE_TYPES];

export function toContentSettings(settings: Settings, pause: PauseScope | null, url: string | undefined): ContentSettings {
  const density: ContentSettings["density"] = {};
  const colors: Partial<Record<MentionType, string>> = {};
  for (const type of MENTION_TYPES) {
    const group = groupOf(type);
    // A bare number keeps the content script's own default (off): it is the noisiest figure.
    const fallback = DEFAULT_CONTENT_SETTINGS.density[type];
    density[type] = !settings.types[group] ? "none" : fallback ?? settings.density[group];
    colors[type] = settings.highlight.colors[group];
  }
  return {
    enabled: pause === null,
    hoverDelayMs: settings.hover.delayMs,
    modifierKey: MODIFIERS[settings.hover.modifier],
    density,
    highlightStyle: settings.highlight.style,
    colors,
    runOnEveryPage: runsOnEveryPage(settings, url),
  };
}
