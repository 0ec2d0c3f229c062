/** Cutting very long texts into windows at paragraph, line, sentence and word breaks. */
import { describe, expect, it } from "vitest";
import { textWindows } from "../../../../src/core/text/windows";

function pieces(text: string, max: number): string[] {
  return textWindows(text, max).map(([from, to]) => text.slice(from, to));
}

function expectCover(text: string, max: number): void {
  const windows = textWindows(text, max);
  expect(windows[0]![0]).toBe(0);
  expect(windows.at(-1)![1]).toBe(text.length);
  for (let i = 0; i < windows.length; i++) {
    const [from, to] = windows[i]!;
    expect(to - from).toBeLessThanOrEqual(max);
    if (i > 0) expect(from).toBe(windows[i - 1]![1]);
    if (i < windows.length - 1) expect(to - from).toBeGreaterThanOrEqual(max / 2);
  }
}

describe("textWindows", () => {
  it("leaves a text that fits as one window", () => {
    expect(textWindows("Short text.", 100)).toEqual([[0, 11]]);
    expect(textWindows("", 100)).toEqual([[0, 0]]);
  });

  it("cuts at the last blank line, so every line and sentence stays whole", () => {
    const text = "First paragraph here.\n\nSecond paragraph here.\n\nThird one.";
    expect(pieces(text, 30)).toEqual(["First paragraph here.", "\n\nSecond paragraph here.", "\n\nThird one."]);
    expectCover(text, 30);
  });

  it("falls back to a line break, then a sentence's end, then a space", () => {
    expect(pieces("aaaa bbbb\ncccc dddd eeee", 16)).toEqual(["aaaa bbbb", "\ncccc dddd eeee"]);
    expect(pieces("Some words he left. She said so", 20)).toEqual(["Some words he left.", " She said so"]);
    expect(pieces("Some words he “left.” She said", 22)).toEqual(["Some words he “left.”", " She said"]);
    expect(pieces("one two three four five six", 12)).toEqual(["one two", " three four", " five six"]);
  });

  it("does not cut after a title, an initial or a dotted abbreviation, which would cut a name", () => {
    expect(pieces("aaaa bbbb said. Mr. Okonkwo Spoke", 24)).toEqual(["aaaa bbbb said.", " Mr. Okonkwo Spoke"]);
    expect(pieces("we sailed. The U.S. Navy Came", 20)).toEqual(["we sailed.", " The U.S. Navy Came"]);
    expect(pieces("we met at 9 a.m. Then Lt. Col. Vindman Spoke", 32)).toEqual(["we met at 9 a.m. Then", " Lt. Col. Vindman Spoke"]);
  });

  it("prefers a space before a lower-case word, which opens no name, to one inside a name", () => {
    expect(pieces("Alpha Beta Gamma Delta went home", 26)).toEqual(["Alpha Beta Gamma Delta", " went home"]);
  });

  it("does not make tiny windows from an early break", () => {
    const text = "Hi.\n\n" + "word ".repeat(40);
    expectCover(text, 50);
    expect(textWindows(text, 50)[0]![1]).toBeGreaterThan(25);
  });

  it("cuts a text with no break where it falls, never inside a surrogate pair", () => {
    expect(pieces("x".repeat(25), 10)).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(5)]);
    const emoji = "😀".repeat(10);
    for (const piece of pieces(emoji, 7)) expect(piece).toMatch(/^(?:😀)+$/u);
  });

  it("covers long real-looking text in order", () => {
    const text = Array.from({ length: 300 }, (_, i) => `Paragraph ${i} says something. Then more.${i % 3 ? "\n" : "\n\n"}`).join("");
    expectCover(text, 500);
    // Every window but the first opens at a line break: no line is cut.
    for (const [from] of textWindows(text, 500).slice(1)) expect(text[from]).toBe("\n");
    expectCover("word ".repeat(5000), 1000);
  });

  it("refuses a window size that cannot make progress", () => {
    expect(() => textWindows("abc", 1)).toThrow(RangeError);
    expect(() => textWindows("abc", Number.NaN)).toThrow(RangeError);
  });
});
