import { describe, expect, it } from "vitest";
import { TENS_WORDS, UNIT_WORDS, wordSet } from "../../src/extract/util/words.js";
import { parseNumberWords } from "../../src/extract/recognize/dates/lexicon.js";

describe("word tables", () => {
  it("number words below twenty and the tens", () => {
    expect(UNIT_WORDS.zero).toBe(0);
    expect(UNIT_WORDS.nineteen).toBe(19);
    expect(TENS_WORDS.ninety).toBe(90);
    expect(UNIT_WORDS.twenty).toBeUndefined();
  });

  it("the dates lexicon counts with them, never zero", () => {
    expect(parseNumberWords("twenty-five")).toBe(25);
    expect(parseNumberWords("a hundred and twelve")).toBe(112);
    expect(parseNumberWords("zero")).toBeNaN();
  });

  it("wordSet splits on spaces", () => {
    const set = wordSet("was were had");
    expect([...set]).toEqual(["was", "were", "had"]);
    expect(set.has("is")).toBe(false);
  });
});
