import { describe, expect, it } from "vitest";
import { extractStory, MAX_ELEMENTS } from "../../../src/dom/extract";
import { page, prose, textOf } from "./helpers";

describe("extractStory", () => {
  it("keeps every story paragraph and subheading, and none of the page furniture", () => {
    const doc = page(`<html><body>
      <header class="site-header"><nav><a href="/">Home</a><a href="/world">World</a></nav></header>
      <main><article>
        <h1>Leaders sign pact</h1>
        <p class="byline">By Jane Doe</p>
        <div class="article-body">
          ${prose(3)}
          <figure><img src="x.jpg"><figcaption>Leaders at the summit. Photo: Agency</figcaption></figure>
          <h2>What comes next</h2>
          ${prose(2, "the loan")}
          <div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
          <ul><li>The loan is backed by frozen assets held in Europe.</li><li>It will be repaid from interest.</li></ul>
          <blockquote>We are not backing down, the president said at the summit.</blockquote>
        </div>
        <aside class="related"><h3>Related</h3><ul><li><a href="/a">Another story about the summit</a></li></ul></aside>
      </article></main>
      <div id="comments"><h3>Be the first to comment</h3><form class="comment-form"><textarea></textarea><p>Your email address will not be published.</p></form></div>
      <footer><p>© 2024 Example News. All rights reserved.</p></footer>
    </body></html>`);
    const text = textOf(extractStory(doc).blocks);
    for (let i = 1; i <= 3; i++) expect(text).toContain(`Paragraph ${i} about the summit`);
    expect(text).toContain("Paragraph 2 about the loan");
    expect(text).toContain("What comes next");
    expect(text).toContain("frozen assets");
    expect(text).toContain("We are not backing down");
    for (const furniture of ["Home", "Leaders sign pact", "By Jane Doe", "Photo: Agency", "Share on Facebook", "Another story", "Be the first", "email address", "All rights reserved"]) {
      expect(text).not.toContain(furniture);
    }
  });

  it("returns blocks in document order, none inside another", () => {
    const doc = page(`<body><div class="content">${prose(4)}<div><p>Nested paragraph that is part of the story too, with enough words to count as prose.</p></div></div></body>`);
    const { blocks } = extractStory(doc);
    for (let i = 1; i < blocks.length; i++) {
      expect(blocks[i - 1]!.compareDocumentPosition(blocks[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(blocks[i - 1]!.contains(blocks[i]!)).toBe(false);
    }
    expect(textOf(blocks)).toContain("Nested paragraph");
  });

  it("takes a story split by ads across sibling containers", () => {
    const doc = page(`<body><div class="post">
      <div class="text-block">${prose(3, "part one")}</div>
      <div class="ad-slot"><p>Advertisement</p></div>
      <div class="text-block">${prose(3, "part two")}</div>
    </div><div class="sidebar">${prose(1, "the sidebar")}</div></body>`);
    const text = textOf(extractStory(doc).blocks);
    expect(text).toContain("Paragraph 3 about part one");
    expect(text).toContain("Paragraph 1 about part two");
    expect(text).not.toContain("Advertisement");
    expect(text).not.toContain("the sidebar");
  });

  it("reads text written with line breaks instead of paragraphs", () => {
    const lines = "The council approved the budget on Monday after a long debate about the new bridge.<br><br>".repeat(6);
    const doc = page(`<body><table><tr><td class="nav"><a href="/">Home</a></td><td><div id="story">${lines}</div></td></tr></table></body>`);
    const x = extractStory(doc);
    expect(textOf(x.blocks)).toContain("approved the budget");
    expect(x.paragraphs).toBeGreaterThan(1);
  });

  it("finds the story when a wrapper's class names furniture (a layout with a sidebar)", () => {
    const doc = page(`<body><div class="layout-with-sidebar"><div class="theiaStickySidebar"><article>${prose(6)}</article></div></div>
      <div class="sidebar"><p>Short note in the sidebar that is long enough to be a paragraph of text.</p></div></body>`);
    const text = textOf(extractStory(doc).blocks);
    expect(text).toContain("Paragraph 6 about the summit");
    expect(text).not.toContain("Short note");
  });

  it("keeps reader comments out even when they outweigh the story", () => {
    const comments = Array.from({ length: 12 }, (_, i) => `<div class="comment"><p>Reader ${i} wrote a long and thoughtful reply, arguing at length that the summit changed nothing at all for anyone.</p></div>`).join("");
    const doc = page(`<body><article><div class="entry-content">${prose(4)}</div></article><section id="comments" class="comments">${comments}</section></body>`);
    const text = textOf(extractStory(doc).blocks);
    expect(text).toContain("Paragraph 4 about the summit");
    expect(text).not.toContain("Reader");
  });

  it("skips hidden elements", () => {
    const doc = page(`<body><div class="content">${prose(3)}<p style="display:none">Hidden paragraph that should never be read by anyone at all.</p><p hidden>Also hidden from everyone who reads it.</p></div></body>`);
    const text = textOf(extractStory(doc).blocks);
    expect(text).not.toContain("Hidden paragraph");
    expect(text).not.toContain("Also hidden");
  });

  it("marks only the teaser of a paywalled story", () => {
    const doc = page(`<body><article><div class="article-body">${prose(2)}</div><div class="paywall-prompt subscribe"><p>Subscribe to continue reading this story and get unlimited access.</p></div></article></body>`);
    const text = textOf(extractStory(doc).blocks);
    expect(text).toContain("Paragraph 2");
    expect(text).not.toContain("Subscribe");
  });

  it("gives up on pages over the element cap without walking them all", () => {
    const doc = page("<body></body>");
    const div = doc.createElement("div");
    for (let i = 0; i <= MAX_ELEMENTS; i++) div.appendChild(doc.createElement("span"));
    doc.body.appendChild(div);
    const x = extractStory(doc);
    expect(x.tooLarge).toBe(true);
    expect(x.blocks).toEqual([]);
  });

  it("measures the page for the detector", () => {
    const x = extractStory(page(`<body><div class="content">${prose(8)}</div><nav><a href="/">Home page link</a></nav></body>`));
    expect(x.paragraphs).toBe(8);
    expect(x.readerable).toBeGreaterThan(20);
    expect(x.pageLinkText).toBeGreaterThan(0);
    expect(x.textChars).toBeGreaterThan(1000);
  });
});
