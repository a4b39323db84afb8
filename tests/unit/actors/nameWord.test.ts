// The two shapes of a name's word: a title-case word (nameWord.ts isNameWord) and a capitalized
// word of a company's name (isCapitalizedWord), which the company passes read.
import { describe, expect, it } from "vitest";
import { isCapitalizedWord, isNameWord } from "../../../src/extract/recognize/actors/nameWord.js";

describe("name words", () => {
  it("isNameWord takes title-case words only", () => {
    expect(["Rotterdam", "Tillabéri"].map(isNameWord)).toEqual([true, true]);
    expect(["USA", "McCain", "O'Neill", "Jean-Claude", "AT&T", "rotterdam"].map(isNameWord)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
  it("isCapitalizedWord takes any capitalized word of letters, digits, '&' and dots", () => {
    expect(["Rotterdam", "USA", "McCain", "AT&T", "Inc.", "A380"].map(isCapitalizedWord)).toEqual([true, true, true, true, true, true]);
    expect(["3M", "rotterdam", "(Reuters"].map(isCapitalizedWord)).toEqual([false, false, false]);
  });
});
