import { describe, expect, it } from "vitest";
import { formatAmount, formatFigure } from "../src/extract/recognize/figures/format.js";
import { recognizeFigures } from "../src/extract/recognize/figures/index.js";
import { recognizeDates } from "../src/extract/recognize/dates/index.js";
import { splitSentences } from "../src/extract/segment/sentences.js";

const formatted = (text: string) => recognizeFigures(text, splitSentences(text), [], recognizeDates(text, null)).map(formatFigure);

describe("formatAmount", () => {
  it("writes large round amounts with their scale word and others in full", () => {
    expect(formatAmount(1.6e13)).toBe("16 trillion");
    expect(formatAmount(2.3e9)).toBe("2.3 billion");
    expect(formatAmount(345e6)).toBe("345 million");
    expect(formatAmount(1.24e6)).toBe("1.24 million");
    expect(formatAmount(17951639)).toBe("17,951,639");
    expect(formatAmount(1110)).toBe("1,110");
    expect(formatAmount(42.5)).toBe("42.5");
  });
});

describe("formatFigure", () => {
  it("writes money with its sign, name or code", () => {
    expect(formatFigure({ value: 1.6e13, unit: "USD" })).toBe("$16 trillion");
    expect(formatFigure({ value: 5e6, unit: "EUR" })).toBe("€5 million");
    expect(formatFigure({ value: 2.3e9, unit: "GBP" })).toBe("£2.3 billion");
    expect(formatFigure({ value: 3e8, unit: "XOF" })).toBe("300 million CFA francs");
    expect(formatFigure({ value: 1.5e9, unit: "SYP" })).toBe("1.5 billion Syrian pounds");
    expect(formatFigure({ value: 2e8, unit: "KES" })).toBe("KES 200 million");
    expect(formatFigure({ value: 50000, unit: "dinars" })).toBe("50,000 dinars");
    expect(formatFigure({ value: 1e8, unit: "USD", bound: "min" })).toBe("at least $100 million");
    expect(formatFigure({ value: 5e6, max: 1e7, unit: "USD", approximate: true })).toBe("$5–10 million");
  });

  it("writes percentages, measures and counts as people do", () => {
    expect(formatFigure({ value: 40, unit: "percent" })).toBe("40%");
    expect(formatFigure({ value: 15, max: 20, unit: "percent", approximate: true })).toBe("15–20%");
    expect(formatFigure({ value: 8, unit: "percentage points" })).toBe("8 percentage points");
    expect(formatFigure({ value: 18000, unit: "km2" })).toBe("18,000 km²");
    expect(formatFigure({ value: 300, unit: "mi2" })).toBe("300 sq mi");
    expect(formatFigure({ value: 7.5, unit: "km" })).toBe("7.5 km");
    expect(formatFigure({ value: 48, unit: "°C" })).toBe("48°C");
    expect(formatFigure({ value: 120000, unit: "barrels" })).toBe("120,000 barrels");
    expect(formatFigure({ value: 1, unit: "barrels" })).toBe("1 barrel");
    expect(formatFigure({ value: 1000, unit: "troops", counted: "troops", approximate: true })).toBe("about 1,000 troops");
    expect(formatFigure({ value: 1110, unit: "troops", counted: "US troops" })).toBe("1,110 US troops");
    expect(formatFigure({ value: 300, unit: "people", counted: "people", bound: "min" })).toBe("at least 300 people");
    expect(formatFigure({ value: 30000, max: 40000, unit: "fighters", counted: "fighters", approximate: true })).toBe(
      "30,000–40,000 fighters",
    );
    expect(formatFigure({ value: 5000, unit: "forces", counted: "-strong force" })).toBe("5,000-strong force");
    expect(formatFigure({ value: 5, unit: "forces", bound: "max" })).toBe("up to 5 forces");
    expect(formatFigure({ value: 1, unit: "times", bound: "min" })).toBe("at least once");
    expect(formatFigure({ value: 3, unit: "times" })).toBe("3 times");
  });

  it("writes recognized figures back as people write them", () => {
    expect(formatted("Its debt passed $16 trillion. Brussels gave €5m and London £2.3bn; Berlin 5 million euros.")).toEqual([
      "$16 trillion",
      "€5 million",
      "£2.3 billion",
      "€5 million",
    ]);
    expect(formatted("Roughly 1,110 US troops and at least 300 people; they lost 40% of 18,000 square kilometres.")).toEqual([
      "about 1,110 US troops",
      "at least 300 people",
      "40%",
      "18,000 km²",
    ]);
    expect(formatted("Hundreds of millions of dollars went to 4.8 million Syrian refugees.")).toEqual([
      "about $100 million",
      "4.8 million Syrian refugees",
    ]);
  });
});
