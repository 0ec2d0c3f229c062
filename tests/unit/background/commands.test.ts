import { describe, expect, it } from "vitest";
import { handleCommand } from "../../../src/background/commands";
import type { Message } from "../../../src/shared/messages";

function deps(tabId: number | undefined, fail = false) {
  const sent: [number, Message][] = [];
  return {
    sent,
    activeTabId: async () => tabId,
    send: async (id: number, message: Message) => {
      if (fail) throw new Error("Could not establish connection. Receiving end does not exist.");
      sent.push([id, message]);
    },
  };
}

describe("keyboard commands", () => {
  it("forwards next and previous to the active tab as bg/step", async () => {
    const d = deps(12);
    expect(await handleCommand(d, "next-highlight")).toBe(12);
    expect(await handleCommand(d, "previous-highlight")).toBe(12);
    expect(d.sent).toEqual([[12, { type: "bg/step", direction: 1 }], [12, { type: "bg/step", direction: -1 }]]);
  });

  it("ignores unknown commands, no active tab, and tabs without a content script", async () => {
    const d = deps(12);
    expect(await handleCommand(d, "_execute_action")).toBeUndefined();
    expect(await handleCommand(deps(undefined), "next-highlight")).toBeUndefined();
    expect(await handleCommand(deps(3, true), "next-highlight")).toBeUndefined();
    expect(d.sent).toEqual([]);
  });
});
