import { describe, expect, it } from "vitest";
import {
  RELATIVE_PASSES,
  anaphoric,
  countedAgo,
  dawn,
  dayAround,
  deicticDay,
  overnight,
  partOfDay,
  partOfPeriod,
  relativeParser,
  theQuarter,
  theWeekend,
  thisPartOfDay,
  unitStep,
  vagueAgo,
  yearEarlier,
} from "../../../src/extract/recognize/dates/parsers/relative.js";
import { spans, texts } from "./spans.js";

describe("relative passes", () => {
  it("deicticDay: today, yesterday morning, tomorrow's; not 'todays'", () => {
    expect(spans(deicticDay, "Yesterday morning and tomorrow's vote")).toEqual([
      ["Yesterday morning", { kind: "offset", unit: "day", amount: -1 }],
      ["tomorrow's", { kind: "offset", unit: "day", amount: 1 }],
    ]);
    expect(texts(deicticDay, "todays and yesterdays")).toEqual([]);
  });

  it("thisPartOfDay: this morning and last night; not 'last morning'", () => {
    expect(spans(thisPartOfDay, "this morning, last night")).toEqual([
      ["this morning", { kind: "offset", unit: "day", amount: 0 }],
      ["last night", { kind: "offset", unit: "day", amount: -1 }],
    ]);
    expect(texts(thisPartOfDay, "the last morning of the trip")).toEqual([]);
  });

  it("overnight: the night of the day, a time; not an overnight stay", () => {
    const [found] = overnight.parse("Rebels attacked overnight.");
    expect(found).toMatchObject({ type: "time", anchor: { kind: "offset", unit: "day", amount: 0, time: { part: "NI" } } });
    expect(texts(overnight, "an overnight stay")).toEqual([]);
  });

  it("dayAround: two days either side; not 'the day before the vote'", () => {
    expect(spans(dayAround, "the day before yesterday")).toEqual([
      ["the day before yesterday", { kind: "offset", unit: "day", amount: -2 }],
    ]);
    expect(spans(dayAround, "the day after tomorrow")[0][1]).toMatchObject({ amount: 2 });
    expect(texts(dayAround, "the day before the vote")).toEqual([]);
  });

  it("unitStep: last week, next year, the coming weekend; not 'the past week' (a duration)", () => {
    expect(spans(unitStep, "last week and next year, this weekend")).toEqual([
      ["last week", { kind: "offset", unit: "week", amount: -1 }],
      ["next year", { kind: "offset", unit: "year", amount: 1 }],
      ["this weekend", { kind: "offset", unit: "weekend", amount: 0 }],
    ]);
    expect(texts(unitStep, "over the past week")).toEqual([]);
  });

  it("countedAgo: ago is an offset, earlier an anaphoric step, a decade ten years; 'rather than' is no time", () => {
    expect(spans(countedAgo, "two days ago")).toEqual([["two days ago", { kind: "offset", unit: "day", amount: -2 }]]);
    expect(spans(countedAgo, "a decade ago")).toEqual([["a decade ago", { kind: "offset", unit: "year", amount: -10 }]]);
    expect(spans(countedAgo, "about a year earlier")).toEqual([
      ["about a year earlier", { kind: "anaphoric", unit: "year", amount: -1, keepUnit: true }],
    ]);
    expect(spans(countedAgo, "several weeks later")).toEqual([["several weeks later", { kind: "fixed", value: "FUTURE_REF" }]]);
    expect(texts(countedAgo, "rather than two days later")).toEqual([]);
    expect(texts(countedAgo, "three hours later")).toEqual([]);
    expect(texts(countedAgo, "two days earlier than planned")).toEqual([]);
  });

  it("vagueAgo: years ago is PAST_REF; not 'years of war'", () => {
    expect(spans(vagueAgo, "many years ago")).toEqual([["many years ago", { kind: "fixed", value: "PAST_REF" }]]);
    expect(texts(vagueAgo, "years of war")).toEqual([]);
  });

  it("partOfPeriod: the end of the year; not the end of the war", () => {
    expect(spans(partOfPeriod, "by the end of the year")).toEqual([["the end of the year", { kind: "offset", unit: "year", amount: 0 }]]);
    expect(texts(partOfPeriod, "the end of the war")).toEqual([]);
  });

  it("partOfDay: the phrase without its preposition, a time; not 'the morning of the vote'", () => {
    const [found] = partOfDay.parse("They left in the early morning.");
    expect(found).toMatchObject({ type: "time", anchor: { kind: "anaphoric", unit: "day", amount: 0, time: { part: "MO" } } });
    expect(texts(partOfDay, "They left in the early morning.")).toEqual(["the early morning"]);
    expect(texts(partOfDay, "in the morning of the vote")).toEqual([]);
  });

  it("yearEarlier: the whole phrase with its noun, the adjective alone before another word", () => {
    expect(texts(yearEarlier, "the year-earlier quarter")).toEqual(["the year-earlier quarter"]);
    expect(texts(yearEarlier, "year-ago profit")).toEqual(["year-ago"]);
    expect(spans(yearEarlier, "year-ago")[0][1]).toEqual({ kind: "anaphoric", unit: "year", amount: -1, keepUnit: true });
    expect(texts(yearEarlier, "a year earlier")).toEqual([]);
  });

  it("theQuarter: the quarter after a preposition; not a quarter mile", () => {
    expect(spans(theQuarter, "profit in the latest quarter")).toEqual([
      ["the latest quarter", { kind: "anaphoric", unit: "quarter", amount: 0 }],
    ]);
    expect(texts(theQuarter, "for the quarter mile")).toEqual([]);
  });

  it("theWeekend: a weekend placed like a weekday; not 'the weekend of July 4'", () => {
    expect(spans(theWeekend, "over the weekend")).toEqual([["the weekend", { kind: "calendar", weekday: 6, weekend: true }]]);
    expect(texts(theWeekend, "the weekend of July 4")).toEqual([]);
  });

  it("dawn: at dawn; not pre-dawn or withdrawn", () => {
    expect(spans(dawn, "at dawn")).toEqual([["dawn", { kind: "anaphoric", unit: "day", amount: 0, time: {} }]]);
    expect(texts(dawn, "a pre-dawn raid, troops withdrawn")).toEqual([]);
  });

  it("anaphoric: that day, the next morning, the day before standing alone; not 'the day before the vote'", () => {
    expect(spans(anaphoric, "That day. The next morning, the day before.")).toEqual([
      ["That day", { kind: "anaphoric", unit: "day", amount: 0 }],
      ["The next morning", { kind: "anaphoric", unit: "day", amount: 1 }],
      ["the day before", { kind: "anaphoric", unit: "day", amount: -1 }],
    ]);
    expect(texts(anaphoric, "the day before the vote, that week's worth")).toEqual([]);
  });

  it("relativeParser: the passes' candidates in the passes' order", () => {
    const text = "the next morning, yesterday";
    expect(relativeParser.parse(text)).toEqual(RELATIVE_PASSES.flatMap((p) => p.parse(text)));
    expect(texts(relativeParser, text)).toEqual(["yesterday", "the next morning"]);
  });
});
