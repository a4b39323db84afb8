// The passes for wire news (issue 17) on candidates over one sentence: datelines, names with
// particles, places with their state, nationality words, built places, places inside organizations.
import { describe, expect, it } from "vitest";
import { datelinePlaces } from "../../../src/extract/recognize/actors/datelines.js";
import { demonymWords } from "../../../src/extract/recognize/actors/demonymWords.js";
import { facilitiesAsPlaces } from "../../../src/extract/recognize/actors/facilities.js";
import { buildLexicons } from "../../../src/extract/recognize/actors/lexicons.js";
import { joinNameParticles } from "../../../src/extract/recognize/actors/nameParticles.js";
import { placeOrganizations } from "../../../src/extract/recognize/actors/placeOrganizations.js";
import { placesWithRegion } from "../../../src/extract/recognize/actors/placesWithRegion.js";
import { trimEdges } from "../../../src/extract/recognize/actors/rules.js";
import { named, span, words } from "./words.js";

const lexicons = buildLexicons({ places: ["Dar es Salaam"], givenNames: ["Maria"], commonWords: [] });

describe("datelinePlaces", () => {
  it("makes the dateline a place and the same name elsewhere in the story a place", () => {
    const dateline = words("KORVA , Ore . ( AP ) _");
    const body = words("the Korva office said");
    const out = datelinePlaces(
      [dateline, body],
      [dateline, body],
      [span(dateline, "KORVA", "ORG"), { ...span(body, "Korva", "ORG"), sentence: 1 }],
    );
    expect(out.map((c) => [c.sentence, c.start, c.end, c.label])).toEqual([
      [1, 1, 2, "LOC"],
      [0, 0, 1, "LOC"],
    ]);
  });
});

describe("joinNameParticles", () => {
  it("joins a person across a particle, a known place across one, and widens to a given name", () => {
    const ws = words("Samuel arap Kiptoo met Maria da Costa in Dar es Salaam");
    const candidates = [
      span(ws, "Samuel", "PER"),
      span(ws, "Kiptoo", "LOC"),
      span(ws, "Costa", "LOC"),
      span(ws, "Dar", "LOC"),
      span(ws, "Salaam", "PER"),
    ];
    expect(named(ws, joinNameParticles([ws], candidates, lexicons))).toEqual([
      ["Samuel arap Kiptoo", "PER"],
      ["Maria da Costa", "PER"],
      ["Dar es Salaam", "LOC"],
    ]);
  });
  it("joins no organization across 'de' to a place", () => {
    const ws = words("the Banco de Mexico said");
    expect(named(ws, joinNameParticles([ws], [span(ws, "Banco", "ORG"), span(ws, "Mexico", "LOC")], lexicons))).toEqual([
      ["Banco", "ORG"],
      ["Mexico", "LOC"],
    ]);
  });
});

describe("placesWithRegion", () => {
  it("makes a town before a state's abbreviation a place, with the abbreviation, and leaves a list of countries", () => {
    const ws = words("a Korva , N.Y. , doctor and Saudi Arabia , Jordan , Egypt");
    const out = placesWithRegion([ws], [span(ws, "Korva", "ORG"), span(ws, "Saudi Arabia", "LOC"), span(ws, "Jordan", "PER")], lexicons);
    expect(named(ws, out)).toEqual([
      ["Korva", "LOC"],
      ["Saudi Arabia", "LOC"],
      ["Jordan", "PER"],
      ["N.Y.", "LOC"],
    ]);
  });
});

describe("demonymWords", () => {
  it("adds nouns, types adjectives the tagger found, and adds no adjective it did not", () => {
    const ws = words("Kurds and a Turk met African envoys and European ministers");
    const out = demonymWords([ws], [span(ws, "Turk", "ORG"), span(ws, "African", "PER")]);
    expect(named(ws, out)).toEqual([
      ["Turk", "NAT"],
      ["African", "NAT"],
      ["Kurds", "NAT"],
    ]);
  });
});

describe("built places and organizations of a place", () => {
  it("reads bases, airports and camps as places", () => {
    const ws = words("from Ruvo Air Force Base to Camp Tarek and Ruvo Airlines");
    const out = facilitiesAsPlaces(
      [ws],
      [span(ws, "Ruvo Air Force Base", "ORG"), span(ws, "Camp Tarek", "ORG"), span(ws, "Ruvo Airlines", "ORG")],
    );
    expect(named(ws, out)).toEqual([
      ["Ruvo Air Force Base", "LOC"],
      ["Camp Tarek", "LOC"],
      ["Ruvo Airlines", "ORG"],
    ]);
  });
  it("widens a place to the organization's word after it, and reads '<kind> of <place>' whole as one", () => {
    const ws = words("the U.S. Embassy and the Archdiocese of Korva said");
    const out = placeOrganizations([ws], [span(ws, "U.S.", "LOC"), span(ws, "Archdiocese of Korva", "LOC")]);
    expect(named(ws, out)).toEqual([
      ["U.S. Embassy", "ORG"],
      ["Archdiocese of Korva", "ORG"],
    ]);
  });
});

describe("trimEdges", () => {
  it("parts a weekday from a country the tagger read with it, not from a programme's name", () => {
    expect(trimEdges(words("Iran Saturday"), 0, 2, "ORG")).toEqual([0, 1]);
    expect(trimEdges(words("Fox News Sunday"), 0, 3, "ORG")).toEqual([0, 3]);
  });
});
