import { describe, expect, it } from "vitest";
import {
  PERIOD_PASSES,
  anniversaries,
  halves,
  holidays,
  periodParser,
  quarterCodes,
  quarters,
  seasons,
  valuelessPeriods,
} from "../../../src/extract/recognize/dates/parsers/periods.js";
import { spans, texts } from "./spans.js";

describe("named-period passes", () => {
  it("holidays: a holiday and its year, by its rule's name; not a surname or an island", () => {
    expect(spans(holidays, "Since Thanksgiving Day, and New Year's Eve 2016")).toEqual([
      ["Thanksgiving Day", { kind: "holiday", name: "thanksgiving" }],
      ["New Year's Eve 2016", { kind: "holiday", name: "new year's eve", year: 2016 }],
    ]);
    expect(texts(holidays, "illustrator Johnnie Christmas flew to Christmas Island")).toEqual([]);
  });

  it("valuelessPeriods: Ramadan and the eve of a New Year have no value; not 'lent money'", () => {
    expect(spans(valuelessPeriods, "during Ramadan")).toEqual([["Ramadan", { kind: "fixed", value: null }]]);
    expect(texts(valuelessPeriods, "on the eve of a New Year")).toEqual(["the eve of a New Year"]);
    expect(texts(valuelessPeriods, "banks lent money")).toEqual([]);
  });

  it("anniversaries: the 93rd anniversary; not an anniversary with no ordinal", () => {
    expect(spans(anniversaries, "marked the 93rd anniversary")).toEqual([["the 93rd anniversary", { kind: "fixed", value: null }]]);
    expect(texts(anniversaries, "their anniversary")).toEqual([]);
  });

  it("seasons: after a cue or before a year; not the fall of the regime or prices that fall", () => {
    expect(spans(seasons, "last fall and the summer of 2017")).toEqual([
      ["fall", { kind: "season", season: "FA" }],
      ["summer of 2017", { kind: "season", season: "SU", year: 2017 }],
    ]);
    expect(texts(seasons, "since the fall of the regime, prices fall")).toEqual([]);
  });

  it("quarters: an ordinal quarter with its year or year word; not 'the last quarter' alone", () => {
    expect(spans(quarters, "the first quarter of 1999")).toEqual([
      ["the first quarter of 1999", { kind: "quarter", quarter: 1, year: 1999 }],
    ]);
    expect(spans(quarters, "third-quarter profit")).toEqual([["third-quarter", { kind: "quarter", quarter: 3 }]]);
    expect(spans(quarters, "the fourth quarter of last year")[0][1]).toEqual({ kind: "quarter", quarter: 4, yearOffset: -1 });
    expect(texts(quarters, "in the last quarter")).toEqual([]);
  });

  it("quarterCodes: Q3 2016 and 3Q16; not a Q5 or a word", () => {
    expect(spans(quarterCodes, "Q3 2016 and 3Q16")).toEqual([
      ["Q3 2016", { kind: "quarter", quarter: 3, year: 2016 }],
      ["3Q16", { kind: "quarter", quarter: 3, year: 2016 }],
    ]);
    expect(texts(quarterCodes, "Q5 and Q3-based IQ1")).toEqual([]);
  });

  it("halves: a half with its year or before a result word; not half the troops", () => {
    expect(spans(halves, "the first half of 1999")).toEqual([
      ["the first half of 1999", { kind: "quarter", quarter: 1, half: true, year: 1999 }],
    ]);
    expect(spans(halves, "second-half earnings")).toEqual([["second-half", { kind: "quarter", quarter: 2, half: true }]]);
    expect(texts(halves, "the first half of the troops")).toEqual([]);
  });

  it("periodParser: the passes' candidates in the passes' order", () => {
    const text = "in the spring, after Easter";
    expect(periodParser.parse(text)).toEqual(PERIOD_PASSES.flatMap((p) => p.parse(text)));
    expect(texts(periodParser, text)).toEqual(["Easter", "spring"]);
  });
});
