import { describe, expect, it } from "vitest";
import {
  REFERENCE_PASSES,
  futureRefs,
  pastRefs,
  presentRefs,
  referenceParser,
} from "../../../src/extract/recognize/dates/parsers/references.js";
import { adverbSets, everyPart, everyUnit, everyWeekday, weekdaysPlural } from "../../../src/extract/recognize/dates/parsers/sets.js";
import { DURATION_PASSES, durationParser } from "../../../src/extract/recognize/dates/parsers/durations.js";
import { YEAR_PASSES, yearParser } from "../../../src/extract/recognize/dates/parsers/years.js";
import { spans, texts } from "./spans.js";

describe("reference passes", () => {
  it("presentRefs: now and currently; not the now of 'from now'", () => {
    expect(spans(presentRefs, "currently, right now")).toEqual([
      ["currently", { kind: "fixed", value: "PRESENT_REF" }],
      ["right now", { kind: "fixed", value: "PRESENT_REF" }],
    ]);
    expect(texts(presentRefs, "two weeks from now")).toEqual([]);
  });

  it("pastRefs: the past without its preposition; not the past two years", () => {
    expect(spans(pastRefs, "as in the recent past")).toEqual([["the recent past", { kind: "fixed", value: "PAST_REF" }]]);
    expect(texts(pastRefs, "in the past two years")).toEqual([]);
  });

  it("futureRefs: the near future; not a future as a thing or a name", () => {
    expect(spans(futureRefs, "in the near future")).toEqual([["the near future", { kind: "fixed", value: "FUTURE_REF" }]]);
    expect(texts(futureRefs, "we face a future in which the Future of Babylon project")).toEqual([]);
  });

  it("referenceParser: the passes in order", () => {
    const text = "the future, now";
    expect(referenceParser.parse(text)).toEqual(REFERENCE_PASSES.flatMap((p) => p.parse(text)));
  });
});

describe("set passes", () => {
  it("everyUnit: every day, every two weeks, every other year; not 'every one'", () => {
    expect(spans(everyUnit, "every day, every two weeks, every other year")).toEqual([
      ["every day", { kind: "fixed", value: "P1D" }],
      ["every two weeks", { kind: "fixed", value: "P2W" }],
      ["every other year", { kind: "fixed", value: "P2Y" }],
    ]);
    expect(texts(everyUnit, "every one of them")).toEqual([]);
  });

  it("everyWeekday and weekdaysPlural: every Sunday, on Sundays; not a Sunday", () => {
    expect(spans(everyWeekday, "every Sunday")).toEqual([["every Sunday", { kind: "fixed", value: "XXXX-WXX-7" }]]);
    expect(spans(weekdaysPlural, "closed on Mondays")).toEqual([["Mondays", { kind: "fixed", value: "XXXX-WXX-1" }]]);
    expect(texts(everyWeekday, "a Sunday")).toEqual([]);
    expect(weekdaysPlural.parse("on Mondays")[0].type).toBe("set");
  });

  it("everyPart: each morning; not 'each part'", () => {
    expect(spans(everyPart, "each morning")).toEqual([["each morning", { kind: "fixed", value: "TMO" }]]);
    expect(texts(everyPart, "each part")).toEqual([]);
  });

  it("adverbSets: daily as an adverb; not before its noun", () => {
    expect(spans(adverbSets, "rallies almost daily.")).toEqual([["daily", { kind: "fixed", value: "P1D" }]]);
    expect(texts(adverbSets, "his weekly address")).toEqual([]);
  });
});

describe("duration and year passes", () => {
  it("durationParser: counted, uncounted and adjective lengths, in order", () => {
    const text = "a two-year plan for four days";
    expect(durationParser.parse(text)).toEqual(DURATION_PASSES.flatMap((p) => p.parse(text)));
    expect(spans(DURATION_PASSES[0], "for four days")).toEqual([["four days", { kind: "fixed", value: "P4D" }]]);
    expect(spans(DURATION_PASSES[2], "a two-year plan")).toEqual([["two-year", { kind: "fixed", value: "P2Y" }]]);
    expect(texts(DURATION_PASSES[0], "four people")).toEqual([]);
  });

  it("yearParser: years in digits, then other years, in order", () => {
    const text = "in 1998 and the 1990s";
    expect(yearParser.parse(text)).toEqual(YEAR_PASSES.flatMap((p) => p.parse(text)));
    expect(spans(YEAR_PASSES[0], "in 1998")).toEqual([["1998", { kind: "fixed", value: "1998" }]]);
    expect(spans(YEAR_PASSES[1], "the 21st century")[0][1]).toEqual({ kind: "fixed", value: "20XX" });
    expect(texts(YEAR_PASSES[0], "1998 troops")).toEqual([]);
  });
});
