// Actors the recognizer missed or cut, one test per class seen on MEANTIME and 1998 newswire (issue
// 17): hyphenated given names ("Jean-Claude Trichet") and Korean ones ("Moon Jae-in"), institutions known by a name of their own or
// a short form ("the Federal Reserve", "the Fed", "the Pentagon"), a company's name opening a
// sentence ("Apple Computer today announced") and its short form there ("Apple said"), a company
// named by the first word of its name that the tagger read as a person. Our own sentences and
// made-up names: the classes, not the examples.
import { describe, expect, it } from "vitest";
import { recognizerOf } from "./helpers/recognized.js";
import { loadActorModel } from "../src/extract/recognize/actors/index.js";
import { isHyphenatedGivenName } from "../src/extract/recognize/actors/hyphenatedNames.js";
import { institutionEnd } from "../src/extract/recognize/actors/institutions.js";
import { tablesOf } from "./helpers/textArticle.js";

const model = loadActorModel();
const { pairs } = recognizerOf(model);
const actors = (text: string) => tablesOf(model, ["story", `Story\n\n${text}`]).actors.map((a) => [a.id, a.type, a.aliases]);

describe("hyphenated given names", () => {
  it("keeps the given name with the surname, at a sentence's start and inside one, and joins the surname alone", () => {
    const text =
      "Jean-Claude Pelletier said rates would hold. Rates will rise later, said Marie-Claire Dubois, and Abdel-Fattah Hamdi agreed. Pelletier, Dubois and Hamdi then left.";
    expect(pairs(text)).toEqual([
      ["Jean-Claude Pelletier", "person"],
      ["Marie-Claire Dubois", "person"],
      ["Abdel-Fattah Hamdi", "person"],
      ["Pelletier", "person"],
      ["Dubois", "person"],
      ["Hamdi", "person"],
    ]);
    expect(actors(text)).toEqual(
      expect.arrayContaining([
        ["jean-claude-pelletier", "person", ["Pelletier"]],
        ["marie-claire-dubois", "person", ["Dubois"]],
        ["abdel-fattah-hamdi", "person", ["Hamdi"]],
      ]),
    );
  });
  it("reads joined parts as a given name only when one is a given name and the word opens no place", () => {
    const lexicons = model.lexicons;
    expect(["Jean-Claude", "Marie-Claire", "Abdel-Fattah", "Hans-Dietrich"].map((w) => isHyphenatedGivenName(w, lexicons))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["Saint-Denis", "Coca-Cola", "Pro-Life", "Trans-Alaska"].map((w) => isHyphenatedGivenName(w, lexicons))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(pairs("The train stopped at Saint-Denis Station.").some(([, type]) => type === "person")).toBe(false);
  });
});

describe("Korean names, a surname and a given name of two syllables", () => {
  it("reads the surname and the joined syllables as one person, and the surname alone after as that person", () => {
    const text = "Moon Hae-sun met Lee Dong-kyu in Seoul on Monday. Lee said the talks went well.";
    expect(pairs(text)).toEqual([
      ["Moon Hae-sun", "person"],
      ["Lee Dong-kyu", "person"],
      ["Seoul", "place"],
      ["Lee", "person"],
    ]);
    expect(actors(text)).toEqual(expect.arrayContaining([["lee-dong-kyu", "person", ["Lee"]]]));
  });
  it("reads no compound adjective as a name", () => {
    expect(pairs("The New Year-end sale opened near a Park-like square.").some(([, type]) => type === "person")).toBe(false);
  });
});

describe("institutions known by a name of their own", () => {
  it("finds a central bank, a ministry named by its seat and a parliament, as organizations", () => {
    const text =
      "The Federal Reserve raised rates on Tuesday. The Pentagon said troops would stay, and lawmakers in the Knesset voted against the plan.";
    expect(pairs(text)).toEqual([
      ["Federal Reserve", "organization"],
      ["Pentagon", "organization"],
      ["Knesset", "organization"],
    ]);
    expect(actors(text)).toEqual([
      ["federal-reserve", "organization", []],
      ["knesset", "organization", []],
      ["pentagon", "organization", []],
    ]);
  });
  it("reads the short form 'Fed' only after 'the' or before a title, never the verb", () => {
    expect(pairs("Fed Chairman Pablo Renner spoke, and the Fed said inflation was too high.")).toEqual([
      ["Fed", "organization"],
      ["Pablo Renner", "person"],
      ["Fed", "organization"],
    ]);
    expect(pairs("Fed by the rains, the river rose. He was fed up.")).toEqual([]);
    expect(institutionEnd(["Fed", "by", "the", "rains"], 0)).toBe(-1);
    expect(institutionEnd(["the", "Fed", "said"], 1)).toBe(2);
  });
  it("keeps a seat a place where the text writes it only as the place it is at, and a longer name its own", () => {
    expect(pairs("Guards stood in the Kremlin all night.")).toEqual([["Kremlin", "place"]]);
    expect(pairs("The Kremlin denied it. Guards stood in the Kremlin all night.")).toEqual([
      ["Kremlin", "organization"],
      ["Kremlin", "organization"],
    ]);
    expect(institutionEnd(["the", "Pentagon", "Papers"], 1)).toBe(2);
    expect(pairs("He leaked the Pentagon Papers to reporters.")).toEqual([["Pentagon Papers", "organization"]]);
  });
});

describe("a company's name opening a sentence", () => {
  it("finds a name of two words a company's name ends with, and the company's first word alone at a sentence's start", () => {
    const text =
      "Orchard launches a faster phone\n\nOrchard Computer today announced its new phone. Orchard said on Monday that sales rose, and analysts said Orchard had gained.";
    expect(pairs(text)).toEqual([
      ["Orchard", "organization"],
      ["Orchard Computer", "organization"],
      ["Orchard", "organization"],
      ["Orchard", "organization"],
    ]);
    expect(tablesOf(model, ["launch", text]).actors.map((a) => [a.id, a.type, a.aliases])).toEqual([
      ["orchard-computer", "organization", ["Orchard"]],
    ]);
  });
  it("reads no place that opens an airline's name as the company", () => {
    expect(pairs("Japan Airlines cut flights. Japan said the cuts were needed.")).toEqual([
      ["Japan Airlines", "organization"],
      ["Japan", "place"],
    ]);
  });
  it("types the first word of a company's name a company where the tagger read a person, unless a person is named with it", () => {
    expect(pairs("Kestrel Aerospace said it would cut jobs. Kestrel said sales fell.")).toEqual([
      ["Kestrel Aerospace", "organization"],
      ["Kestrel", "organization"],
    ]);
    expect(pairs("Ford Motor Company cut jobs. Henry Ford founded it; Ford would be sad.")).toEqual([
      ["Ford Motor Company", "organization"],
      ["Henry Ford", "person"],
      ["Ford", "person"],
    ]);
  });
});
