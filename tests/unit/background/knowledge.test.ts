import { describe, expect, it, vi } from "vitest";

vi.mock("../../../src/shared/browser", () => ({ default: {} }));
import { createKnowledge } from "../../../src/background/knowledge";
import type { StoredUserDataset } from "../../../src/shared/user-dataset";
import { BUNDLED, entry } from "./fakes";

describe("knowledge base with the reader's entries", () => {
  it("parses the bundle lazily and once, and concatenates user entries before indexing", async () => {
    let parses = 0;
    let user: StoredUserDataset | null = null;
    const k = createKnowledge(() => {
      parses++;
      return JSON.stringify(BUNDLED);
    }, async () => user);
    expect(parses).toBe(0);
    expect((await k.get()).size).toBe(BUNDLED.entries.length);
    user = { version: 1, importedAt: "", entries: [entry("acme:1", "organization", "Acme"), { ...entry("Q212", "place", "Ukraine (ours)") }] };
    expect((await k.get()).get("acme:1")).toBeUndefined();
    k.invalidate();
    const kb = await k.get();
    expect(kb.get("acme:1")?.name).toBe("Acme");
    // Same id as a bundled entry: the reader's version wins.
    expect(kb.get("Q212")?.name).toBe("Ukraine (ours)");
    expect(parses).toBe(1);
    expect((await k.findByName("ACME"))?.id).toBe("acme:1");
  });

  it("keeps working on the bundle when the user dataset cannot be read", async () => {
    const k = createKnowledge(() => JSON.stringify(BUNDLED), async () => {
      throw new Error("storage broken");
    });
    expect((await k.get()).size).toBe(BUNDLED.entries.length);
    expect((await k.findByName("biden"))?.id).toBe("Q6279");
  });

  it("reports a broken bundled dataset once and keeps working on the reader's entries", async () => {
    const errors: unknown[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => { errors.push(args[0]); });
    try {
      const user: StoredUserDataset = { version: 1, importedAt: "", entries: [entry("acme:1", "organization", "Acme")] };
      const k = createKnowledge(() => '{"version":2,"entries":[{"id":', async () => user);
      const kb = await k.get();
      expect(kb.size).toBe(1);
      expect(kb.get("acme:1")?.name).toBe("Acme");
      k.invalidate();
      await k.get();
      expect(errors).toHaveLength(1);
      expect(String(errors[0])).toMatch(/bundled dataset cannot be read.*not valid JSON/);
    } finally {
      spy.mockRestore();
    }
  });

  it("warms the base and its alias index ahead of the first request, parsing once", async () => {
    let parses = 0;
    const k = createKnowledge(() => {
      parses++;
      return JSON.stringify(BUNDLED);
    }, async () => null);
    await k.warm();
    const kb = await k.get();
    expect(kb.aliases.count).toBeGreaterThan(0);
    expect(kb.get("Q212")?.name).toBe("Ukraine");
    expect(parses).toBe(1);
  });
});
