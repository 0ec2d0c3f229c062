/**
 * What the popup asks of the browser, behind one interface so DOM tests pass a fake. The real one
 * talks to the background through the typed protocol.
 */
import type { Card } from "../core/types";
import browser from "../shared/browser";
import type { CorrectionRequest } from "../shared/corrections";
import { isMessage, type PageStatus, type PauseState } from "../shared/messages";
import { send } from "../shared/rpc";

export type PauseTarget = "tab" | "site" | "everywhere";

export interface PopupApi {
  getStatus(tabId: number): Promise<PageStatus>;
  getPause(tabId: number): Promise<PauseState>;
  setPause(tabId: number, scope: PauseTarget, paused: boolean): Promise<PauseState>;
  reveal(tabId: number, key: string, index: number): Promise<boolean>;
  correct(tabId: number, correction: CorrectionRequest): Promise<void>;
  lookup(text: string): Promise<Card | null>;
  copy(text: string): Promise<void>;
  openOptions(): void;
  /** Calls back when the background says a tab's status changed; returns the unsubscribe. */
  onStatusChanged(listener: (tabId: number) => void): () => void;
}

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Clipboard API refused (no focus, older browser): the selection-and-copy way still works.
    const area = document.createElement("textarea");
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
}

export const browserPopupApi: PopupApi = {
  getStatus: (tabId) => send({ type: "ui/get-status", tabId }),
  getPause: (tabId) => send({ type: "ui/get-pause", tabId }),
  setPause: (tabId, scope, paused) => send({ type: "ui/set-pause", tabId, scope, paused }),
  reveal: (tabId, key, index) => send({ type: "ui/reveal", tabId, key, index }),
  correct: async (tabId, correction) => {
    await send({ type: "ui/correct", tabId, correction });
  },
  lookup: (text) => send({ type: "ui/lookup", text }),
  copy: copyText,
  openOptions: () => void browser.runtime.openOptionsPage(),
  onStatusChanged(listener) {
    const onMessage = (raw: unknown): undefined => {
      if (isMessage(raw) && raw.type === "bg/status-changed") listener(raw.tabId);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  },
};
