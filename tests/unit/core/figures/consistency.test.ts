import { describe, expect, it } from "vitest";
import { consistencyNotes, subjectOf } from "../../../../src/core/figures/consistency";
import { figures } from "./helpers";

function notesFor(text: string, span: string): string[] {
  const ms = figures(text);
  const m = ms.find((x) => x.text === span)!;
  return consistencyNotes(m, text, ms);
}

describe("consistency", () => {
  it("finds what a figure is about", () => {
    const text = "a $50 billion loan this year";
    expect(subjectOf(text, figures(text)[0]!)).toBe("loan");
  });
  it("flags the same thing stated with two values", () => {
    const text = "They agreed a $50 billion loan. Later the $40 billion loan was signed.";
    expect(notesFor(text, "$50 billion")).toEqual(["This article also says $40 billion for the loan (article text)"]);
  });
  it("flags a likely million/billion slip", () => {
    const text = "The $50 billion loan was agreed. The $50 million loan is large.";
    expect(notesFor(text, "$50 billion")).toEqual(["This article also says $50 million for the loan: a million/billion slip in one of them? (article text)"]);
  });
  it("stays quiet when the figures agree or concern different things", () => {
    expect(notesFor("The $50 billion loan. The entire $50 billion loan.", "$50 billion")).toEqual([]);
    expect(notesFor("A $5 million donation and a $7 billion budget.", "$5 million")).toEqual([]);
  });
});
