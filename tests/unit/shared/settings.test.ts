import { describe, expect, it } from "vitest";
import {
  defaultSettings, groupOf, HOVER_DELAY_DEFAULT_MS, hostMatches, loadSettingsFrom, normalizeHost, pauseScopeFor, runsOnEveryPage,
  SETTINGS_VERSION, type SettingsV1, withChanges,
} from "../../../src/shared/settings";

describe("settings defaults", () => {
  it("are the current version, every type on, a 500 ms hover, articles only", () => {
    const s = defaultSettings();
    expect(s.version).toBe(SETTINGS_VERSION);
    expect(Object.values(s.types).every(Boolean)).toBe(true);
    expect(s.hover.delayMs).toBe(HOVER_DELAY_DEFAULT_MS);
    expect(s.hover.delayMs).toBe(500);
    expect(s.mode).toBe("articles");
    expect(s.pause).toEqual({ everywhere: false, sites: [] });
  });

  it("are what nothing stored loads as, with nothing to write back", () => {
    expect(loadSettingsFrom(undefined)).toEqual({ settings: defaultSettings(), problems: [], changed: false });
  });
});

describe("migration from version 1", () => {
  const v1: SettingsV1 = {
    version: 1,
    enabled: false,
    hoverDelay: 800,
    highlightStyle: "background",
    disabledTypes: ["figure", "event"],
    blockedSites: ["Example.COM", "https://news.example.org/path"],
    everyPage: true,
  };

  it("maps every field of the old layout onto the new one", () => {
    const { settings, changed } = loadSettingsFrom(v1);
    expect(changed).toBe(true);
    expect(settings.version).toBe(2);
    expect(settings.pause.everywhere).toBe(true);
    expect(settings.hover.delayMs).toBe(800);
    expect(settings.highlight.style).toBe("background");
    expect(settings.types).toEqual({ person: true, place: true, organization: true, event: false, figure: false });
    expect(settings.sites.never).toEqual(["example.com", "news.example.org"]);
    expect(settings.mode).toBe("everywhere");
    // Fields version 1 did not have take their defaults.
    expect(settings.density).toEqual(defaultSettings().density);
    expect(settings.highlight.colors).toEqual(defaultSettings().highlight.colors);
  });

  it("treats an object without a version as version 1", () => {
    const { settings } = loadSettingsFrom({ hoverDelay: 1200 });
    expect(settings.hover.delayMs).toBe(1200);
  });

  it("keeps the default for a bad old value and the rest of the object", () => {
    const { settings, problems } = loadSettingsFrom({ ...v1, hoverDelay: 99999 });
    expect(settings.hover.delayMs).toBe(500);
    expect(settings.highlight.style).toBe("background");
    expect(problems.join("\n")).toContain("hover.delayMs");
  });
});

describe("validation of a stored current-version object", () => {
  it("replaces each bad value by its default and keeps every good one", () => {
    const stored = {
      version: 2,
      types: { person: false, place: "yes" },
      density: { person: "first", event: "sometimes" },
      highlight: { style: "glow", colors: { person: "#ABCDEF", place: "red" } },
      hover: { delayMs: -5, modifier: "alt" },
      sites: { always: ["good.example", 42, "not a host!"], never: "oops" },
      mode: "everywhere",
      pause: { everywhere: "no", sites: ["paused.example"] },
      extra: "dropped",
    };
    const { settings, problems, changed } = loadSettingsFrom(stored);
    expect(changed).toBe(true);
    expect(settings.types.person).toBe(false);
    expect(settings.types.place).toBe(true);
    expect(settings.density.person).toBe("first");
    expect(settings.density.event).toBe("all");
    expect(settings.highlight.style).toBe("underline");
    expect(settings.highlight.colors.person).toBe("#abcdef");
    expect(settings.highlight.colors.place).toBe(defaultSettings().highlight.colors.place);
    expect(settings.hover).toEqual({ delayMs: 500, modifier: "alt" });
    expect(settings.sites).toEqual({ always: ["good.example"], never: [] });
    expect(settings.mode).toBe("everywhere");
    expect(settings.pause).toEqual({ everywhere: false, sites: ["paused.example"] });
    expect("extra" in settings).toBe(false);
    for (const path of ["types.place", "density.event", "highlight.style", "highlight.colors.place", "hover.delayMs", "sites.always", "sites.never", "pause.everywhere"]) {
      expect(problems.some((p) => p.startsWith(path))).toBe(true);
    }
  });

  it("loads a non-object as defaults and says so", () => {
    const { settings, problems } = loadSettingsFrom("garbage");
    expect(settings).toEqual(defaultSettings());
    expect(problems).toHaveLength(1);
  });

  it("reads a newer version's object for the fields it knows", () => {
    const { settings, problems } = loadSettingsFrom({ version: 9, mode: "everywhere", future: { x: 1 } });
    expect(settings.mode).toBe("everywhere");
    expect(problems[0]).toContain("newer");
  });

  it("round-trips valid settings unchanged", () => {
    const s = withChanges(defaultSettings(), (d) => {
      d.hover.delayMs = 0;
      d.sites.always = ["a.example"];
    });
    expect(loadSettingsFrom(JSON.parse(JSON.stringify(s)))).toEqual({ settings: s, problems: [], changed: false });
  });

  it("withChanges cannot store an out-of-range value", () => {
    const s = withChanges(defaultSettings(), (d) => {
      d.hover.delayMs = 2001;
    });
    expect(s.hover.delayMs).toBe(500);
  });
});

describe("hosts and pauses", () => {
  it("normalizes host names and rejects what is not one", () => {
    expect(normalizeHost(" News.Example.com. ")).toBe("news.example.com");
    expect(normalizeHost("https://www.example.com:8080/a/b")).toBe("www.example.com");
    expect(normalizeHost("example.com/path")).toBe("example.com");
    expect(normalizeHost("not a host")).toBe("");
    expect(normalizeHost("")).toBe("");
  });

  it("matches subdomains but not look-alike suffixes", () => {
    expect(hostMatches("news.example.com", "example.com")).toBe(true);
    expect(hostMatches("example.com", "example.com")).toBe(true);
    expect(hostMatches("badexample.com", "example.com")).toBe(false);
  });

  it("resolves the pause that applies, most general first", () => {
    const s = withChanges(defaultSettings(), (d) => {
      d.pause.sites = ["paused.example"];
      d.sites.never = ["never.example"];
    });
    expect(pauseScopeFor(s, "https://a.example/x", false)).toBeNull();
    expect(pauseScopeFor(s, "https://a.example/x", true)).toBe("tab");
    expect(pauseScopeFor(s, "https://www.paused.example/x", false)).toBe("site");
    expect(pauseScopeFor(s, "https://never.example/", false)).toBe("never-site");
    expect(pauseScopeFor(withChanges(s, (d) => { d.pause.everywhere = true; }), "https://a.example/", true)).toBe("everywhere");
  });

  it("runs on every page in 'everywhere' mode or on an 'always' site", () => {
    const s = withChanges(defaultSettings(), (d) => { d.sites.always = ["blog.example"]; });
    expect(runsOnEveryPage(s, "https://blog.example/post")).toBe(true);
    expect(runsOnEveryPage(s, "https://other.example/")).toBe(false);
    expect(runsOnEveryPage(withChanges(s, (d) => { d.mode = "everywhere"; }), "https://other.example/")).toBe(true);
  });

  it("counts nationalities as places and every figure type as figures", () => {
    expect(groupOf("nationality")).toBe("place");
    expect(groupOf("money")).toBe("figure");
    expect(groupOf("date")).toBe("figure");
    expect(groupOf("person")).toBe("person");
  });
});
