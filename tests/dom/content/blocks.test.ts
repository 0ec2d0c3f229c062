import { describe, expect, it } from "vitest";
import { blockIsCurrent, distributeMentions, joinBlocks, positionOf, rangeOf, readableBlocks, readBlock } from "../../../src/content/blocks";
import type { Mention } from "../../../src/core/types";
import { buildTextMap } from "../../../src/dom/text-map";

// happy-dom has no StaticRange: a stand-in with the same shape (the real one is tested in the e2e suite).
class FakeStaticRange {
  constructor(init: StaticRangeInit) {
    Object.assign(this, init);
  }
}
Object.defineProperty(window, "StaticRange", { value: FakeStaticRange, configurable: true, writable: true });

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

function mention(text: string, start: number): Mention {
  return { start, end: start + text.length, text, type: "person", entityId: null, name: text, key: `local:${text}`, confidence: 1, rule: "test" };
}

describe("blocks", () => {
  it("joins block texts exactly as buildTextMap does for the CLI", () => {
    const body = page("<p>Joe <em>Biden</em> met</p><p></p><p>Volodymyr Zelenskyy.</p><ul><li>One</li><li>Two</li></ul>");
    const els = Array.from(body.querySelectorAll("p, ul"));
    const blocks = els.map(readBlock);
    expect(joinBlocks(blocks)).toBe(buildTextMap(els).text);
  });

  it("maps mentions across inline elements to ranges over the right nodes", () => {
    const body = page("<p>President Joe <em>Biden</em> spoke.</p><p>Then Zelenskyy.</p>");
    const blocks = Array.from(body.querySelectorAll("p"), readBlock);
    const text = joinBlocks(blocks);
    distributeMentions(blocks, [mention("Joe Biden", text.indexOf("Joe")), mention("Zelenskyy", text.indexOf("Zelenskyy"))]);
    expect(blocks[0]!.mentions.map((m) => m.start)).toEqual([10]);
    expect(blocks[1]!.mentions.map((m) => m.start)).toEqual([5]);
    const r = rangeOf(document, blocks[0]!, 10, 19)!;
    expect((r.startContainer as Text).data).toBe("President Joe ");
    expect(r.startOffset).toBe(10);
    expect((r.endContainer as Text).data).toBe("Biden");
    expect(r.endOffset).toBe(5);
  });

  it("puts a start at a node boundary into the later node and an end into the earlier one", () => {
    const body = page("<p>ab<b>cd</b>ef</p>");
    const map = buildTextMap([body.querySelector("p")!]);
    expect(positionOf(map, 2, false)!.node.data).toBe("cd");
    expect(positionOf(map, 2, true)!.node.data).toBe("ab");
    expect(positionOf(map, 4, true)).toMatchObject({ offset: 2 });
  });

  it("drops a mention that crosses a block boundary", () => {
    const body = page("<p>New</p><p>York</p>");
    const blocks = Array.from(body.querySelectorAll("p"), readBlock);
    joinBlocks(blocks);
    distributeMentions(blocks, [mention("New\n\nYork", 0)]);
    expect(blocks.flatMap((b) => b.mentions)).toEqual([]);
  });

  it("never reads editable regions, code or form controls, nor nested blocks twice", () => {
    const body = page(`<div id="a"><p id="in">text</p></div><div contenteditable="true"><p id="edit">x</p></div><pre><p id="code">y</p></pre><p id="plain">z</p>`);
    const picked = readableBlocks([body.querySelector("#a")!, body.querySelector("#in")!, body.querySelector("#edit")!, body.querySelector("#code")!, body.querySelector("#plain")!]);
    expect(picked.map((e) => e.id)).toEqual(["a", "plain"]);
  });

  it("notices when the page changed a block's text", () => {
    const body = page("<p>Hello <b>world</b></p>");
    const block = readBlock(body.querySelector("p")!);
    expect(blockIsCurrent(block)).toBe(true);
    (body.querySelector("b")!.firstChild as Text).data = "there";
    expect(blockIsCurrent(block)).toBe(false);
    const again = readBlock(body.querySelector("p")!);
    body.querySelector("b")!.replaceChildren(document.createTextNode("there"));
    expect(blockIsCurrent(again)).toBe(false);
  });
});
