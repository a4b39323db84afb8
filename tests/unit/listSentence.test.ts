// The actor page's lede sentences: a list after its opening words, with one full stop even when the
// last item is an abbreviation that ends in a period (the seeds' Tchiani read "Described as coup leader; Gen..").
import { describe, expect, it } from "vitest";
import { listSentence } from "../../src/pagedata/text.js";

describe("listSentence", () => {
  it("ends the list with a full stop", () => {
    expect(listSentence("Described as", ["coup leader", "commander of the presidential guard"], "; ")).toBe(
      "Described as coup leader; commander of the presidential guard.",
    );
  });
  it("lets an abbreviation's period end the sentence", () => {
    expect(listSentence("Described as", ["coup leader", "Gen."], "; ")).toBe("Described as coup leader; Gen.");
    expect(listSentence("Also written as", ["United States", "U.S."], ", ")).toBe("Also written as United States, U.S.");
  });
  it("makes no sentence of no items", () => {
    expect(listSentence("Described as", [], "; ")).toBeNull();
  });
});
