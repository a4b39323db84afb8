// TIMEX3 values that depend on the text around an expression: anaphoric steps from the date named
// last, future-in-past weekdays, clock times joined to their day, weeks and weekends, holidays,
// reporting periods a year back, and a few false alarms. Sentences of our own, exact values.
import { describe, expect, it } from "vitest";
import { recognizeDates } from "../src/extract/recognize/dates/index.js";

/** [text, type, value] of every mention. */
const read = (text: string, ref: string | null) => recognizeDates(text, ref).map((d) => [d.text, d.type, d.value]);
/** The value of the mention whose text is `span`. */
const valueOf = (text: string, ref: string | null, span: string) => {
  const found = recognizeDates(text, ref).filter((d) => d.text === span);
  expect(found.map((d) => d.text)).toEqual([span]);
  return found[0].value;
};

// A Wednesday.
const WED = "2011-03-16";

describe("anaphoric expressions step from the date the text named last", () => {
  it("reads 'that day', 'that same day', 'the same day' and 'earlier that day' as the day named before", () => {
    const text =
      "The ferry sank on March 2. That day, rescuers pulled 40 people from the water. Divers returned that same day. The same day, the minister resigned. Earlier that day, the captain had radioed for help.";
    expect(read(text, WED)).toEqual([
      ["March 2", "date", "2011-03-02"],
      ["That day", "date", "2011-03-02"],
      ["that same day", "date", "2011-03-02"],
      ["The same day", "date", "2011-03-02"],
      ["Earlier that day", "date", "2011-03-02"],
    ]);
  });
  it("steps a day, a year or a week from that date, standing alone ('the day before', 'the year after')", () => {
    const text =
      "Voters went to the polls on Nov. 7, 2010. The day before, the army closed the border. The week after, it reopened. The year after, the president resigned.";
    expect(read(text, WED)).toEqual([
      ["Nov. 7, 2010", "date", "2010-11-07"],
      ["The day before", "date", "2010-11-06"],
      ["The week after", "date", "2010-W45"],
      ["The year after", "date", "2011"],
    ]);
  });
  it("leaves an event after 'the day before' to its own expression", () => {
    expect(read("The day before the vote, the army closed the border.", WED)).toEqual([]);
  });
  it("steps from the latest date precise enough for the unit, and from a week's Monday", () => {
    const text = "Talks opened on Jan. 10. The following week, the rebels walked out. Two days later, they came back.";
    expect(read(text, WED)).toEqual([
      ["Jan. 10", "date", "2011-01-10"],
      ["The following week", "date", "2011-W03"],
      // "the following week" names no day: the step is from Jan. 10
      ["Two days later", "date", "2011-01-12"],
    ]);
    expect(valueOf("The strike began in the week of Feb. 7. A week earlier, the union had voted.", WED, "A week earlier")).toBe("2011-W05");
  });
  it("steps from the article date when the text has named no date yet", () => {
    expect(valueOf("Earlier that day, the minister had met the envoy.", WED, "Earlier that day")).toBe("2011-03-16");
  });
  it("leaves an alternative weighed ('rather than a decade earlier') out of the dates", () => {
    const text = "Relatives may start screening five years before the diagnosis age, rather than a decade earlier, she said.";
    expect(read(text, WED).filter(([, type]) => type === "date" || type === "time")).toEqual([]);
  });
  it("reads vague steps as TimeML's symbolic values", () => {
    expect(read("Several days earlier, the envoy had left. A few years later, he returned.", WED)).toEqual([
      ["Several days earlier", "date", "PAST_REF"],
      ["A few years later", "date", "FUTURE_REF"],
    ]);
  });
});

describe("direction of a weekday in reported or planned contexts", () => {
  it("reads a day planned in the past as still ahead, unless the sentence says it has passed", () => {
    expect(valueOf("Opposition groups planned a march in the capital on Saturday.", WED, "Saturday")).toBe("2011-03-19");
    expect(valueOf("A concert planned in the old town for Saturday was called off after the threat.", WED, "Saturday")).toBe("2011-03-12");
    expect(valueOf("The rally on Sunday was peaceful.", WED, "Sunday")).toBe("2011-03-13");
    expect(valueOf("The runoff on Sunday will be close.", WED, "Sunday")).toBe("2011-03-20");
    // the day the planning was announced is its own past day
    expect(valueOf("The ministry said Monday that it planned new elections.", WED, "Monday")).toBe("2011-03-14");
  });
  it("reads deferrals, deadlines and expectations forward", () => {
    expect(valueOf("The hearing was postponed to Monday.", WED, "Monday")).toBe("2011-03-21");
    expect(valueOf("Lawyers for the family have until Monday to file.", WED, "Monday")).toBe("2011-03-21");
    expect(valueOf("The family had until Friday to sign the agreement.", WED, "Friday")).toBe("2011-03-18");
    expect(valueOf("A ruling was expected Friday, a court clerk said.", WED, "Friday")).toBe("2011-03-18");
  });
  it("reads scheduled present tense forward ('takes effect', 'opens', 'resume')", () => {
    expect(valueOf("The new tariff takes effect Oct. 1.", WED, "Oct. 1")).toBe("2011-10-01");
    expect(valueOf("The trade fair opens Monday.", WED, "Monday")).toBe("2011-03-21");
    expect(valueOf("Negotiations resume Friday in Vienna.", WED, "Friday")).toBe("2011-03-18");
  });
  it("reads a sentence-initial weekday by its own sentence, not the one before", () => {
    expect(valueOf("The envoys will meet again next month. Monday, the rebels seized the airport.", WED, "Monday")).toBe("2011-03-14");
  });
  it("does not step a past clause from a date still ahead named in another sentence", () => {
    const text =
      "Parliament voted late Tuesday. The law would take effect Oct. 1. Earlier in the day, the president said he would sign it.";
    expect(valueOf(text, WED, "Earlier in the day")).toBe("2011-03-15");
    expect(valueOf("The envoy will fly to Cairo on March 20. The next day, he will meet the president.", WED, "The next day")).toBe(
      "2011-03-21",
    );
  });
  it("still reads past events back", () => {
    expect(valueOf("The ferry left Monday and has not been seen since.", WED, "Monday")).toBe("2011-03-14");
    expect(valueOf("The rebels remained in the town until Monday.", WED, "Monday")).toBe("2011-03-14");
  });
});

describe("clock times and their day", () => {
  it("joins a clock time to the weekday or date written next to it, either order", () => {
    expect(read("The first tremor struck at 4:20 a.m. Tuesday.", WED)).toEqual([["4:20 a.m. Tuesday", "time", "2011-03-15T04:20"]]);
    expect(read("The deadline is 9 a.m. EST Thursday.", WED)).toEqual([["9 a.m. EST Thursday", "time", "2011-03-17T09:00"]]);
    expect(read("The two sides met Monday at 3 p.m. in Geneva.", WED)).toEqual([["Monday at 3 p.m.", "time", "2011-03-14T15:00"]]);
  });
  it("gives every clock time in a sentence the day it names", () => {
    expect(read("The quake struck at 2 p.m. local time (0500 GMT) on Tuesday.", WED)).toEqual([
      ["2 p.m. local time", "time", "2011-03-15T14:00"],
      ["0500 GMT", "time", "2011-03-15T05:00"],
      ["Tuesday", "date", "2011-03-15"],
    ]);
  });
  it("reads 'dawn' as the day its sentence names", () => {
    expect(read("Troops entered the city at dawn on Tuesday.", WED)).toEqual([
      ["dawn", "date", "2011-03-15"],
      ["Tuesday", "date", "2011-03-15"],
    ]);
    expect(read("A pre-dawn raid freed the hostages.", WED)).toEqual([]);
  });
});

describe("weeks, weekends and holidays", () => {
  it("reads 'the weekend' as the weekend the clause points to", () => {
    expect(read("Rebels shelled the port over the weekend.", WED)).toEqual([["the weekend", "date", "2011-W10-WE"]]);
    expect(read("Rebels will shell the port over the weekend.", WED)).toEqual([["the weekend", "date", "2011-W11-WE"]]);
    // an article written on a Sunday means its own weekend
    expect(read("Rebels shelled the port over the weekend.", "2011-03-20")).toEqual([["the weekend", "date", "2011-W11-WE"]]);
  });
  it("reads 'the week of' a date as that date's ISO week, and 'the day before' a date as one day off", () => {
    expect(read("A hearing is set for the week of April 4.", WED)).toEqual([["the week of April 4", "date", "2011-W14"]]);
    // "last Tuesday" in a Wednesday article is the day before it
    expect(read("The day before last Tuesday's vote, the envoy left.", WED)).toEqual([
      ["The day before last Tuesday", "date", "2011-03-14"],
    ]);
    expect(read("The day after Christmas, troops fired on the crowd.", WED)).toEqual([["The day after Christmas", "date", "2010-12-26"]]);
  });
  it("reads a holiday's week and holidays by their rules", () => {
    expect(read("Pilgrims filled the town in Easter week.", "2011-05-02")).toEqual([["Easter week", "date", "2011-W16"]]);
    expect(read("Crowds gathered on Palm Sunday and on Ash Wednesday.", "2011-05-02")).toEqual([
      ["Palm Sunday", "date", "2011-04-17"],
      ["Ash Wednesday", "date", "2011-03-09"],
    ]);
    expect(read("Workers marched on May Day; the parade on St. Patrick's Day was calm.", "2011-05-02")).toEqual([
      ["May Day", "date", "2011-05-01"],
      ["St. Patrick's Day", "date", "2011-03-17"],
    ]);
    expect(valueOf("Shops close early on Mother's Day.", "2011-04-20", "Mother's Day")).toBe("2011-05-08");
  });
});

describe("reporting periods a year back", () => {
  const ref = "1996-10-24";
  it("keeps the quarter or month the text is telling of for 'a year earlier' and 'the year-ago quarter'", () => {
    const text =
      "Profit rose 8% in the third quarter from $40 million a year earlier. In the year-ago quarter, sales fell. For the quarter, margins widened.";
    expect(read(text, ref)).toEqual([
      ["the third quarter", "date", "1996-Q3"],
      ["a year earlier", "date", "1995-Q3"],
      ["the year-ago quarter", "date", "1995-Q3"],
      ["the quarter", "date", "1996-Q3"],
    ]);
    expect(valueOf("Exports in September rose 3% from a year ago.", ref, "a year ago")).toBe("1995-09");
    expect(valueOf("The third quarter closed with a loss; year-earlier profit was restated.", ref, "year-earlier")).toBe("1995-Q3");
  });
  it("reads a year alone a year back when its sentence names no period", () => {
    expect(valueOf("The shares traded at $40 a year ago.", ref, "a year ago")).toBe("1995");
    expect(read("Profit in 1995's fourth quarter fell.", ref)).toEqual([["1995's fourth quarter", "date", "1995-Q4"]]);
  });
  it("leaves fractions and the verb 'last' out of durations", () => {
    expect(read("A quarter of the staff left.", ref)).toEqual([]);
    expect(read("The hearing is expected to last a day.", ref)).toEqual([["a day", "duration", "P1D"]]);
  });
});

describe("days and years that are not what they look like", () => {
  it("reads 'April 24 and 25' as two days of April, with a year written after them", () => {
    expect(read("The summit will be held on April 24 and 25.", WED)).toEqual([
      ["April 24", "date", "2011-04-24"],
      ["25", "date", "2011-04-25"],
    ]);
    expect(read("The talks ran Aug. 4 or 5, 2009, in Geneva.", WED)).toEqual([
      ["Aug. 4", "date", "2009-08-04"],
      ["5, 2009", "date", "2009-08-05"],
    ]);
    expect(read("On March 5 and 25 people died.", WED)).toEqual([["March 5", "date", "2011-03-05"]]);
  });
  it("does not read a year and a percent as a range of years", () => {
    expect(read("Poverty fell from 31% in 2004-15 percent in 2009.", WED)).toEqual([
      ["2004", "date", "2004"],
      ["2009", "date", "2009"],
    ]);
    expect(read("The 2009-10 budget passed.", WED)).toEqual([["2009-10", "date", "2009"]]);
  });
  it("reads capitalized and prefixed years", () => {
    expect(read("Mid-1990 the currency collapsed; post-2001 rules followed.", WED)).toEqual([
      ["Mid-1990", "date", "1990"],
      ["post-2001", "date", "2001"],
    ]);
  });
});
