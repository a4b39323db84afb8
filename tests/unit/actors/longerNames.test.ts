import { describe, expect, it } from "vitest";
import { extendToLongerNames } from "../../../src/extract/recognize/actors/longerNames.js";
import type { ActorCandidate } from "../../../src/extract/recognize/actors/rules.js";
import { words } from "./words.js";

const cand = (sentence: number, start: number, end: number, label: ActorCandidate["label"]): ActorCandidate => ({
  sentence,
  start,
  end,
  label,
  source: "model",
});

describe("extendToLongerNames", () => {
  it("reads a name as the longer name the document writes whole elsewhere, with its label", () => {
    const doc = [words("Air Loria ordered ten jets ."), words("The deal with Air Loria was signed .")];
    const out = extendToLongerNames(doc, [cand(0, 1, 2, "LOC"), cand(1, 3, 5, "ORG")]);
    expect(out.map((c) => [doc[c.sentence].slice(c.start, c.end).join(" "), c.label])).toEqual([
      ["Air Loria", "ORG"],
      ["Air Loria", "ORG"],
    ]);
  });
  it("leaves a name when the words before it make no longer name of the document", () => {
    const doc = [words("North Loria voted ."), words("The deal with Air Loria was signed .")];
    const out = extendToLongerNames(doc, [cand(0, 1, 2, "LOC"), cand(1, 3, 5, "ORG")]);
    expect(out.map((c) => [doc[c.sentence].slice(c.start, c.end).join(" "), c.label])).toEqual([
      ["Loria", "LOC"],
      ["Air Loria", "ORG"],
    ]);
  });
});
