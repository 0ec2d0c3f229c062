/**
 * Where the card goes: a pure function of measurements taken once (the hovered words' box, the
 * card's size, the viewport), so it is tested without a browser. The card never covers the
 * hovered words: it sits below them, or above when there is more room there, and shrinks (its
 * content scrolls) rather than overlap; horizontally it stays inside the viewport.
 */
import { CARD_GAP_PX, VIEWPORT_MARGIN_PX } from "../shared/constants";

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The card's height limit; its content scrolls past it. */
  maxHeight: number;
  side: "below" | "above";
}

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const gap = CARD_GAP_PX;
  const margin = VIEWPORT_MARGIN_PX;
  const roomBelow = viewport.height - (anchor.top + anchor.height) - gap - margin;
  const roomAbove = anchor.top - gap - margin;
  const side = card.height <= roomBelow || roomBelow >= roomAbove ? "below" : "above";
  const room = Math.max(0, side === "below" ? roomBelow : roomAbove);
  const height = Math.min(card.height, room);
  const top = side === "below" ? anchor.top + anchor.height + gap : anchor.top - gap - height;
  const width = Math.min(card.width, viewport.width - 2 * margin);
  let left = anchor.left;
  left = Math.min(left, viewport.width - margin - width);
  left = Math.max(left, margin);
  return { left, top, maxHeight: room, side };
}

/** Whether a point lies inside any of the boxes (with a pixel of slack for sub-pixel edges). */
export function pointInBoxes(x: number, y: number, boxes: Iterable<Box>): boolean {
  for (const b of boxes) {
    if (x >= b.left - 1 && x <= b.left + b.width + 1 && y >= b.top - 1 && y <= b.top + b.height + 1) return true;
  }
  return false;
}
