import { describe, expect, it } from "vitest";
import { findOccasions } from "../../../src/extract/recognize/figures/occasions.js";

const sentenceOf = () => 0;

describe("findOccasions", () => {
  it("reads a qualified count of occasions", () => {
    const found = findOccasions("He was hit at least once and more than three times later.", [], [], sentenceOf);
    expect(found.map((f) => [f.text, f.value, f.unit, f.bound])).toEqual([
      ["at least once", 1, "times", "min"],
      ["more than three times", 3, "times", "min"],
    ]);
  });
  it("reads nothing without a qualifier, in skipped text or inside a figure taken", () => {
    expect(findOccasions("He was hit once.", [], [], sentenceOf)).toEqual([]);
    expect(findOccasions("hit at least twice", [{ start: 0, end: 5 }], [], sentenceOf)).toEqual([]);
    expect(findOccasions("hit at least twice", [], [{ start: 4, end: 12 }], sentenceOf)).toEqual([]);
  });
});
