import { describe, expect, it } from "vitest";
import {
  CALENDAR_PASSES,
  calendarParser,
  dayMonth,
  isoDate,
  monthAlone,
  monthDay,
  monthYear,
  monthYearWord,
  numericDate,
  weekdayAlone,
} from "../../../src/extract/recognize/dates/parsers/calendar.js";
import { spans, texts } from "./spans.js";

describe("calendar passes", () => {
  it("monthDay: a month, its day, its weekday and year; a second day of the same month", () => {
    expect(spans(monthDay, "on Friday, Oct. 23, 1998")).toEqual([
      ["Friday, Oct. 23, 1998", { kind: "calendar", year: 1998, month: 10, day: 23, weekday: 5 }],
    ]);
    expect(spans(monthDay, "April 24 and 25, 1999 in Rome")).toEqual([
      ["April 24", { kind: "calendar", year: 1999, month: 4, day: 24 }],
      ["25, 1999", { kind: "calendar", year: 1999, month: 4, day: 25 }],
    ]);
  });

  it("monthDay: no year taken from a count, no day out of range", () => {
    expect(texts(monthDay, "May 5, 1500 troops")).toEqual(["May 5"]);
    expect(texts(monthDay, "May 45")).toEqual([]);
  });

  it("dayMonth: day first, with 'the' and 'of'; not a day out of range", () => {
    expect(spans(dayMonth, "the 26th of July 2016")).toEqual([
      ["the 26th of July 2016", { kind: "calendar", year: 2016, month: 7, day: 26 }],
    ]);
    expect(spans(dayMonth, "Monday 19 December")[0][1]).toEqual({ kind: "calendar", month: 12, day: 19, weekday: 1 });
    expect(texts(dayMonth, "40 March")).toEqual([]);
  });

  it("monthYear: a month and its year; not a count after a month", () => {
    expect(spans(monthYear, "in March of 1999")).toEqual([["March of 1999", { kind: "calendar", year: 1999, month: 3 }]]);
    expect(texts(monthYear, "May 1500 troops")).toEqual([]);
  });

  it("monthYearWord: a month placed by a year word; not without one", () => {
    expect(spans(monthYearWord, "February this year")).toEqual([
      ["February this year", { kind: "calendar", month: 2, day: undefined, yearOffset: 0 }],
    ]);
    expect(spans(monthYearWord, "Oct. 23 last year")[0][1]).toMatchObject({ month: 10, day: 23, yearOffset: -1 });
    expect(texts(monthYearWord, "February of that year")).toEqual([]);
  });

  it("monthAlone: a month with a cue; not Theresa May, Jan Kavan or the March for Life", () => {
    expect(spans(monthAlone, "in March, in Oct. and last May")).toEqual([
      ["March", { kind: "calendar", month: 3 }],
      ["Oct.", { kind: "calendar", month: 10 }],
      ["May", { kind: "calendar", month: 5 }],
    ]);
    expect(texts(monthAlone, "Theresa May met Jan Kavan before the March for Life")).toEqual([]);
    expect(texts(monthAlone, "you may go")).toEqual([]);
  });

  it("weekdayAlone: a weekday with its part of the day; not a newspaper or Black Friday", () => {
    expect(spans(weekdayAlone, "announced Wednesday night")).toEqual([["Wednesday night", { kind: "calendar", weekday: 3 }]]);
    expect(texts(weekdayAlone, "the Sunday Times on Black Friday")).toEqual([]);
  });

  it("isoDate: with its clock time; not an invalid month", () => {
    const [found] = isoDate.parse("2023-08-07T14:30");
    expect(found).toMatchObject({ type: "time", anchor: { year: 2023, month: 8, day: 7, time: { hour: 14, minute: 30 } } });
    expect(texts(isoDate, "2023-13-07")).toEqual([]);
  });

  it("numericDate: month first, day first when dotted; not a version number", () => {
    expect(spans(numericDate, "8/7/1998 and 26.07.2023 and 10/26/89")).toEqual([
      ["8/7/1998", { kind: "calendar", year: 1998, month: 8, day: 7 }],
      ["26.07.2023", { kind: "calendar", year: 2023, month: 7, day: 26 }],
      ["10/26/89", { kind: "calendar", year: 1989, month: 10, day: 26 }],
    ]);
    expect(texts(numericDate, "version 1.5.20, score 13/13/2020")).toEqual([]);
  });

  it("calendarParser: the passes' candidates in the passes' order", () => {
    const text = "Friday, in March, and on May 5";
    expect(calendarParser.parse(text)).toEqual(CALENDAR_PASSES.flatMap((p) => p.parse(text)));
    expect(texts(calendarParser, text)).toEqual(["May 5", "March", "May", "Friday"]);
  });
});
