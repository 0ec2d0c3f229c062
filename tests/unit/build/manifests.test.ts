/**
 * The manifests the build writes into each package, checked against what the stores accept:
 * Chrome's keys, version format and length limits, Firefox's add-on settings, icons that exist
 * at their declared sizes, and a content security policy MV3 allows.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GECKO_ID, manifestFiles, manifestFor, MIN_CHROME, MIN_FIREFOX, type Manifest } from "../../../scripts/lib/manifests.mjs";

const root = join(__dirname, "../../..");
const base = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as Manifest;
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
const messages = JSON.parse(readFileSync(join(root, "src/_locales/en/messages.json"), "utf8")) as Record<string, { message: string }>;
const chrome = manifestFor(base, version, "chrome");
const firefox = manifestFor(base, version, "firefox");

/** What the store shows for a manifest string: `__MSG_key__` replaced by the English message. */
function resolved(text: string): string {
  return text.replace(/__MSG_(\w+)__/g, (_, key: string) => messages[key]?.message ?? `<missing ${key}>`);
}

/** Top-level keys Chrome documents for Manifest V3; any other key draws an "Unrecognized manifest key" warning. */
const CHROME_KEYS = new Set([
  "manifest_version", "name", "version", "description", "icons", "action", "author", "background", "chrome_settings_overrides",
  "chrome_url_overrides", "commands", "content_scripts", "content_security_policy", "cross_origin_embedder_policy",
  "cross_origin_opener_policy", "declarative_net_request", "default_locale", "devtools_page", "export", "externally_connectable",
  "homepage_url", "host_permissions", "import", "incognito", "key", "minimum_chrome_version", "oauth2", "offline_enabled",
  "omnibox", "optional_host_permissions", "optional_permissions", "options_page", "options_ui", "permissions", "requirements",
  "sandbox", "short_name", "side_panel", "storage", "tts_engine", "update_url", "version_name", "web_accessible_resources",
]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

function cspDirectives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

describe("Chrome manifest", () => {
  it("has only keys Chrome knows, and a service worker as background", () => {
    expect(chrome.manifest_version).toBe(3);
    expect(Object.keys(chrome).filter((k) => !CHROME_KEYS.has(k))).toEqual([]);
    expect(chrome.background).toEqual({ service_worker: "background.js" });
    expect(chrome.minimum_chrome_version).toBe(String(MIN_CHROME));
  });

  it("has a version of one to four dot-separated integers up to 65535, without leading zeros", () => {
    expect(chrome.version).toBe(version);
    const parts = String(chrome.version).split(".");
    expect(parts.length).toBeGreaterThanOrEqual(1);
    expect(parts.length).toBeLessThanOrEqual(4);
    for (const p of parts) {
      expect(p).toMatch(/^(0|[1-9]\d*)$/);
      expect(Number(p)).toBeLessThanOrEqual(65535);
    }
  });

  it("keeps name, short name and description within the store's limits", () => {
    const name = resolved(chrome.name);
    const description = resolved(chrome.description);
    expect(name).not.toContain("<missing");
    expect([...name].length).toBeLessThanOrEqual(75);
    expect([...resolved(chrome.short_name)].length).toBeLessThanOrEqual(12);
    expect(description).not.toContain("<missing");
    expect([...description].length).toBeLessThanOrEqual(132);
  });

  it("has a 128 px icon for the store, and every icon at its declared size", () => {
    expect(chrome.icons["128"]).toBeDefined();
    for (const icons of [chrome.icons, chrome.action.default_icon] as Record<string, string>[]) {
      for (const [size, path] of Object.entries(icons)) {
        const file = join(root, path);
        expect(existsSync(file), path).toBe(true);
        expect(pngSize(file), path).toEqual([Number(size), Number(size)]);
      }
    }
  });

  it("has a content security policy MV3 accepts: scripts from the package only, no plugins", () => {
    expect(Object.keys(chrome.content_security_policy)).toEqual(["extension_pages"]);
    const csp = cspDirectives(chrome.content_security_policy.extension_pages);
    expect(csp.get("script-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    for (const values of csp.values()) for (const v of values) expect(v).not.toMatch(/unsafe-eval|unsafe-inline|^https?:|^\*/);
  });

  it("suggests at most four shortcuts, each described", () => {
    const commands = Object.values(chrome.commands) as { suggested_key?: unknown; description?: string }[];
    expect(commands.filter((c) => c.suggested_key).length).toBeLessThanOrEqual(4);
    for (const c of commands) expect(resolved(c.description ?? "")).toMatch(/\w/);
  });
});

describe("Firefox manifest", () => {
  it("has background scripts only, so web-ext lint has nothing to say of the background", () => {
    expect(firefox.background).toEqual({ scripts: ["background.js"] });
    expect(firefox.minimum_chrome_version).toBeUndefined();
  });

  it("names the add-on, its minimum Firefox and that it collects no data", () => {
    const gecko = firefox.browser_specific_settings.gecko;
    expect(gecko.id).toBe(GECKO_ID);
    expect(gecko.strict_min_version).toBe(`${MIN_FIREFOX}.0`);
    expect(gecko.data_collection_permissions).toEqual({ required: ["none"] });
  });

  it("differs from Chrome's only in the background and the browser's own settings", () => {
    const strip = ({ background: _b, browser_specific_settings: _s, minimum_chrome_version: _m, ...rest }: Manifest) => rest;
    expect(strip(firefox)).toEqual(strip(chrome));
  });

  it("leaves the base manifest untouched", () => {
    expect(base.background).toBeUndefined();
    expect(base.browser_specific_settings).toBeUndefined();
  });
});

describe("manifestFiles", () => {
  it("lists the scripts, pages, icons and default locale a manifest names", () => {
    expect(manifestFiles(chrome).sort()).toEqual([
      "_locales/en/messages.json", "background.js", "content.js",
      "icons/icon-128.png", "icons/icon-16.png", "icons/icon-32.png", "icons/icon-48.png",
      "options.html", "popup.html",
    ]);
    expect(manifestFiles(firefox)).toContain("background.js");
  });
});

it("rejects a browser it does not know", () => {
  expect(() => manifestFor(base, version, "safari")).toThrow(/unknown browser/);
});
