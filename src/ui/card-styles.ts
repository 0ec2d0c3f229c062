/**
 * Styles of the hover card, loaded inside its shadow root so page CSS cannot reach in and card
 * CSS cannot leak out. Light and dark themes; the fade is off under prefers-reduced-motion.
 */
import { CARD_WIDTH_PX, FADE_IN_MS, FADE_OUT_MS } from "../shared/constants";

export const CARD_CSS = `
:host { all: initial; }
.gloss-card {
  --bg: #ffffff; --fg: #1f2328; --muted: #57606a; --rule: #d0d7de; --accent: #0067a3; --shadow: rgba(31, 35, 40, 0.18);
  box-sizing: border-box; position: relative; width: ${CARD_WIDTH_PX}px; max-width: calc(100vw - 16px);
  max-height: inherit; overflow: auto; padding: 12px 14px 10px; border: 1px solid var(--rule); border-radius: 8px;
  background: var(--bg); color: var(--fg); box-shadow: 0 6px 24px var(--shadow);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif; text-align: left;
  opacity: 0; transform: translateY(3px); transition: opacity ${FADE_IN_MS}ms ease-out, transform ${FADE_IN_MS}ms ease-out;
}
.gloss-card.theme-dark { --bg: #1f2428; --fg: #e6edf3; --muted: #9da7b3; --rule: #3d444d; --accent: #56b4e9; --shadow: rgba(0, 0, 0, 0.5); }
.gloss-card.phase-in { opacity: 1; transform: none; }
.gloss-card.phase-out { opacity: 0; transition-duration: ${FADE_OUT_MS}ms; }
@media (prefers-reduced-motion: reduce) { .gloss-card { transition: none; transform: none; } }
.gloss-card:focus { outline: 2px solid var(--accent); outline-offset: 1px; }
.gloss-card * { box-sizing: border-box; }
.context-card { padding-right: 18px; }
.cc-head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.cc-name { margin: 0; font-size: 16px; font-weight: 650; line-height: 1.3; }
.cc-type { font-size: 11px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
.cc-badge { font-size: 11px; color: var(--muted); border: 1px solid var(--rule); border-radius: 3px; padding: 0 4px; }
.cc-description { margin: 4px 0 0; }
.cc-note { margin: 6px 0 2px; color: var(--muted); font-size: 12px; }
.cc-quote { margin: 0; padding-left: 8px; border-left: 3px solid var(--rule); font-style: italic; }
.cc-facts { margin: 8px 0 0; padding: 0; }
.cc-fact { display: grid; grid-template-columns: 38% 1fr; gap: 6px; padding: 3px 0; border-top: 1px solid var(--rule); }
.cc-fact dt { color: var(--muted); font-size: 12px; }
.cc-fact dd { margin: 0; }
.cc-source { display: block; color: var(--muted); font-size: 11px; }
.cc-context { margin: 8px 0 0; padding-left: 16px; }
.cc-provenance { margin: 8px 0 0; color: var(--muted); font-size: 11px; }
.gc-close { position: absolute; top: 4px; right: 6px; width: 24px; height: 24px; padding: 0; border: 0; border-radius: 4px;
  background: transparent; color: var(--muted); font: 18px/24px system-ui, sans-serif; cursor: pointer; }
.gc-close:hover, .gc-close:focus-visible { background: var(--rule); color: var(--fg); }
.gc-mentions { display: flex; align-items: center; justify-content: flex-end; gap: 6px; margin-top: 8px; font-size: 12px; color: var(--muted); }
.gc-mentions button { min-width: 28px; height: 24px; border: 1px solid var(--rule); border-radius: 4px; background: transparent;
  color: var(--fg); font: 16px/1 system-ui, sans-serif; cursor: pointer; }
.gc-mentions button:hover, .gc-mentions button:focus-visible { border-color: var(--accent); }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.gc-live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
`;
