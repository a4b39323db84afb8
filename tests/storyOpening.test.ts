// The opening sentences the stories' time and cast rules read: a dateline, a byline or a place line
// above the story is not one of them.
import { describe, expect, it } from "vitest";
import { articleOpenings } from "../src/extract/analyze/storyOpening.js";
import type { SentenceRow } from "../src/extract/types.js";

const rows = (article: string, texts: string[]): SentenceRow[] => {
  let at = 0;
  return texts.map((text, index) => {
    const row = { article, index, start: at, end: at + text.length, text };
    at += text.length + 2;
    return row;
  });
};

describe("an article's opening", () => {
  const plain = rows("plain", [
    "Firefighters contained the blaze above Marseille on Thursday after it burned 600 hectares.",
    "About 1,200 residents of Les Pennes-Mirabeau returned to their homes.",
    "The prefect said the cause was not yet known.",
  ]);
  const datelined = rows("datelined", [
    "August 7, 1998",
    "By Jane Doe, Reuters",
    "Firefighters contained the blaze above Marseille on Thursday after it burned 600 hectares.",
    "About 1,200 residents of Les Pennes-Mirabeau returned to their homes.",
    "The prefect said the cause was not yet known.",
  ]);
  const headlines = rows("headlines", ["Fire Contained", "Marseille Residents Return", "Prefect Speaks", "Cause Unknown", "More Later"]);

  it("is the first sentences of the story, passing over a dateline and a byline above them", () => {
    const [p, d] = articleOpenings(["plain", "datelined"], [...plain, ...datelined], 2);
    expect(p).toEqual({ first: 0, last: 1, end: plain[1].end });
    // the date line and the byline have fewer than three lower-case words: lines above the story
    expect(d).toEqual({ first: 2, last: 3, end: datelined[3].end });
  });

  it("passes over three such lines at most, and is nothing for an article the rows do not hold", () => {
    const [h, none] = articleOpenings(["headlines", "none"], headlines, 2);
    expect(h).toEqual({ first: -1, last: 4, end: headlines[4].end });
    expect(none).toEqual({ first: -1, last: -1, end: -1 });
  });
});
