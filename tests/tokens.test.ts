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
  it("reads ASCII and other characters alike: Unicode spaces, letters, digits and abbreviations", () => {
    // a no-break space and an em space separate; accented and Arabic-Indic digits are words and numbers
    expect(words("Ñandú\u00a0Co.\u2003Ü.N. ٣٤٥ 3rd 2,000 O’NEIL’S 𝐀.𝐁. x")).toEqual([
      "Ñandú",
      "Co.",
      "Ü.N.",
      "٣٤٥",
      "3rd",
      "2,000",
      "O’NEIL",
      "’S",
      "𝐀.𝐁.",
      "x",
    ]);
    // a range that ends inside a token cuts it there; punctuation and symbols stand alone
    expect(tokenize("ab cd", 0, 4).map((t) => t.text)).toEqual(["ab", "c"]);
    expect(words("#A+ — 's")).toEqual(["#", "A", "+", "—", "'", "s"]);
  });

  it("reads an ASCII run up to what ends it: a joiner, a letter beyond ASCII or the end of the text", () => {
    // a word's ASCII letters continue into accented letters, marks and joiners; a number's digits into its separators
    expect(words("cafés Cafe\u0301 AT&T O'Neil rock-n-roll Zo’s 3.5 12/5 10:30 7,5 10km 4٣ 20")).toEqual([
      "cafés",
      "Cafe\u0301",
      "AT&T",
      "O'Neil",
      "rock-n-roll",
      "Zo",
      "’s",
      "3.5",
      "12/5",
      "10:30",
      "7,5",
      "10km",
      "4٣",
      "20",
    ]);
    // a joiner with no word character after it ends the word; so does a full stop after a number
    expect(words("AT& x- 3. 3.x")).toEqual(["AT", "&", "x", "-", "3", ".", "3", ".", "x"]);
  });
});
