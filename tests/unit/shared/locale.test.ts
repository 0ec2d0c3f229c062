/**
 * Every string the popup, options page, cards and background show comes from _locales/en/messages.json:
 * each key they use exists, each placeholder is well formed, and the manifest's __MSG_…__ names
 * resolve. (A missing key would show as the bare key.)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "../../..");
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const messages = JSON.parse(readFileSync(join(root, "src/_locales/en/messages.json"), "utf8")) as Messages;

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true }).map(String).filter((f) => /\.(ts|tsx)$/.test(f)).map((f) => readFileSync(join(root, dir, f), "utf8"));
}

describe("locale", () => {
  const code = [...sources("src/popup"), ...sources("src/options"), ...sources("src/ui"), ...sources("src/background")].join("\n");

  it("has every key used as t(\"…\") or getMessage(\"…\")", () => {
    const used = new Set([...code.matchAll(/\b(?:t|getMessage)\("([A-Za-z0-9_]+)"/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !messages[k])).toEqual([]);
  });

  it("has every key built from a prefix (statuses, densities, styles, modifiers, card types)", () => {
    const families: Record<string, string[]> = {
      statusPaused_: ["tab", "site", "everywhere", "never_site"],
      statusUnavailable_: ["restricted", "pdf", "store", "not_run"],
      density_: ["first", "all", "none"],
      style_: ["underline", "background", "both"],
      modifier_: ["none", "alt", "ctrl", "shift", "meta"],
      group: ["People", "Places", "Organizations", "Events", "Figures"],
      cardType_: ["person", "place", "organization", "event", "nationality", "money", "percent", "quantity", "date", "duration", "number"],
    };
    for (const [prefix, names] of Object.entries(families)) {
      for (const n of names) expect(messages[prefix + n], prefix + n).toBeDefined();
    }
  });

  it("defines every placeholder a message uses", () => {
    for (const [key, m] of Object.entries(messages)) {
      for (const [, name] of m.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
        expect(m.placeholders?.[name!], `${key}: $${name}$`).toBeDefined();
      }
    }
  });

  it("resolves the manifest's __MSG_…__ names", () => {
    const manifest = readFileSync(join(root, "manifest.json"), "utf8");
    const names = [...manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => !messages[n])).toEqual([]);
  });
});
