// Stories (articles grouped by shared actors and distinctive words), the outlet names readers use,
// and what the briefing builds on them: "What happened" per story, key figures grouped by what they
// count and whom, conflicts only within a story, the timeline's dense range. Articles written for
// the tests (tests/fixtures/stories/: a dock strike, an eruption, a football transfer) and the seeds.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractFolder } from "../src/extract/index.js";
import { groupStories } from "../src/extract/analyze/stories.js";
import { outletName } from "../src/extract/resolve/outlets.js";
import type { MentionRow, SentenceRow, Tables } from "../src/extract/types.js";
import { pageContext } from "../src/pagedata/context.js";
import { briefingPage } from "../src/pagedata/briefing.js";
import { timelinePage } from "../src/pagedata/timeline.js";
import { denseRange } from "../src/pagedata/views.js";
import { whatOf } from "../src/pagedata/figureGroups.js";
import { SEEDS_DIR } from "./fixtures/folder.js";

const FIXTURE = join(import.meta.dirname, "fixtures", "stories");
let cache: string;
let stories: Tables;
let seeds: Tables;
beforeAll(async () => {
  cache = mkdtempSync(join(tmpdir(), "briefing-stories-"));
  stories = await extractFolder(FIXTURE, { cacheDir: join(cache, "a"), workers: 1 });
  seeds = await extractFolder(SEEDS_DIR, { cacheDir: join(cache, "b"), workers: 1 });
}, 120_000);
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const files = (t: Tables, ids: string[]) => ids.map((id) => t.articles.find((a) => a.id === id)!.file).sort();

describe("stories", () => {
  it("groups a folder of three unrelated stories into three, the largest first", () => {
    expect(stories.stories.map((s) => files(stories, s.articles))).toEqual([
      ["port-strike-day-one.md", "port-strike-deal.txt", "port-strike-talks.md"],
      ["eruption-grindavik.md", "eruption-hot-water.txt"],
      ["transfer-agreed.md", "transfer-completed.md"],
    ]);
    expect(stories.stories.map((s) => s.rank)).toEqual([1, 2, 3]);
    const name = (id: string) => stories.actors.find((a) => a.id === id)!.name;
    expect(stories.stories[0].actors.map(name)).toContain("Anouk Visser");
    expect(stories.stories[2].actors.map(name)).toContain("Tomas Brennan");
    expect(stories.stories[0].terms).toContain("port");
  });

  it("keeps the seeds, one story, as one", () => {
    expect(seeds.stories).toHaveLength(1);
    expect(seeds.stories[0].articles).toHaveLength(5);
    expect(seeds.stories[0].actors.map((id) => seeds.actors.find((a) => a.id === id)!.name)).toEqual(
      expect.arrayContaining(["Niger", "Mohamed Bazoum"]),
    );
  });

  it("leaves an article that shares nothing distinctive as a story of its own", () => {
    const sentence = (article: string, index: number, text: string): SentenceRow => ({ article, index, start: 0, end: text.length, text });
    const rows = [
      sentence("a", 0, "Flood waters rose along the Danube in Budapest as engineers raised barriers."),
      sentence("b", 0, "Engineers in Budapest raised flood barriers as the Danube kept rising."),
      sentence("c", 0, "A chess prodigy from Chennai won the junior championship in Tbilisi."),
    ];
    const mention = (article: string, actor: string): MentionRow => ({ article, actor, start: 0, end: 1, text: actor });
    const mentions = [
      mention("a", "budapest"),
      mention("a", "danube"),
      mention("b", "budapest"),
      mention("b", "danube"),
      mention("c", "chennai"),
      mention("c", "tbilisi"),
    ];
    const out = groupStories(["a", "b", "c"], rows, mentions);
    expect(out.map((s) => s.articles)).toEqual([["a", "b"], ["c"]]);
    expect(out[0].actors).toEqual(expect.arrayContaining(["budapest", "danube"]));
    expect(groupStories(["a", "b", "c"], rows, mentions, { skip: new Set(["b"]) }).map((s) => s.articles)).toEqual([["a"], ["c"]]);
  });

  it("summarises each story with its own sentences; the seeds keep their six", () => {
    for (const story of stories.stories) {
      const central = stories.central.filter((c) => c.story === story.id);
      expect(central.length).toBeGreaterThan(0);
      expect(central.length).toBeLessThanOrEqual(4);
      for (const c of central) expect(story.articles).toContain(c.article);
    }
    expect(seeds.central).toHaveLength(6);
    expect(new Set(seeds.central.map((c) => c.story))).toEqual(new Set(["story-1"]));
  });

  it("finds conflicts only between articles of one story", () => {
    const storyOf = new Map(stories.stories.flatMap((s) => s.articles.map((a) => [a, s.id])));
    for (const c of stories.conflicts) {
      const articles = c.figures.map((id) => stories.figures.find((f) => f.id === id)!.article);
      expect(new Set(articles.map((a) => storyOf.get(a))).size).toBe(1);
    }
    expect(stories.conflicts.map((c) => c.subject)).toContain("worker — Rotterdam, FNV");
    expect(seeds.conflicts.some((c) => c.subject.startsWith("troops"))).toBe(true);
  });
});

describe("outlets", () => {
  it.each([
    ["http://www.tmz.com", null, "TMZ"],
    ["Yahoo News - Latest News & Headlines", null, "Yahoo News"],
    ["Edition Cnn", null, "CNN"],
    ["graphics.reuters.com", null, "Reuters"],
    [null, "https://www.theguardian.com/world/2024/feb/08/iceland", "The Guardian"],
    ["the hill", null, "The Hill"],
    ["VH1 News - Celebrity", null, "VH1 News"],
    ["Harbour Gazette | Breaking News", null, "Harbour Gazette"],
    ["Daily Time", null, "Daily Time"],
    ["harbourgazette.co.uk", null, "harbourgazette.co.uk"],
    ["(no source)", null, null],
    [null, null, null],
  ])("%s (%s) is %s", (source, url, outlet) => {
    expect(outletName(source, url)).toBe(outlet);
  });

  it("names every article's outlet in the articles table, keeping the source as written", () => {
    const byFile = new Map(stories.articles.map((a) => [a.file, a]));
    expect(byFile.get("port-strike-deal.txt")!.source).toBe("Edition Cnn");
    expect(byFile.get("port-strike-deal.txt")!.outlet).toBe("CNN");
    expect(byFile.get("port-strike-day-one.md")!.outlet).toBe("Reuters");
    expect(byFile.get("transfer-agreed.md")!.outlet).toBeNull();
    expect(seeds.articles.find((a) => a.source === "Edition Cnn")!.outlet).toBe("CNN");
  });
});

describe("the briefing built on them", () => {
  it("has a section per story, headed by its main actors, and counts the dated events the timeline shows", () => {
    const ctx = pageContext(stories);
    const b = briefingPage(ctx);
    expect(b.stories.map((s) => s.articleCount)).toEqual([3, 2, 2]);
    expect(b.stories[0].heading).toContain("Anouk Visser");
    expect(b.counts.stories).toBe(3);
    const timeline = timelinePage(ctx);
    expect(b.counts.events).toBe(timeline.total);
    expect(b.timeline.onAxis + b.timeline.outlierCount).toBe(b.counts.events);
    // Heimaey's eruption in 1973 and contracts running to 2029 and 2032 are listed beside the axis
    expect(b.timeline.outliers.map((e) => e.date)).toEqual(["1973", "2029", "2032"]);
    expect(timeline.range).toEqual({ from: "2023-11-15", to: "2024-03-09" });
  });

  it("groups key figures by what they count and whom, written as people write them, never without a unit", () => {
    const b = briefingPage(pageContext(stories));
    const transfer = b.figures.find((g) => g.what === "euros" && g.sources === 2)!;
    expect(transfer.about?.name).toBe("Tomas Brennan");
    expect(transfer.reports.map((r) => r.shown)).toEqual(["about €18 million", "€18 million"]);
    for (const g of b.figures) expect(g.what).toMatch(/\S/);
    // ranked by sources
    expect(b.figures[0].sources).toBeGreaterThanOrEqual(b.figures[b.figures.length - 1].sources);
    const conflict = b.conflicts.find((c) => c.subject.startsWith("worker"))!;
    expect(conflict.reports.map((r) => r.shown)).toEqual(["about 1,200 dock workers", "about 1,300 dock workers"]);
  });

  it("keeps the seeds' briefing: one section, its six sentences, the troop conflict", () => {
    const b = briefingPage(pageContext(seeds));
    expect(b.stories).toHaveLength(1);
    expect(b.happened).toHaveLength(6);
    expect(b.conflicts.some((c) => c.subject.startsWith("troops"))).toBe(true);
    expect(b.counts.events).toBe(timelinePage(pageContext(seeds)).total);
  });
});

describe("what a figure counts", () => {
  it.each([
    [{ unit: "USD" }, "money:USD", "US dollars"],
    [{ unit: "troops", counted: "US troops" }, "count:us troops", "US troops"],
    [{ unit: "soldiers", counted: "US soldiers" }, "count:us troops", "US soldiers"],
    [{ unit: "percent" }, "unit:percent", "percent"],
    [{ unit: "km2" }, "unit:km2", "km2"],
  ])("%o counts %s", (figure, key, label) => {
    expect(whatOf(figure)).toEqual({ key, label });
  });
});

describe("the timeline's dense range", () => {
  it("leaves out a date decades away from the others", () => {
    expect(denseRange(["2024-02-08", "2024-02-09", "2024-03-04", "2024-03-06", "1973-07-01", "2024-03-08"])).toEqual({
      from: "2024-02-08",
      to: "2024-03-08",
    });
  });
  it("keeps every date when they spread evenly", () => {
    expect(denseRange(["2001-07-01", "2005-07-01", "2009-07-01", "2013-07-01", "2017-07-01"])).toEqual({
      from: "2001-07-01",
      to: "2017-07-01",
    });
  });
  it("keeps three months around a single busy day", () => {
    expect(denseRange(["2023-07-26", "2023-07-26", "2023-07-26", "2023-08-10", "2023-10-20", "2024-03-01"])).toEqual({
      from: "2023-07-26",
      to: "2023-10-20",
    });
    expect(denseRange([])).toBeNull();
  });
});
