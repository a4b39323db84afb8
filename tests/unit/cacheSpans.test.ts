// The extraction cache's lean entries: a span whose text is the article's between its offsets is
// kept without it and read back whole, keys in their order; a span whose text is not the article's
// (none is today, but nothing guarantees it) keeps its own.
import { describe, expect, it } from "vitest";
import { leanEntry, wholeEntry } from "../../src/extract/cacheSpans.js";
import type { ArticleExtraction } from "../../src/extract/types.js";

const text = "Mohamed Bazoum spoke in Niamey on Monday. Troops said 40 people fled.";
const extraction = {
  article: { id: "a", file: "a.txt", title: "t", date: null, dateSource: "none", source: null, text, boilerplate: [], hash: "h" },
  sentences: [
    { start: 0, end: 41, text: "Mohamed Bazoum spoke in Niamey on Monday.", index: 0 },
    { start: 42, end: 69, text: "Troops said 40 people fled.", index: 1 },
  ],
  actors: [
    { start: 0, end: 14, text: "Mohamed Bazoum", type: "person" },
    { start: 24, end: 30, text: "NIAMEY", type: "place" },
  ],
  dates: [{ start: 34, end: 40, text: "Monday", type: "date", value: null, granularity: null, relative: true }],
  figures: [{ start: 54, end: 63, text: "40 people", value: 40, unit: "people", approximate: false, sentence: 1 }],
  quotes: [],
} as ArticleExtraction;

describe("lean cache entries", () => {
  it("keep no text the article holds, and read back as written", () => {
    const lean = leanEntry({ extraction });
    const written = JSON.stringify(lean);
    expect(written.split("Mohamed Bazoum")).toHaveLength(2); // the article's text only
    expect(lean.extraction.sentences[1]).toEqual({ start: 42, end: 69, text: null, index: 1 });
    expect(lean.extraction.actors[1].text).toBe("NIAMEY"); // not the article's "Niamey"
    expect(extraction.sentences[0].text).toBe("Mohamed Bazoum spoke in Niamey on Monday."); // the result itself is left whole
    expect(JSON.stringify(wholeEntry(JSON.parse(written)))).toBe(JSON.stringify({ extraction }));
  });

  it("leave rejections as they are", () => {
    const rejection = { rejection: { file: "b.txt", reason: "empty" } };
    expect(wholeEntry(leanEntry(rejection))).toEqual(rejection);
  });
});
