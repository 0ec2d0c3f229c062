import { describe, expect, it } from "vitest";
import { unavailableReason } from "../../../src/background/page-access";

describe("pages Gloss cannot read", () => {
  it.each([
    ["chrome://settings/", "restricted"],
    ["about:addons", "restricted"],
    ["about:blank", "restricted"],
    ["moz-extension://abc/popup.html", "restricted"],
    ["chrome-extension://abc/options.html", "restricted"],
    ["view-source:https://example.com/", "restricted"],
    ["data:text/html,hi", "restricted"],
    [undefined, "restricted"],
    ["https://chromewebstore.google.com/detail/abc", "store"],
    ["https://chrome.google.com/webstore/detail/abc", "store"],
    ["https://addons.mozilla.org/en-US/firefox/", "store"],
    ["https://example.com/report.PDF", "pdf"],
    ["file:///home/me/paper.pdf", "pdf"],
  ])("%s → %s", (url, code) => {
    expect(unavailableReason(url)).toBe(code);
  });

  it.each(["https://news.example/story", "http://127.0.0.1:8080/article.html", "file:///home/me/a.html", "https://chrome.google.com/search"])("%s is readable", (url) => {
    expect(unavailableReason(url)).toBeNull();
  });
});
