import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findArticle, findArticleSliced } from "../../../src/dom/article";
import { runSliced, runToEnd, type Steps } from "../../../src/dom/slices";
import { page } from "./helpers";

function* counting(n: number): Steps<number> {
  let sum = 0;
  for (let i = 1; i <= n; i++) {
    sum += i;
    yield;
  }
  return sum;
}

describe("runToEnd and runSliced", () => {
  it("run the same steps to the same result", async () => {
    expect(runToEnd(counting(10))).toBe(55);
    expect(await runSliced(counting(10), { budgetMs: 5, pause: async () => {} })).toBe(55);
  });

  it("pauses once a slice has used its budget, and reports every slice", async () => {
    let pauses = 0;
    let slices = 0;
    // A budget of zero: every step is its own slice.
    const result = await runSliced(counting(4), { budgetMs: 0, pause: async () => void pauses++, onSlice: () => void slices++ });
    expect(result).toBe(10);
    expect(slices).toBe(5);
    expect(pauses).toBe(4);
  });

  it("stops when its signal aborts", async () => {
    const ac = new AbortController();
    const result = await runSliced(counting(100), { budgetMs: 0, pause: async () => ac.abort(), signal: ac.signal });
    expect(result).toBeUndefined();
  });
});

describe("findArticleSliced", () => {
  it("finds in slices what findArticle finds at once, on the seed page", async () => {
    const html = readFileSync("seeds/article.html", "utf8");
    const whole = findArticle(page(html), { url: "http://127.0.0.1/article.html" });
    const doc = page(html);
    let pauses = 0;
    const sliced = await findArticleSliced(doc, { url: "http://127.0.0.1/article.html" }, { budgetMs: 0, pause: async () => void pauses++ });
    expect(pauses).toBeGreaterThan(3);
    expect(sliced?.detection).toEqual(whole.detection);
    expect(sliced?.title).toBe(whole.title);
    expect(sliced?.publishedAt).toBe(whole.publishedAt);
    expect(sliced?.blocks.map((el) => el.textContent)).toEqual(whole.blocks.map((el) => el.textContent));
  });
});

describe("runSliced's phases", () => {
  function* phased(): Steps<string> {
    yield;
    yield "second";
    yield;
    return "done";
  }

  it("ends a slice where a phase begins, and names each slice's phase", async () => {
    const phases: (string | undefined)[] = [];
    let pauses = 0;
    const result = await runSliced(phased(), { budgetMs: 1e9, pause: async () => void pauses++, onSlice: (_, phase) => void phases.push(phase) });
    expect(result).toBe("done");
    expect(phases).toEqual([undefined, "second"]);
    expect(pauses).toBe(1);
    expect(runToEnd(phased())).toBe("done");
  });
});
