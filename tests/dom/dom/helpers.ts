/** Builds a document from HTML in the test environment's DOM (happy-dom). */
export function page(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

/** Paragraphs of plausible English prose, each different, for building story pages. */
export function prose(n: number, topic = "the summit"): string {
  const out: string[] = [];
  for (let i = 1; i <= n; i++) {
    out.push(`<p>Paragraph ${i} about ${topic}: officials said on Thursday that the talks, which began in the spring, had produced an agreement that both sides described as a step forward, and that the details would be published within weeks.</p>`);
  }
  return out.join("\n");
}

export function textOf(blocks: readonly Element[]): string {
  return blocks.map((b) => (b.textContent ?? "").replace(/\s+/g, " ").trim()).join("\n");
}
