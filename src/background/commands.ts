/**
 * Keyboard commands (manifest `commands`): forwarded to the content script of the active tab of
 * the last focused window as `bg/step`, which opens the card of the next or previous highlight.
 */
import type { Message } from "../shared/messages";

export interface CommandDeps {
  activeTabId(): Promise<number | undefined>;
  send(tabId: number, message: Message): Promise<unknown>;
}

const STEPS: Record<string, 1 | -1> = { "next-highlight": 1, "previous-highlight": -1 };

/** Returns the tab the command went to, or undefined when there was nothing to send it to. */
export async function handleCommand(deps: CommandDeps, command: string): Promise<number | undefined> {
  const direction = STEPS[command];
  if (direction === undefined) return undefined;
  const tabId = await deps.activeTabId();
  if (tabId === undefined) return undefined;
  try {
    await deps.send(tabId, { type: "bg/step", direction });
  } catch {
    // No content script on that tab (browser page, store): nothing to move through.
    return undefined;
  }
  return tabId;
}
