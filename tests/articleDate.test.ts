// An undated article's date read from its text: the report's own day, not its history (a date deep
// in the text, a bound, a birth, a noun's modifier, a day older than the years the text names).
import { describe, expect, it } from "vitest";
import { recognizeDates } from "../src/extract/recognize/dates/index.js";
import { inferArticleDate, isBackgroundDate, isDateline, latestYearNamed } from "../src/extract/resolve/articleDate.js";
import { extractArticle } from "../src/extract/pipeline.js";
import { loadActorModel } from "../src/extract/recognize/actors/index.js";
import type { Article } from "../src/extract/types.js";

/** The date inferred from `text` as the pipeline reads it: all of it the opening, the years it names given. */
const infer = (text: string) => {
  const dates = recognizeDates(text, null);
  return inferArticleDate(dates, text, { latestYear: latestYearNamed(dates, text) ?? undefined });
};

const article = (text: string, boilerplate: Array<[number, number]> = []): Article => ({
  id: "a",
  file: "a.txt",
  title: "A",
  date: null,
  dateSource: "none",
  source: null,
  text,
  boilerplate,
  hash: "h",
});

describe("an undated article's date", () => {
  it("is not a bound, a birth or an end named in the text", () => {
    expect(infer("The index closed at its lowest level since October 9, 2002.")).toBeNull();
    expect(infer("The loans will be available until January 30, 2009.")).toBeNull();
    expect(infer("The founder, born in Lyon on February 24, 1955, resigned.")).toBeNull();
    expect(infer("Profits rose in the quarter which ended December 30, 2006.")).toBeNull();
    expect(infer("The firm must file its plan by March 1, 2012.")).toBeNull();
  });
  it("is not a date modifying a noun (a known past event, a record)", () => {
    expect(infer("Two men charged in the Aug. 7, 1998, bombings appeared in court.")).toBeNull();
    expect(infer("The index stayed above its November 20, 2008 low.")).toBeNull();
  });
  it("is the report's day when it is written as one", () => {
    expect(infer("On March 3, 2021, the court ruled against the mayor.")).toBe("2021-03-03");
    expect(infer("Shares of the carrier fell on Monday, June 8, 2015, in Tokyo.")).toBe("2015-06-08");
  });
  it("is no day older than the latest year the text names by two years or more", () => {
    expect(infer("The shop opened on April 28, 2003. It had sold a billion songs in 2006.")).toBeNull();
    // a bound is a plan's year, not the report's time
    expect(infer("On March 7, 2011, the airline said it would buy ten jets by 2015.")).toBe("2011-03-07");
    expect(infer("The shop opened on April 28, 2003. Sales doubled in 2004.")).toBe("2003-04-28");
    expect(latestYearNamed(recognizeDates("Founded in 1976, it lost money last year and in March 1997.", null))).toBe(1997);
    const plans = "It lost money in 2010 and plans to break even by 2014.";
    expect(latestYearNamed(recognizeDates(plans, null), plans)).toBe(2010);
  });
  it("is a dateline's, a date on a line of its own, whatever later years or dates the opening names", () => {
    expect(infer("Tue Apr 8, 2008 3:51pm EST\nThe carrier will take its first jets on May 2, 2008 and more in 2012.")).toBe("2008-04-08");
    expect(infer("Posted: March 7, 2011\nThe airline plans to fly the route by 2015.")).toBe("2011-03-07");
    expect(infer("By Jane Doe, Reuters | March 7, 2011\nThe airline plans to fly the route by 2015.")).toBe("2011-03-07");
    const text = "Posted: March 7, 2011\nOn March 9, 2011, it flew.";
    const [line, on] = recognizeDates(text, null);
    expect([isDateline(text, line), isDateline(text, on)]).toEqual([true, false]);
    // a lead's dateline: its place, the date, an agency, a dash, then the story
    expect(infer("March 7, 2011 -- The airline said on Monday it had bought ten jets in 2014 and 2015.")).toBe("2011-03-07");
    const lead = "WASHINGTON, March 7, 2011 (Reuters) - The airline said on Monday it would buy ten jets.";
    expect(isDateline(lead, recognizeDates(lead, null)[0])).toBe(true);
    const sentence = "The vote was held on May 3, 2010 in Lyon.";
    expect(isDateline(sentence, recognizeDates(sentence, null)[0])).toBe(false);
  });
  it("tells a background date by the words right before it", () => {
    const text = "Since May 2, 2010, and on May 3, 2010, it rained.";
    const [since, on] = recognizeDates(text, null);
    expect([isBackgroundDate(text, since), isBackgroundDate(text, on)]).toEqual([true, false]);
  });
  it("comes from the opening sentences in the pipeline, not from the history deep in the text", () => {
    const model = loadActorModel();
    const history = extractArticle(
      article(
        "Leaders of three countries met in the capital on Friday. They signed the treaty. Crowds gathered outside. " +
          "The alliance was founded in a ceremony held on April 4, 1949, in Washington.",
      ),
      model,
    );
    expect(history.article).toMatchObject({ date: null, dateSource: "none" });
    const opening = extractArticle(
      article("The airline said on July 8, 2007, that it would buy ten jets. Its shares rose. It gave no price."),
      model,
    );
    expect(opening.article).toMatchObject({ date: "2007-07-08", dateSource: "inferred" });
  });
  it("falls back on a removed timestamp, read the same way", () => {
    const model = loadActorModel();
    const text =
      "Markets rallied on Thursday after the banks acted.\nSources: Reuters, September 18, 2008; lines open until January 30, 2009";
    const start = text.indexOf("Sources");
    const dated = extractArticle(article(text, [[start, text.length]]), model);
    expect(dated.article).toMatchObject({ date: "2008-09-18", dateSource: "inferred" });
    expect(dated.dates.map((d) => [d.text, d.value])).toEqual([["Thursday", "2008-09-18"]]);
  });
});
