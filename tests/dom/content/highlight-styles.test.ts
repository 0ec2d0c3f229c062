import { describe, expect, it } from "vitest";
import { contrastRatio, highlightCss, REFERENCE_BACKGROUND, TYPE_LOOKS } from "../../../src/content/highlight-styles";
import { parseRgb } from "../../../src/content/theme";

describe("highlight looks", () => {
  it("reach 3:1 against their page background in both themes (WCAG 1.4.11)", () => {
    for (const [type, look] of Object.entries(TYPE_LOOKS)) {
      expect(contrastRatio(look.light, REFERENCE_BACKGROUND.light), `${type} on light`).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(look.dark, REFERENCE_BACKGROUND.dark), `${type} on dark`).toBeGreaterThanOrEqual(3);
    }
  });

  it("tell the entity types apart without colour", () => {
    const lines = ["person", "place", "organization", "event"].map((t) => {
      const look = TYPE_LOOKS[t as keyof typeof TYPE_LOOKS];
      return `${look.line}/${look.thickness}`;
    });
    expect(new Set(lines).size).toBe(lines.length);
  });

  it("style only Gloss's own prefixed highlight names", () => {
    const css = highlightCss("light", "both");
    const selectors = css.split("\n").map((rule) => rule.slice(0, rule.indexOf("{")).trim());
    expect(selectors.every((s) => /^::highlight\(gloss-[a-z]+\)$/.test(s))).toBe(true);
    expect(css).toContain("text-decoration-style: dashed");
    expect(css).toContain("background-color: rgba(");
    expect(highlightCss("dark", "underline")).not.toContain("background-color: rgba(0");
  });

  it("reads computed colours", () => {
    expect(parseRgb("rgb(18, 18, 18)")).toEqual({ rgb: [18, 18, 18], alpha: 1 });
    expect(parseRgb("rgba(0, 0, 0, 0)")).toEqual({ rgb: [0, 0, 0], alpha: 0 });
    expect(parseRgb("rgb(255 255 255 / 50%)")).toEqual({ rgb: [255, 255, 255], alpha: 0.5 });
    expect(parseRgb("transparent")).toBeUndefined();
  });
});
