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
    "SOCCER - RESULTS\n\nManchester 2 Bury 1. The striker scored twice.\n\n",
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

  it("reads a text under one window whole, as before", () => {
    const short = "Retired Lt. Col. Alexander Vindman spoke.\n\n" + filler(WINDOW / 2) + "Vindman said so.";
    const found = recognizeNames(short, kb).filter((m) => m.text === "Vindman");
    expect(found.map((m) => m.key)).toEqual(["local:Alexander Vindman"]);
  });
});
