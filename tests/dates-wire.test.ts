// Dates as wire copy writes them (issue 18): headlines in capitals, holidays that are names, clock
// times in 24-hour form, ranges of years, ISO weeks. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { recognizeDates } from "../src/extract/recognize/dates/index.js";
import { runningCase } from "../src/extract/recognize/dates/case.js";

const dates = (text: string, dct: string | null = "1998-03-05") => recognizeDates(text, dct, []).map((d) => [d.text, d.value]);

describe("headlines in capitals", () => {
  it("reads date words in a capitals headline as running text does", () => {
    expect(dates("MARCH UNEMPLOYMENT RISES\n\nThe jobless rate rose.", "1998-04-03")).toEqual([["MARCH", "1998-03"]]);
    expect(dates("ELECTION SET FOR MAY 12")).toEqual([["MAY 12", "1998-05-12"]]);
  });

  it("keeps verbs that are month names verbs", () => {
    expect(dates("PROTESTERS MARCH ON CAPITAL")).toEqual([]);
    expect(dates("PRICES MAY RISE AGAIN")).toEqual([]);
  });

  it("keeps the offsets of the text", () => {
    const line = "MARCH SALES UP 5 PCT IN EST TRADING";
    expect(runningCase(line)).toBe("March sales up 5 pct in EST trading");
    expect(runningCase("Mixed Case Stays")).toBe("Mixed Case Stays");
  });
});

describe("holidays", () => {
  it("reads a holiday as a date only as a date", () => {
    expect(dates("He will be home on Christmas.")).toEqual([["Christmas", "1998-12-25"]]);
    expect(dates("The office closed on Christmas Day.")).toEqual([["Christmas Day", "1997-12-25"]]);
    expect(dates("The book was drawn by illustrator Johnnie Christmas.")).toEqual([]);
    expect(dates("The ship sailed to Christmas Island.")).toEqual([]);
  });
});

describe("clock times, year ranges and weeks", () => {
  it("reads a 24-hour clock time after a word that places it", () => {
    expect(dates("The polls closed at 22:30 on Thursday.")).toEqual([["22:30 on Thursday", "1998-03-05T22:30"]]);
    expect(dates("Troops moved in by 08:15 hours.")).toEqual([["08:15 hours", "1998-03-05T08:15"]]);
    expect(dates("The video ran 07:33 in all.")).toEqual([]);
  });

  it("gives a range of years both its years", () => {
    expect(dates("Between 2000 - 2050 the population will double.")).toEqual([
      ["2000", "2000"],
      ["2050", "2050"],
    ]);
    expect(dates("The 1998-99 season was the best.")).toEqual([["1998-99", "1998"]]);
  });

  it("writes ISO weeks with two digits", () => {
    expect(dates("Prices rose last week.", "2006-03-01")).toEqual([["last week", "2006-W08"]]);
  });

  it("puts a past weekday before the article's weekday in the same week", () => {
    expect(dates("On Tuesday, the government announced a plan.")).toEqual([["Tuesday", "1998-03-03"]]);
  });

  // 1998-03-05 is a Thursday, 1998-03-02 a Monday
  it("reads a weekday in a hard-wrapped paragraph by its whole clause", () => {
    const wrapped =
      "On Tuesday, the government announced a plan to cut the budget deficit\n" +
      "by half over the next three years, the finance ministry said in a long\n" +
      "statement read to reporters at the end of the cabinet's weekly meeting.";
    expect(dates(wrapped)).toEqual([
      ["Tuesday", "1998-03-03"],
      ["over the next three years", "P3Y"],
    ]);
    const future =
      "Union leaders representing dockers at the country's three main ports will\n" +
      "meet on Tuesday to decide whether to strike, their spokesman said in a\n" +
      "statement released after talks with the employers broke down late on\n" +
      "Wednesday.";
    expect(dates(future)).toEqual([
      ["Tuesday", "1998-03-10"],
      ["Wednesday", "1998-03-04"],
    ]);
  });

  it("reads a clause on across a line break before a lowercase word, in text too short to show its width", () => {
    expect(dates("The unions will\nmeet on Tuesday to decide whether to strike.")).toEqual([["Tuesday", "1998-03-10"]]);
    expect(dates("The government announced on\nTuesday a plan to cut spending.")).toEqual([["Tuesday", "1998-03-03"]]);
  });

  it("puts a past weekday after the article's weekday in the week before", () => {
    expect(dates("On Friday, the government announced a plan.", "1998-03-02")).toEqual([["Friday", "1998-02-27"]]);
    expect(dates("The ministry said on Friday that it had found no evidence.", "1998-03-02")).toEqual([["Friday", "1998-02-27"]]);
    expect(dates("On Friday, the government announced a plan.")).toEqual([["Friday", "1998-02-27"]]);
    expect(dates("On Thursday, the government announced a plan.")).toEqual([["Thursday", "1998-03-05"]]);
  });

  it("puts a future weekday in the coming week", () => {
    expect(dates("The unions will meet on Tuesday.")).toEqual([["Tuesday", "1998-03-10"]]);
    expect(dates("The unions will meet on Tuesday.", "1998-03-02")).toEqual([["Tuesday", "1998-03-03"]]);
    expect(dates("The talks are set to resume on Tuesday.")).toEqual([["Tuesday", "1998-03-10"]]);
  });
});
