/**
 * `browser.i18n.getMessage` over the real `_locales/en/messages.json`, for DOM tests: components
 * render the words a reader sees, and a key missing from the file shows up as the bare key.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const messages = JSON.parse(readFileSync(join(__dirname, "../../../src/_locales/en/messages.json"), "utf8")) as Messages;

export function getMessage(key: string, subs?: string | string[]): string {
  const m = messages[key];
  if (!m) return "";
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name]?.content ?? "";
    return content.replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? "");
  });
}

export const browserMock = { default: { i18n: { getMessage } } };
