// The engine's sentences table and its analysis tables (central sentences, co-mentions), on a
// small folder of articles written for this test.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractFolder } from "../src/extract/index.js";
import { centralSentences } from "../src/extract/analyze/central.js";
import { coMentions } from "../src/extract/analyze/comentions.js";
import { articleSentences, sentenceAt } from "../src/extract/segment/articleSentences.js";
import type { MentionRow, SentenceRow, Tables } from "../src/extract/types.js";

const SHARED = "Cyclone Idai struck the port city of Beira in Mozambique on Thursday, flooding thousands of homes along the coast.";
const ARTICLES: Record<string, string> = {
  "a.txt": ` date 2019-03-15 ${SHARED} The World Food Programme said it was sending emergency rations to Beira by air.\n\nRead also: Ten recipes for a rainy weekend\n\nOfficials in Maputo said the road to Beira remained closed after the storm.\n`,
  "b.txt": ` date 2019-03-16 Rescue teams reached villages near Beira in Mozambique on Friday after the cyclone flattened crops. ${SHARED}\n\nThe World Food Programme warned that food stocks in Beira would last only a week.\n`,
  "c.txt": ` date 2019-03-17 ${SHARED} Aid workers in Maputo said the government of Mozambique had asked the World Food Programme for more help.\n`,
};

let dir: string;
let t: Tables;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefing-analyze-"));
  mkdirSync(join(dir, "articles"));
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, "articles", name), text);
  t = await extractFolder(join(dir, "articles"), { cacheDir: join(dir, "cache"), workers: 1 });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = (file: string) => t.articles.find((a) => a.file === file)!;
const sentencesOf = (file: string) => t.sentences.filter((s) => s.article === article(file).id);

describe("the sentences table", () => {
  it("numbers each article's sentences from 0, with offsets into its text", () => {
    for (const a of t.articles) {
      const rows = t.sentences.filter((s) => s.article === a.id);
      expect(rows.map((s) => s.index)).toEqual(rows.map((_, i) => i));
      for (const s of rows) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("cuts the date header from the first sentence and drops a promo line", () => {
    const rows = sentencesOf("a.txt");
    expect(rows[0].text).toBe(SHARED);
    expect(rows.some((s) => /Read also|recipes/.test(s.text))).toBe(false);
    expect(rows.at(-1)!.text).toBe("Officials in Maputo said the road to Beira remained closed after the storm.");
  });

  it("places every mention in the sentence that holds it", () => {
    const placed = t.mentions.filter((m) => m.sentence !== undefined);
    expect(placed.length).toBeGreaterThan(5);
    for (const m of placed) {
      const s = t.sentences.find((x) => x.article === m.article && x.index === m.sentence)!;
      expect(m.start).toBeGreaterThanOrEqual(s.start);
      expect(m.end).toBeLessThanOrEqual(s.end);
    }
    const beira = t.mentions.find((m) => m.text === "Beira" && m.article === article("c.txt").id)!;
    expect(beira.sentence).toBe(0);
  });
});

describe("articleSentences and sentenceAt", () => {
  const text = "Header line\nThe first sentence. The second one follows here.\nFooter";
  const boilerplate: Array<[number, number]> = [
    [0, 12],
    [61, 67],
  ];

  it("keep sentences that are mostly text, trimmed of boilerplate", () => {
    expect(articleSentences(text, boilerplate).map((s) => s.text)).toEqual(["The first sentence.", "The second one follows here."]);
  });

  it("find the sentence holding an offset, and none between sentences", () => {
    const rows = articleSentences(text, boilerplate);
    expect(sentenceAt(rows, text.indexOf("second"))?.index).toBe(1);
    expect(sentenceAt(rows, text.indexOf("first"))?.index).toBe(0);
    expect(sentenceAt(rows, 3)).toBeUndefined();
    expect(sentenceAt(rows, text.length - 1)).toBeUndefined();
  });
});

describe("central sentences", () => {
  it("rank first the sentence every source repeats, once", () => {
    expect(t.central[0]).toMatchObject({ text: SHARED, rank: 1 });
    expect(t.central.filter((c) => c.text === SHARED)).toHaveLength(1);
    for (const c of t.central) expect(t.sentences.find((s) => s.article === c.article && s.index === c.sentence)?.text).toBe(c.text);
  });

  it("take at most two sentences of one article and skip duplicates of another article", () => {
    const row = (article: string, index: number, text: string): SentenceRow => ({
      article,
      index,
      start: index * 100,
      end: index * 100 + text.length,
      text,
    });
    const long = (topic: string) => `The ministers of the region met again in the capital to discuss ${topic} with the donors on Monday.`;
    const sentences = [
      row("x", 0, long("flood relief")),
      row("x", 1, long("water supplies")),
      row("x", 2, long("road repairs")),
      row("y", 0, long("flood relief")),
      row("copy", 0, long("flood relief")),
    ];
    const picked = centralSentences(sentences, [], { limit: 10, skip: new Set(["copy"]) });
    expect(picked.filter((c) => c.article === "x").length).toBeLessThanOrEqual(2);
    expect(picked.some((c) => c.article === "copy")).toBe(false);
    expect(picked.map((c) => c.rank)).toEqual(picked.map((_, i) => i + 1));
  });
});

describe("co-mentions", () => {
  it("count the sentences naming both actors of a pair, source before target", () => {
    const m = (actor: string, article: string, sentence: number): MentionRow => ({
      actor,
      article,
      sentence,
      start: 0,
      end: 1,
      text: actor,
    });
    const rows = coMentions(
      [
        m("wfp", "a", 0),
        m("beira", "a", 0),
        m("beira", "a", 0),
        m("beira", "b", 3),
        m("wfp", "b", 3),
        m("maputo", "b", 4),
        m("wfp", "dup", 0),
        m("beira", "dup", 0),
      ],
      new Set(["dup"]),
    );
    expect(rows).toEqual([{ source: "beira", target: "wfp", sentences: 2 }]);
  });

  it("are in the tables for actors the articles name together", () => {
    const id = (name: string) => t.actors.find((a) => a.name === name)?.id;
    const [source, target] = [id("Mozambique"), id("Beira")].sort();
    // the shared sentence in each of the three articles, and b's first sentence
    expect(t.comentions.find((c) => c.source === source && c.target === target)?.sentences).toBe(4);
  });
});
