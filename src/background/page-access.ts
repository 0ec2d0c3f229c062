/**
 * Which tabs Gloss cannot read, and why: content scripts never run on browser pages, extension
 * pages, the browsers' web stores, or the built-in PDF viewer. The popup says so instead of
 * waiting for a status that will never come.
 */
import type { UnavailableCode } from "../shared/messages";

/** Hosts of the add-on stores, where both browsers block content scripts. */
const STORE_HOSTS = ["chromewebstore.google.com", "addons.mozilla.org", "microsoftedge.microsoft.com"];

/**
 * Why a tab at `url` cannot be read, or null when a content script can run there (it may still not
 * have run: then `not-run`, decided by the caller, which knows whether a status arrived).
 * An unknown address (the browser hides it) is a page Gloss has no access to.
 */
export function unavailableReason(url: string | undefined): UnavailableCode | null {
  if (!url) return "restricted";
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "restricted";
  }
  const scheme = parsed.protocol;
  if (scheme !== "http:" && scheme !== "https:" && scheme !== "file:") return "restricted";
  const host = parsed.hostname.toLowerCase();
  if (STORE_HOSTS.includes(host) || (host === "chrome.google.com" && parsed.pathname.startsWith("/webstore"))) return "store";
  if (/\.pdf$/i.test(parsed.pathname)) return "pdf";
  return null;
}
