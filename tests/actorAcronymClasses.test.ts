// Organizations of 1998 newswire's blind set late2 (issue 17), with our own sentences and made-up
// names: a name whose first word is joined by "and" ("the Fisheries and Wildlife Service"), its
// initials written alone further on ("the FWS"), and "Congress" opening a sentence.
import { describe, expect, it } from "vitest";
import { recognizerOf } from "./helpers/recognized.js";
import { loadActorModel } from "../src/extract/recognize/actors/index.js";
import { bareAcronyms, conjoinedOrganizations } from "../src/extract/recognize/actors/organizationAcronyms.js";

const model = loadActorModel();
const { pairs } = recognizerOf(model);

describe("an organization joined by 'and' and its acronym without brackets", () => {
  it("reads 'the Immigration and Naturalization Service' as one name and 'the INS' as an organization", () => {
    const found = pairs(
      "If the Immigration and Naturalization Service order that Tomas must be returned is contested, Judge Orla Brenn ruled. First of all, the INS already has taken the position. The INS routinely sends them back.",
    );
    expect(found).toContainEqual(["Immigration and Naturalization Service", "organization"]);
    expect(found.filter(([text]) => text === "INS")).toEqual([
      ["INS", "organization"],
      ["INS", "organization"],
    ]);
    expect(found).not.toContainEqual(["Naturalization Service", "organization"]);
  });

  it("extends only an organization ending on an organization's word after 'the X and'", () => {
    const doc = [
      ["the", "Fisheries", "and", "Wildlife", "Service", "said"],
      ["Poland", "and", "Hungary", "Service", "workers"],
    ];
    const out = conjoinedOrganizations(doc, [
      { sentence: 0, start: 3, end: 5, label: "ORG", source: "model" },
      { sentence: 1, start: 0, end: 1, label: "LOC", source: "model" },
      { sentence: 1, start: 2, end: 4, label: "ORG", source: "model" },
    ]);
    expect(out.map((c) => [c.start, c.end])).toEqual([
      [1, 5],
      [0, 1],
      [2, 4],
    ]);
  });

  it("adds the initials of a name of three or more words where written alone, and no other capitals", () => {
    const doc = [
      ["the", "Fisheries", "and", "Wildlife", "Service", "said"],
      ["the", "FWS", "and", "the", "FBI", "met"],
    ];
    const out = bareAcronyms(doc, [{ sentence: 0, start: 1, end: 5, label: "ORG", source: "model" }]);
    expect(out.map((c) => [c.sentence, doc[c.sentence].slice(c.start, c.end).join(" "), c.label])).toEqual([
      [0, "Fisheries and Wildlife Service", "ORG"],
      [1, "FWS", "ORG"],
    ]);
  });
});

describe("Congress is an organization where it opens a sentence", () => {
  it("types 'Congress reconvenes' an organization", () => {
    expect(pairs("The vote was delayed. Congress reconvenes on Monday.")).toEqual([["Congress", "organization"]]);
  });
});

describe("a country and an organization's word after it", () => {
  it("reads 'the U.S. Embassy' as one organization where the article writes 'embassy' in lower case too", () => {
    const text =
      "The bomb outside the U.S. Embassy in Tanzania shook homes a mile away. But the solid construction of the embassy may have saved lives.";
    expect(pairs(text)).toEqual([
      ["U.S. Embassy", "organization"],
      ["Tanzania", "place"],
    ]);
  });
});

describe("a party's member after a place", () => {
  it("reads 'an Ohio Republican' as the place and the party, not one place", () => {
    expect(pairs("Already one grandstanding Ohio Republican has subpoenaed the boy to testify.")).toEqual([
      ["Ohio", "place"],
      ["Republican", "organization"],
    ]);
  });
});

describe("a region's adjective after a part of the region in lower case", () => {
  it("reads 'eastern European' as a nationality, and 'the firm's European rival' as none", () => {
    expect(pairs("The alliance decided to invite the three eastern European countries to start talks.")).toContainEqual([
      "European",
      "place",
    ]);
    expect(pairs("The firm's European rival cut its prices.")).toEqual([]);
  });
});
