// The quote scorer (src/evaluate/quoteScore.ts) on quotes written here, and `--quotes` on our own
// labelled fixture folder (tests/fixtures/quotes/labelled/, the format src/evaluate/quotes.ts documents).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  addQuoteArticle,
  emptyQuoteScore,
  pairQuotes,
  sameSpeaker,
  surnamesOf,
  type FoundQuote,
  type GoldQuote,
} from "../../src/evaluate/quoteScore.js";
import { QuotesInputError, quotesReport, readQuoteLabels } from "../../src/evaluate/quotes.js";

const FIXTURE = "tests/fixtures/quotes/labelled";

describe("speaker names", () => {
  const none = new Map<string, Set<string>>();
  it("matches a surname to the full name when no other labelled speaker shares it", () => {
    expect(sameSpeaker(["Doris Meissner"], ["Meissner"], none)).toBe(true);
    expect(sameSpeaker(["Clinton"], ["Hillary Clinton"], none)).toBe(true);
    expect(sameSpeaker(["Mr. Kelly"], ["Kelly"], none)).toBe(true);
  });
  it("does not match a surname two labelled speakers share", () => {
    const gold: GoldQuote[] = [
      { start: 0, end: 5, kind: "direct", speaker: "Juan Miguel Gonzalez" },
      { start: 6, end: 9, kind: "direct", speaker: "Lazaro Gonzalez" },
    ];
    expect(sameSpeaker(["Juan Miguel Gonzalez"], ["Gonzalez"], surnamesOf(gold))).toBe(false);
    expect(sameSpeaker(["Juan Miguel Gonzalez"], ["Juan Miguel Gonzalez"], surnamesOf(gold))).toBe(true);
  });
  it("matches a name cut short after two words, and any of several right names", () => {
    expect(sameSpeaker(["Ahmed Maher el-Sayed"], ["Ahmed Maher"], none)).toBe(true);
    expect(sameSpeaker(["Cuba", "Cuban government"], ["Havana", "Cuba"], none)).toBe(true);
    expect(sameSpeaker(["Madeleine Albright"], ["Slobodan Milosevic"], none)).toBe(false);
  });
});

describe("quote matching and counts", () => {
  it("pairs by the largest overlap, each quote once", () => {
    const gold = [
      { start: 0, end: 10 },
      { start: 12, end: 30 },
    ];
    const found = [
      { start: 5, end: 20 },
      { start: 14, end: 30 },
    ];
    expect(pairQuotes(gold, found)).toEqual([
      [gold[1], found[1]],
      [gold[0], found[0]],
    ]);
  });

  it("counts quoted, by kind, indirect and speakers; an optional label counts neither way", () => {
    const gold: GoldQuote[] = [
      { start: 0, end: 20, kind: "direct", speaker: "Ines Kohl" },
      { start: 30, end: 40, kind: "partial", speaker: null },
      { start: 50, end: 80, kind: "indirect", speaker: "Tomas Lindgren" },
      { start: 90, end: 100, kind: "direct", speaker: null, optional: true },
    ];
    const found: FoundQuote[] = [
      { start: 0, end: 20, kind: "direct", speakerNames: ["Kohl"], speakerText: "Kohl" },
      { start: 90, end: 100, kind: "partial", speakerNames: [] },
      { start: 110, end: 120, kind: "direct", speakerNames: ["Ines Kohl"] },
      { start: 52, end: 80, kind: "indirect", speakerNames: [], speakerText: "a union official" },
    ];
    const score = emptyQuoteScore();
    const errors = addQuoteArticle(score, gold, found);
    expect([score.quoted.correct, score.quoted.predicted, score.quoted.gold]).toEqual([1, 2, 2]);
    expect(score.quoted.f1).toBeCloseTo(0.5);
    expect([score.direct.correct, score.direct.predicted, score.direct.gold]).toEqual([1, 2, 1]);
    expect([score.partial.correct, score.partial.predicted, score.partial.gold]).toEqual([0, 0, 1]);
    expect([score.indirect.correct, score.indirect.predicted, score.indirect.gold]).toEqual([1, 1, 1]);
    expect(score.speakers.direct).toEqual({ matched: 1, named: 1, right: 1, withSpeaker: 1, withText: 1 });
    expect(score.speakers.indirect).toEqual({ matched: 1, named: 1, right: 0, withSpeaker: 0, withText: 1 });
    expect(score.speakers.all).toEqual({ matched: 2, named: 2, right: 1, withSpeaker: 1, withText: 2 });
    expect(errors.missed).toEqual([gold[1]]);
    expect(errors.falseAlarms).toEqual([found[2]]);
    expect(errors.wrongSpeaker).toEqual([{ gold: gold[2], found: found[3] }]);
  });
});

describe("npm run eval -- --quotes", () => {
  it("reads the labelled fixture: spans that index each text", () => {
    const docs = readQuoteLabels(FIXTURE);
    expect(docs.map((d) => d.id)).toEqual(["bridge", "strike"]);
    const strike = docs[1];
    expect(strike.quotes.map((q) => [strike.text.slice(q.start, q.end), q.kind, q.speaker, q.optional ?? false])).toEqual([
      ["“We will stay out until the contract is signed,”", "direct", "Marta Kowalczyk", false],
      ["“Nobody here wants a long strike,”", "direct", "Marta Kowalczyk", false],
      ["“Fair pay now!”", "direct", null, true],
    ]);
  });

  it("scores the engine on the fixture", () => {
    const lines = quotesReport(FIXTURE);
    expect(lines[0]).toBe(`Quotes of ${FIXTURE}: 2 articles, 6 labelled quotes (overlap match)`);
    // both articles' four whole quotes are found, none else, and each has its speaker
    expect(lines[2]).toBe("  direct             P 1.000  R 1.000  F1 1.000  (4 matched, 4 found, 4 labelled)");
    expect(lines.find((l) => l.startsWith("  direct ") && l.includes("right"))).toBe(
      "  direct             right 1.000 of   4 named   with a speaker 1.000 of   4 matched   as written 1.000",
    );
  });

  it("names the file and the reason for a bad label", () => {
    const dir = mkdtempSync(join(tmpdir(), "quotes-"));
    writeFileSync(join(dir, "a.json"), JSON.stringify({ text: "short", quotes: [{ start: 0, end: 50, kind: "direct", speaker: null }] }));
    expect(() => readQuoteLabels(dir)).toThrow(QuotesInputError);
    expect(() => readQuoteLabels(dir)).toThrow(/a\.json quote 1: start 0 and end 50 are not a span of the text \(5 characters\)/);
    writeFileSync(join(dir, "a.json"), JSON.stringify({ text: "short", quotes: [{ start: 0, end: 3, kind: "quoted", speaker: null }] }));
    expect(() => readQuoteLabels(dir)).toThrow(/a\.json quote 1: kind "quoted" is not direct, partial or indirect/);
  });
});
