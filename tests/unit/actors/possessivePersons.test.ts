import { describe, expect, it } from "vitest";
import { possessivePersons } from "../../../src/extract/recognize/actors/possessivePersons.js";
import { buildLexicons, EMPTY_LEXICONS } from "../../../src/extract/recognize/actors/lexicons.js";
import { named, span, words } from "./words.js";

const lexicons = buildLexicons({ ...EMPTY_LEXICONS, places: ["Xanbar"] });
const everyday = (w: string) => ["rift", "valley"].includes(w);

describe("possessivePersons", () => {
  it("reads a name of two words after a possessive as a person", () => {
    const ws = words("Loria 's Dorian Kessel said no .");
    expect(named(ws, possessivePersons([ws], [span(ws, "Dorian Kessel", "LOC")], everyday, lexicons))).toEqual([["Dorian Kessel", "PER"]]);
  });
  it("leaves a place, an organization and everyday words after a possessive", () => {
    const ws = words("Loria 's Rift Valley and Loria 's Labour Party and Loria 's Xanbar Kessel");
    const out = possessivePersons(
      [ws],
      [span(ws, "Rift Valley", "LOC"), span(ws, "Labour Party", "ORG"), span(ws, "Xanbar Kessel", "LOC")],
      everyday,
      lexicons,
    );
    expect(named(ws, out)).toEqual([
      ["Rift Valley", "LOC"],
      ["Labour Party", "ORG"],
      ["Xanbar Kessel", "LOC"],
    ]);
  });
});
