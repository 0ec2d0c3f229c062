/**
 * How the popup orders a page's cards: grouped People, Places, Organizations, Events, Figures;
 * names by salience (more mentions first, then earlier first mention); figures in reading order.
 */
import { isFigureType, type Card } from "../core/types";
import type { MentionRef } from "../shared/messages";

export type PopupGroup = "people" | "places" | "organizations" | "events" | "figures";
export const POPUP_GROUPS: readonly PopupGroup[] = ["people", "places", "organizations", "events", "figures"];

export function popupGroupOf(card: Card): PopupGroup {
  switch (card.type) {
    case "person":
      return "people";
    case "place":
    case "nationality":
      return "places";
    case "organization":
      return "organizations";
    case "event":
      return "events";
    default:
      return "figures";
  }
}

function matches(card: Card, needle: string): boolean {
  if (!needle) return true;
  const hay = [card.name, card.description, ...card.forms, ...card.context].join("\n").toLowerCase();
  return hay.includes(needle);
}

export interface CardGroup {
  group: PopupGroup;
  cards: Card[];
}

/** Non-empty groups in display order, filtered by `filter` (case-insensitive, name/forms/description). */
export function groupCards(cards: readonly Card[], filter: string): CardGroup[] {
  const needle = filter.trim().toLowerCase();
  const byGroup = new Map<PopupGroup, Card[]>();
  for (const card of cards) {
    if (!matches(card, needle)) continue;
    const g = popupGroupOf(card);
    const list = byGroup.get(g) ?? [];
    list.push(card);
    byGroup.set(g, list);
  }
  const out: CardGroup[] = [];
  for (const group of POPUP_GROUPS) {
    const list = byGroup.get(group);
    if (!list) continue;
    list.sort(group === "figures"
      ? (a, b) => a.firstStart - b.firstStart
      : (a, b) => b.mentions - a.mentions || a.firstStart - b.firstStart || a.name.localeCompare(b.name));
    out.push({ group, cards: list });
  }
  return out;
}

/** The mentions of one card on the page, in reading order. */
export function mentionsOf(card: Card, mentionList: readonly MentionRef[] | undefined): MentionRef[] {
  return (mentionList ?? []).filter((m) => m.key === card.key).sort((a, b) => a.start - b.start);
}

export function isFigureCard(card: Card): boolean {
  return isFigureType(card.type as Parameters<typeof isFigureType>[0]);
}
