// A quote's words as the pages show them, without the marks it was written with (src/pagedata/text.ts).
import { describe, expect, it } from "vitest";
import { quoteBody } from "../../src/pagedata/text.js";

describe("quoteBody", () => {
  it("takes off typographic, straight and wire copy's marks, and a trailing comma", () => {
    expect(quoteBody("“We will appeal,”")).toBe("We will appeal");
    expect(quoteBody('"We will appeal."')).toBe("We will appeal.");
    expect(quoteBody("''I am willing to leave tomorrow,''")).toBe("I am willing to leave tomorrow");
    expect(quoteBody("”He's told me so,”")).toBe("He's told me so");
  });
  it("leaves reported speech as it is", () => {
    expect(quoteBody("the bridge would reopen in May")).toBe("the bridge would reopen in May");
  });
});
