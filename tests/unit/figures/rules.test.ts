import { describe, expect, it } from "vitest";
import {
  FIGURE_RULES,
  MATCH_RULES,
  afterName,
  anaphoricCount,
  attributionCount,
  countedVerb,
  gluedWithoutMeasure,
  labelNumber,
  notANumber,
  numberOne,
  oneAsArticle,
  wordAfterLabel,
  yearAsAdjective,
} from "../../../src/extract/recognize/figures/rules.js";
import { amountIn, candidateIn, matchIn } from "./matchIn.js";

describe("figure rules on the match", () => {
  it("labelNumber drops labels and clock times, not counts", () => {
    expect(labelNumber.rejects("under resolution 2254 the council", matchIn("under resolution 2254 the council", "2254"))).toBe(true);
    expect(labelNumber.rejects("at 07:33 local time", matchIn("at 07:33 local time", "07"))).toBe(true);
    expect(labelNumber.rejects("some 2254 troops arrived", matchIn("some 2254 troops arrived", "2254"))).toBe(false);
    // a currency makes it money, whatever comes before
    expect(labelNumber.rejects("Article $5 million", matchIn("Article $5 million", "5"))).toBe(false);
  });
  it("numberOne drops a rank, not 'one' elsewhere", () => {
    expect(numberOne.rejects("the number one priority", matchIn("the number one priority", "one"))).toBe(true);
    expect(numberOne.rejects("one soldier died", matchIn("one soldier died", "one"))).toBe(false);
  });
  it("notANumber passes every numeral the pattern finds", () => {
    expect(notANumber.rejects("1,110 troops", matchIn("1,110 troops", "1,110"))).toBe(false);
  });
  it("runs in order: label, number one, not a number", () => {
    expect(MATCH_RULES.map((r) => r.name)).toEqual(["label number", "number one", "not a number"]);
  });
});

describe("figure rules on the amount", () => {
  it("gluedWithoutMeasure drops '3rd', keeps '5km'", () => {
    expect(gluedWithoutMeasure.rejects("the 3rd battalion", amountIn("the 3rd battalion", "3"))).toBe(true);
    expect(gluedWithoutMeasure.rejects("a 5km road", amountIn("a 5km road", "5"))).toBe(false);
  });
});

describe("figure rules on the candidate", () => {
  it("afterName drops a numeral after a name, keeps one after a verb", () => {
    const named = "The USS Mahan 12 sailors";
    expect(afterName.rejects(named, candidateIn(named, "12"))).toBe(true);
    const counted = "They sent 12 sailors";
    expect(afterName.rejects(counted, candidateIn(counted, "12"))).toBe(false);
  });
  it("wordAfterLabel drops 'chapter three', keeps 'three chapters'", () => {
    expect(wordAfterLabel.rejects("read chapter three pages", candidateIn("read chapter three pages", "three"))).toBe(true);
    expect(wordAfterLabel.rejects("she wrote three chapters", candidateIn("she wrote three chapters", "three"))).toBe(false);
  });
  it("countedVerb drops 'Book two describes the war', keeps 'two books describe the war'", () => {
    const verb = "Book two describes the war.";
    expect(countedVerb.rejects(verb, candidateIn(verb, "two"))).toBe(true);
    const noun = "He read two books about the war.";
    expect(countedVerb.rejects(noun, candidateIn(noun, "two"))).toBe(false);
  });
  it("yearAsAdjective drops 'the 2010 census', keeps '2010 voters'", () => {
    expect(yearAsAdjective.rejects("the 2010 census results", candidateIn("the 2010 census results", "2010"))).toBe(true);
    expect(yearAsAdjective.rejects("some 2,010 voters came", candidateIn("some 2,010 voters came", "2,010"))).toBe(false);
  });
  it("anaphoricCount drops 'the two leaders', keeps 'two leaders met'", () => {
    expect(anaphoricCount.rejects("when the two leaders met", candidateIn("when the two leaders met", "two"))).toBe(true);
    expect(anaphoricCount.rejects("and two leaders met", candidateIn("and two leaders met", "two"))).toBe(false);
    expect(anaphoricCount.rejects("the 12 leaders met", candidateIn("the 12 leaders met", "12"))).toBe(false); // over ten: a count
  });
  it("oneAsArticle drops 'one strike', keeps 'two strikes'", () => {
    expect(oneAsArticle.rejects("in one strike on", candidateIn("in one strike on", "one"))).toBe(true);
    expect(oneAsArticle.rejects("in two strikes on", candidateIn("in two strikes on", "two"))).toBe(false);
  });
  it("attributionCount drops 'two officials said', keeps 'two officials were killed'", () => {
    expect(attributionCount.rejects("two officials said on", candidateIn("two officials said on", "two"))).toBe(true);
    expect(attributionCount.rejects("two officials were killed", candidateIn("two officials were killed", "two"))).toBe(false);
  });
  it("are listed in order", () => {
    expect(FIGURE_RULES.map((r) => r.name)).toEqual([
      "after a name",
      "number word after a label",
      "counted word is a verb",
      "year as an adjective",
      "anaphoric count",
      "one as an article",
      "attribution count",
    ]);
  });
});
