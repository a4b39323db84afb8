import { describe, expect, it } from "vitest";
import { ACTOR_PASSES, leaderOrganizations, lowercaseRoleBefore, personCues } from "../../../src/extract/recognize/actors/passes.js";
import { named, span, words } from "./words.js";

describe("leaderOrganizations", () => {
  it("reads 'the Biden administration' and 'the Assad regime' as organizations", () => {
    const ws = words("the Biden administration said");
    expect(named(ws, leaderOrganizations([ws], [span(ws, "Biden", "PER")]))).toEqual([["Biden administration", "ORG"]]);
    const regime = words("the Assad regime said");
    expect(named(regime, leaderOrganizations([regime], [span(regime, "Assad", "PER")]))).toEqual([["Assad regime", "ORG"]]);
  });
  it("leaves a country's government and a name before another candidate", () => {
    const ws = words("the Niger government said");
    expect(named(ws, leaderOrganizations([ws], [span(ws, "Niger", "LOC")]))).toEqual([["Niger", "LOC"]]);
  });
});

describe("personCues", () => {
  it("types a name after a title, or with the office's object, as a person", () => {
    const ws = words("Minister Ali Ahmed spoke");
    expect(named(ws, personCues([ws], [span(ws, "Ali Ahmed", "ORG")]))).toEqual([["Ali Ahmed", "PER"]]);
    const office = words("Secretary of State Victoria Nuland said");
    expect(named(office, personCues([office], [span(office, "State Victoria Nuland", "ORG")]))).toEqual([["Victoria Nuland", "PER"]]);
    // the office's object outside the span: the name after it is the office holder
    expect(named(office, personCues([office], [span(office, "Victoria Nuland", "LOC")]))).toEqual([["Victoria Nuland", "PER"]]);
    // and the office's object read as a name of its own is part of the office, not an actor
    const state = span(office, "State", "PER");
    expect(named(office, personCues([office], [state, span(office, "Victoria Nuland", "PER")]))).toEqual([["Victoria Nuland", "PER"]]);
  });
  it("leaves an organization word and a name without a cue", () => {
    const ws = words("the State Department said");
    expect(named(ws, personCues([ws], [span(ws, "State Department", "ORG")]))).toEqual([["State Department", "ORG"]]);
    // an office's object alone before a one-word place, or no title before "of": no cue
    const port = words("Secretary of State Kano said");
    expect(named(port, personCues([port], [span(port, "Kano", "LOC")]))).toEqual([["Kano", "LOC"]]);
    const bank = words("the Bank of England Lagos office");
    expect(named(bank, personCues([bank], [span(bank, "Lagos", "LOC")]))).toEqual([["Lagos", "LOC"]]);
    const plain = words("talks with Acme Holdings ended");
    expect(named(plain, personCues([plain], [span(plain, "Acme Holdings", "ORG")]))).toEqual([["Acme Holdings", "ORG"]]);
  });
});

describe("lowercaseRoleBefore", () => {
  it("is true after a lowercase job word, false after a capitalized one or for one word", () => {
    expect(lowercaseRoleBefore(words("chief executive Elon Musk said"), 2, 4)).toBe(true);
    expect(lowercaseRoleBefore(words("Executive Elon Musk said"), 1, 3)).toBe(false);
    expect(lowercaseRoleBefore(words("striker Kane scored"), 1, 2)).toBe(false);
  });
});

describe("ACTOR_PASSES", () => {
  it("run in order", () => {
    expect(ACTOR_PASSES.map((p) => p.name)).toEqual([
      "split at colons",
      "split at joints",
      "clean",
      "names with particles",
      "hyphenated given names",
      "acronyms",
      "organizations joined by 'and'",
      "acronyms without brackets",
      "propagate names",
      "gazetteer",
      "institutions",
      "nationality words",
      "longer names",
      "one type per name",
      "dateline places",
      "places with their region",
      "places in lists",
      "party members after places",
      "persons of a family",
      "persons of a country",
      "first names",
      "type by shape",
      "leaders' organizations",
      "person cues",
      "departments before titles",
      "names before a noun",
      "persons after a possessive",
      "surnames",
      "lone role words",
      "companies",
      "cued companies",
      "missed companies",
      "companies by context",
      "places of a kind",
      "organizations of a place",
      "built places",
      "companies by their first word",
      "speakers the tagger missed",
    ]);
  });
});
