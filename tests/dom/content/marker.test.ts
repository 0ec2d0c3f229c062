import { describe, expect, it } from "vitest";
import { Marker } from "../../../src/content/marker";

describe("Marker", () => {
  it("sets the contract attributes and restores the element exactly", () => {
    const html = document.createElement("html");
    html.setAttribute("lang", "en");
    const before = html.outerHTML;
    const marker = new Marker(html);
    marker.set("working");
    expect(html.getAttribute("data-gloss")).toBe("working");
    marker.set("ready", 12);
    expect(html.getAttribute("data-gloss-mentions")).toBe("12");
    marker.restore();
    expect(html.outerHTML).toBe(before);
  });

  it("puts back values the page had set itself", () => {
    const html = document.createElement("html");
    html.setAttribute("data-gloss", "page-owned");
    const marker = new Marker(html);
    marker.set("not-article");
    marker.restore();
    expect(html.getAttribute("data-gloss")).toBe("page-owned");
    expect(html.hasAttribute("data-gloss-mentions")).toBe(false);
  });
});
