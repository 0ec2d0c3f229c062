import { render } from "preact";
import { describe, expect, it } from "vitest";
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
    expect(el.querySelector(".cc-quote")!.textContent).toBe("Ms Doe spoke first.");
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
    (el.querySelector(".gc-next") as HTMLButtonElement).click();
    (el.querySelector(".gc-next") as HTMLButtonElement).click();
    (el.querySelector(".gc-prev") as HTMLButtonElement).click();
    expect(moved).toBe(1);
    expect(el.querySelector("[aria-live=polite]")!.textContent).toBe("Volodymyr Zelenskyy, Person.");
  });

  it("announces name, type and position", () => {
    expect(announcement(base, 2, 12)).toBe("Volodymyr Zelenskyy, Person. President of Ukraine since 2019. Mention 3 of 12.");
    expect(announcement({ ...base, type: "money", name: "$50 billion", description: "", inDataset: false }, 0, 1)).toBe("$50 billion, Money.");
  });
});
