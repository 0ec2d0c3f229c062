import { describe, expect, it } from "vitest";
import { figures, mention } from "./helpers";

/** The text without its invisible characters. */
const visible = (s: string) => s.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "");

describe("figures through invisible characters (issue 10)", () => {
  it("reads an amount split by zero-width spaces as one figure", () => {
    const text = "\u200b$3\u200b billion";
    const [m, ...rest] = figures(text);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ type: "money", value: 3e9, unit: "USD", key: "fig:money:3000000000 USD" });
    // The span covers the figure in the original text: the inner space kept, the leading one left out.
    expect([m!.start, m!.end]).toEqual([1, 12]);
    expect(m!.text).toBe(text.slice(1, 12));
  });

  it("reads numbers through a soft hyphen, joiners, the word joiner and a byte-order mark", () => {
    expect(mention("a 1\u00ad000 km drive", "1\u00ad000 km")).toMatchObject({ type: "quantity", value: 1000, unit: "km" });
    expect(mention("up 4\u200d.5 percent", "4\u200d.5 percent")).toMatchObject({ type: "percent", value: 4.5 });
    expect(mention("on 13\u200c June 2024", "13\u200c June 2024")).toMatchObject({ type: "date", resolved: "2024-06-13" });
    expect(mention("a \ufeff$5\u2060m fee", "$5\u2060m")).toMatchObject({ value: 5e6, unit: "USD" });
  });

  it("leaves invisible characters around a figure outside its span", () => {
    const text = "rose \u2060\u200b5 percent\u200b\u00ad.";
    const m = mention(text, "5 percent");
    expect(text.slice(m.start, m.end)).toBe("5 percent");
  });

  it("gives the figure the same key, value and phrase as the visible text does", () => {
    for (const text of [
      "It cost about $3\u200b billion last year, up 5\u00ad% from 2,5\u200b00 tonnes.",
      "Sales rose 12\u200b percent to \u20ac4.5\u200bbn on Thursday\u200b, two\u00adyears ago.",
    ]) {
      const clean = figures(visible(text), "2024-06-13");
      const read = figures(text, "2024-06-13");
      expect(read.map((m) => [m.key, m.value, m.name, m.type])).toEqual(clean.map((m) => [m.key, m.value, m.name, m.type]));
      for (const m of read) {
        expect(m.text).toBe(text.slice(m.start, m.end));
        expect(visible(m.text)).toBe(clean.find((c) => c.key === m.key)!.text);
      }
    }
  });

  it("changes nothing for a text without invisible characters", () => {
    expect(figures("$3 billion")).toEqual([expect.objectContaining({ start: 0, end: 10, text: "$3 billion", value: 3e9 })]);
    expect(figures("\u200b\u2060\ufeff")).toEqual([]);
  });
});
