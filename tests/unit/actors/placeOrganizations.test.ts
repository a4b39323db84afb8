// An organization named by its kind and the place it is of ("the Bank of England") is one
// organization, not the place the tagger found in it.
import { describe, expect, it } from "vitest";
import { placeOrganizations } from "../../../src/extract/recognize/actors/placeOrganizations.js";
import { named, span, words } from "./words.js";

describe("placeOrganizations", () => {
  it("widens a place after an organization's kind and 'of' to the organization, with the kind's modifiers", () => {
    const ws = words("talks with the Bank of England and the Central Bank of Nigeria went well");
    const candidates = [span(ws, "England", "LOC"), span(ws, "Nigeria", "LOC"), span(ws, "Bank", "ORG")];
    expect(named(ws, placeOrganizations([ws], candidates))).toEqual([
      ["Bank of England", "ORG"],
      ["Central Bank of Nigeria", "ORG"],
    ]);
  });
  it("leaves a place after a word that is no organization's kind, a lowercase kind, and the sentence's 'The'", () => {
    const ws = words("The Secretary of State flew to the Gulf of Aden and the bank of England");
    const candidates = [span(ws, "State", "LOC"), span(ws, "Aden", "LOC"), span(ws, "England", "LOC")];
    expect(named(ws, placeOrganizations([ws], candidates))).toEqual([
      ["State", "LOC"],
      ["Aden", "LOC"],
      ["England", "LOC"],
    ]);
    const university = words("The University of Chicago said");
    expect(named(university, placeOrganizations([university], [span(university, "Chicago", "LOC")]))).toEqual([
      ["University of Chicago", "ORG"],
    ]);
  });
});
