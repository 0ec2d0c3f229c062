/**
 * A small hand-made knowledge base for the name recognizer's tests: a few entries shaped like the
 * real dataset's (aliases, ambiguous aliases, demonyms), so each test reads on its own.
 */
import { createKnowledgeBase, type KnowledgeBase } from "../../../../src/core/dataset/kb";
import type { Entry } from "../../../../src/core/dataset/schema";
import { recognizeNames } from "../../../../src/core/names";

function entry(id: string, type: Entry["type"], name: string, more: Partial<Entry> = {}): Entry {
  return { id, type, name, aliases: [], description: name, facts: [], source: "test", asOf: "2024", ...more };
}

export const ENTRIES: Entry[] = [
  entry("Q30", "place", "United States", { subtype: "country", aliases: ["U.S.", "US", "America"], ambiguous: ["America"], demonyms: ["American", "Americans"] }),
  entry("Q212", "place", "Ukraine", { subtype: "country", aliases: [], demonyms: ["Ukrainian", "Ukrainians"] }),
  entry("Q159", "place", "Russia", { subtype: "country", demonyms: ["Russian"] }),
  entry("Q148", "place", "China", { subtype: "country", demonyms: ["Chinese"] }),
  entry("Q230", "place", "Georgia", { subtype: "country", ambiguous: ["Georgia"] }),
  entry("Q1428", "place", "Georgia (U.S. state)", { subtype: "state", country: "Q30", aliases: ["Georgia"], ambiguous: ["Georgia"] }),
  entry("Q994", "place", "Tbilisi", { subtype: "capital", country: "Q230" }),
  entry("Q1899", "place", "Kyiv", { subtype: "capital", aliases: ["Kiev"] }),
  entry("Q60", "place", "New York City", { subtype: "city", aliases: ["New York"] }),
  entry("Q1741", "place", "Manchester", { subtype: "city" }),
  entry("Q7184", "organization", "North Atlantic Treaty Organization", { aliases: ["NATO"] }),
  entry("Q35054", "organization", "White House", {}),
  entry("Q6279", "person", "Joe Biden", { aliases: ["Biden", "President Biden"] }),
  entry("Q3874799", "person", "Volodymyr Zelenskyy", { aliases: ["Zelenskyy", "Zelensky"] }),
  entry("Q264766", "person", "Theresa May", { aliases: ["May"], ambiguous: ["May"] }),
  entry("Q1", "person", "Gerhard Schröder", { aliases: ["Schröder"] }),
  entry("Q23556", "place", "Atlanta", { subtype: "city", country: "Q30" }),
  entry("Q312", "organization", "Apple Inc.", { subtype: "company", aliases: ["Apple"], ambiguous: ["Apple"] }),
  entry("Q57306", "person", "Abdullah II", { aliases: ["King Abdullah of Jordan"] }),
];

export const kb: KnowledgeBase = createKnowledgeBase({ version: 1, builtAt: "2024-01-01", entries: ENTRIES });

/** Recognized names as "text/type/key" strings, in text order. */
export function names(text: string): string[] {
  return recognizeNames(text, kb).map((m) => `${m.text}/${m.type}/${m.key}`);
}

export function find(text: string, span: string) {
  return recognizeNames(text, kb).find((m) => m.text === span);
}
