import { describe, expect, it } from "vitest";
import { datelineDay, parseMeantime } from "../src/evaluate/meantime.js";
import { bCubed, isNameMention, matchMentions, namedInSeveralTexts, scoreCoref } from "../src/evaluate/corefScore.js";

// Our own two-article folder in the MEANTIME CoNLL layout (the corpus itself stays out of the repository).
const row = (doc: string, s: number, t: number, word: string, chain = "-") => `${doc}\t${s}\t${t}\t${word}\t${chain}`;
const conll = [
  "#begin document (topic_a/1); part 000",
  row("topic_a/1", 0, 0, "Kestrel", "(cross_intra_ORG11)"),
  row("topic_a/1", 0, 1, "wins"),
  "",
  row("topic_a/1", 1, 0, "May"),
  row("topic_a/1", 1, 1, "02"),
  row("topic_a/1", 1, 2, ","),
  row("topic_a/1", 1, 3, "2009"),
  "",
  row("topic_a/1", 2, 0, "Kestrel", "(cross_intra_ORG11"),
  row("topic_a/1", 2, 1, "Aviation", "cross_intra_ORG11)"),
  row("topic_a/1", 2, 2, "chief", "(intra_PER22"),
  row("topic_a/1", 2, 3, "Ana", "(cross_PER22"),
  row("topic_a/1", 2, 4, "Lind", "cross_PER22)| intra_PER22)"),
  row("topic_a/1", 2, 5, "said"),
  row("topic_a/1", 2, 6, "it", "(intra_ORG11)"),
  row("topic_a/1", 2, 7, "won"),
  row("topic_a/1", 2, 8, "."),
  "#end document",
  "#begin document (topic_b/2); part 000",
  row("topic_b/2", 0, 0, "Lind", "(cross_intra_PER33)"),
  row("topic_b/2", 0, 1, "resigns"),
  "#end document",
].join("\n");

describe("MEANTIME reader", () => {
  const docs = parseMeantime(conll);
  it("rebuilds each article's text with its headline and date line on lines of their own", () => {
    expect(docs.map((d) => d.id)).toEqual(["topic_a/1", "topic_b/2"]);
    expect(docs[0].text).toBe("Kestrel wins\n\nMay 02, 2009\n\nKestrel Aviation chief Ana Lind said it won.");
    expect(docs[0].title).toBe("Kestrel wins");
    expect(docs[0].date).toBe("2009-05-02");
    expect(docs[0].topic).toBe("topic_a");
  });
  it("reads nested and one-token mentions with their offsets, one entity per class and number whatever the prefix", () => {
    const texts = docs[0].mentions.map((m) => `${m.entity}:${m.text}`);
    expect(texts).toEqual(["ORG11:Kestrel", "ORG11:Kestrel Aviation", "PER22:chief Ana Lind", "PER22:Ana Lind", "ORG11:it"]);
    for (const m of docs[0].mentions) expect(docs[0].text.slice(m.start, m.end)).toBe(m.text);
  });
  it("names the line of a mark it cannot read", () => {
    expect(() => parseMeantime(conll.replace("(cross_intra_ORG11)", "(oops"))).toThrow(/line 2: cannot read the chain mark "\(oops"/);
  });
  it("reads a date line as an ISO day", () => {
    expect(datelineDay("March 01, 2008")).toBe("2008-03-01");
    expect(datelineDay("Breaking news")).toBeNull();
  });
});

describe("coreference scoring", () => {
  const docs = parseMeantime(conll);
  it("counts name mentions of people, organizations and places, not pronouns", () => {
    const scored = matchMentions(docs[0], []);
    expect(scored.map((m) => m.gold.text)).toEqual(["Kestrel", "Kestrel Aviation", "chief Ana Lind", "Ana Lind"]);
    expect(scored.every((m) => m.actor === null)).toBe(true);
  });
  it("gives a found mention the actor of the prediction overlapping it most", () => {
    const scored = matchMentions(docs[0], [
      { start: 0, end: 7, actor: "kestrel" },
      { start: 28, end: 44, actor: "kestrel" },
      { start: 51, end: 59, actor: "ana-lind" },
    ]);
    expect(scored.map((m) => m.actor)).toEqual(["kestrel", "kestrel", "ana-lind", "ana-lind"]);
    // "chief Ana Lind" is found by our "Ana Lind", a part of it: not the gold extent
    expect(scored.map((m) => m.sameExtent)).toEqual([true, true, false, true]);
  });
  it("scores B-cubed: one actor over two entities halves precision on their mentions", () => {
    const b = bCubed([
      { entity: "A", actor: "x" },
      { entity: "A", actor: "x" },
      { entity: "B", actor: "x" },
      { entity: "B", actor: "y" },
    ]);
    expect(b.precision).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4);
    expect(b.recall).toBeCloseTo((1 + 1 + 1 / 2 + 1 / 2) / 4);
  });
  it("reports an actor joining different entities of different topics", () => {
    const scored = [
      ...matchMentions(docs[0], [{ start: 51, end: 59, actor: "lind" }]),
      ...matchMentions(docs[1], [{ start: 0, end: 4, actor: "lind" }]),
    ];
    const s = scoreCoref(scored);
    expect(s.found).toBe(3);
    expect(s.recall).toBeCloseTo(3 / 5);
    expect(s.actorsAcrossTopics).toEqual(["lind"]);
    expect(s.withinTopics.precision).toBe(1);
    expect(s.folder.precision).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3);
  });
});

describe("the second view: name mentions of entities named in several texts", () => {
  const mention = (text: string, entity = "ORG1") => ({ entity, entityClass: entity.slice(0, 3), start: 0, end: text.length, text });
  it("tells names from descriptions", () => {
    expect(["Kestrel Aviation", "the U.S.", "Bank of America", "Kestrel's"].map((t) => isNameMention(mention(t)))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ["Kestrel CEO", "US airline", "Ana Lind, the chief", "the Prime Minister of Loria"].map((t) => isNameMention(mention(t))),
    ).toEqual([false, false, false, false]);
  });
  it("keeps the name mentions of entities named in two texts or more", () => {
    const scored = [
      { doc: "t/1", topic: "t", gold: mention("Kestrel"), actor: "kestrel" },
      { doc: "t/2", topic: "t", gold: mention("Kestrel Aviation"), actor: "kestrel" },
      { doc: "t/2", topic: "t", gold: mention("Kestrel CEO", "PER2"), actor: "kestrel" },
      { doc: "t/2", topic: "t", gold: mention("Ana Lind", "PER3"), actor: "ana-lind" },
    ];
    expect(namedInSeveralTexts(scored).map((m) => m.gold.text)).toEqual(["Kestrel", "Kestrel Aviation"]);
  });
});
