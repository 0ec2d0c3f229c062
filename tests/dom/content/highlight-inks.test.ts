import { describe, expect, it } from "vitest";
import { customInks, highlightCss, TYPE_LOOKS } from "../../../src/content/highlight-styles";
import { DEFAULT_COLORS, defaultSettings, loadSettingsFrom } from "../../../src/shared/settings";

describe("customInks", () => {
  it("keeps only colours the reader changed from the options page's defaults", () => {
    const inks = customInks({ person: "#FF00AA", place: DEFAULT_COLORS.place, money: DEFAULT_COLORS.figure, percent: "#123456" });
    expect(inks).toEqual({ person: "#ff00aa", percent: "#123456" });
  });

  it("drops anything that is not #rrggbb, since the value goes into a style sheet", () => {
    const inks = customInks({
      person: "red; } body { display: none } ::highlight(x) { color: red",
      place: "url(https://example.com/x)",
      event: "#12345",
      organization: 42 as unknown as string,
    });
    expect(inks).toEqual({});
    expect(customInks(undefined)).toEqual({});
  });
});

describe("highlightCss with the reader's inks", () => {
  it("uses a chosen ink on light and dark pages, and the built-in palettes elsewhere", () => {
    for (const theme of ["light", "dark"] as const) {
      const css = highlightCss(theme, "underline", { person: "#ff00aa" });
      expect(css).toMatch(/::highlight\(gloss-person\) \{[^}]*#ff00aa/);
      expect(css).toContain(`text-decoration-color: ${TYPE_LOOKS.place[theme]}`);
    }
  });
});

describe("the options page's default colours", () => {
  it("are the inks painted on light pages, so its swatches show what the page shows", () => {
    expect(DEFAULT_COLORS).toEqual({
      person: TYPE_LOOKS.person.light, place: TYPE_LOOKS.place.light, organization: TYPE_LOOKS.organization.light,
      event: TYPE_LOOKS.event.light, figure: TYPE_LOOKS.money.light,
    });
  });

  it("replace an earlier release's defaults saved in settings, which the reader never chose", () => {
    const stored = { ...defaultSettings(), highlight: { style: "underline", colors: { ...DEFAULT_COLORS, person: "#c2410c", place: "#ff00aa" } } };
    const { settings } = loadSettingsFrom(stored);
    expect(settings.highlight.colors.person).toBe(DEFAULT_COLORS.person);
    expect(settings.highlight.colors.place).toBe("#ff00aa");
    expect(customInks(settings.highlight.colors as never)).toEqual({ place: "#ff00aa" });
  });
});
