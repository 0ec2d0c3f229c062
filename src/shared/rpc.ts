/**
 * Sending a protocol message from an extension page or content script to the background, with the
 * reply typed by `Replies` and the `Result` unwrapped (an error reply becomes a thrown Error).
 */
import browser from "./browser";
import type { Message, Replies, Result } from "./messages";

export async function send<M extends Message>(message: M): Promise<M["type"] extends keyof Replies ? Replies[M["type"]] : never> {
  const reply = (await browser.runtime.sendMessage(message)) as Result<unknown> | undefined;
  if (!reply) throw new Error(`no reply to ${message.type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as M["type"] extends keyof Replies ? Replies[M["type"]] : never;
}
