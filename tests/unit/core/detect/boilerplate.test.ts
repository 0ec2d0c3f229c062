import { describe, expect, it } from "vitest";
import { attributeWords, isBylineLine, isDateLine, isFurnitureLine, judgeAttributes } from "../../../../src/core/detect/boilerplate";

describe("attribute words", () => {
  it("splits class names on separators and camel case, and joins pairs", () => {
    expect(attributeWords("shareBar")).toEqual(expect.arrayContaining(["share", "bar", "sharebar"]));
    expect(attributeWords("related-articles")).toEqual(expect.arrayContaining(["related", "articles"]));
  });

  it("gives every word in order, a capital run staying one word", () => {
    expect(attributeWords("shareBar x")).toEqual(["share", "bar", "sharebar", "sharebar", "x"]);
    expect(attributeWords("HTMLParser")).toEqual(["htmlparser"]);
    expect(attributeWords("a1B__été-nav")).toEqual(["a1", "b", "a1b", "a1b", "t", "nav"]);
    expect(attributeWords("-- ")).toEqual([]);
  });

  it("flags furniture words as whole words only", () => {
    expect(judgeAttributes("ad-slot").furniture).toBe(true);
    expect(judgeAttributes("header-shadow reader").furniture).toBe(true);
    expect(judgeAttributes("read-more-shadow").furniture).toBe(false);
    expect(judgeAttributes("comments-list").strong).toBe(true);
    expect(judgeAttributes("Page-ad-margins").strong).toBe(false);
  });

  it("notices story words next to furniture words", () => {
    expect(judgeAttributes("article-body")).toEqual({ furniture: false, story: true });
    expect(judgeAttributes("ArticlePage-content paywall").story).toBe(true);
  });
});

describe("furniture lines", () => {
  it.each([
    "© 2024, GDC. All rights reserved.",
    "Copyright 2019 Hawaii News Now. All rights reserved.",
    "Be the first to comment",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "Your email address will not be published. Required fields are marked *",
    "Share this article",
    "Advertisement",
    "Related Stories",
    "Sign up for our daily newsletter",
  ])("%s is furniture", (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    "Biden said the comment was unfair, and the copyright office agreed to review the case next week.",
    "The company shares fell 4%.",
  ])("%s is story", (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });

  it("reads furniture lines in any case and spacing", () => {
    expect(isFurnitureLine("ADVERTISEMENT")).toBe(true);
    expect(isFurnitureLine("LEAVE\u00a0A   REPLY")).toBe(true);
    expect(isFurnitureLine("(C) 2024 Example Media")).toBe(true);
    expect(isFurnitureLine("You Might Also Like")).toBe(true);
    expect(isFurnitureLine("Photo Credit: Reuters")).toBe(true);
  });

  it("knows bylines and datelines", () => {
    expect(isBylineLine("By Scott Gordon")).toBe(true);
    expect(isBylineLine("By Jane Doe and John Roe, Reuters")).toBe(true);
    expect(isBylineLine("By the end of the year, prices rose.")).toBe(false);
    expect(isDateLine("Published Nov 18, 2019 at 4:07 PM")).toBe(true);
    expect(isDateLine("Thursday 13 June 2024")).toBe(true);
    expect(isDateLine("On June 13, 2024 the leaders met in Italy to sign a pact.")).toBe(false);
  });
});

describe("more furniture lines", () => {
  it.each([
    "Related Roundup: MacBook Pro",
    "Tags: politics, Europe",
    "Like this story? Share it with a friend!",
    "Follow him on Twitter @someone",
    "Join our Space Forums to keep talking space!",
    "Advert",
  ])("%s is furniture", (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it("knows dates written time first", () => {
    expect(isDateLine("Posted: Fri 6:45 PM, Feb 16, 2018")).toBe(true);
    expect(isDateLine("Updated: Sat 8:31 PM, Feb 17, 2018")).toBe(true);
    expect(isDateLine("2019-11-18 14:02 GMT")).toBe(true);
    expect(isDateLine("May 2 is the date of the induction ceremony in Cleveland")).toBe(false);
  });
});

describe("captions", () => {
  it.each(["China has warned they will cease control of Hong Kong (Image: GETTY )", "Photo: Reuters", "Main image credit: Getty", "DON'T MISS"])("%s is furniture", (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });
});
