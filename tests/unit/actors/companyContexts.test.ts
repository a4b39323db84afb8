import { describe, expect, it } from "vitest";
import { companiesByContext, companyWordInName, writtenAsCompany } from "../../../src/extract/recognize/actors/companyContexts.js";
import { buildLexicons, EMPTY_LEXICONS } from "../../../src/extract/recognize/actors/lexicons.js";
import type { ActorCandidate } from "../../../src/extract/recognize/actors/rules.js";
import { words } from "./words.js";

const lexicons = buildLexicons({ ...EMPTY_LEXICONS, givenNames: ["Dana"] });
const docOf = (...sentences: string[]) => sentences.map(words);
const one = (s: number, i: number, label: ActorCandidate["label"], end = i + 1): ActorCandidate => ({
  sentence: s,
  start: i,
  end,
  label,
  source: "model",
});

describe("writtenAsCompany", () => {
  it("reads a company noun before a name and a company's thing after it", () => {
    expect(writtenAsCompany(words("a deal with automaker Velaro"), 4, 5)).toBe(true);
    expect(writtenAsCompany(words("the Italian company , Velaro , agreed"), 4, 5)).toBe(true);
    expect(writtenAsCompany(words("Velaro 's restructuring plan"), 0, 1)).toBe(true);
    expect(writtenAsCompany(words("Velaro factories closed"), 0, 1)).toBe(true);
    expect(writtenAsCompany(words("Velaro said on Monday"), 0, 1)).toBe(false);
  });
});

describe("companiesByContext", () => {
  it("retypes every mention of a name the document writes as a company", () => {
    const doc = docOf("Velaro will receive loans .", "A part of Velaro 's restructuring plan was cut .");
    const out = companiesByContext(doc, [one(0, 0, "PER"), one(1, 3, "PER")], lexicons);
    expect(out.map((c) => c.label)).toEqual(["ORG", "ORG"]);
  });
  it("keeps a person with a title or named in full, and a known place", () => {
    const titled = docOf("Mr. Velaro spoke .", "Velaro 's restructuring plan failed .");
    expect(companiesByContext(titled, [one(0, 1, "PER"), one(1, 0, "PER")], lexicons).map((c) => c.label)).toEqual(["PER", "PER"]);
    const full = docOf("Dana Velaro spoke .", "Velaro 's employees cheered .");
    expect(companiesByContext(full, [one(0, 0, "PER", 2), one(1, 0, "PER")], lexicons).map((c) => c.label)).toEqual(["PER", "PER"]);
    const place = docOf("France 's factories closed .");
    expect(companiesByContext(place, [one(0, 0, "LOC")], lexicons).map((c) => c.label)).toEqual(["LOC"]);
  });
});

describe("companyWordInName", () => {
  it("reads a company's word in a name of two words or more, not in a title's", () => {
    expect(companyWordInName(["Velaro", "Computer"])).toBe(true);
    expect(companyWordInName(["Douglas", "Aircraft"])).toBe(true);
    expect(companyWordInName(["Dana", "Kessel"])).toBe(false);
    expect(companyWordInName(["Energy", "Secretary", "Dana", "Kessel"])).toBe(false);
    expect(companyWordInName(["Computer"])).toBe(false);
  });
  it("retypes such a person as an organization", () => {
    const doc = [words("Velaro Computer unveiled a phone .")];
    expect(companiesByContext(doc, [{ sentence: 0, start: 0, end: 2, label: "PER", source: "model" }], lexicons)[0].label).toBe("ORG");
  });
});
