/**
 * The attributes Gloss sets on `<html>` (issue 2's observable contract): `data-gloss` ("working",
 * "ready", "not-article", "skipped") and `data-gloss-mentions`. The page's own values, if it had
 * any, are remembered and put back on teardown, so the DOM serializes exactly as before.
 */
const ATTRS = ["data-gloss", "data-gloss-mentions"] as const;

export type GlossState = "working" | "ready" | "not-article" | "skipped";

export class Marker {
  private original: Map<string, string | null> | undefined;

  constructor(private readonly root: Element) {}

  private remember(): void {
    if (this.original) return;
    this.original = new Map(ATTRS.map((a) => [a, this.root.getAttribute(a)]));
  }

  set(state: GlossState, mentions?: number): void {
    this.remember();
    this.root.setAttribute("data-gloss", state);
    if (mentions === undefined) this.root.removeAttribute("data-gloss-mentions");
    else this.root.setAttribute("data-gloss-mentions", String(mentions));
  }

  restore(): void {
    if (!this.original) return;
    for (const [name, value] of this.original) {
      if (value === null) this.root.removeAttribute(name);
      else this.root.setAttribute(name, value);
    }
    this.original = undefined;
  }
}
