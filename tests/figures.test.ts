import { describe, expect, it } from "vitest";
import { RE3D_DEV } from "../src/evaluate/corpora.js";
import { readFileSync, readdirSync } from "node:fs";
import { recognizeFigures } from "../src/extract/recognize/figures/index.js";
import { recognizeDates } from "../src/extract/recognize/dates/index.js";
import { splitSentences } from "../src/extract/segment/sentences.js";
import { readRe3d } from "../src/evaluate/re3d.js";
import { addDocument, emptyScore } from "../src/evaluate/score.js";

const seed = (prefix: string) => {
  const name = readdirSync("seeds").find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seeds/${prefix}*: seed file missing`);
  return readFileSync(`seeds/${name}`, "utf8");
};
const figures = (text: string) => recognizeFigures(text, splitSentences(text));
const byText = (text: string, part: string) => {
  const found = figures(text).find((f) => f.text.includes(part));
  if (!found) throw new Error(`no figure with "${part}" in: ${figures(text).map((f) => f.text).join(" | ")}`);
  return found;
};

describe("recognizeFigures on seeds", () => {
  it("finds troops, soldiers, hours, money, days and bases", () => {
    const s3 = seed("003");
    expect(byText(s3, "1,110")).toMatchObject({ value: 1110, unit: "troops", approximate: true });
    expect(byText(s3, "more than two hours")).toMatchObject({ value: 2, unit: "hours", bound: "min", approximate: false });
    expect(byText(s3, "hundreds of millions of dollars")).toMatchObject({ value: 1e8, unit: "USD", approximate: true });
    expect(byText(s3, "four days")).toMatchObject({ value: 4, unit: "days" });
    expect(byText(s3, "Three days")).toMatchObject({ value: 3, unit: "days" });
    expect(byText(s3, "three bases")).toMatchObject({ value: 3, unit: "bases" });
    expect(byText(s3, "one week")).toMatchObject({ value: 1, unit: "week" });
    const s4 = seed("004");
    expect(byText(s4, "1,000")).toMatchObject({ text: "about 1,000 US soldiers", value: 1000, unit: "soldiers", approximate: true });
    expect(byText(s4, "$345 Million")).toMatchObject({ value: 345e6, unit: "USD", approximate: false });
    expect(byText(seed("000"), "two-hour")).toMatchObject({ value: 2, unit: "hour" });
    expect(byText(seed("002"), "one-week")).toMatchObject({ value: 1, unit: "week" });
  });

  it("gives each figure the index of its sentence", () => {
    const text = "Talks failed. About 1,000 US soldiers stay.";
    expect(figures(text)[0]).toMatchObject({ sentence: 1, value: 1000 });
  });

  it("never reads a fused video timestamp or skipped text as a figure", () => {
    const s3 = seed("003");
    expect(figures(s3).some((f) => f.value === 202307 || f.text.includes("202307") || f.text === "33")).toBe(false);
    const text = "Aug. 9, 202307:33 About 1,000 US soldiers stay.";
    expect(recognizeFigures(text, splitSentences(text), [[0, 17]]).map((f) => f.value)).toEqual([1000]);
    expect(recognizeFigures(text, splitSentences(text), [[0, text.length]])).toEqual([]);
  });
});

describe("recognizeFigures conventions", () => {
  it("reads money with scales and currencies", () => {
    expect(byText("The EU pledged €5bn in aid.", "€5bn")).toMatchObject({ value: 5e9, unit: "EUR" });
    expect(byText("Aid rose by £20 million.", "£20")).toMatchObject({ value: 2e7, unit: "GBP" });
    expect(byText("It committed over 9 billion euros.", "9 billion")).toMatchObject({ value: 9e9, unit: "EUR", bound: "min" });
    expect(byText("A reward of up to $5 million was offered.", "$5")).toMatchObject({ value: 5e6, unit: "USD", bound: "max" });
  });
  it("reads percentages, measures, plus-forms and bounds", () => {
    expect(byText("They lost 40 percent of their land.", "40")).toMatchObject({ value: 40, unit: "percent" });
    expect(byText("They lost 40% of their land.", "40")).toMatchObject({ value: 40, unit: "percent" });
    expect(byText("They retook 18,000 square kilometers of land.", "18,000")).toMatchObject({ value: 18000, unit: "square kilometers" });
    expect(byText("the 60-plus nation coalition", "60")).toMatchObject({ value: 60, unit: "nation", bound: "min" });
    expect(byText("over the past 20-plus months", "20")).toMatchObject({ value: 20, unit: "months", bound: "min" });
    expect(byText("At least 50 people died.", "50")).toMatchObject({ value: 50, unit: "people", bound: "min", approximate: false });
    expect(byText("a one-week ultimatum", "one")).toMatchObject({ value: 1, unit: "week" });
    expect(byText("Tens of thousands of people fled.", "Tens")).toMatchObject({ value: 1e4, unit: "people", approximate: true });
    expect(byText("Coalition forces conducted 34 strikes.", "34")).toMatchObject({ value: 34, unit: "strikes" });
  });
  it("skips years, dates, labels, clock times and number words without a counted noun", () => {
    const text = "In 2016, on Dec. 10, Resolution 2254 passed at 10 a.m. as F-16 jets flew; one of them left. CTF 50 sailed.";
    expect(figures(text)).toEqual([]);
    expect(figures("Call +227 20 72 26 61 or 888-847-6592.")).toEqual([]);
  });
  it("reads '-strong' and '-odd' forms as counts of the noun after them", () => {
    expect(byText("a 5,000-strong force", "5,000")).toMatchObject({ value: 5000, unit: "force" });
    expect(byText("20-odd vehicles burned", "20")).toMatchObject({ value: 20, unit: "vehicles", approximate: true });
  });
  it("does not count the officials a report is attributed to", () => {
    expect(figures("“We are trying,” one U.S. official said. It was fading, according to two U.S. defense officials.")).toEqual([]);
    expect(byText("The attack killed two officials and three soldiers.", "two")).toMatchObject({ value: 2, unit: "officials" });
  });
  it("reuses dates passed in instead of recomputing them", () => {
    const text = "On Dec. 5, 12 strikes hit.";
    const dates = recognizeDates(text, "2016-12-10");
    expect(recognizeFigures(text, splitSentences(text), [], dates).map((f) => [f.value, f.unit])).toEqual([[12, "strikes"]]);
  });
});

describe("recognizeFigures on re3d-dev", () => {
  it("scores F1 >= 0.65 on Money and Quantity by overlap", () => {
    const score = emptyScore();
    for (const doc of readRe3d(RE3D_DEV)) addDocument(score, "figures", doc, figures(doc.text));
    expect(score.f1).toBeGreaterThanOrEqual(0.65);
  });
});
