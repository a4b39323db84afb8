// Unit tests of the passes that keep a name's reading consistent within an article: surnames of
// persons named in full, names after corporate cues, places named by their kind, spans split at colons.
import { describe, expect, it } from "vitest";
import { cuedCompanies, nameRunEnd } from "../../../src/extract/recognize/actors/companyCues.js";
import { EMPTY_LEXICONS, buildLexicons } from "../../../src/extract/recognize/actors/lexicons.js";
import { placesOfKind } from "../../../src/extract/recognize/actors/placeKinds.js";
import { splitAtBreaks } from "../../../src/extract/recognize/actors/spanBreaks.js";
import { personSurnames, surnamesAsPersons } from "../../../src/extract/recognize/actors/surnames.js";
import { named, nothingCommon, span, words } from "./words.js";

const lexicons = buildLexicons(EMPTY_LEXICONS);
const placeList = buildLexicons({ ...EMPTY_LEXICONS, places: ["Washington", "Kano"] });
const common = (lower: string) => ["the", "on", "monday", "said"].includes(lower);

describe("surnamesAsPersons", () => {
  it("types a lone surname of a person named in full as that person", () => {
    const first = words("Gen. Abdourahamane Tiani , the commander , spoke");
    const later = words("Tiani 's actions surprised them");
    const doc = [first, later];
    const candidates = [span(first, "Abdourahamane Tiani", "PER"), { ...span(later, "Tiani", "ORG"), sentence: 1 }];
    expect(personSurnames(doc, candidates)).toEqual(new Set(["Tiani"]));
    expect(surnamesAsPersons(doc, candidates, lexicons).map((c) => c.label)).toEqual(["PER", "PER"]);
  });
  it("leaves a known place, a known company and a name no person ends with", () => {
    const ws = words("George Washington visited Washington and Jim Boeing met Boeing and Kano");
    const candidates = [
      span(ws, "George Washington", "PER"),
      span(ws, "Jim Boeing", "PER"),
      { ...span(ws, "Boeing", "ORG"), start: ws.lastIndexOf("Boeing"), end: ws.lastIndexOf("Boeing") + 1 },
      span(ws, "Kano", "LOC"),
    ];
    const wash = ws.lastIndexOf("Washington");
    candidates.push({ sentence: 0, start: wash, end: wash + 1, label: "LOC", source: "model" });
    const out = surnamesAsPersons([ws], candidates, placeList);
    expect(named(ws, out.slice(2))).toEqual([
      ["Boeing", "ORG"],
      ["Kano", "LOC"],
      ["Washington", "LOC"],
    ]);
  });
});

describe("cuedCompanies", () => {
  it("adds a name after a corporate cue that the tagger missed, as an organization, and types its other mentions", () => {
    const ws = words("The board terminated its merger agreement with Entegris on Monday");
    expect(named(ws, cuedCompanies([ws], [], common))).toEqual([["Entegris", "ORG"]]);
    const bought = words("Rival Dalton said it would acquire Marlow Foods");
    const later = words("Marlow Foods said it would consider the offer");
    const out = cuedCompanies([bought, later], [{ ...span(later, "Marlow Foods", "PER"), sentence: 1 }], common);
    expect(out.map((c) => [c.sentence, c.start, c.end, c.label])).toEqual([
      [1, 0, 2, "ORG"],
      [0, 6, 8, "ORG"],
    ]);
  });
  it("adds nothing after no cue, for a place, an everyday word, or a name already found", () => {
    const plain = words("He met Entegris on Monday");
    expect(cuedCompanies([plain], [], common)).toEqual([]);
    const place = words("It bought shares in Germany");
    expect(cuedCompanies([place], [], common)).toEqual([]);
    const everyday = words("They agreed to acquire The assets");
    expect(cuedCompanies([everyday], [], common)).toEqual([]);
    const found = words("shares in Kestrel rose");
    expect(named(found, cuedCompanies([found], [span(found, "Kestrel", "ORG")], common))).toEqual([["Kestrel", "ORG"]]);
  });
  it("reads a name as its run of capitalized words, stopping at a title or an everyday word", () => {
    expect(nameRunEnd(words("acquire Marlow Foods Ltd. on Monday"), 1, common)).toBe(4);
    expect(nameRunEnd(words("acquire President Smith"), 1, nothingCommon)).toBe(1);
  });
});

describe("placesOfKind", () => {
  it("narrows a place named by its kind to the place", () => {
    const ws = words("ships at the Port of Rotterdam and the Province of Limpopo");
    const out = placesOfKind([ws], [span(ws, "Port of Rotterdam", "LOC"), span(ws, "Province of Limpopo", "LOC")], lexicons);
    expect(named(ws, out)).toEqual([
      ["Rotterdam", "LOC"],
      ["Limpopo", "LOC"],
    ]);
  });
  it("keeps other kinds, a known place, and organizations whole", () => {
    const ws = words("the Gulf of Aden , the Port of Spain and the Bank of England and the State of the Union");
    const candidates = [
      span(ws, "Gulf of Aden", "LOC"),
      span(ws, "Port of Spain", "LOC"),
      span(ws, "Bank of England", "ORG"),
      span(ws, "State of the Union", "LOC"),
    ];
    expect(named(ws, placesOfKind([ws], candidates, lexicons))).toEqual([
      ["Gulf of Aden", "LOC"],
      ["Port of Spain", "LOC"],
      ["Bank of England", "ORG"],
      ["State of the Union", "LOC"],
    ]);
  });
});

describe("splitAtBreaks", () => {
  it("splits a span across a colon or semicolon into the names on either side", () => {
    const ws = words("CNN Correspondent : Anderson , the explosions ; Kyiv");
    expect(named(ws, splitAtBreaks([ws], [span(ws, "CNN Correspondent : Anderson", "PER")]))).toEqual([
      ["CNN Correspondent", "PER"],
      ["Anderson", "PER"],
    ]);
  });
  it("leaves a span without a break, and drops a span that is only the mark", () => {
    const ws = words("Nick Paton Walsh : said");
    expect(named(ws, splitAtBreaks([ws], [span(ws, "Nick Paton Walsh", "PER"), span(ws, ":", "ORG")]))).toEqual([
      ["Nick Paton Walsh", "PER"],
    ]);
  });
});
