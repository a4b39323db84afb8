import { describe, expect, it } from "vitest";
import {
  ONE_WORD_JUNK,
  cleanCandidates,
  dropTrailingTitles,
  isNeverActor,
  lowercaseCut,
  trimEdges,
  type OneWord,
} from "../../../src/extract/recognize/actors/rules.js";
import { named, nothingCommon, span, words } from "./words.js";

describe("trimEdges", () => {
  it("drops determiners, punctuation, possessives and lowercase words at the edges", () => {
    const ws = words("( the State Department 's said");
    expect(trimEdges(ws, 0, 6)).toEqual([2, 4]);
  });
  it("keeps the longest piece around a quote and drops a leading modifier", () => {
    expect(trimEdges(words('Neo Jim Crow " Newsletter'), 0, 5)).toEqual([0, 3]);
    expect(trimEdges(words("Senior State Department"), 0, 3)).toEqual([1, 3]);
  });
  it("leaves a clean name alone", () => {
    expect(trimEdges(words("Bank of America"), 0, 3)).toEqual([0, 3]);
  });
});

describe("dropTrailingTitles", () => {
  it("cuts a job after a name, and a person becomes an organization", () => {
    expect(dropTrailingTitles(words("CNN Anchor"), 0, 2, "PER")).toEqual({ end: 1, label: "ORG" });
    expect(dropTrailingTitles(words("Senate Minority Leader"), 0, 3, "ORG")).toEqual({ end: 1, label: "ORG" });
    expect(dropTrailingTitles(words("Senate Majority Leader Mitch McConnell"), 0, 2, "ORG")).toEqual({ end: 1, label: "ORG" });
  });
  it("keeps a name that opens with a title, and one that ends with none", () => {
    expect(dropTrailingTitles(words("President Minister"), 0, 2, "PER")).toEqual({ end: 2, label: "PER" });
    expect(dropTrailingTitles(words("Mohamed Bazoum"), 0, 2, "PER")).toEqual({ end: 2, label: "PER" });
  });
  it("keeps a portfolio after a body's 'of': the body's name, not a job", () => {
    expect(dropTrailingTitles(words("Ministry of Defence"), 0, 3, "ORG")).toEqual({ end: 3, label: "ORG" });
    expect(dropTrailingTitles(words("Department of Justice"), 0, 3, "PER")).toEqual({ end: 3, label: "ORG" });
    expect(dropTrailingTitles(words("Bank of England Governor"), 0, 4, "PER")).toEqual({ end: 3, label: "ORG" });
  });
});

describe("ONE_WORD_JUNK", () => {
  const junk = (sentence: string, at: number, common: (w: string) => boolean = nothingCommon) => {
    const oneWord: OneWord = { words: words(sentence), at, label: "ORG", common, counts: new Map([["Nighttime", 1]]) };
    return ONE_WORD_JUNK.filter((rule) => rule.rejects(oneWord)).map((rule) => rule.name);
  };
  it("names why a word is no name", () => {
    expect(junk("E said", 0)).toContain("single letter");
    expect(junk("Mr said", 0)).toContain("honorific");
    expect(junk("on Monday", 1)).toEqual(["never a name"]);
    expect(junk("However it", 0, (w) => w === "however")).toEqual(["common word opening"]);
    expect(junk("the Minister said", 1)).toEqual(["title alone"]);
    expect(junk("Islamic extremist groups", 0)).toEqual(["adjective before a noun"]);
    expect(junk("Nighttime street patrols", 0)).toEqual(["capitalized sentence opener"]);
  });
  it("passes names and country words", () => {
    expect(junk("met Bazoum today", 1)).toEqual([]);
    expect(junk("US forces", 0, () => true)).toEqual([]);
  });
});

describe("isNeverActor and lowercaseCut", () => {
  it("drops weapons, labels and ships, not names", () => {
    expect(isNeverActor(words("UAV"), 0, 1)).toBe(true);
    expect(isNeverActor(words("USS Mahan"), 1, 2)).toBe(true);
    expect(isNeverActor(words("ECOWAS"), 0, 1)).toBe(false);
  });
  it("cuts at a lowercase word that is no particle", () => {
    expect(lowercaseCut(words("State Department spokesperson Matt Miller"), 0, 5)).toBe(2);
    expect(lowercaseCut(words("Bank of America"), 0, 3)).toBe(-1);
  });
});

describe("cleanCandidates", () => {
  it("splits an organization and a person at a lowercase title", () => {
    const ws = words("State Department spokesperson Matt Miller said");
    const out = cleanCandidates([ws], [span(ws, "State Department spokesperson Matt Miller", "PER")], nothingCommon);
    expect(named(ws, out)).toEqual([
      ["State Department", "ORG"],
      ["Matt Miller", "PER"],
    ]);
  });
  it("drops a shout and keeps a name", () => {
    const ws = words("BREAKING NEWS : Bazoum");
    const out = cleanCandidates(
      [ws],
      [span(ws, "BREAKING NEWS", "ORG"), span(ws, "Bazoum", "PER")],
      (w) => w === "breaking" || w === "news",
    );
    expect(named(ws, out)).toEqual([["Bazoum", "PER"]]);
  });
});
