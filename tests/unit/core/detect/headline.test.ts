import { describe, expect, it } from "vitest";
import { titleNamesStory } from "../../../../src/core/detect/headline";

describe("titleNamesStory", () => {
  it("matches a title with the site name after a separator to the page's h1", () => {
    expect(titleNamesStory(["Julian Assange: Sweden drops rape investigation - BBC News"], ["Julian Assange: Sweden drops rape investigation"])).toBe(true);
    expect(titleNamesStory(["Anticorrupción decidirá en Madrid si recurre la imputación » Local » Noticias"], ["Anticorrupción decidirá en Madrid si recurre la imputación"])).toBe(true);
  });

  it("reads typographic punctuation and letters beyond ASCII as the page wrote them", () => {
    expect(titleNamesStory(["Biden’s plan — what it means | The Daily"], ["Biden's plan: what it means"])).toBe(true);
    expect(titleNamesStory(["Ünïcode fans gather in Zürich – Local"], ["Central bank holds interest rates steady"])).toBe(false);
    expect(titleNamesStory(["Ünïcode fans gather in Zürich – Local"], ["ÜNÏCODE FANS GATHER IN ZÜRICH"])).toBe(true);
  });

  it("does not match a site-wide title", () => {
    expect(titleNamesStory(["News from The Associated Press"], ["Father of Orlando gunman known for rambling political videos"])).toBe(false);
    expect(titleNamesStory(["Ars Technica"], ["Apple's new laptop keyboard, reviewed"])).toBe(false);
  });

  it("matches a story that opens with its title, or a description that is its lead", () => {
    expect(titleNamesStory(["Atendimento Domiciliar registra arrombamento em veículos"], [], [], "Atendimento Domiciliar registra arrombamento em veículos 05/10/2018 - Publicado por")).toBe(true);
    const lead = "The fiscal is working with the chief of the anti-corruption office in Madrid on the legal strategy to follow the ruling.";
    expect(titleNamesStory(["Home"], [], [lead.slice(0, 90) + "…"], lead + " More text.")).toBe(true);
  });
});
