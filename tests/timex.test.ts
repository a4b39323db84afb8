// TimeML (TIMEX3) types and values of the date recognizer, class by class, on sentences of our own.
import { describe, expect, it } from "vitest";
import { recognizeDates } from "../src/extract/recognize/dates/index.js";
import { inferArticleDate } from "../src/extract/resolve/articleDate.js";
import { eventsOf } from "../src/extract/resolve/events.js";
import { calendarDateOf } from "../src/extract/resolve/calendarDate.js";
import { extractArticle } from "../src/extract/pipeline.js";
import { loadActorModel } from "../src/extract/recognize/actors/index.js";
import { splitSentences } from "../src/extract/segment/sentences.js";
import type { Article } from "../src/extract/types.js";

/** [text, type, value] of every mention. */
const read = (text: string, ref: string | null) => recognizeDates(text, ref).map((d) => [d.text, d.type, d.value]);
/** The one mention of `text`. */
const one = (text: string, ref: string | null) => {
  const found = recognizeDates(text, ref);
  expect(found.map((d) => d.text)).toHaveLength(1);
  return found[0];
};

// A Thursday, in November: past months of the year lie behind it, a Tuesday ahead is five days off.
const NOV = "2009-11-12";

describe("direction of a bare weekday, month or season: the clause's tense and cues", () => {
  it("reads a past-tense month as this year's, not next year's", () => {
    expect(one("Ms. Alder became chief executive in March.", NOV)).toMatchObject({
      text: "March",
      type: "date",
      value: "2009-03",
      granularity: "month",
      relative: true,
    });
  });
  it("reads weekdays back in past clauses and forward in future ones or after 'until'", () => {
    expect(one("The ministry announced Wednesday that the talks had stalled.", NOV).value).toBe("2009-11-11");
    expect(one("The envoys met Tuesday in Geneva.", NOV).value).toBe("2009-11-10");
    expect(one("The envoys will meet Tuesday in Geneva.", NOV).value).toBe("2009-11-17");
    expect(one("The vote was postponed until Tuesday.", NOV).value).toBe("2009-11-17");
    expect(one("The court is scheduled to rule on Monday.", NOV).value).toBe("2009-11-16");
    expect(one("The company has scheduled a news conference for Friday.", NOV).value).toBe("2009-11-13");
    // a weekday owning a noun names a day that has passed
    expect(one("Lawyers would appeal Wednesday's ruling, they said.", NOV).value).toBe("2009-11-11");
  });
  it("places 'this', 'last' and 'next' months against the article's month", () => {
    expect(one("This September the board met again.", NOV)).toMatchObject({ text: "This September", value: "2009-09" });
    expect(one("This September the board will meet again.", "2009-07-20")).toMatchObject({ value: "2009-09" });
    expect(one("The plant was sold last May.", NOV)).toMatchObject({ text: "last May", value: "2009-05" });
    expect(one("The plant was sold last May.", "2009-05-20")).toMatchObject({ value: "2008-05" });
    expect(one("The plant will be sold next May.", NOV)).toMatchObject({ text: "next May", value: "2010-05" });
    expect(one("The talks resumed last Oct. 23 in Vienna.", "2010-04-19")).toMatchObject({ text: "last Oct. 23", value: "2009-10-23" });
  });
  it("takes a date just ahead over one almost a year back: a deadline, not last year's day", () => {
    expect(one("The minister gave no reason for the Jan. 14 deadline.", "2010-01-05").value).toBe("2010-01-14");
    expect(one("He was last seen Nov. 3 near the border.", "2010-05-07").value).toBe("2009-11-03");
  });
  it("reads seasons and holidays the same way", () => {
    expect(one("The summer of 2017 was hot.", NOV)).toMatchObject({ value: "2017-SU", granularity: "season", relative: false });
    expect(one("The harvest failed last fall.", NOV)).toMatchObject({ text: "last fall", value: "2008-FA" });
    expect(one("Floods are expected in the spring.", NOV).value).toBe("2010-SP");
    expect(one("Officials said Thanksgiving Day went calmly.", "2009-12-01")).toMatchObject({ value: "2009-11-26", granularity: "day" });
  });
});

describe("calendar dates", () => {
  it("lets a written date win over its weekday: one mention, the date's value", () => {
    expect(one("The museum reopened on Friday, Oct. 23, after repairs.", NOV)).toMatchObject({
      text: "Friday, Oct. 23",
      value: "2009-10-23",
    });
    // the weekday picks the year: Monday, Oct. 26 is in 1998, not 1997, the day after a Sunday article
    expect(one("The paper said in an editorial on Monday, Oct. 26, that the law failed.", "1998-10-25").value).toBe("1998-10-26");
  });
  it("reads numeric and day-first dates, and month-year with 'this year'", () => {
    expect(read("Filed 2021-06-30 and 7/4/2021; heard 19 September 2021.", null)).toEqual([
      ["2021-06-30", "date", "2021-06-30"],
      ["7/4/2021", "date", "2021-07-04"],
      ["19 September 2021", "date", "2021-09-19"],
    ]);
    expect(one("The process began in February this year.", "1998-12-03")).toMatchObject({ text: "February this year", value: "1998-02" });
  });
});

describe("years, quarters, decades and centuries", () => {
  it("reads spelled-out years, fiscal years, quarters and halves", () => {
    expect(one("The treaty was signed in nineteen ninety-eight.", NOV)).toMatchObject({
      type: "date",
      value: "1998",
      granularity: "year",
      relative: false,
    });
    expect(one("Revenue in fiscal 1989 was flat.", NOV)).toMatchObject({ text: "fiscal 1989", value: "FY1989" });
    expect(one("Its third-quarter profit rose 8 percent.", NOV)).toMatchObject({
      text: "third-quarter",
      value: "2009-Q3",
      granularity: "quarter",
      relative: true,
    });
    expect(one("Its fourth-quarter profit rose 8 percent.", "2010-01-20").value).toBe("2009-Q4");
    expect(one("Sales fell in the first quarter of 1999.", NOV)).toMatchObject({
      text: "the first quarter of 1999",
      value: "1999-Q1",
      relative: false,
    });
    expect(one("First-half earnings doubled.", NOV).value).toBe("2009-H1");
  });
  it("writes decades and centuries as the TimeML newswire does", () => {
    expect(read("Styles of the 1990s and the early 2000s, from the 20th century.", NOV)).toEqual([
      ["1990s", "date", "199X"],
      ["early 2000s", "date", "200X"],
      ["the 20th century", "date", "19XX"],
    ]);
  });
  it("splits 'between 1994 and 1997' into two years, keeps '2014-2015' one, and reads 'the 1992 protests'", () => {
    expect(read("Attacks occurred between 1994 and 1997.", null)).toEqual([
      ["1994", "date", "1994"],
      ["1997", "date", "1997"],
    ]);
    expect(read("Leaders of the 1992 protests moved away.", null)).toEqual([["1992", "date", "1992"]]);
    expect(read("The army sent 2000 troops.", null)).toEqual([]);
  });
});

describe("relative and anaphoric expressions", () => {
  it("steps from the article date in the unit written", () => {
    expect(read("Rebels attacked two days ago, last week and three months ago; a decade ago it was calm.", NOV)).toEqual([
      ["two days ago", "date", "2009-11-10"],
      ["last week", "date", "2009-W45"],
      ["three months ago", "date", "2009-08"],
      ["a decade ago", "date", "1999"],
    ]);
    expect(read("Tonight, yesterday and tomorrow; this year and next month.", NOV)).toEqual([
      ["Tonight", "date", "2009-11-12"],
      ["yesterday", "date", "2009-11-11"],
      ["tomorrow", "date", "2009-11-13"],
      ["this year", "date", "2009"],
      ["next month", "date", "2009-12"],
    ]);
    // ISO weeks below 10 are written without a leading zero, as TimeML newswire writes them
    expect(one("The letter arrived this week.", "2000-02-10").value).toBe("2000-W06");
  });
  it("steps from the date the text last named for 'later that year' and 'the next day'", () => {
    expect(read("On March 3, 2021, the court ruled. The next day it recessed; later that year it was reversed.", NOV)).toEqual([
      ["March 3, 2021", "date", "2021-03-03"],
      ["The next day", "date", "2021-03-04"],
      ["later that year", "date", "2021"],
    ]);
  });
});

describe("PRESENT_REF, PAST_REF, FUTURE_REF", () => {
  it("reads now, currently, at present, the past and the future", () => {
    expect(read("The mayor is currently abroad; the council now meets at present in the annex.", NOV)).toEqual([
      ["currently", "date", "PRESENT_REF"],
      ["now", "date", "PRESENT_REF"],
      ["at present", "date", "PRESENT_REF"],
    ]);
    expect(read("Such attacks happened in the past and may happen in the future.", null)).toEqual([
      ["the past", "date", "PAST_REF"],
      ["the future", "date", "FUTURE_REF"],
    ]);
    expect(read("They face a future of debt. The Future of Babylon project began.", null)).toEqual([]);
  });
});

describe("non-dates", () => {
  it("leaves modal 'may', companies, names, marches, falls and springs alone", () => {
    expect(read("You may vote. Sun Microsystems hired Theresa May after the March for Life.", NOV)).toEqual([]);
    expect(read("The fall of the regime was swift; prices spring back. April Ryan asked.", NOV)).toEqual([]);
    expect(read("Jan Kavan spoke. The Sunday Times reported it.", NOV)).toEqual([]);
    expect(read("A 6-year-old boy and the score 07:33.", NOV)).toEqual([]);
  });
});

describe("durations, sets and times", () => {
  it("gives durations TIMEX3 values and keeps them out of the calendar", () => {
    expect(read("The rebels held the town for four days and two hours over the past decade.", NOV)).toEqual([
      ["four days and two hours", "duration", "P4DT2H"],
      ["the past decade", "duration", "P10Y"],
    ]);
    expect(read("After a 16-hour flight she spent about 5 1/2 hours there, in recent days.", NOV)).toEqual([
      ["16-hour", "duration", "PT16H"],
      ["about 5 1/2 hours", "duration", "PT5H30M"],
      ["recent days", "duration", "PXD"],
    ]);
    expect(one("Four days after the coup, the bloc met.", NOV)).toMatchObject({
      text: "Four days",
      type: "duration",
      value: "P4D",
      granularity: null,
      relative: false,
    });
  });
  it("reads recurrences as sets", () => {
    expect(read("Inspectors visit every week, the board meets weekly and crowds gather daily outside.", NOV)).toEqual([
      ["every week", "set", "P1W"],
      ["weekly", "set", "P1W"],
      ["daily", "set", "P1D"],
    ]);
    expect(read("The daily newspaper and his weekly address.", NOV)).toEqual([]);
  });
  it("joins a clock time to its day, and gives a lone one the day of its sentence or the article", () => {
    expect(one("The blast happened at 10:35 a.m. Friday.", NOV)).toMatchObject({
      text: "10:35 a.m. Friday",
      type: "time",
      value: "2009-11-06T10:35",
      granularity: "time",
    });
    expect(one("The ferry left at 6 p.m. on Nov. 3, 2009.", NOV)).toMatchObject({
      type: "time",
      value: "2009-11-03T18:00",
      relative: false,
    });
    expect(one("Talks resume at noon.", NOV)).toMatchObject({ type: "time", value: "2009-11-12T12:00", relative: true });
    expect(read("On Nov. 3 the ferry left at 6 p.m. sharp.", NOV)).toEqual([
      ["Nov. 3", "date", "2009-11-03"],
      ["6 p.m.", "time", "2009-11-03T18:00"],
    ]);
    expect(read("Shelling lasted from late morning to early evening on Tuesday.", NOV)).toEqual([
      ["late morning", "time", "2009-11-10TMO"],
      ["early evening", "time", "2009-11-10TEV"],
      ["Tuesday", "date", "2009-11-10"],
    ]);
  });
});

describe("no placeholder anchor", () => {
  it("leaves every relative expression unresolved without an article date", () => {
    for (const d of recognizeDates(
      "Officials said yesterday that today's talks, like Monday's and those of last week, failed at noon.",
      null,
    )) {
      expect(d).toMatchObject({ value: null, relative: true });
    }
    expect(one("On March 3, 2021, the court ruled.", null)).toMatchObject({ value: "2021-03-03", relative: false });
  });
  it("infers an article date only from a written day with its year", () => {
    expect(inferArticleDate(recognizeDates("Officials said yesterday that today's talks, like Monday's, failed.", null))).toBeNull();
    expect(inferArticleDate(recognizeDates("The vote was held in March and again in 2019, for four days.", null))).toBeNull();
    expect(inferArticleDate(recognizeDates("On March 3, 2021, the court ruled; on Jan. 5, 2020, it had met.", null))).toBe("2021-03-03");
  });
  it("dates an article from its text in the pipeline, and not from 'today'", () => {
    const model = loadActorModel();
    const article = (text: string): Article => ({
      id: "a",
      file: "a.txt",
      title: "A",
      date: null,
      dateSource: "none",
      source: null,
      text,
      boilerplate: [],
      hash: "h",
    });
    const vague = extractArticle(article("The minister said yesterday that talks would resume Monday. Today the border is closed."), model);
    expect(vague.article).toMatchObject({ date: null, dateSource: "none" });
    expect(vague.dates.every((d) => d.value === null && d.relative)).toBe(true);
    const dated = extractArticle(
      article("On March 3, 2021, the court ruled. The minister said yesterday that talks would resume Monday."),
      model,
    );
    expect(dated.article).toMatchObject({ date: "2021-03-03", dateSource: "inferred" });
    expect(dated.dates.map((d) => [d.text, d.value])).toEqual([
      ["March 3, 2021", "2021-03-03"],
      ["yesterday", "2021-03-02"],
      ["Monday", "2021-03-08"],
    ]);
  });
});

describe("events", () => {
  it("are dated by dates and times only: durations, sets and PRESENT_REF date no sentence", () => {
    const text = "The siege lasted four days. Inspectors now visit weekly. The ceasefire began on Aug. 7, 2023, at 10 a.m.";
    const dates = recognizeDates(text, "2023-08-09");
    const events = eventsOf(
      "a",
      splitSentences(text).map((s, index) => ({ ...s, index })),
      dates,
      [],
      false,
    );
    expect(events.map((e) => [e.date, e.relative])).toEqual([["2023-08-07", false]]);
  });
  it("place TIMEX3 values on the calendar at the precision a timeline can show", () => {
    expect(
      ["2023-08-07T14:30", "2023-08", "2023-W32", "2023-Q3", "2023-SU", "FY1989", "199X", "PRESENT_REF", null].map(calendarDateOf),
    ).toEqual(["2023-08-07", "2023-08", "2023-08", "2023", "2023", "1989", null, null, null]);
  });
});
