import { describe, expect, it } from "vitest";
import { placeCard, pointInBoxes, type Box } from "../../../src/content/layout";

const viewport = { width: 1000, height: 800 };
const card = { width: 340, height: 200 };
const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && a.left + a.width > b.left && a.top < b.top + b.height && a.top + a.height > b.top;

describe("placeCard", () => {
  it("puts the card below the words when there is room", () => {
    const anchor = { left: 100, top: 100, width: 80, height: 20 };
    const p = placeCard(anchor, card, viewport);
    expect(p.side).toBe("below");
    expect(p.top).toBeGreaterThanOrEqual(anchor.top + anchor.height);
    expect(p.left).toBe(100);
  });

  it("goes above words near the bottom of the viewport", () => {
    const anchor = { left: 100, top: 700, width: 80, height: 20 };
    const p = placeCard(anchor, card, viewport);
    expect(p.side).toBe("above");
    expect(p.top + Math.min(card.height, p.maxHeight)).toBeLessThanOrEqual(anchor.top);
  });

  it("stays inside the viewport horizontally", () => {
    const p = placeCard({ left: 950, top: 100, width: 40, height: 20 }, card, viewport);
    expect(p.left + card.width).toBeLessThanOrEqual(viewport.width);
    const q = placeCard({ left: -30, top: 100, width: 40, height: 20 }, card, viewport);
    expect(q.left).toBeGreaterThanOrEqual(0);
  });

  it("never covers the words, shrinking the card when neither side fits", () => {
    for (let top = 0; top < 800; top += 37) {
      const anchor = { left: 200, top, width: 120, height: 40 };
      const p = placeCard(anchor, { width: 340, height: 900 }, viewport);
      const shown = { left: p.left, top: p.top, width: 340, height: Math.min(900, p.maxHeight) };
      expect(overlaps(shown, anchor)).toBe(false);
      expect(shown.top).toBeGreaterThanOrEqual(0);
      expect(shown.top + shown.height).toBeLessThanOrEqual(viewport.height);
    }
  });
});

describe("pointInBoxes", () => {
  it("finds a point in any of the boxes, with a pixel of slack", () => {
    const boxes = [{ left: 10, top: 10, width: 20, height: 10 }, { left: 0, top: 30, width: 15, height: 10 }];
    expect(pointInBoxes(12, 12, boxes)).toBe(true);
    expect(pointInBoxes(5, 35, boxes)).toBe(true);
    expect(pointInBoxes(31, 20.5, boxes)).toBe(true);
    expect(pointInBoxes(40, 40, boxes)).toBe(false);
  });
});
