import { describe, expect, it, vi } from "vitest";

vi.mock("../../../src/shared/browser", async () => (await import("../popup/locale")).browserMock);

import { render } from "preact";
import type { Card } from "../../../src/core/types";
import { ContextCard } from "../../../src/ui/ContextCard";
import { announcement, HoverCard } from "../../../src/ui/HoverCard";

const base: Card = {
  key: "Q3874799", type: "person", name: "Volodymyr Zelenskyy", description: "President of Ukraine since 2019",
  inDataset: true, facts: [{ label: "Born", value: "25 January 1978", source: "Wikidata", asOf: "2024-06-01" }],
  context: [], mentions: 12, firstStart: 0, forms: ["Zelenskyy"], source: "Wikidata", asOf: "2024-06-01", salience: 1,
};

function mount(node: preact.ComponentChild): HTMLElement {
  const el = document.createElement("div");
  render(node, el);
  return el;
}

describe("ContextCard", () => {
  it("shows name, type, description and each fact with its source and date", () => {
    const el = mount(<ContextCard card={base} />);
    expect(el.querySelector(".cc-name")!.textContent).toBe("Volodymyr Zelenskyy");
    expect(el.querySelector(".cc-type")!.textContent).toBe("Person");
    expect(el.textContent).toContain("President of Ukraine since 2019");
    expect(el.querySelector(".cc-fact")!.textContent).toContain("Wikidata, as of 2024-06-01");
  });

  it("says what the article says of a name outside the dataset", () => {
    const el = mount(<ContextCard card={{ ...base, inDataset: false, facts: [], source: undefined, firstSentence: "Ms Doe spoke first." }} />);
    expect(el.querySelector(".cc-badge")!.textContent).toBe("not in Gloss’s dataset");
    expect(el.querySelector(".cc-note")!.textContent).toBe("What the article says:");
    expect(el.querySelector(".cc-quote")!.textContent).toBe("Ms Doe spoke first.");
  });

  it("names the entry's source and as-of date, and without a date the source alone", () => {
    expect(mount(<ContextCard card={base} />).querySelector(".cc-provenance")!.textContent).toBe("Source: Wikidata, as of 2024-06-01");
    const undated = mount(<ContextCard card={{ ...base, asOf: undefined, facts: [{ label: "Born", value: "1978", source: "Wikidata", asOf: "" }] }} />);
    expect(undated.querySelector(".cc-provenance")!.textContent).toBe("Source: Wikidata");
    expect(undated.querySelector(".cc-source")!.textContent).toBe("Wikidata");
  });

  it("has a word for every type, from the locale file", () => {
    const types = ["person", "place", "organization", "event", "nationality", "money", "percent", "quantity", "date", "duration", "number"] as const;
    const labels = types.map((type) => mount(<ContextCard card={{ ...base, type }} />).querySelector(".cc-type")!.textContent);
    expect(labels).toEqual(["Person", "Place", "Organization", "Event", "Nationality", "Money", "Percentage", "Quantity", "Date", "Duration", "Number"]);
  });

  it("renders page text as text, never as markup", () => {
    const hostile = '<img src=x onerror="alert(1)"><a href="javascript:alert(1)">x</a>';
    const el = mount(<ContextCard card={{ ...base, name: hostile, inDataset: false, firstSentence: hostile, facts: [] }} />);
    expect(el.querySelector("img")).toBeNull();
    expect(el.querySelector("a")).toBeNull();
    expect(el.querySelector(".cc-name")!.textContent).toBe(hostile);
  });
});

describe("HoverCard", () => {
  it("is a dialog labelled by the name, with mention navigation", () => {
    let moved = 0;
    const el = mount(<HoverCard card={base} mentionIndex={2} mentionTotal={12} theme="dark" phase="in" spoken="Volodymyr Zelenskyy, Person." onPrevious={() => moved--} onNext={() => moved++} onClose={() => {}} />);
    const dialog = el.querySelector("[role=dialog]")!;
    expect(el.querySelector(`#${dialog.getAttribute("aria-labelledby")}`)!.textContent).toBe("Volodymyr Zelenskyy");
    expect(dialog.classList.contains("theme-dark")).toBe(true);
    expect(el.querySelector(".gc-count")!.textContent).toBe("mention 3 of 12");
    expect(el.querySelector(".gc-close")!.getAttribute("aria-label")).toBe("Close card");
    expect(el.querySelector(".gc-next")!.getAttribute("aria-label")).toBe("Next mention");
    (el.querySelector(".gc-next") as HTMLButtonElement).click();
    (el.querySelector(".gc-next") as HTMLButtonElement).click();
    (el.querySelector(".gc-prev") as HTMLButtonElement).click();
    expect(moved).toBe(1);
    expect(el.querySelector("[aria-live=polite]")!.textContent).toBe("Volodymyr Zelenskyy, Person.");
  });

  it("announces name, type and position", () => {
    expect(announcement(base, 2, 12)).toBe("Volodymyr Zelenskyy, Person. President of Ukraine since 2019. Mention 3 of 12.");
    expect(announcement({ ...base, type: "money", name: "$50 billion", description: "", inDataset: false }, 0, 1)).toBe("$50 billion, Money.");
    expect(announcement({ ...base, inDataset: false, description: "" }, 0, 2)).toBe("Volodymyr Zelenskyy, Person. Not in Gloss’s dataset. Mention 1 of 2.");
  });
});
