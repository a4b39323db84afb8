// The reader's text of a tokenized MEANTIME article (src/evaluate/quotesMeantime.ts), on our own sentences.
import { describe, expect, it } from "vitest";
import { readerText } from "../../src/evaluate/quotesMeantime.js";

describe("readerText", () => {
  it("turns `` '' pairs into typographic quotes against their words", () => {
    expect(readerText("He called it a `` fresh start '' , and left .")).toBe("He called it a “fresh start” , and left .");
  });
  it("pairs straight quotes: the first opens, the next closes", () => {
    expect(readerText('She said " We won . " and " again "')).toBe("She said “We won .” and “again”");
  });
  it("keeps curly quotes, only closing up their spaces", () => {
    expect(readerText("a “ big ” day")).toBe("a “big” day");
  });
});
