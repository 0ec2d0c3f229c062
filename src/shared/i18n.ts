/**
 * UI strings: every word Gloss shows comes from `_locales/<lang>/messages.json` through here.
 * A missing key shows as the key itself, so a forgotten string is visible in review and tests.
 */
import browser from "./browser";

export function t(key: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? undefined : Array.isArray(substitutions) ? substitutions : [substitutions];
  let text = "";
  try {
    text = browser.i18n.getMessage(key, subs);
  } catch {
    text = "";
  }
  return text || key;
}
