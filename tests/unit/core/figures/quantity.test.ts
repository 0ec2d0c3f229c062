import { describe, expect, it } from "vitest";
import { figures, mention, spans } from "./helpers";

describe("quantities", () => {
  it("normalizes unit words and symbols", () => {
    expect(mention("Linden, 70 miles (113 kilometers) south", "70 miles")).toMatchObject({ type: "quantity", value: 70, unit: "mi" });
    expect(mention("Linden, 70 miles (113 kilometers) south", "113 kilometers")).toMatchObject({ value: 113, unit: "km" });
    expect(mention("a 42.195 km race", "42.195 km")).toMatchObject({ value: 42.195, unit: "km" });
    expect(mention("rising 5 per year since", "5 per year")).toMatchObject({ value: 5, unit: "/year" });
    expect(mention("it hit 30°C today", "30°C")).toMatchObject({ value: 30, unit: "°C" });
    expect(mention("it hit 40 degrees Celsius", "40 degrees Celsius")).toMatchObject({ unit: "°C" });
    expect(mention("2 million barrels of oil", "2 million barrels")).toMatchObject({ value: 2e6, unit: "bbl" });
    expect(mention("12 tonnes of food", "12 tonnes")).toMatchObject({ unit: "t" });
    expect(mention("the 100m hurdles", "100m")).toMatchObject({ value: 100, unit: "m" });
  });
  it("reads feet and inches as one height", () => {
    expect(mention("He is 6 ft 4 in tall.", "6 ft 4 in").value).toBeCloseTo(6 + 4 / 12, 9);
    expect(mention("He is 6 feet 4 inches tall.", "6 feet 4 inches").value).toBeCloseTo(6 + 4 / 12, 9);
    expect(mention("a wall 10 feet in height", "10 feet").value).toBe(10);
  });
  it("does not weigh pounds that are money", () => {
    expect(spans("He paid 5,000 pounds for the car.")).toEqual([]);
    expect(spans("The court fined him 500 pounds.")).toEqual([]);
    expect(spans("The cost ran into millions of pounds.")).toEqual([]);
    expect(mention("The baby weighed 8 pounds.", "8 pounds")).toMatchObject({ value: 8, unit: "lb" });
    expect(mention("hundreds of pounds of cocaine", "hundreds of pounds").unit).toBe("lb");
  });
  it("keeps a temperature's minus sign, and reads a hyphen between numbers as a range", () => {
    expect(mention("Overnight lows hit -5 °F in Minnesota.", "-5 °F")).toMatchObject({ value: -5, unit: "°F" });
    expect(mention("The low was minus 10 degrees Celsius.", "minus 10 degrees Celsius")).toMatchObject({ value: -10, unit: "°C" });
    expect(mention("Temperatures fell to \u221220 °C.", "\u221220 °C").value).toBe(-20);
    expect(mention("a low of (-3°C)", "-3°C").value).toBe(-3);
    expect(mention("temperatures of 20-30°C", "30°C").value).toBe(30);
  });
  it("tells energy (watt-hours, with a space or a hyphen) from power (watts)", () => {
    expect(mention("It used 30 megawatt-hours.", "30 megawatt-hours")).toMatchObject({ value: 30, unit: "MWh" });
    expect(mention("It used 30 megawatt hours.", "30 megawatt hours")).toMatchObject({ value: 30, unit: "MWh" });
    expect(mention("a 500-kilowatt-hour battery", "500-kilowatt-hour")).toMatchObject({ value: 500, unit: "kWh" });
    expect(mention("2 terawatt-hours of power", "2 terawatt-hours")).toMatchObject({ value: 2, unit: "TWh" });
    expect(mention("1.5 gigawatt hours of power", "1.5 gigawatt hours")).toMatchObject({ value: 1.5, unit: "GWh" });
    expect(mention("a 40-megawatt plant", "40-megawatt")).toMatchObject({ value: 40, unit: "MW" });
  });
  it("reads hyphenated modifiers", () => {
    expect(mention("the 3,000-meter race", "3,000-meter")).toMatchObject({ value: 3000, unit: "m" });
    expect(mention("a 250,000-square-foot project", "250,000-square-foot")).toMatchObject({ value: 250000, unit: "sq ft" });
    expect(mention("a 32-game, 16-team tournament", "16-team")).toMatchObject({ value: 16, unit: "team" });
    expect(mention("a five-time champion", "five-time")).toMatchObject({ value: 5 });
    expect(mention("a three-and-a-half-game lead", "three-and-a-half-game").value).toBe(3.5);
    expect(mention("slapped a half-speed grounder", "half-speed").value).toBe(0.5);
  });
  it("reads ages as the evaluation annotates them", () => {
    expect(mention("the 25-year-old German", "25-year")).toMatchObject({ value: 25, unit: "year" });
    expect(mention("said Brian Dally, 26, a student", "26")).toMatchObject({ value: 26 });
    expect(mention("who died at age 99, was", "99")).toMatchObject({ value: 99 });
  });
  it("reads rates as quantities", () => {
    expect(mention("paid an average of $1,300 a week.", "$1,300 a week")).toMatchObject({ value: 1300, unit: "USD/week" });
    expect(mention("at RM120 per day per athlete, taking", "RM120 per day per athlete")).toMatchObject({ unit: "MYR/day/athlete" });
    expect(mention("averaged 205,000 a month this", "205,000 a month")).toMatchObject({ value: 205000, unit: "/month" });
    expect(mention("to be 39,298 million litres per day, the", "39,298 million litres per day")).toMatchObject({ value: 39298e6, unit: "L/day" });
  });
  it("splits a hyphenated range", () => {
    expect(figures("he shot 10- to 18-foot jumpers").map((m) => [m.text, m.value, m.valueMax])).toEqual([
      ["10", 10, 18],
      ["18-foot", 10, 18],
    ]);
  });
  it("keeps fractions, idioms and scores out", () => {
    expect(spans("two-thirds of the vote, a one-sided game, won 81-70 after an 0-for-2 start")).toEqual([]);
  });
});

describe("heights and rates", () => {
  it("reads feet and inches", () => {
    expect(mention("the 6-foot-2 center", "6-foot-2").value).toBeCloseTo(6 + 2 / 12, 9);
  });
  it("keeps a price per share as money", () => {
    expect(mention("earned $1.20 per share", "$1.20").type).toBe("money");
  });
});

describe("mixed fractions and kinds that look like counts", () => {
  it("reads a whole number and a fraction as one value", () => {
    expect(mention("to end a near 1-1/2 year trade war", "1-1/2 year")).toMatchObject({ type: "duration", value: 1.5, unit: "year" });
    expect(mention("a 2 1/2-mile walk", "2 1/2-mile")).toMatchObject({ value: 2.5, unit: "mi" });
  });
  it("keeps compound adjectives that name a kind, and numbers after a slash, out", () => {
    expect(spans("a two-state solution and the one-child policy")).toEqual([]);
    expect(spans("open 24/7, and the note rose 7/32 in price")).toEqual([]);
  });
});
