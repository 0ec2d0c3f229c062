import { describe, expect, it } from "vitest";
import { analyzeInput, protocolResult } from "../../../src/cli/main";
import { createKnowledgeBase } from "../../../src/core/dataset/kb";

const kb = createKnowledgeBase({ version: 1, builtAt: "2024-06-13", entries: [] });

function protocolMentions(text: string) {
  const result = protocolResult("doc", analyzeInput({ text, publishedAt: "2024-06-13" }, kb));
  return result.mentions as Record<string, unknown>[];
}

describe("--jsonl protocol mentions", () => {
  it("say when a figure is approximate", () => {
    const [m] = protocolMentions("The fund holds about $300 billion in assets.");
    expect(m).toMatchObject({ text: "$300 billion", type: "money", value: 300e9, unit: "USD", approximate: true });
  });
  it("leave `approximate` out when the figure is exact", () => {
    const [m] = protocolMentions("The fund holds $300 billion in assets.");
    expect(m).toMatchObject({ text: "$300 billion", type: "money" });
    expect(m).not.toHaveProperty("approximate");
  });
});
