// Speakers the tagger missed (speakerNames.ts): a capitalized name in a speaker's slot that no
// candidate covers becomes an actor when its kind is told, with every other place it is written.
// Our own sentences and made-up names.
import { describe, expect, it } from "vitest";
import { recognizerOf } from "./helpers/recognized.js";
import { loadActorModel } from "../src/extract/recognize/actors/index.js";
import { speakersAsActors } from "../src/extract/recognize/actors/speakerNames.js";
import type { ActorCandidate } from "../src/extract/recognize/actors/rules.js";
import { tablesOf } from "./helpers/textArticle.js";

const model = loadActorModel();
const { pairs } = recognizerOf(model);
const common = (lower: string) => model.commonLower.has(lower);
const words = (sentence: string) => sentence.split(" ");

describe("speakers the tagger missed", () => {
  it("makes a company called 'it' after its verb an organization, with its other mention, in the actors table", () => {
    const text =
      "Markets fell again on Tuesday. Approved Home Loan Lending, another large sub-prime lender, said it was seeking new capital. Shares of Approved Home Loan Lending fell 9 percent.";
    expect(pairs(text)).toEqual([
      ["Approved Home Loan Lending", "organization"],
      ["Approved Home Loan Lending", "organization"],
    ]);
    const tables = tablesOf(model, ["story", `Lenders pull back\n\n${text}`]);
    expect(tables.actors.map((a) => [a.id, a.type])).toEqual([["approved-home-loan-lending", "organization"]]);
    expect(tables.mentions.filter((m) => m.actor === "approved-home-loan-lending")).toHaveLength(2);
  });

  it("makes two name words opening on a given name a person, a name after 'according to' with a company's ending an organization", () => {
    const doc = [words("Maria Quellfeather said the river rose overnight ."), words("Prices fell , according to Ulmark Tessel Corp. .")];
    expect(speakersAsActors(doc, [], common, model.lexicons).map((c) => [c.sentence, c.start, c.end, c.label])).toEqual([
      [0, 0, 2, "PER"],
      [1, 5, 8, "ORG"],
    ]);
  });

  it("adds nothing when nothing tells the name's kind", () => {
    const doc = [words("Ulmark Tessel said prices would rise .")];
    expect(speakersAsActors(doc, [], common, model.lexicons)).toEqual([]);
  });

  it("reads a company's name whole when the tagger left off its first word, never a sentence opener", () => {
    const read = (): ActorCandidate[] => [{ sentence: 0, start: 1, end: 4, label: "ORG", source: "model" }];
    const certified = speakersAsActors([words("Certified Family Mortgage Lending said it was fine .")], read(), common, model.lexicons);
    expect(certified.map((c) => [c.start, c.end])).toEqual([[0, 4]]);
    const meanwhile = speakersAsActors([words("Meanwhile Family Mortgage Lending said it was fine .")], read(), common, model.lexicons);
    expect(meanwhile.map((c) => [c.start, c.end])).toEqual([[1, 4]]);
  });
});
