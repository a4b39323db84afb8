// Money and measures as newswires write them (issue 18): currency words and codes before or after
// the number, abbreviated scales, South Asian scales, rates, both ends of a range, and numbers that
// count nothing. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { recognizeFigures } from "../src/extract/recognize/figures/index.js";
import { recognizeDates } from "../src/extract/recognize/dates/index.js";
import { splitSentences } from "../src/extract/segment/sentences.js";
import { formatFigure } from "../src/extract/recognize/figures/format.js";

const figures = (text: string) => recognizeFigures(text, splitSentences(text), [], recognizeDates(text, null, []));
const only = (text: string) => {
  const found = figures(text);
  if (found.length !== 1) throw new Error(`expected one figure in "${text}", got: ${found.map((f) => f.text).join(" | ") || "none"}`);
  return found[0];
};

describe("money as the wire writes it", () => {
  it.each([
    ["The firm paid dlrs 300,000 in fines.", "dlrs 300,000", 300000, "USD"],
    ["Shares fell to dlrs 18 on Monday.", "dlrs 18", 18, "USD"],
    ["A fine of 12 mln dlrs was imposed.", "12 mln dlrs", 12e6, "USD"],
    ["He was fined RM50,000 by the court.", "RM50,000", 50000, "MYR"],
    ["The hall cost RM1 million to build.", "RM1 million", 1e6, "MYR"],
    ["They spent half-a million ringgit on it.", "half-a million ringgit", 5e5, "MYR"],
    ["The deal is worth Rs 45 crore.", "Rs 45 crore", 45e7, "INR"],
    ["The plan costs 2 lakh rupees.", "2 lakh rupees", 2e5, "INR"],
    ["Exports reached US$2.1 bln in May.", "US$2.1 bln", 2.1e9, "USD"],
    ["Sales were 2.5 bln yuan.", "2.5 bln yuan", 2.5e9, "CNY"],
    ["The subsidy costs Rp 10 trillion.", "Rp 10 trillion", 1e13, "IDR"],
    ["It lent $4b to the utility.", "$4b", 4e9, "USD"],
    ["Reserves fell to 1.5 tn yen.", "1.5 tn yen", 1.5e12, "JPY"],
    ["The contract is worth MYR 5 million.", "MYR 5 million", 5e6, "MYR"],
  ])("%s", (sentence, text, value, unit) => {
    expect(only(sentence)).toMatchObject({ text, value, unit });
  });

  it("reads a rate with what it is for, keeping the amount", () => {
    const rate = only("Each team gets RM120 per day per athlete for meals.");
    expect(rate).toMatchObject({ text: "RM120 per day per athlete", value: 120, unit: "MYR", per: "day per athlete" });
    expect(formatFigure(rate)).toBe("120 ringgit per day per athlete");
    expect(only("He earned Rs 3 lakh a year.")).toMatchObject({ value: 3e5, unit: "INR", per: "year" });
  });

  it("keeps both ends of a hyphenated range", () => {
    expect(only("Profits will be 5-15 percent lower.")).toMatchObject({
      text: "5-15 percent",
      value: 5,
      max: 15,
      unit: "percent",
      approximate: true,
    });
    expect(only("Rates rose 2.3 pct.")).toMatchObject({ text: "2.3 pct", value: 2.3, unit: "percent" });
  });

  it("gives a compared bare number the unit of the figure before it", () => {
    const found = figures("Volume rose to 680 million shares from 590 million on Tuesday.");
    expect(found.map((f) => [f.value, f.unit])).toEqual([
      [680e6, "shares"],
      [590e6, "shares"],
    ]);
    expect(figures("Yields rose to 5.9 percent, up from 5.6 last week.").map((f) => [f.value, f.unit])).toEqual([
      [5.9, "percent"],
      [5.6, "percent"],
    ]);
  });

  it("keeps measures in plain units", () => {
    expect(only("The plane flew at 3,000 feet.")).toMatchObject({ value: 3000, unit: "ft" });
    expect(only("Output is 5 mln tonnes.")).toMatchObject({ value: 5e6, unit: "tonnes" });
    expect(only("Winds of 150 km/h hit the coast.")).toMatchObject({ value: 150, unit: "km/h" });
  });
});

describe("numbers that count nothing", () => {
  it("reads no part number or verb as a counted noun", () => {
    expect(figures("Book two describes the war.")).toEqual([]);
    expect(figures("In the novel, chapter three treats the flood.")).toEqual([]);
    expect(figures("Volume four contains the letters.")).toEqual([]);
  });

  it("still counts nouns before a noun phrase", () => {
    expect(only("He killed two soldiers the next day.")).toMatchObject({ value: 2, unit: "soldiers" });
    expect(only("Exports of 300 books the government bought rose.")).toMatchObject({ value: 300, unit: "books" });
  });

  it("leaves durations and ages out", () => {
    expect(figures("The strike ended after 3 days.")).toEqual([]);
    expect(figures("A 45-year-old man died.")).toEqual([]);
  });
});

// Fractions of a unit (issue 18): a rate's quarter point, half a percentage point, a third of a mile,
// a quarter of a million. Sentences written for these tests.
describe("fractions of their unit", () => {
  it.each([
    ["The Federal Reserve cut interest rates by a quarter point on Tuesday.", "a quarter point", 0.25, "percentage points"],
    ["The central bank raised its key rate a quarter of a percentage point.", "a quarter of a percentage point", 0.25, "percentage points"],
    ["Unemployment fell half a percentage point in March.", "half a percentage point", 0.5, "percentage points"],
    ["The jobless rate fell by half a point.", "half a point", 0.5, "percentage points"],
    ["Yields rose three-quarters of a percentage point over the month.", "three-quarters of a percentage point", 0.75, "percentage points"],
    ["The bank lowered rates a half-point.", "a half-point", 0.5, "percentage points"],
    ["They walked half a mile to the border.", "half a mile", 0.5, "mi"],
    ["About a quarter of a million people fled.", "About a quarter of a million people", 250000, "people"],
    ["He paid a quarter of a million dollars for the house.", "a quarter of a million dollars", 250000, "USD"],
    ["Two-thirds of a billion dollars was pledged.", "Two-thirds of a billion dollars", 2e9 / 3, "USD"],
  ])("%s", (text, written, value, unit) => {
    const f = only(text);
    expect(f.text).toBe(written);
    expect(f.value).toBeCloseTo(value, 9);
    expect(f.unit).toBe(unit);
  });

  it("reads a third of a unit as a third", () => {
    const f = only("The river is a third of a mile wide.");
    expect([f.text, f.unit]).toEqual(["a third of a mile", "mi"]);
    expect(f.value).toBeCloseTo(1 / 3, 12);
  });

  it("keeps the qualifier of a fraction", () => {
    expect(only("Rates rose by more than a quarter point.")).toMatchObject({
      text: "more than a quarter point",
      value: 0.25,
      unit: "percentage points",
      bound: "min",
    });
    expect(only("Interest rates rose by about half a percentage point.")).toMatchObject({ value: 0.5, approximate: true });
  });

  it.each([
    "The chess champion was half a point ahead.",
    "The Dow rose a quarter point.",
    "The champion extended her lead to half a point.",
    "A third of the workforce was laid off.",
    "He won a third term.",
    "His third point was that the plan costs too much.",
    "The meeting lasted half an hour.",
    "Half of the vote went to the opposition.",
  ])("no fraction figure: %s", (text) => {
    expect(figures(text)).toEqual([]);
  });

  it("reads an index's half point as no percentage point", () => {
    expect(figures("Shares rose 2 percent and the index gained half a point.").map((f) => [f.text, f.unit])).toEqual([
      ["2 percent", "percent"],
    ]);
  });

  it("reads a change by a fraction as a percent of what changed", () => {
    const third = figures("Indonesia raised the price of petrol by a third on Wednesday to Rp 1,500 a litre.");
    expect(third.map((f) => [f.text, f.unit])).toEqual([
      ["a third", "percent"],
      ["Rp 1,500 a litre", "IDR"],
    ]);
    expect(third[0].value).toBeCloseTo(100 / 3, 9);
    expect(only("Profits fell by a third.").value).toBeCloseTo(100 / 3, 9);
    expect(only("The company cut its workforce by half.")).toMatchObject({ text: "half", value: 50, unit: "percent" });
    expect(only("Exports fell by two-thirds, the ministry said.").value).toBeCloseTo(200 / 3, 9);
  });

  it.each([
    "The contract was signed by a third party.",
    "The bill was passed by half the senators.",
    "He was beaten by half a length.",
    "By half past nine the hall was full.",
  ])("no change by a fraction: %s", (text) => {
    expect(figures(text)).toEqual([]);
  });

  it("reads no duration in a quarter point", () => {
    expect(recognizeDates("The Fed cut rates by a quarter point on Tuesday.", "1998-03-05", []).map((d) => d.text)).toEqual(["Tuesday"]);
  });
});
