/**
 * Name recognition: people, places, organizations, events (and nationalities) in English text,
 * linked to knowledge-base entries where possible. (Placeholder: replaced by the recognizer.)
 */
import type { KnowledgeBase } from "../dataset/kb";
import type { Mention } from "../types";

export function recognizeNames(_text: string, _kb: KnowledgeBase): Mention[] {
  return [];
}
