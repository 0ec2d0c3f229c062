/**
 * A text longer than one window (64 KB) is read in windows; what earlier windows established
 * about its names still holds in later ones, and every offset points into the whole text.
 */
import { describe, expect, it } from "vitest";
import { recognizeNames, WINDOW_CHARS as WINDOW } from "../../../../src/core/names";
import { kb } from "./fixture";

/** About `chars` of prose with no names in it, in paragraphs. */
function filler(chars: number): string {
  const paragraph = "the talks went on for hours, and nothing much was said by anyone in the room.\n\n";
  return paragraph.repeat(Math.ceil(chars / paragraph.length));
}

describe("a text longer than one window", () => {
  const text = [
    "Retired Lt. Col. Alexander Vindman spoke in Tbilisi on Monday.\n\n",
    "The Kurdistan Democratic Party (KDP) met.\n\n",
    filler(WINDOW * 1.5),
    "Vindman said Georgia was ready, and the KDP agreed.\n\n",
    filler(WINDOW * 0.7),
    "Biden and Zelenskyy met in Kyiv.",
  ].join("");
  const mentions = recognizeNames(text, kb);
  const at = (span: string, from = 0) => mentions.find((m) => m.text === span && m.start >= from);
  const late = text.indexOf("Vindman said");

  it("is long enough to need windows", () => {
    expect(text.length).toBeGreaterThan(2 * WINDOW);
  });

  it("gives offsets into the whole text", () => {
    expect(mentions.length).toBeGreaterThan(6);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    expect(at("Zelenskyy")?.entityId).toBe("Q3874799");
    expect(at("Kyiv")?.start).toBe(text.lastIndexOf("Kyiv"));
  });

  it("links a short form in a later window to the full name in an earlier one", () => {
    expect(at("Vindman", late)?.key).toBe("local:Alexander Vindman");
  });

  it("keeps an acronym defined in an earlier window", () => {
    expect(at("KDP", late)?.key).toBe(at("Kurdistan Democratic Party")?.key);
  });

  it("lets an unambiguous name in an earlier window support an ambiguous alias in a later one", () => {
    expect(at("Georgia", late)?.entityId).toBe("Q230");
  });

  it("reads a text of one window whole, and a longer one forwards only", () => {
    // The short form comes first: read whole, the document pass links it to the full name after it;
    // in windows, a later window does not inform an earlier one.
    const build = (fill: number) => "Vindman said so.\n\n" + filler(fill) + "Retired Lt. Col. Alexander Vindman spoke.";
    const keyOfShortForm = (text: string) => recognizeNames(text, kb).find((m) => m.text === "Vindman" && m.start === 0)?.key;
    const whole = build(WINDOW - 200);
    expect(whole.length).toBeLessThanOrEqual(WINDOW);
    expect(keyOfShortForm(whole)).toBe("local:Alexander Vindman");
    const windowed = build(WINDOW * 1.2);
    expect(keyOfShortForm(windowed)).not.toBe("local:Alexander Vindman");
  });
});

describe("what a sports story's first window tells its later ones", () => {
  const sports = "The striker scored twice in the league match, and the goalkeeper saved a penalty late in the game.\n\n";
  const results = "Bristol 2 Stockport 1\n\n";
  const teamOf = (text: string) => recognizeNames(text, kb).find((m) => m.text === "Bristol");

  it("reads places in a results line as teams in a later window of a sports story", () => {
    const text = sports.repeat(Math.ceil(WINDOW / sports.length)) + filler(WINDOW * 0.6) + results;
    expect(teamOf(text)?.type).toBe("organization");
  });

  it("does not where no window was a sports story", () => {
    const text = filler(WINDOW * 1.6) + results;
    expect(teamOf(text)?.type).not.toBe("organization");
  });
});
