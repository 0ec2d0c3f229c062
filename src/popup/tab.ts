/**
 * Which tab the popup describes. Opened from the toolbar, it is the active tab of the last focused
 * window. Opened as a page (tests, or a bookmark), `?tab=<id>` names the tab; without it the popup
 * takes the active tab of a normal window that is not Gloss's own page.
 */
import browser from "../shared/browser";

export function tabIdFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get("tab");
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

export async function resolveTabId(search: string): Promise<number | undefined> {
  const fromQuery = tabIdFromQuery(search);
  if (fromQuery !== undefined) return fromQuery;
  const own = browser.runtime.getURL("");
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.id !== undefined && !(active.url ?? "").startsWith(own)) return active.id;
  const candidates = await browser.tabs.query({ active: true, windowType: "normal" });
  return candidates.find((t) => t.id !== undefined && !(t.url ?? "").startsWith(own))?.id;
}
