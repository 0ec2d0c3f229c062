/**
 * Background (service worker in Chrome, event page in Firefox): holds the knowledge base, loaded
 * once, answers recognition requests from content scripts, keeps each tab's status for the popup
 * and the badge. (First version; the popup and controls work extends it.)
 */
import datasetText from "gloss:dataset";
import { analyzeText } from "../core/analyze";
import { createKnowledgeBase, type KnowledgeBase } from "../core/dataset/kb";
import type { CompiledDataset } from "../core/dataset/schema";
import browser, { type Runtime } from "../shared/browser";
import { isMessage, type Message, type PageStatus, type Replies, type Result } from "../shared/messages";

let kb: KnowledgeBase | undefined;
function knowledgeBase(): KnowledgeBase {
  kb ??= createKnowledgeBase(JSON.parse(datasetText) as CompiledDataset);
  return kb;
}

const statusByTab = new Map<number, PageStatus>();

async function handle(message: Message, sender: { tab?: { id?: number } }): Promise<unknown> {
  switch (message.type) {
    case "cs/analyze": {
      const { mentions, cards } = analyzeText(message.text, knowledgeBase(), { publishedAt: message.publishedAt });
      return { mentions, cards } satisfies Replies["cs/analyze"];
    }
    case "cs/status": {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return null;
      statusByTab.set(tabId, message.status);
      const text = message.status.kind === "ready" && message.status.cards.length ? String(message.status.cards.filter((c) => ["person", "place", "organization", "event"].includes(c.type)).length) : "";
      await browser.action.setBadgeText({ tabId, text });
      return null;
    }
    case "ui/get-status":
      return statusByTab.get(message.tabId) ?? { kind: "unavailable", reason: "Gloss has not run on this page." };
    default:
      throw new Error(`unknown message ${message.type}`);
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined => {
  if (!isMessage(raw)) return undefined;
  // Only our own extension's pages and content scripts talk to us.
  if (sender.id !== browser.runtime.id) return undefined;
  return handle(raw, sender).then(
    (value) => ({ ok: true as const, value }),
    (err: unknown) => ({ ok: false as const, error: err instanceof Error ? err.message : String(err) }),
  );
});

browser.tabs.onRemoved.addListener((tabId) => statusByTab.delete(tabId));

// Keyboard commands (manifest `commands`) go to the active tab's content script, which opens the
// card of the next or previous highlight.
browser.commands?.onCommand.addListener((command: string) => {
  if (command !== "next-highlight" && command !== "previous-highlight") return;
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    if (tab?.id === undefined) return;
    const message: Message = { type: "bg/step", direction: command === "next-highlight" ? 1 : -1 };
    return browser.tabs.sendMessage(tab.id, message);
  }).catch(() => {
    // No content script on that tab (browser page, store): nothing to move through.
  });
});
