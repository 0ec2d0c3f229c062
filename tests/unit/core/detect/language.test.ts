import { describe, expect, it } from "vitest";
import { guessLanguage, primaryLanguage, resolveLanguage } from "../../../../src/core/detect/language";

const EN = "President Joe Biden and Ukrainian President Volodymyr Zelenskyy signed a 10-year bilateral security agreement on Thursday at an international summit that included a deal on a loan to help Kyiv defend against the invasion.";
const DE = "Am 12. bis 13. September startet wieder die DMEXCO in Köln und die Firma ist mit dabei. Auf Europas größter Messe für die Digitalbranche werden dieses Jahr mehr als 40.000 Besucher erwartet, die sich über neue Trends informieren.";
const PT = "A equipe do Serviço de Atendimento Domiciliar, do bairro Amizade, registrou nesta manhã o arrombamento de dois dos cinco automóveis da unidade. Os veículos estavam sem as respectivas baterias e com marcas de depredação.";
const ES = "El fiscal está perfilando con el jefe de la Fiscalía, en Madrid, la estrategia jurídica que seguirá tras el auto dictado por el juez en el que se imputa a la esposa del duque por los delitos de la causa.";

describe("guessLanguage", () => {
  it("tells English from other Latin-script languages by their commonest words", () => {
    expect(guessLanguage(EN).lang).toBe("en");
    expect(guessLanguage(DE).lang).toBe("de");
    expect(guessLanguage(PT).lang).toBe("pt");
    expect(guessLanguage(ES).lang).toBe("es");
  });

  it("names non-Latin scripts", () => {
    expect(guessLanguage("新华社北京11月17日电 记者17日从国家卫生健康委获悉，近阶段，相关部门持续依托短缺药品供应保障工作").lang).toBe("zh");
    expect(guessLanguage("６月12日の歴史的な米朝首脳会談を巡って戦っていたのは、米大統領のトランプと北朝鮮委員長").lang).toBe("ja");
    expect(guessLanguage("다만 MBC 숨바꼭질은 방영을 시작한 지 얼마 되지 않았지만 시청률이 높다").lang).toBe("ko");
    expect(guessLanguage("Характеристики бега можно увеличить за счет кодов").lang).toBe("ru");
  });

  it("says nothing about too little text", () => {
    expect(guessLanguage("Hello").lang).toBeUndefined();
    expect(guessLanguage("").lang).toBeUndefined();
  });
});

describe("resolveLanguage", () => {
  it("trusts the text over a template's declaration", () => {
    expect(resolveLanguage("de", EN).lang).toBe("en");
    expect(resolveLanguage("en", DE).lang).toBe("de");
    expect(resolveLanguage("en", DE).reason).toMatch(/declares en/);
  });

  it("falls back to the declaration", () => {
    expect(resolveLanguage("pt-BR", "Olá").lang).toBe("pt");
    expect(resolveLanguage(undefined, "Olá").lang).toBeUndefined();
  });

  it("reads primary subtags", () => {
    expect(primaryLanguage("en-US")).toBe("en");
    expect(primaryLanguage("pt_BR")).toBe("pt");
    expect(primaryLanguage("")).toBeUndefined();
  });
});
