import { describe, expect, it } from "vitest";
import type { Mention } from "../../../src/core/types";
import { applyCorrections, type Correction, formKey, makeCorrection, parseCorrections, sameCorrection } from "../../../src/shared/corrections";

function mention(text: string, start: number, entityId: string | null, type: Mention["type"] = "place"): Mention {
  return { start, end: start + text.length, text, type, entityId, name: entityId ? text : null, key: entityId ?? `local:${text}`, confidence: 0.9, rule: `alias "${text}"` };
}

const NOW = new Date("2026-01-02T03:04:05Z");

describe("corrections", () => {
  const mentions = [mention("Georgia", 0, "Q230"), mention("Tbilisi", 20, "Q994"), mention("Georgia", 40, "Q230"), mention("georgia", 60, "Q230")];

  it("hides a thing everywhere when made with scope everywhere", () => {
    const hide = makeCorrection({ kind: "hide", key: "Q994", name: "Tbilisi", scope: "everywhere" }, "https://a.example/x", NOW, "c1");
    expect(hide).toEqual({ id: "c1", kind: "hide", key: "Q994", name: "Tbilisi", createdAt: NOW.toISOString() });
    const out = applyCorrections(mentions, [hide], "https://other.example/");
    expect(out.map((m) => m.text)).toEqual(["Georgia", "Georgia", "georgia"]);
  });

  it("hides a thing only on the site it was made on (and its subdomains)", () => {
    const hide = makeCorrection({ kind: "hide", key: "Q230", name: "Georgia", scope: "site" }, "https://news.example/story", NOW, "c2");
    expect(hide.kind === "hide" && hide.site).toBe("news.example");
    expect(applyCorrections(mentions, [hide], "https://news.example/other").map((m) => m.text)).toEqual(["Tbilisi"]);
    expect(applyCorrections(mentions, [hide], "https://www.news.example/").map((m) => m.text)).toEqual(["Tbilisi"]);
    expect(applyCorrections(mentions, [hide], "https://elsewhere.example/")).toHaveLength(4);
  });

  it("unlinks a rejected form from its entity, whatever its case, and keeps it highlighted", () => {
    const wrong = makeCorrection({ kind: "wrong-entity", entityId: "Q230", form: "Georgia", name: "Georgia (country)" }, undefined, NOW, "c3");
    const out = applyCorrections(mentions, [wrong], "https://a.example/");
    expect(out).toHaveLength(4);
    const unlinked = out.filter((m) => m.entityId === null);
    expect(unlinked.map((m) => m.text)).toEqual(["Georgia", "Georgia", "georgia"]);
    expect(unlinked[0]!.key).toBe("local:Georgia");
    expect(unlinked[0]!.confidence).toBeLessThan(0.9);
    expect(unlinked[0]!.rule).toContain("rejected");
    expect(out[1]).toEqual(mentions[1]);
  });

  it("leaves the input untouched and returns a copy when there is nothing to apply", () => {
    const copy = applyCorrections(mentions, [], undefined);
    expect(copy).toEqual(mentions);
    expect(copy).not.toBe(mentions);
  });

  it("treats the same correction made twice as one", () => {
    const a = makeCorrection({ kind: "hide", key: "Q1", name: "X", scope: "everywhere" }, undefined, NOW, "a");
    const b = makeCorrection({ kind: "hide", key: "Q1", name: "X", scope: "everywhere" }, undefined, NOW, "b");
    const c = makeCorrection({ kind: "hide", key: "Q1", name: "X", scope: "site" }, "https://s.example/", NOW, "c");
    expect(sameCorrection(a, b)).toBe(true);
    expect(sameCorrection(a, c)).toBe(false);
    expect(formKey("  New   York ")).toBe("new york");
  });

  it("drops damaged stored items and keeps the rest", () => {
    const good: Correction = { id: "1", kind: "hide", key: "Q1", name: "X", createdAt: NOW.toISOString() };
    const { corrections, dropped } = parseCorrections([good, null, { id: "2", kind: "hide" }, { ...good, id: "3", kind: "teleport" }]);
    expect(corrections).toEqual([good]);
    expect(dropped).toBe(3);
    expect(parseCorrections("junk")).toEqual({ corrections: [], dropped: 1 });
    expect(parseCorrections(undefined)).toEqual({ corrections: [], dropped: 0 });
  });
});
