import { describe, expect, it } from "vitest";
import { findFractions, withFractions } from "../../../src/extract/recognize/figures/fractions.js";
import type { FigureMention, Sentence } from "../../../src/extract/types.js";

const opening = () => 0;
const oneSentence = (text: string): Sentence[] => [{ index: 0, start: 0, end: text.length, text }];

describe("findFractions", () => {
  it("reads fractions of a unit written after them, and changes by a fraction", () => {
    const text = "The bank cut rates by a quarter point, half a percentage point, then a third of a mile; petrol was raised by a third.";
    expect(findFractions(text, opening).map((f) => [text.slice(f.start, f.end), f.unit, Number(f.value.toFixed(3))])).toEqual([
      ["a quarter point", "percentage points", 0.25],
      ["half a percentage point", "percentage points", 0.5],
      ["a third of a mile", "mi", 0.333],
      ["a third", "percent", 33.333],
    ]);
  });
  it("reads no share of something unnamed, no ordinal and no disagreeing count", () => {
    expect(findFractions("half of the vote, a quarter of the seats, a third point, three quarter miles", opening)).toEqual([]);
    expect(findFractions("by a third party", opening)).toEqual([]); // no change verb
  });
});

describe("withFractions", () => {
  const figure = (over: Partial<FigureMention>): FigureMention => ({
    start: 0,
    end: 0,
    text: "",
    value: 3,
    unit: "quarters",
    approximate: false,
    sentence: 0,
    ...over,
  });
  it("adds a fraction with its qualifier, in place of a number word inside it", () => {
    const text = "Rates rose by more than three quarters of a percentage point.";
    const inside = figure({ start: text.indexOf("three"), end: text.indexOf("three") + 14 });
    const out = withFractions(text, oneSentence(text), [], [], [inside]);
    expect(out.map((f) => [f.text, f.value, f.unit, f.bound])).toEqual([
      ["more than three quarters of a percentage point", 0.75, "percentage points", "min"],
    ]);
  });
  it("adds nothing in skipped text or a date", () => {
    const text = "a quarter point";
    expect(withFractions(text, oneSentence(text), [{ start: 0, end: 3 }], [], [])).toEqual([]);
    expect(withFractions(text, oneSentence(text), [], [{ start: 0, end: 15 }], [])).toEqual([]);
  });
});
