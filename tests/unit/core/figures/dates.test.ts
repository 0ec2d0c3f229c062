import { describe, expect, it } from "vitest";
import { figures, mention, spans } from "./helpers";

/** Thursday 13 June 2024, the seed article's publication date. */
const PUB = "2024-06-13";

describe("absolute dates", () => {
  it("reads the forms news writes", () => {
    expect(mention("came on Sept. 1, 1987, during", "Sept. 1, 1987")).toMatchObject({ type: "date", resolved: "1987-09-01", key: "fig:date:1987-09-01" });
    expect(mention("signed on 13 June 2024.", "13 June 2024").resolved).toBe("2024-06-13");
    expect(mention("invaded Ukraine in February 2022, but", "February 2022").resolved).toBe("2022-02");
    expect(mention("minister in May, 1997.", "May, 1997").resolved).toBe("1997-05");
    expect(mention("LONDON 1996-08-30", "1996-08-30").resolved).toBe("1996-08-30");
    expect(mention("a 1965 statement", "1965").resolved).toBe("1965");
    expect(mention("looking back to the 1940s with", "1940s")).toMatchObject({ resolved: "1940", approximate: true });
    expect(mention("a child of the 60s, and", "60s").resolved).toBe("1960");
  });
  it("completes a month and day with the publication year", () => {
    expect(mention("acting prime minister on March 23.", "March 23", "1998-04-01").resolved).toBe("1998-03-23");
    expect(figures("from May 1-31. People", "1998-04-01").map((m) => [m.text, m.resolved])).toEqual([
      ["May 1", "1998-05-01"],
      ["31", "1998-05-31"],
    ]);
  });
  it("takes the year before or after the publication's when the sentence's tense says so", () => {
    // Past events later in the calendar than the publication day happened last year.
    expect(mention("Israel said 1,200 people were killed on Oct. 7.", "Oct. 7", PUB).resolved).toBe("2023-10-07");
    expect(mention("The 7 October attack killed 1,200.", "7 October", PUB).resolved).toBe("2023-10-07");
    expect(mention("The company unveiled the phone in September.", "September", PUB).resolved).toBe("2023-09");
    expect(figures("Protests were held from Oct. 1-7.", PUB).map((m) => m.resolved)).toEqual(["2023-10-01", "2023-10-07"]);
    expect(mention("The results, released on Dec. 28, showed a rise.", "Dec. 28", "2024-01-03").resolved).toBe("2023-12-28");
    expect(mention("Christmas Day was quiet.", "Christmas Day", "2024-01-03").resolved).toBe("2023-12-25");
    // Plans for a month earlier in the calendar are next year's.
    expect(mention("The referendum is set for March.", "March", PUB).resolved).toBe("2025-03");
    expect(mention("He will travel in March.", "March", PUB).resolved).toBe("2025-03");
    // Otherwise the publication's year.
    expect(mention("Elections will be held in November.", "November", PUB).resolved).toBe("2024-11");
    expect(mention("In May, prices rose.", "May", PUB).resolved).toBe("2024-05");
    expect(mention("The loan deal, signed on June 10, was praised.", "June 10", PUB).resolved).toBe("2024-06-10");
  });
  it("resolves fixed holidays", () => {
    expect(mention("St. Patrick's Day is well behind us", "St. Patrick's Day", "1998-04-07").resolved).toBe("1998-03-17");
  });
});

describe("relative dates against the publication date", () => {
  it("resolves a bare weekday to the latest such day, the day itself included", () => {
    expect(mention("signed Thursday at a summit", "Thursday", PUB).resolved).toBe("2024-06-13");
    expect(mention("The Vatican said Saturday the", "Saturday", PUB).resolved).toBe("2024-06-08");
  });
  it("looks ahead when the sentence does", () => {
    expect(mention("The document would be made public on Monday.", "Monday", PUB).resolved).toBe("2024-06-17");
    // News writes what is to come in the present: "ends Friday", "closes Friday", "return Monday".
    expect(mention("The three-day summit ends Friday.", "Friday", PUB).resolved).toBe("2024-06-14");
    expect(mention("The festival returns on Saturday.", "Saturday", PUB).resolved).toBe("2024-06-15");
    expect(mention("Lawmakers return Monday.", "Monday", PUB).resolved).toBe("2024-06-17");
    // …and the past in the past, "since" included.
    expect(mention("The talks ended Tuesday.", "Tuesday", PUB).resolved).toBe("2024-06-11");
    expect(mention("He is in Paris since Monday.", "Monday", PUB).resolved).toBe("2024-06-10");
  });
  it("takes a weekday's date from the date written after it", () => {
    expect(mention("The game is on Sunday, June 16.", "Sunday", PUB).resolved).toBe("2024-06-16");
    expect(mention("The vote, on Wednesday 18 September, was close.", "Wednesday", PUB).resolved).toBe("2024-09-18");
  });
  it("reads the tense across abbreviations", () => {
    expect(mention("The talks will resume at 9 a.m. Monday.", "Monday", PUB).resolved).toBe("2024-06-17");
  });
  it("keeps the time of day outside the span but in the phrase", () => {
    const m = mention("a news conference Thursday night with", "Thursday", PUB);
    expect(m.name).toBe("Thursday night");
  });
  it("resolves months, years and their modifiers", () => {
    expect(mention("if he defeats Biden in November.", "November", PUB).resolved).toBe("2024-11");
    expect(mention("a $50 billion loan this year backed", "year", PUB)).toMatchObject({ resolved: "2024", name: "this year" });
    expect(mention("a large need next year and beyond", "year", PUB).resolved).toBe("2025");
    expect(mention("who died last year at", "year", PUB).resolved).toBe("2023");
    expect(mention("Last month, at the fair", "month", PUB).resolved).toBe("2024-05");
    expect(mention("it happened last Tuesday.", "Tuesday", PUB).resolved).toBe("2024-06-11");
    expect(mention("in Paris last November.", "November", PUB).resolved).toBe("2023-11");
    expect(mention("was reported yesterday.", "yesterday", PUB).resolved).toBe("2024-06-12");
  });
  it("resolves 'ago' to the unit's precision, hedged ones approximately", () => {
    expect(mention("launched the invasion more than two years ago.", "two years", PUB)).toMatchObject({
      type: "date", resolved: "2022", approximate: true, name: "more than two years ago",
    });
    expect(mention("joined six weeks ago as", "six weeks", PUB).resolved).toBe("2024-05-02");
    expect(mention("visited 3 months ago", "3 months", PUB).resolved).toBe("2024-03");
  });
  it("leaves relative dates unresolved without a publication date", () => {
    expect(mention("signed Thursday at", "Thursday").resolved).toBeUndefined();
  });
});

describe("seasons and months that are words", () => {
  it("takes seasons with a cue and leaves verbs alone", () => {
    expect(spans("Last fall, the pope spoke.")).toEqual(["fall"]);
    expect(spans("Prices fall in value; they may spring back.")).toEqual([]);
    expect(spans("his summer residence")).toEqual(["summer"]);
    expect(spans("at the Winter Games")).toEqual([]);
  });
  it("needs context for May and March", () => {
    expect(spans("She may go. They march on.")).toEqual([]);
    expect(spans("He left in May and came back in March.")).toEqual(["May", "March"]);
    expect(spans("Theresa May said")).toEqual([]);
  });
});

describe("centuries", () => {
  it("reads ordinal centuries", () => {
    expect(mention("in the 20th century", "20th century")).toMatchObject({ resolved: "1901", approximate: true });
    expect(mention("the nineteenth century", "nineteenth century").resolved).toBe("1801");
    expect(mention("in the twenty-first century", "twenty-first century").resolved).toBe("2001");
    // Not "second century" (year 101) inside "twenty-second", nor twenty seconds.
    expect(mention("cities of the twenty-second century", "twenty-second century").resolved).toBe("2101");
    expect(mention("Twenty-third century cities", "Twenty-third century").resolved).toBe("2201");
    // Headlines and titles capitalize it.
    expect(mention("Art of the 21st Century", "21st Century").resolved).toBe("2001");
    expect(mention("HOPES FOR THE 21ST CENTURY", "21ST CENTURY").resolved).toBe("2001");
    expect(mention("Music of the Nineteenth Century", "Nineteenth Century").resolved).toBe("1801");
    expect(mention("A Twenty-First Century Plan", "Twenty-First Century").resolved).toBe("2001");
  });
});

describe("date keys", () => {
  it("groups a weekday with its time of day, and keeps relative years apart, without a publication date", () => {
    const fs = figures("signed Thursday and spoke Thursday night; this year and next year");
    const keys = fs.map((m) => m.key);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).not.toBe(keys[3]);
  });
});

describe("weekdays, weeks and weekends in past and future sentences", () => {
  /** Wednesday 20 November 2019. */
  const WED = "2019-11-20";
  it("reads a past verb over a preposition that only looks ahead", () => {
    expect(mention("Both men testified before the committee Tuesday about the call.", "Tuesday", WED).resolved).toBe("2019-11-19");
    expect(mention("She didn't know much about him before Tuesday's event.", "Tuesday", WED).resolved).toBe("2019-11-19");
    expect(mention("The report is due Friday.", "Friday", WED).resolved).toBe("2019-11-22");
  });
  it("takes the publication day itself for its own weekday in a future sentence, a week on after 'next'", () => {
    expect(mention("The ambassador will testify Wednesday.", "Wednesday", WED).resolved).toBe("2019-11-20");
    expect(mention("The listing is set for next Wednesday.", "Wednesday", WED).resolved).toBe("2019-11-27");
  });
  it("resolves weeks to their Monday and weekends to their Saturday", () => {
    expect(mention("Talks resumed last week.", "week", WED).resolved).toBe("2019-11-11");
    expect(mention("This week, he toured the state.", "week", WED).resolved).toBe("2019-11-18");
    expect(mention("a call last weekend", "weekend", WED).resolved).toBe("2019-11-16");
    expect(mention("a call last weekend", "weekend", "2019-11-17").resolved).toBe("2019-11-09");
    expect(mention("rallies this weekend", "weekend", "2019-11-17").resolved).toBe("2019-11-16");
  });
  it("does not read a month in a hyphenated name", () => {
    expect(spans("Trump said of Mar-a-Lago that it was worth more.", "2023-11-06")).toEqual([]);
  });
});
