import { describe, expect, it } from "vitest";
import { elidedUnit, isMoneyUnit, lastPoundCurrency, rateAfter } from "../../../src/extract/recognize/figures/units.js";
import type { FigureMention } from "../../../src/extract/types.js";
import { candidateIn } from "./matchIn.js";

const figure = (over: Partial<FigureMention>): FigureMention => ({
  start: 0,
  end: 0,
  text: "",
  value: 1,
  unit: "shares",
  approximate: false,
  sentence: 0,
  ...over,
});

describe("readUnit", () => {
  it("reads money, percentages, measures and counted nouns", () => {
    expect(candidateIn("a $345 Million deal", "345").reading).toMatchObject({ unit: "USD", count: false });
    expect(candidateIn("rose 40% in May", "40").reading).toMatchObject({ unit: "percent", count: false });
    expect(candidateIn("over 18,000 square kilometres", "18,000").reading).toMatchObject({ unit: "km2", count: false });
    expect(candidateIn("sent 1,110 US troops there", "1,110").reading).toMatchObject({ unit: "troops", counted: "US troops", count: true });
  });
  it("reads people a casualty verb is about, and a quantity named before", () => {
    expect(candidateIn("more than 2,000 have fled", "2,000").reading).toMatchObject({ unit: "fled", count: true });
    expect(candidateIn("the death toll rose to 300 on", "300").reading).toMatchObject({ unit: "deaths" });
  });
  it("reads no unit for a duration", () => {
    expect(() => candidateIn("a two-hour meeting", "two")).toThrow(/no unit/);
  });
});

describe("elidedUnit", () => {
  it("takes the unit of the figure compared with", () => {
    const text = "rose to 680 million shares from 590 million";
    const before = figure({ start: 8, end: 26, counted: "shares" });
    const at = text.indexOf("590");
    expect(elidedUnit(text, [before], at, at + 11, true)).toMatchObject({ unit: "shares", counted: "shares", count: true });
  });
  it("takes nothing without a comparing word", () => {
    const text = "rose to 680 million shares and 590 million";
    const at = text.indexOf("590");
    expect(elidedUnit(text, [figure({ start: 8, end: 26 })], at, at + 11, true)).toBeNull();
  });
});

describe("rateAfter and money", () => {
  it("reads what an amount is for", () => {
    expect(rateAfter("RM120 per day per athlete.", 5)).toEqual({ per: "day per athlete", end: 25 });
    expect(rateAfter("Rs 3 lakh a year", 9)).toEqual({ per: "year", end: 16 });
    expect(rateAfter("$5 to the fund", 2)).toBeNull();
  });
  it("knows money units and the last pound currency", () => {
    expect([isMoneyUnit("USD"), isMoneyUnit("dinars"), isMoneyUnit("troops")]).toEqual([true, true, false]);
    expect(lastPoundCurrency([figure({ unit: "SYP" }), figure({ unit: "troops" })])).toBe("SYP");
    expect(lastPoundCurrency([figure({ unit: "USD" })])).toBeUndefined();
  });
});
