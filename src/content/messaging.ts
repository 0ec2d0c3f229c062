/**
 * Talking to the background from the page: typed requests whose `Result` replies are unwrapped,
 * and the one test for "the extension was reloaded or removed under us" (then the content script
 * tears down quietly instead of throwing into the page).
 */
import browser from "../shared/browser";
import type { Message, Replies, Result } from "../shared/messages";

export class ContextInvalidated extends Error {}

/** False once the extension that injected this script is gone (updated, reloaded, removed). */
export function extensionAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

export async function send<M extends Message>(message: M): Promise<Replies[M["type"]]> {
  if (!extensionAlive()) throw new ContextInvalidated("extension context invalidated");
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(message);
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    if (/context invalidated|extension context|receiving end does not exist/i.test(text) && !extensionAlive()) {
      throw new ContextInvalidated(text);
    }
    throw err;
  }
  const result = reply as Result<Replies[M["type"]]> | undefined;
  if (!result || typeof result !== "object" || !("ok" in result)) throw new Error(`no reply to ${message.type}`);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
