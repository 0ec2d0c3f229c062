/**
 * Corrections a reader makes from the popup, kept on the device (storage.local) and applied by the
 * background to every analysis, so they take effect at once and survive restarts and updates.
 *
 * - "wrong-entity": this form of words is not that entry; its mentions stay highlighted, unlinked
 *   (the card then says the name is not in the dataset).
 * - "hide": do not highlight this thing (by mention key), on one site or everywhere.
 *
 * Pure: no `browser.*`; the background reads and writes them through storage.ts.
 */
import type { Mention } from "../core/types";
import { hostMatches, hostOf } from "./settings";

export type Correction =
  | { id: string; kind: "wrong-entity"; entityId: string; form: string; name: string; createdAt: string }
  | { id: string; kind: "hide"; key: string; name: string; site?: string; createdAt: string };

/** The part of a correction the popup chooses; id and date are added on save. */
export type CorrectionRequest =
  | { kind: "wrong-entity"; entityId: string; form: string; name: string }
  | { kind: "hide"; key: string; name: string; scope: "site" | "everywhere" };

/** Confidence given to a mention whose link a reader rejected: it is a name, but of what is unknown. */
const UNLINKED_CONFIDENCE = 0.3;

/** Case- and space-insensitive comparison form of an alias. */
export function formKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Builds the stored correction; `url` is the page it was made on (for site scope). */
export function makeCorrection(req: CorrectionRequest, url: string | undefined, now: Date, id: string): Correction {
  const createdAt = now.toISOString();
  if (req.kind === "wrong-entity") {
    return { id, kind: "wrong-entity", entityId: req.entityId, form: formKey(req.form), name: req.name, createdAt };
  }
  const site = req.scope === "site" ? hostOf(url) || undefined : undefined;
  return { id, kind: "hide", key: req.key, name: req.name, ...(site ? { site } : {}), createdAt };
}

/** Whether two corrections say the same thing (saving the same one twice keeps one). */
export function sameCorrection(a: Correction, b: Correction): boolean {
  if (a.kind === "wrong-entity" && b.kind === "wrong-entity") return a.entityId === b.entityId && a.form === b.form;
  if (a.kind === "hide" && b.kind === "hide") return a.key === b.key && a.site === b.site;
  return false;
}

/**
 * Applies corrections to a page's mentions: hidden things are dropped, rejected links unlinked
 * (keyed `local:<text>` like any name outside the dataset). Returns a new array; input untouched.
 */
export function applyCorrections(mentions: readonly Mention[], corrections: readonly Correction[], url: string | undefined): Mention[] {
  if (!corrections.length) return mentions.slice();
  const host = hostOf(url);
  const hidden = new Set<string>();
  const rejected = new Map<string, Set<string>>();
  for (const c of corrections) {
    if (c.kind === "hide") {
      if (!c.site || (host && hostMatches(host, c.site))) hidden.add(c.key);
    } else {
      const forms = rejected.get(c.entityId) ?? new Set<string>();
      forms.add(c.form);
      rejected.set(c.entityId, forms);
    }
  }
  const out: Mention[] = [];
  for (const m of mentions) {
    if (hidden.has(m.key)) continue;
    const forms = m.entityId ? rejected.get(m.entityId) : undefined;
    if (forms && forms.has(formKey(m.text))) {
      const unlinked: Mention = {
        ...m,
        entityId: null,
        name: m.text,
        key: `local:${m.text}`,
        confidence: Math.min(m.confidence, UNLINKED_CONFIDENCE),
        rule: `${m.rule}; link rejected by you`,
      };
      if (hidden.has(unlinked.key)) continue;
      out.push(unlinked);
      continue;
    }
    out.push(m);
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Reads stored corrections, dropping (and counting) damaged items instead of losing all of them. */
export function parseCorrections(stored: unknown): { corrections: Correction[]; dropped: number } {
  if (!Array.isArray(stored)) return { corrections: [], dropped: stored === undefined ? 0 : 1 };
  const corrections: Correction[] = [];
  let dropped = 0;
  for (const item of stored) {
    if (!isRecord(item) || typeof item.id !== "string" || typeof item.name !== "string" || typeof item.createdAt !== "string") {
      dropped++;
      continue;
    }
    if (item.kind === "wrong-entity" && typeof item.entityId === "string" && typeof item.form === "string") {
      corrections.push({ id: item.id, kind: "wrong-entity", entityId: item.entityId, form: item.form, name: item.name, createdAt: item.createdAt });
    } else if (item.kind === "hide" && typeof item.key === "string" && (item.site === undefined || typeof item.site === "string")) {
      corrections.push({ id: item.id, kind: "hide", key: item.key, name: item.name, ...(typeof item.site === "string" ? { site: item.site } : {}), createdAt: item.createdAt });
    } else {
      dropped++;
    }
  }
  return { corrections, dropped };
}
