// wordCount (src/pagedata/text.ts): the sources page's word counts, as `text.split(/\s+/).length`
// gives them, without making the pieces.
import { describe, expect, it } from "vitest";
import { wordCount } from "../../src/pagedata/text.js";

describe("wordCount", () => {
  it("counts as split(/\\s+/) does, at the edges and between words", () => {
    expect(wordCount("")).toBe(1);
    expect(wordCount(" ")).toBe(2);
    expect(wordCount("Niger's junta")).toBe(2);
    expect(wordCount("  Niger's \n\n junta  ")).toBe(4);
    expect(wordCount("Tchiani\u00a0said\u3000today")).toBe(3);
  });

  it("takes as white space exactly what \\s matches, for every UTF-16 code unit", () => {
    for (let c = 0; c < 0x10000; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      if (wordCount(text) !== text.split(/\s+/).length) expect(c.toString(16)).toBe("counted as split counts");
    }
  });
});
