import { describe, expect, it } from "vitest";
import {
  addAcronyms,
  addGazetteerMatches,
  firstNamesAsPersons,
  propagateNames,
  typeCompanies,
  unifyTypes,
} from "../../../src/extract/recognize/actors/rules.js";
import { typeByShape } from "../../../src/extract/recognize/actors/typing.js";
import { buildLexicons } from "../../../src/extract/recognize/actors/lexicons.js";
import { named, nothingCommon, span, words } from "./words.js";

describe("addAcronyms", () => {
  it("adds the acronym of a long form in parentheses, with the long form's label", () => {
    const ws = words("the Economic Community of West African States ( ECOWAS ) met");
    const out = addAcronyms([ws], [span(ws, "Economic Community of West African States", "ORG")]);
    expect(named(ws, out)).toEqual([
      ["Economic Community of West African States", "ORG"],
      ["ECOWAS", "ORG"],
    ]);
  });
  it("finds the long form by its initials when the tagger missed it; nothing for a lowercase aside", () => {
    const ws = words("the World Health Organization ( WHO ) said");
    expect(named(ws, addAcronyms([ws], []))).toEqual([
      ["World Health Organization", "ORG"],
      ["WHO", "ORG"],
    ]);
    const aside = words("they met ( twice ) there");
    expect(addAcronyms([aside], [])).toEqual([]);
  });
});

describe("propagateNames", () => {
  it("marks a name and a person's surname wherever else they are written", () => {
    const first = words("Mohamed Bazoum spoke");
    const second = words("Later Bazoum left");
    const out = propagateNames([first, second], [span(first, "Mohamed Bazoum", "PER")], nothingCommon);
    expect(out.map((c) => [c.sentence, c.start, c.end, c.label, c.source])).toEqual([
      [0, 0, 2, "PER", "model"],
      [1, 1, 2, "PER", "propagated"],
    ]);
  });
  it("propagates a surname that is an everyday word only where no sentence opens with it", () => {
    const first = words("Dana Cook spoke");
    const second = words("Cook said that , in May , Cook would leave");
    const out = propagateNames([first, second], [span(first, "Dana Cook", "PER")], (w) => w === "cook");
    expect(out.map((c) => [c.sentence, c.start, c.end, c.label, c.source])).toEqual([
      [0, 0, 2, "PER", "model"],
      [1, 7, 8, "PER", "propagated"],
    ]);
  });
  it("finds a name of several words from its first word, past capitalized words that open none", () => {
    const first = words("Economic Community of West African States met Niger");
    const second = words("On Monday The Economic Community of West African States and Niger met");
    const candidates = [span(first, "Economic Community of West African States", "ORG"), span(first, "Niger", "LOC")];
    const out = propagateNames([first, second], candidates, nothingCommon);
    expect(out.filter((c) => c.source === "propagated").map((c) => [c.sentence, second.slice(c.start, c.end).join(" "), c.label])).toEqual([
      [1, "Economic Community of West African States", "ORG"],
      [1, "Niger", "LOC"],
    ]);
  });
  it("never propagates a common word", () => {
    const first = words("Police said");
    const second = words("The Police came");
    const out = propagateNames([first, second], [span(first, "Police", "ORG")], (w) => w === "police");
    expect(out).toHaveLength(1);
  });
});

describe("addGazetteerMatches", () => {
  it("adds countries and nationality words the tagger missed, not over a candidate", () => {
    const ws = words("Nigerien troops entered Mali with Mali Airlines");
    const out = addGazetteerMatches([ws], [span(ws, "Mali Airlines", "ORG")]);
    expect(named(ws, out)).toEqual([
      ["Mali Airlines", "ORG"],
      ["Nigerien", "NAT"],
      ["Mali", "LOC"],
    ]);
  });
});

describe("unifyTypes", () => {
  it("gives every mention of a name the type most of the tagger's mentions had", () => {
    const ws = words("Tiani met Tiani and Tiani");
    const out = unifyTypes(
      [ws],
      [span(ws, "Tiani", "PER"), { ...span(ws, "Tiani", "PER"), start: 2, end: 3 }, { ...span(ws, "Tiani", "LOC"), start: 4, end: 5 }],
    );
    expect(out.map((c) => c.label)).toEqual(["PER", "PER", "PER"]);
  });
  it("leaves gazetteer matches and nationality words alone", () => {
    const ws = words("Mali and Mali");
    const out = unifyTypes([ws], [span(ws, "Mali", "PER"), { ...span(ws, "Mali", "LOC", "gazetteer"), start: 2, end: 3 }]);
    expect(out.map((c) => c.label)).toEqual(["PER", "LOC"]);
  });
});

describe("firstNamesAsPersons", () => {
  it("reads a first name alone as the person named in full, unless it is a place", () => {
    const ws = words("Nick Walsh said Nick and Chad Smith met Chad");
    const out = firstNamesAsPersons(
      [ws],
      [
        span(ws, "Nick Walsh", "PER"),
        { ...span(ws, "Nick", "ORG"), start: 3, end: 4 },
        span(ws, "Chad Smith", "PER"),
        { ...span(ws, "Chad", "LOC"), start: 8, end: 9 },
      ],
    );
    expect(out.map((c) => c.label)).toEqual(["PER", "PER", "PER", "LOC"]);
  });
});

describe("typeByShape", () => {
  const lexicons = buildLexicons({ places: [], givenNames: ["Alexey"], commonWords: [] });
  it("reads a given name opening a title-case name as a person", () => {
    const ws = words("met Alexey Ivanov today");
    expect(named(ws, typeByShape([ws], [span(ws, "Alexey Ivanov", "LOC")], lexicons))).toEqual([["Alexey Ivanov", "PER"]]);
  });
  it("leaves a known place", () => {
    const ws = words("in South Sudan today");
    expect(named(ws, typeByShape([ws], [span(ws, "South Sudan", "LOC")], lexicons))).toEqual([["South Sudan", "LOC"]]);
  });
});

describe("typeCompanies", () => {
  it("types a known company or a corporate name as an organization, with its legal form", () => {
    const ws = words("Alphabet Inc. and Emirates Airlines");
    const out = typeCompanies([ws], [span(ws, "Alphabet", "PER"), span(ws, "Emirates Airlines", "LOC")]);
    expect(named(ws, out)).toEqual([
      ["Alphabet Inc.", "ORG"],
      ["Emirates Airlines", "ORG"],
    ]);
  });
  it("leaves a person and a country", () => {
    const ws = words("Ali Ahmed visited Niger");
    const out = typeCompanies([ws], [span(ws, "Ali Ahmed", "PER"), span(ws, "Niger", "LOC")]);
    expect(named(ws, out)).toEqual([
      ["Ali Ahmed", "PER"],
      ["Niger", "LOC"],
    ]);
  });
});
