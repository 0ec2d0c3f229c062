import { describe, expect, it } from "vitest";
import { figures, mention } from "./helpers";

describe("money", () => {
  it("reads a scale written in a headline's capitals: the amount is not a thousand or a billion times too small", () => {
    expect(mention("Startup Raises $40 Million In New Funding", "$40 Million")).toMatchObject({ value: 40e6, unit: "USD" });
    expect(mention("EU Fines Google €2.4 Billion", "€2.4 Billion")).toMatchObject({ value: 2.4e9, unit: "EUR" });
    expect(mention("BUYS $2 BILLION STAKE", "$2 BILLION").value).toBe(2e9);
    expect(mention("a $120K salary", "$120K").value).toBe(120e3);
    expect(mention("a $5B deal", "$5B").value).toBe(5e9);
    expect(mention("a £2.5M fine", "£2.5M")).toMatchObject({ value: 2.5e6, unit: "GBP" });
    expect(mention("a $3.2 Bn loss", "$3.2 Bn").value).toBe(3.2e9);
    expect(mention("a fine of €2.5 mio", "€2.5 mio").value).toBe(2.5e6);
  });
  it("reads the number before \"billion-dollar\" as the amount", () => {
    expect(mention("The 1.2 billion-dollar plan collapsed.", "1.2 billion-dollar")).toMatchObject({ value: 1.2e9, unit: "USD" });
    expect(mention("a $1.2 billion-dollar plan", "$1.2 billion-dollar").value).toBe(1.2e9);
    expect(mention("in 2024 billion-dollar deals", "billion-dollar")).toMatchObject({ value: 1e9, approximate: true });
  });
  it("reads lakh and crore, and South Asian digit grouping", () => {
    expect(mention("India will spend Rs 500 crore on the highway.", "Rs 500 crore")).toMatchObject({ value: 5e9, unit: "INR" });
    expect(mention("a package of ₹1.5 lakh crore", "₹1.5 lakh crore").value).toBe(1.5e12);
    expect(mention("Rs 1,00,000 per family was paid", "Rs 1,00,000").value).toBe(1e5);
    expect(mention("INR 5,000 crore for roads", "INR 5,000 crore").value).toBe(5e10);
    expect(mention("a $1,500 fee", "$1,500").value).toBe(1500);
  });
  it("reads an amount then, not a rate, in \"a year ago\" and \"a year earlier\"", () => {
    expect(mention("compared with $1.5 billion a year ago.", "$1.5 billion")).toMatchObject({ type: "money", unit: "USD" });
    expect(mention("up from $8 million a year earlier.", "$8 million")).toMatchObject({ type: "money", unit: "USD" });
    expect(mention("It costs $1,300 a week.", "$1,300 a week")).toMatchObject({ type: "quantity", unit: "USD/week" });
  });
  it("normalizes symbols and scale words to units of the currency", () => {
    expect(mention("a $50 billion loan", "$50 billion")).toMatchObject({ type: "money", value: 5e10, unit: "USD", key: "fig:money:50000000000 USD" });
    expect(mention("a US$5.4 million gift", "US$5.4 million")).toMatchObject({ value: 5.4e6, unit: "USD" });
    expect(mention("costs €3bn a", "€3bn")).toMatchObject({ value: 3e9, unit: "EUR" });
    expect(mention("a £5m fee", "£5m")).toMatchObject({ value: 5e6, unit: "GBP" });
    expect(mention("the RM2 billion allocated", "RM2 billion")).toMatchObject({ value: 2e9, unit: "MYR" });
    expect(mention("DM 5 million in cash", "DM 5 million")).toMatchObject({ value: 5e6, unit: "DEM" });
    // Signs outside the currency-symbol block the scan tests by range.
    expect(mention("paid ¥500 for it", "¥500")).toMatchObject({ value: 500, unit: "JPY" });
  });
  it("reads every symbol that ends in a dollar sign, found from its \"$\"", () => {
    const cases: [string, string, number, string][] = [
      ["paid A$5 million", "A$5 million", 5e6, "AUD"], ["paid U.S.$40", "U.S.$40", 40, "USD"], ["a HK$3 fare", "HK$3", 3, "HKD"],
      ["S$2 each", "S$2", 2, "SGD"], ["R$10 billion", "R$10 billion", 1e10, "BRL"], ["C$4.5m", "C$4.5m", 4.5e6, "CAD"],
      ["Mex$300", "Mex$300", 300, "MXN"], ["NZ$1,200", "NZ$1,200", 1200, "NZD"], ["costs (e.g.US$5) more", "US$5", 5, "USD"],
    ];
    for (const [text, span, value, unit] of cases) expect(mention(text, span)).toMatchObject({ value, unit });
    // The symbols are case-sensitive, and a "$" right after a letter starts nothing.
    expect(figures("a$5 and us$5")).toEqual([]);
  });
  it("reads codes, dlrs and currency names", () => {
    expect(mention("the dlrs 210,000 Copenhagen Open", "dlrs 210,000")).toMatchObject({ value: 210000, unit: "USD" });
    expect(mention("raised USD 5 million", "USD 5 million")).toMatchObject({ value: 5e6, unit: "USD" });
    expect(mention("raised 10 million dlrs", "10 million dlrs")).toMatchObject({ value: 1e7, unit: "USD" });
    expect(mention("increase by 2 kroner (28 cents)", "28 cents")).toMatchObject({ value: 0.28, unit: "USD" });
    expect(mention("five billion euros", "five billion euros")).toMatchObject({ value: 5e9, unit: "EUR" });
    expect(mention("10 million Swiss francs", "10 million Swiss francs")).toMatchObject({ value: 1e7, unit: "CHF" });
    expect(mention("a 50p coin", "50p")).toMatchObject({ value: 0.5, unit: "GBP" });
  });
  it("pins bare kroner to the country the article names more", () => {
    expect(mention("In Norway the wage rose by 2 kroner.", "2 kroner").unit).toBe("NOK");
    expect(mention("In Denmark and Copenhagen it rose by 2 kroner.", "2 kroner").unit).toBe("DKK");
  });
  it("leaves hedges outside the span and marks the figure approximate", () => {
    const m = mention("interest from about $300 billion in assets", "$300 billion");
    expect(m.approximate).toBe(true);
    expect(m.name).toBe("about $300 billion");
  });
  it("splits ranges into both ends that carry the range", () => {
    const fs = figures("billings of $30 million to $40 million.");
    expect(fs.map((m) => [m.text, m.value, m.valueMax])).toEqual([
      ["$30 million", 3e7, 4e7],
      ["$40 million", 3e7, 4e7],
    ]);
    const r = figures("a $5-6 billion plan");
    expect(r.map((m) => [m.text, m.value, m.valueMax])).toEqual([
      ["$5", 5e9, 6e9],
      ["6 billion", 5e9, 6e9],
    ]);
  });
  it("reads orders of magnitude", () => {
    expect(mention("a multibillion-dollar loan", "multibillion-dollar")).toMatchObject({ value: 1e9, valueMax: 1e12, unit: "USD", approximate: true });
    expect(mention("with hundreds of billions of dollars of debt", "hundreds of billions of dollars")).toMatchObject({ value: 1e11, valueMax: 1e12 });
  });
  it("does not take risky currency words without a scale", () => {
    expect(figures("the team won 5 games and scored 2 real goals")).toEqual([]);
    expect(figures("he lost 2 pounds").map((m) => m.type)).toEqual(["quantity"]);
    expect(mention("worth 5 million pounds", "5 million pounds")).toMatchObject({ type: "money", unit: "GBP" });
  });
});

describe("coins", () => {
  it("reads a coin as a sum, not a whistle", () => {
    expect(mention("never make a dime out of this", "dime")).toMatchObject({ value: 0.1, unit: "USD" });
    expect(figures("the sound of the penny whistle and a penny whistle")).toEqual([]);
  });
});
