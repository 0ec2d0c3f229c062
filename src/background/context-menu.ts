/**
 * The "Look up “…” in Gloss" item on a text selection. A click opens the popup page in a small
 * window in lookup mode (`popup.html?lookup=<text>`), which shows the selection's card or says it
 * is not in the dataset. A window works the same in Chrome and Firefox and needs no script in the
 * page (the selection may be on a page Gloss does not run on).
 */
export const LOOKUP_MENU_ID = "gloss-lookup";

/** Longest selection looked up: names are short; a long selection is not a name. */
export const MAX_LOOKUP_CHARS = 200;

/** Size of the lookup window: one card, no scrolling for a typical one. */
const LOOKUP_WINDOW = { width: 400, height: 540 };

export interface MenuDeps {
  popupUrl(query: string): string;
  openWindow(options: { url: string; type: "popup"; width: number; height: number }): Promise<unknown>;
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

/** Handles a context-menu click; returns the address it opened (undefined when it ignored it). */
export async function handleMenuClick(deps: MenuDeps, info: MenuClick): Promise<string | undefined> {
  if (info.menuItemId !== LOOKUP_MENU_ID) return undefined;
  const text = (info.selectionText ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_LOOKUP_CHARS);
  if (!text) return undefined;
  const url = deps.popupUrl(`?lookup=${encodeURIComponent(text)}`);
  await deps.openWindow({ url, type: "popup", ...LOOKUP_WINDOW });
  return url;
}
