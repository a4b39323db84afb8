// The model's name lists made ready for matching (buildLexicons): places by first word, longest first.
import { describe, expect, it } from "vitest";
import { buildLexicons } from "../../../src/extract/recognize/actors/lexicons.js";

describe("the lexicons ready for matching", () => {
  const lexicons = buildLexicons({
    places: ["San", "San Jose", "San Luis Potosi", "Niamey", "Abu Dhabi"],
    givenNames: ["Aisha"],
    commonWords: [
      ["the", "said"],
      ["said", "border"],
    ],
  });

  it("keep each place's other words under its first word, longest name first", () => {
    expect(lexicons.places.get("San")).toEqual([["Luis", "Potosi"], ["Jose"], []]);
    expect(lexicons.places.get("Niamey")).toEqual([[]]);
    expect(lexicons.places.get("Abu")).toEqual([["Dhabi"]]);
    expect(lexicons.places.has("Jose")).toBe(false);
  });

  it("give an everyday word its most frequent band", () => {
    expect(lexicons.commonWords.get("said")).toBe(0);
    expect(lexicons.commonWords.get("border")).toBe(1);
    expect(lexicons.givenNames.has("Aisha")).toBe(true);
  });
});
