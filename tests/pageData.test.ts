// Page data (src/pagedata): what each page is given, from the seeds' tables and from tables made
// up for one case. Routes: the addresses page data writes into its links.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractFolder } from "../src/extract/index.js";
import type { FigureRow, MentionRow, Tables } from "../src/extract/types.js";
import { PROJECT_ROOT } from "../src/extract/cache.js";
import { allPageFiles, citationOrder, pageContext, siteData } from "../src/pagedata/index.js";
import { numberCitations } from "../src/components/citations.js";
import { briefingPage } from "../src/pagedata/briefing.js";
import { actorsPage } from "../src/pagedata/actors.js";
import { actorPage } from "../src/pagedata/actor.js";
import { articlePage, sourcesPage } from "../src/pagedata/article.js";
import { timelinePage } from "../src/pagedata/timeline.js";
import { quotesPage } from "../src/pagedata/quotes.js";
import { ingestPage } from "../src/pagedata/ingest.js";
import { spreadOfValues } from "../src/pagedata/views.js";
import { figureGroups } from "../src/pagedata/figureGroups.js";
import { DATA_FILES, articleHref, itemDataFile, itemDataUrl, slug, slugFromPath } from "../src/pagedata/routes.js";

let dir: string;
let t: Tables;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pagedata-test-"));
  t = await extractFolder(join(PROJECT_ROOT, "seeds"), { cacheDir: dir, workers: 1 });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const actorId = (name: string) => t.actors.find((a) => a.name === name)!.id;

/**
 * "Appears with" for every actor at once, the way the actor pages once made it: every sentence of the folder
 * (in the order of its first mention) paired up; in a tie of counts, the co-actor named first.
 */
function allCoActors(mentions: readonly MentionRow[]): Map<string, Array<{ b: string; count: number }>> {
  const bySentence = new Map<string, number[]>();
  mentions.forEach((m, row) => {
    if (m.sentence == null) return;
    const key = `${m.article}|${m.sentence}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), row]);
  });
  const pairs = new Map<string, Map<string, { count: number; at: number }>>();
  for (const rows of bySentence.values()) {
    const tally = new Map<string, { n: number; row: number; start: number }>();
    for (const row of rows) {
      const m = mentions[row];
      const t = tally.get(m.actor) ?? { n: 0, row, start: m.start };
      tally.set(m.actor, { n: t.n + 1, row: Math.min(t.row, row), start: Math.min(t.start, m.start) });
    }
    for (const [a, ta] of tally)
      for (const [b, tb] of tally) {
        if (a === b) continue;
        const withA = pairs.get(a) ?? new Map<string, { count: number; at: number }>();
        pairs.set(a, withA);
        const p = withA.get(b);
        const at = ta.row * 4294967296 + tb.start;
        withA.set(b, p ? { count: p.count + tb.n, at: Math.min(p.at, at) } : { count: tb.n, at });
      }
  }
  return new Map(
    [...pairs].map(([a, withA]) => [a, [...withA].map(([b, p]) => ({ b, ...p })).sort((x, y) => y.count - x.count || x.at - y.at)]),
  );
}

describe("routes", () => {
  it("keep URL-safe ids and give other ids a readable, distinct, URL-safe slug", () => {
    expect(slug("niger")).toBe("niger");
    expect(slug("000_747bb5e62c1bd5ca")).toBe("000_747bb5e62c1bd5ca");
    const odd = ["Côte d'Ivoire", "Côte d’Ivoire", "a/b", "../x", "日本"];
    const slugs = odd.map(slug);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
    expect(new Set(slugs).size).toBe(odd.length);
    expect(slug("Côte d'Ivoire")).toMatch(/^cote-d-ivoire-[0-9a-f]{8}$/);
    expect(slug("Côte d'Ivoire")).toBe(slug("Côte d'Ivoire"));
  });

  it("read an item page's slug back from its address, with or without .html", () => {
    expect(slugFromPath("/actors/niger")).toBe("niger");
    expect(slugFromPath("/articles/000_747bb5e62c1bd5ca.html")).toBe("000_747bb5e62c1bd5ca");
    expect(itemDataUrl("actors", "niger")).toBe(`../_file/${itemDataFile("actors", "niger")}`);
    expect(articleHref("a", 12)).toBe("/articles/a#s-12");
  });
});

describe("the site's data files", () => {
  it("one per site-wide page and one per actor and per article, at the routes' addresses", () => {
    const files = allPageFiles(t, { folder: "seeds" });
    const paths = files.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const page of ["actors", "articles", "briefing", "figures", "ingest", "quotes", "timeline"] as const)
      expect(paths).toContain(DATA_FILES[page]);
    for (const a of t.actors) expect(paths).toContain(itemDataFile("actors", slug(a.id)));
    for (const a of t.articles) expect(paths).toContain(itemDataFile("articles", slug(a.id)));
    // and the citation order, the one file with the citations' numbers
    expect(paths).toContain(DATA_FILES.citations);
    expect(JSON.parse(files.find((f) => f.path === DATA_FILES.citations)!.json)).toEqual(
      [...t.articles].sort((x, y) => (x.file < y.file ? -1 : 1)).map((a) => a.id),
    );
    expect(files).toHaveLength(8 + t.actors.length + t.articles.length);
  });

  it("are the same whichever way they are asked for", () => {
    const ctx = pageContext(t);
    const { items } = siteData(ctx, { folder: "seeds" });
    const niger = [...items].find((i) => i.kind === "actors" && i.id === actorId("Niger"))!;
    expect(JSON.parse(niger.json)).toEqual(actorPage(ctx, actorId("Niger")));
  });
});

describe("the briefing", () => {
  it("counts the folder and cites each central sentence at its sentence", () => {
    const ctx = pageContext(t);
    const b = numberCitations(briefingPage(ctx), citationOrder(ctx));
    expect(b.counts).toMatchObject({ files: 5, articles: 5, duplicates: 0, rejected: 0, actors: t.actors.length });
    expect(b.happened.length).toBeGreaterThanOrEqual(3);
    expect(b.happened.length).toBeLessThanOrEqual(6);
    for (const h of b.happened) {
      const sentence = t.sentences.find((s) => s.article === h.id && s.start === h.sentence)!;
      expect(h.href).toBe(articleHref(h.id, sentence.start));
      expect(sentence.text.replace(/\s+/g, " ")).toContain(h.text.replace(/…$/, ""));
    }
    // in citation order, at most two per article
    expect(b.happened.map((h) => h.n)).toEqual([...b.happened.map((h) => h.n)].sort((x, y) => x - y));
    for (const h of b.happened) expect(b.happened.filter((x) => x.id === h.id).length).toBeLessThanOrEqual(2);
  });

  it("sets the two troop counts side by side and lists every article it cites", () => {
    const b = briefingPage(pageContext(t));
    const troops = b.conflicts.find((c) => /troops/.test(c.subject))!;
    expect(troops.reports.map((r) => r.value).sort()).toEqual([1000, 1110]);
    const cited = new Set([...b.happened.map((h) => h.id), ...troops.reports.map((r) => r.article)]);
    for (const id of cited) expect(b.references.map((r) => r.id)).toContain(id);
  });

  it("counts mentions of the key actors per article in the coverage grid", () => {
    const b = briefingPage(pageContext(t));
    expect(b.coverage.by).toBe("article");
    const niger = actorId("Niger");
    const cell = b.coverage.cells.find((c) => c.actor === niger && c.row === t.articles[0].id)!;
    expect(cell.count).toBe(t.mentions.filter((m) => m.actor === niger && m.article === t.articles[0].id).length);
  });
});

describe("key figure groups", () => {
  it("are the same first groups when only the first few are asked for", () => {
    const ctx = pageContext(t);
    const all = figureGroups(ctx, t.figures);
    expect(all.length).toBeGreaterThan(3);
    expect(figureGroups(ctx, t.figures, 3)).toEqual(all.slice(0, 3));
    for (let i = 1; i < all.length; i++) expect(all[i - 1].sources).toBeGreaterThanOrEqual(all[i].sources);
    expect(all.find((g) => g.figures.some((f) => f.value === 1110))!.what).toMatch(/troops|soldiers/i);
  });
});

describe("the actors page", () => {
  it("draws links only between actors in the network, weighted by shared sentences", () => {
    const page = actorsPage(pageContext(t));
    const nodes = new Set(page.network.nodes.map((n) => n.id));
    expect(page.network.links.length).toBeGreaterThan(0);
    for (const l of page.network.links) {
      expect(nodes.has(l.source) && nodes.has(l.target)).toBe(true);
      expect(t.comentions.find((c) => c.source === l.source && c.target === l.target)?.sentences).toBe(l.weight);
    }
    expect(page.actors[0].articleCount).toBeGreaterThanOrEqual(page.actors.at(-1)!.articleCount);
  });
});

describe("an actor's page", () => {
  it("counts its mentions per article and marks them in its sentences", () => {
    const niger = actorId("Niger");
    const page = actorPage(pageContext(t), niger);
    expect(page.actor.name).toBe("Niger");
    const mentions = t.mentions.filter((m) => m.actor === niger);
    expect(page.overTime.reduce((s, a) => s + a.count, 0)).toBe(mentions.length);
    expect(page.sentences.length).toBeGreaterThan(5);
    for (const s of page.sentences)
      for (const [start, end] of s.marks)
        expect(["niger", "nigerien", "nigeriens"]).toContain(s.text.slice(start, end).toLowerCase().replace(/’s$/, ""));
  });

  it("describes it in sentences with one full stop each, a role ending in an abbreviation's period included", () => {
    const page = actorPage(pageContext(t), actorId("Abdourahmane Tchiani"));
    expect(page.described).toBe("Described as coup leader; Gen.");
    expect(page.alsoWritten).toBe("Also written as Abdourahamane Tiani, Tchiani, Tiani.");
    expect(actorPage(pageContext(t), actorId("Niger")).described).toBeNull();
  });

  it("lists its articles over time by date (undated last), then by citation number, as the locale orders the dates", () => {
    const niger = actorId("Niger");
    // some articles' dates made partial or odd, and two the same, so that every rule of the order is used
    const tables = structuredClone(t);
    const named = [...new Set(t.mentions.filter((m) => m.actor === niger).map((m) => m.article))];
    const odd = ["2023-07", "2023-07-26", "2023-07-26", "circa 2023", null];
    named.slice(0, odd.length).forEach((id, i) => (tables.articles.find((a) => a.id === id)!.date = odd[i] as string));
    const ctx = pageContext(tables);
    const page = actorPage(ctx, niger);
    const expected = [...page.overTime].sort(
      (a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || ctx.numbers.get(a.id)! - ctx.numbers.get(b.id)!,
    );
    expect(page.overTime.map((a) => a.id)).toEqual(expected.map((a) => a.id));
    expect(page.overTime.map((a) => a.date)).toContain("circa 2023");
    expect(page.overTime.at(-1)!.date === null || page.overTime.at(-1)!.date! > "9999").toBe(true);
  });

  it("names who it appears with, counting their mentions in its sentences", () => {
    const nuland = actorId("Victoria Nuland");
    const page = actorPage(pageContext(t), nuland);
    const counts = page.coActors.map((c) => c.count);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    const top = page.coActors[0];
    const sentences = new Set(
      t.mentions.filter((m) => m.actor === nuland && m.sentence !== undefined).map((m) => `${m.article}|${m.sentence}`),
    );
    expect(t.mentions.filter((m) => m.actor === top.id && sentences.has(`${m.article}|${m.sentence}`)).length).toBe(top.count);
  });

  it("lists the same co-actors, in the same order, as pairing every sentence of the folder would", () => {
    // the mentions table reversed too: an actor's sentences are then not in the order of its own mentions
    for (const mentions of [t.mentions, [...t.mentions].reverse()]) {
      const tables = { ...t, mentions };
      const ctx = pageContext(tables);
      const everyPair = allCoActors(mentions);
      for (const a of t.actors) {
        const expected = (everyPair.get(a.id) ?? []).slice(0, 30).map(({ b, count }) => [b, count]);
        expect(
          actorPage(ctx, a.id).coActors.map((c) => [c.id, c.count]),
          a.id,
        ).toEqual(expected);
      }
      expect([...everyPair.values()].some((list) => list.length > 3)).toBe(true);
    }
  });

  it("lists the first 300 sentences naming it by article number and place, when it has more, with its mentions marked", () => {
    // the seeds 40 times over (each copy's articles under new ids and files, after the originals in file order)
    const copies = Array.from({ length: 40 }, (_, k) => k);
    const id = (article: string, k: number) => (k ? `${article}-copy${k}` : article);
    const tables: Tables = {
      ...t,
      articles: copies.flatMap((k) => t.articles.map((a) => ({ ...a, id: id(a.id, k), file: `${String(k).padStart(2, "0")}-${a.file}` }))),
      sentences: copies.flatMap((k) => t.sentences.map((s) => ({ ...s, article: id(s.article, k) }))),
      mentions: copies.flatMap((k) => t.mentions.map((m) => ({ ...m, article: id(m.article, k) }))),
    };
    const ctx = pageContext(tables);
    const niger = actorId("Niger");
    // every sentence naming Niger, by its article's number and its start, each with its mentions in table order
    const expected = new Map<string, { n: number; article: string; start: number; marks: Array<[number, number]> }>();
    for (const m of tables.mentions) {
      if (m.actor !== niger || m.sentence == null) continue;
      const s = ctx.sentencesOf(m.article)[m.sentence];
      const key = `${m.article}|${s.start}`;
      const entry = expected.get(key) ?? { n: ctx.numbers.get(m.article)!, article: m.article, start: s.start, marks: [] };
      entry.marks.push([m.start - s.start, Math.min(m.end, s.end) - s.start]);
      expected.set(key, entry);
    }
    expect(expected.size).toBeGreaterThan(300);
    const first = [...expected.values()].sort((a, b) => a.n - b.n || a.start - b.start).slice(0, 300);
    const page = actorPage(ctx, niger);
    expect(page.sentences.map((s) => [s.cite, s.sentence, s.marks])).toEqual(first.map((e) => [e.article, e.start, e.marks]));
    expect(page.sentences.at(-1)!.cite).toMatch(/-copy\d+$/);
  });

  it("finds a quote about it by a name holding characters that patterns treat specially", () => {
    const niger = t.actors.find((a) => a.id === "niger")!;
    const article = t.mentions.find((m) => m.actor === "niger")!.article;
    const quote = { speaker: null, kind: "direct" as const, start: 0, end: 1, article };
    const tables = {
      ...t,
      actors: t.actors.map((a) => (a === niger ? { ...a, aliases: [...a.aliases, "N.I.G. (Republic)"] } : a)),
      quotes: [
        { ...quote, text: "Zzq said the n.i.g. (republic) would hold." },
        { ...quote, text: "Zzq said the nxigx republic would hold." },
      ],
    };
    const about = actorPage(pageContext(tables), "niger").quotesAbout.filter((q) => q.text.startsWith("Zzq"));
    expect(about.map((q) => q.text)).toEqual(["Zzq said the n.i.g. (republic) would hold."]);
  });

  it("finds quotes about it only in the articles that mention it", () => {
    const other = { ...t.articles[0], id: "zz-other", file: "zz-other.txt" };
    const quoted = { speaker: null, kind: "direct" as const, text: "The junta in Niger will not yield.", start: 0, end: 10 };
    const tables = {
      ...t,
      articles: [...t.articles, other],
      quotes: [...t.quotes, { ...quoted, article: "zz-other" }, { ...quoted, article: t.articles[0].id }],
    };
    expect(t.mentions.some((m) => m.actor === "niger" && m.article === t.articles[0].id)).toBe(true);
    const about = actorPage(pageContext(tables), "niger").quotesAbout.filter((q) => q.text === quoted.text);
    expect(about.map((q) => q.id)).toEqual([t.articles[0].id]);
  });
});

describe("articles with duplicates", () => {
  const withCopy = () => {
    const original = t.articles[0];
    const copy = { ...original, id: "zz-copy", file: "zz-copy.txt", duplicateOf: original.id };
    return { original, tables: { ...t, articles: [...t.articles, copy] } };
  };

  it("number an article on its page as on the sources page, with its duplicates", () => {
    const { original, tables } = withCopy();
    const ctx = pageContext(tables);
    const order = citationOrder(ctx);
    const rows = numberCitations(sourcesPage(ctx), order);
    const row = (id: string) => rows.find((r) => r.id === id)!;
    const head = numberCitations(articlePage(ctx, original.id), order).article;
    expect(head.n).toBe(row(original.id).n);
    expect(head.n).toBe(1); // numbers follow file order
    expect(head.duplicates.map((d) => [d.id, d.n])).toEqual([["zz-copy", row("zz-copy").n]]);
    const copyHead = numberCitations(articlePage(ctx, "zz-copy"), order).article;
    expect(copyHead.duplicateOf?.n).toBe(1);
    expect({ ...copyHead, url: undefined }).toEqual({ ...row("zz-copy"), url: undefined });
  });

  it("are listed but not counted, quoted or dated", () => {
    const { tables } = withCopy();
    const ctx = pageContext(tables);
    expect(briefingPage(ctx).counts).toMatchObject({ articles: 5, duplicates: 1, files: 6 });
    expect(quotesPage(ctx).some((q) => q.id === "zz-copy")).toBe(false);
    expect(timelinePage(ctx).events.some((e) => e.article === "zz-copy")).toBe(false);
    const report = numberCitations(ingestPage(ctx, "seeds"), citationOrder(ctx)).files.find((f) => f.file === "zz-copy.txt")!;
    expect(report).toMatchObject({ status: "duplicate", duplicateHref: articleHref(t.articles[0].id), n: 6 });
    expect(report.duplicateOf).toEqual({ cite: t.articles[0].id, file: t.articles[0].file, n: 1 });
  });
});

describe("the quotes page", () => {
  it("gives each quote its kind, and Miller's words as whole quotes with his page", () => {
    const quotes = quotesPage(pageContext(t));
    expect(quotes.length).toBe(t.quotes.length);
    expect(quotes.map((q) => q.kind)).toEqual(t.quotes.map((q) => q.kind));
    const miller = quotes.filter((q) => q.speaker === "Matt Miller");
    expect(miller.length).toBeGreaterThan(2);
    expect(miller.every((q) => q.speakerHref === "/actors/matt-miller")).toBe(true);
    expect(miller.filter((q) => q.kind === "direct").length).toBeGreaterThanOrEqual(3);
    expect(quotes.find((q) => q.speaker === "Moussa Salaou Barmou")?.kind).toBe("indirect");
  });
});

describe("an article's page", () => {
  it("gives its sentences and the spans to highlight, in text order", () => {
    const a = t.articles[3];
    const page = articlePage(pageContext(t), a.id);
    expect(page.sentences).toEqual(t.sentences.filter((s) => s.article === a.id).map((s) => [s.start, s.end]));
    const starts = page.spans.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    for (const s of page.spans.filter((x) => x.kind !== "date" && x.kind !== "figure")) expect(s.href).toMatch(/^\/actors\//);
    expect(page.spans.filter((s) => s.kind === "date")).toHaveLength(t.dates.filter((d) => d.article === a.id).length);
  });
});

describe("spreadOfValues (the briefing's reports per conflict)", () => {
  const figure = (id: string, value: number) => ({ id, value }) as FigureRow;
  const ids = (list: FigureRow[]) => list.map((f) => f.id);

  it("keeps every figure when there are few", () => {
    expect(ids(spreadOfValues([figure("a", 5), figure("b", 5)], 6))).toEqual(["a", "b"]);
  });

  it("keeps the lowest, the highest and values between, each value's first figure, in order", () => {
    const many = Array.from({ length: 20 }, (_, i) => figure(`f${i}`, (i * 7) % 10));
    // values 0..9 in the order 0,7,4,1,8,5,2,9,6,3,...: picks 0, 2, 4, 5, 7, 9
    expect(ids(spreadOfValues(many, 6))).toEqual(["f0", "f1", "f2", "f5", "f6", "f7"]);
  });

  it("fills up with further figures in order when the values are few", () => {
    const two = [figure("a", 1), figure("b", 1), figure("c", 300), figure("d", 1), figure("e", 300)];
    expect(ids(spreadOfValues(two, 3))).toEqual(["a", "b", "c"]);
  });
});
