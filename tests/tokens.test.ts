// Tests for the offset-preserving word tokenizer.
import { describe, expect, it } from "vitest";
import { tokenize } from "../src/extract/segment/tokens.js";

const words = (text: string) => tokenize(text).map((t) => t.text);

describe("tokenize", () => {
  it("keeps exact offsets into the text", () => {
    const text = "Niger’s junta met Gen. Abdourahamane Tiani in Niamey.";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("splits possessives and punctuation, keeps dotted abbreviations whole", () => {
    expect(words("Niger’s U.S. ally, Gen. Tiani (ECOWAS).")).toEqual([
      "Niger",
      "’s",
      "U.S.",
      "ally",
      ",",
      "Gen.",
      "Tiani",
      "(",
      "ECOWAS",
      ")",
      ".",
    ]);
  });

  it("keeps hyphenated names and numbers whole, splits run-on sentences", () => {
    expect(words("Haider al-Abadi paid $1,000.50 in need.And then")).toEqual([
      "Haider",
      "al-Abadi",
      "paid",
      "$",
      "1,000.50",
      "in",
      "need",
      ".",
      "And",
      "then",
    ]);
  });

  it("tokenizes only the requested range", () => {
    const text = "Read Also: Niger. Bazoum spoke.";
    const toks = tokenize(text, 18, text.length);
    expect(toks.map((t) => t.text)).toEqual(["Bazoum", "spoke", "."]);
    expect(toks[0].start).toBe(18);
  });
});
