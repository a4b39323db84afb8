import { describe, expect, it } from "vitest";
import { jointOf, opensSentenceOnly, splitAtJoints, standsAlone } from "../../../src/extract/recognize/actors/spanJoints.js";
import type { ActorCandidate } from "../../../src/extract/recognize/actors/rules.js";
import { buildLexicons, EMPTY_LEXICONS } from "../../../src/extract/recognize/actors/lexicons.js";
import { nothingCommon, words } from "./words.js";

/** A document of sentences (tokens split at spaces), and the candidate over `name` in sentence `s`. */
const docOf = (...sentences: string[]) => sentences.map(words);
function at(doc: string[][], s: number, name: string, label: ActorCandidate["label"] = "ORG"): ActorCandidate {
  const parts = name.split(" ");
  const start = doc[s].findIndex((_, i) => parts.every((p, k) => doc[s][i + k] === p));
  if (start < 0) throw new Error(`"${name}" is not in sentence ${s}`);
  return { sentence: s, start, end: start + parts.length, label, source: "model" };
}
const texts = (doc: string[][], cs: ActorCandidate[]) => cs.map((c) => [doc[c.sentence].slice(c.start, c.end).join(" "), c.label]);
const everyday = (w: string) => ["security", "forces", "small", "group", "coalition"].includes(w);
const noGivenNames = buildLexicons(EMPTY_LEXICONS);
const withMark = buildLexicons({ ...EMPTY_LEXICONS, givenNames: ["Mark"], places: ["Ostrava"] });

describe("standsAlone", () => {
  it("finds a name written on its own inside a sentence, not inside a longer name or before a possessive", () => {
    const doc = docOf("Shares of Tarvik fell .", "Tarvik Motor Works said so .", "The chief of Tarvik 's plant left .");
    expect(standsAlone(doc, ["Tarvik"], { sentence: 9, start: 0 })).toBe(true);
    expect(
      standsAlone(docOf("Tarvik Motor Works said so .", "of Tarvik 's plant"), ["Tarvik"], { sentence: 9, start: 0 }, (w) => w === "'s"),
    ).toBe(false);
  });
});

describe("splitAtJoints", () => {
  it("splits a possessive between two names when the owner stands alone", () => {
    const doc = docOf("The results of Tarvik 's North Sea unit were weak .", "Investors in Tarvik worried .");
    const out = splitAtJoints(doc, [at(doc, 0, "Tarvik 's North Sea")], nothingCommon, noGivenNames);
    expect(texts(doc, out)).toEqual([
      ["Tarvik", "ORG"],
      ["North Sea", "ORG"],
    ]);
  });
  it("keeps a possessive name whose owner never stands alone, and a country's unit", () => {
    const doc = docOf("We ate at Dunmore 's Grill .", "Iraq 's Security Forces advanced , Iraq said .");
    expect(jointOf(doc, at(doc, 0, "Dunmore 's Grill"), nothingCommon)).toBeNull();
    expect(jointOf(doc, at(doc, 1, "Iraq 's Security Forces"), everyday)).toBeNull();
  });
  it("splits two names joined by 'and', not a name with 'and' inside nor a list", () => {
    const doc = docOf(
      "Velaro and Air Monte signed a deal .",
      "The board of Velaro met .",
      "Egypt , Jordan and Lebanon met in Egypt .",
      "Harlow and Finch Ltd grew .",
    );
    const out = splitAtJoints(doc, [at(doc, 0, "Velaro and Air Monte")], nothingCommon, noGivenNames);
    expect(texts(doc, out)).toEqual([
      ["Velaro", "ORG"],
      ["Air Monte", "ORG"],
    ]);
    expect(jointOf(doc, at(doc, 2, "Egypt , Jordan and Lebanon"), nothingCommon)).toBeNull();
    expect(jointOf(doc, at(doc, 3, "Harlow and Finch Ltd"), nothingCommon)).toBeNull();
  });
  it("splits after a legal form followed by a person's name", () => {
    const doc = docOf("Kessel LLC Dana Whitby said .");
    expect(texts(doc, splitAtJoints(doc, [at(doc, 0, "Kessel LLC Dana Whitby")], nothingCommon, noGivenNames))).toEqual([
      ["Kessel LLC", "ORG"],
      ["Dana Whitby", "ORG"],
    ]);
  });
});

describe("makers' models and countries before persons", () => {
  it("reads a maker's model as the maker's mention", () => {
    const doc = docOf("The Velaro V320 landed .", "A Velaro 747 took off .");
    const out = splitAtJoints(doc, [at(doc, 0, "Velaro V320"), at(doc, 1, "Velaro 747")], nothingCommon, noGivenNames);
    expect(texts(doc, out)).toEqual([
      ["Velaro", "ORG"],
      ["Velaro", "ORG"],
    ]);
  });
  it("splits a country from a person named in full after it, not from its own organization", () => {
    const doc = docOf("President of the United States Dorian Kessel spoke .", "Kessel left .", "The United States Air Force said so .");
    const common = (w: string) => ["air", "force"].includes(w);
    expect(texts(doc, splitAtJoints(doc, [at(doc, 0, "United States Dorian Kessel", "LOC")], common, noGivenNames))).toEqual([
      ["United States", "LOC"],
      ["Dorian Kessel", "PER"],
    ]);
    expect(jointOf(doc, at(doc, 2, "United States Air Force"), common)).toBeNull();
  });
});

describe("opensSentenceOnly", () => {
  it("drops a function word or a word the document only capitalizes at a sentence's start", () => {
    const doc = docOf("Unlike Velaro , the firm paid .", "Automaker Tarvik cut jobs .", "Shares of Tarvik fell .");
    expect(opensSentenceOnly(doc, at(doc, 0, "Unlike Velaro", "PER"), noGivenNames)).toBe(true);
    expect(opensSentenceOnly(doc, at(doc, 1, "Automaker Tarvik"), noGivenNames)).toBe(true);
    expect(texts(doc, splitAtJoints(doc, [at(doc, 1, "Automaker Tarvik", "LOC")], nothingCommon, noGivenNames))).toEqual([
      ["Tarvik", "LOC"],
    ]);
  });
  it("keeps a name's own first word: one capitalized elsewhere, a given name, a title", () => {
    const doc = docOf("General Motors cut jobs .", "Shares of Motors fell , said General Motors .", "Mark Kessel spoke .", "Kessel left .");
    expect(opensSentenceOnly(doc, at(doc, 0, "General Motors"), noGivenNames)).toBe(false);
    expect(opensSentenceOnly(doc, at(doc, 2, "Mark Kessel", "PER"), withMark)).toBe(false);
    // a word before a place is the name's own: "Air Ostrava" beside "flights to Ostrava"
    const air = docOf("Air Ostrava cut flights .", "Flights to Ostrava fell .");
    expect(opensSentenceOnly(air, at(air, 0, "Air Ostrava"), withMark)).toBe(false);
  });
});
