import { describe, expect, it } from "vitest";
import { handleMenuClick, LOOKUP_MENU_ID, MAX_LOOKUP_CHARS } from "../../../src/background/context-menu";

function deps() {
  const opened: object[] = [];
  return {
    opened,
    popupUrl: (query: string) => `moz-extension://uuid/popup.html${query}`,
    openWindow: async (options: object) => {
      opened.push(options);
    },
  };
}

describe("context menu: Look up “selection” in Gloss", () => {
  it("opens the popup page in lookup mode in a small window, with the selection encoded", async () => {
    const d = deps();
    const url = await handleMenuClick(d, { menuItemId: LOOKUP_MENU_ID, selectionText: "  Volodymyr\n Zelenskyy & co " });
    expect(url).toBe("moz-extension://uuid/popup.html?lookup=Volodymyr%20Zelenskyy%20%26%20co");
    expect(d.opened).toEqual([{ url, type: "popup", width: 400, height: 540 }]);
    expect(new URL(url!).searchParams.get("lookup")).toBe("Volodymyr Zelenskyy & co");
  });

  it("ignores other menu items and empty selections, and cuts long selections", async () => {
    const d = deps();
    expect(await handleMenuClick(d, { menuItemId: "other", selectionText: "x" })).toBeUndefined();
    expect(await handleMenuClick(d, { menuItemId: LOOKUP_MENU_ID, selectionText: " \n " })).toBeUndefined();
    expect(d.opened).toHaveLength(0);
    const url = await handleMenuClick(d, { menuItemId: LOOKUP_MENU_ID, selectionText: "a".repeat(5000) });
    expect(new URL(url!).searchParams.get("lookup")).toHaveLength(MAX_LOOKUP_CHARS);
  });
});
