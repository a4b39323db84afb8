// Tests for the actor tagger's feature lexicons: deriving the stored lists (admin regions, given
// names, everyday-word bands), matching place names in a sentence, the features they add, the
// lists travelling inside the committed model, and names never ending in a preposition.
import { describe, expect, it } from "vitest";
import { sentenceFeatures, shape } from "../src/extract/recognize/actors/features.js";
import { buildLexicons, commonWordBands, givenNames, placeLabels, placeNames } from "../src/extract/recognize/actors/lexicons.js";
import { loadActorModel } from "../src/extract/recognize/actors/index.js";
import { cleanCandidates } from "../src/extract/recognize/actors/rules.js";

describe("deriving the lexicons", () => {
  it("keeps a region's name with and without its kind word and accents", () => {
    expect(placeNames(["Tillabéri Region", "Borno State", "Nineveh"])).toEqual([
      "Borno",
      "Borno State",
      "Nineveh",
      "Tillaberi",
      "Tillaberi Region",
      "Tillabéri",
      "Tillabéri Region",
    ]);
  });

  it("writes given names in title case and leaves out two-word entries", () => {
    expect(givenNames(["abdoulaye", "mary-jane", "jean paul", "aïcha"])).toEqual(["Abdoulaye", "Aicha", "Aïcha", "Mary-Jane"]);
  });

  it("puts each everyday word in its most frequent band only", () => {
    expect(
      commonWordBands([
        ["the", "reading", "US"],
        ["reading", "player"],
        ["coalition", "it's"],
      ]),
    ).toEqual([["reading", "the"], ["player"], ["coalition"]]);
  });
});

describe("placeLabels", () => {
  const lex = buildLexicons({ places: ["Diffa", "Abu Dhabi", "Salah ad Din", "Salah"], givenNames: [], commonWords: [] });

  it("marks the longest place name with its length class", () => {
    const words = "Fighting spread from Salah ad Din to Diffa and Abu Dhabi .".split(" ");
    expect(placeLabels(words, lex.places)).toEqual(["", "", "", "B3", "I3", "I3", "", "B1", "", "B2", "I2", ""]);
  });

  it("matches the case as written", () => {
    expect(placeLabels(["abu", "dhabi"], lex.places)).toEqual(["", ""]);
  });

  it("finds a name that opens with a lower-case letter or a digit when the lexicon has one", () => {
    const lower = buildLexicons({ places: ["al-Hasakah", "10th of Ramadan", "Niamey"], givenNames: [], commonWords: [] });
    const words = "From al-Hasakah to 10th of Ramadan and Niamey".split(" ");
    expect(placeLabels(words, lower.places)).toEqual(["", "B1", "", "B3", "I3", "I3", "", "B1"]);
    expect(
      placeLabels(["Ümraniye", "Diffa", "diffa"], buildLexicons({ places: ["Ümraniye", "Diffa"], givenNames: [], commonWords: [] }).places),
    ).toEqual(["B1", "B1", ""]);
  });
});

describe("lexicon features", () => {
  const lexicons = buildLexicons({ places: ["Diffa"], givenNames: ["Aisha"], commonWords: [["reading"], ["player"]] });
  const ctx = { commonLower: new Set<string>(), docLower: new Set<string>(), lexicons };

  it("adds place, given-name and word-band features", () => {
    const f = sentenceFeatures("Reading about Aisha Buhari in Diffa".split(" "), ctx);
    expect(f[0]).toContain("wf|first=0");
    expect(f[2]).toContain("gn|cap+1");
    expect(f[2]).toContain("wf=-");
    expect(f[3]).toContain("gn-1");
    expect(f[4]).toContain("pl+1=B1");
    expect(f[5]).toContain("pl=B1");
    expect(f[1].some((x) => x.startsWith("pl"))).toBe(false);
  });

  it("reads word shapes the same for ASCII and other scripts", () => {
    expect(shape("Tillabéri")).toBe("Xx");
    expect(shape("AL-ASSAD")).toBe("X-X");
    expect(shape("F-16")).toBe("X-d");
  });
});

describe("the committed model", () => {
  const model = loadActorModel();

  it("carries its lexicons", () => {
    expect(model.lexicons.places.has("Nineveh")).toBe(true);
    expect(model.lexicons.givenNames.has("Abdoulaye")).toBe(true);
    expect(model.lexicons.commonWords.get("government")).toBe(0);
  });
});

describe("cleanCandidates", () => {
  it("ends no name with a preposition, even in a Title Case headline", () => {
    const words = "Read More : Britain Sends Aid to Kenya Amid Floods".split(" ");
    const out = cleanCandidates([words], [{ sentence: 0, start: 7, end: 9, label: "LOC", source: "model" }], () => false);
    expect(out.map((c) => words.slice(c.start, c.end).join(" "))).toEqual(["Kenya"]);
  });
});
