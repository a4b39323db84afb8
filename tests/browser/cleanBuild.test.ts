// A rebuilt site equals a clean build (issue 9): random sequences of adds, edits and deletes on a
// small articles folder, each step built twice: by `npm run build` in a site that has built every
// step before (its caches, history and output kept), and by a clean build of the same folder in
// another site (empty cache, no output). The two outputs must have the same files with the same
// contents, apart from the "since the last build" record, and the same joined tables (issue 19:
// the kept site joins them from what its caches kept); nothing of a deleted article's text may be
// left. The sequence comes from a seed, printed with any failure (BRIEFING_TEST_SEED=n replays it).
import { existsSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seededRandom, type Random } from "../../src/extract/util/random.js";
import { ROOT, buildSite, prepareSite, siteFiles, type SiteWork } from "./siteBuild.js";
import { TABLE_NAMES, tableFile } from "../../src/site/tableFiles.js";
import { tablesReadBy } from "../../src/site/tableReaders.js";
import { snapshotHashes } from "../../src/site/tableSnapshot.js";
import { openSite } from "./session.js";
import { actorHref, articleHref } from "../../src/pagedata/routes.js";

const SEED = Number(process.env.BRIEFING_TEST_SEED ?? Date.now() % 100_000);
const STEPS = 3;

/** Short articles of our own; each has a sentence no other has (its marker). */
const STORIES = [
  [
    "Flooding in Porto Alegre",
    "Floods forced 80,000 people from their homes in Porto Alegre on Monday, the governor of Rio Grande do Sul said.",
    "The army sent 12 helicopters to the city.",
  ],
  [
    "Talks in Nairobi",
    "Negotiators from Sudan met in Nairobi on 3 May 2024 to discuss a ceasefire, the Kenyan foreign ministry said.",
    "President William Ruto called the talks a first step.",
  ],
  [
    "Harvest report",
    "Farmers in Punjab expect a wheat harvest of 30 million tonnes this year, the agriculture minister told parliament.",
    "Prices fell by 4 percent in April.",
  ],
  [
    "Port strike",
    "Dock workers in Rotterdam began a 48-hour strike on Tuesday over pay, the FNV union said.",
    "About 200 ships were waiting outside the port.",
  ],
  [
    "Election count",
    "Officials in Accra counted ballots through the night after Saturday's vote, the Electoral Commission of Ghana said.",
    "Turnout was about 60 percent.",
  ],
];
const EDITS = ["The mayor asked for calm.", "Aid agencies said more help was needed.", "Officials expect a statement on Friday."];

interface Article {
  file: string;
  text: string;
  /** Phrases that only this article's text has. */
  markers: string[];
}

const pick = <T>(random: Random, items: readonly T[]) => items[Math.floor(random() * items.length)];

/** One random operation on the folder: add, edit or delete an article; returns what it did. */
function operate(random: Random, folder: string, present: Map<string, Article>, deleted: Article[], counter: { n: number }): string {
  const kinds = present.size < 2 ? ["add"] : present.size >= 4 ? ["edit", "delete"] : ["add", "edit", "delete"];
  const kind = pick(random, kinds);
  if (kind === "add") {
    const [title, ...sentences] = pick(random, STORIES);
    const n = counter.n++;
    const marker = `Reference number ${1000 + n} was given to this report.`;
    const article = {
      file: `${String(n).padStart(2, "0")}-${title.toLowerCase().replace(/\W+/g, "-")}.txt`,
      text: `${title}\n\n${sentences.join(" ")} ${marker}\n`,
      markers: [marker],
    };
    writeFileSync(join(folder, article.file), article.text);
    present.set(article.file, article);
    return `add ${article.file}`;
  }
  const target = pick(
    random,
    [...present.values()].sort((a, b) => a.file.localeCompare(b.file)),
  );
  if (kind === "edit") {
    const marker = `Update ${counter.n++}: ${pick(random, EDITS)}`;
    target.text = target.text.replace(/\n$/, ` ${marker}\n`);
    target.markers.push(marker);
    writeFileSync(join(folder, target.file), target.text);
    return `edit ${target.file}`;
  }
  unlinkSync(join(folder, target.file));
  present.delete(target.file);
  deleted.push(target);
  return `delete ${target.file}`;
}

/** The "since the last build" record's file in a built site (its name carries its content's hash). */
const changesFile = (files: string[]) => files.find((f) => /^_file\/data\/changes\.[0-9a-f]+\.json$/.test(f));

/** A site's files and contents; the record's content, and its name and size where pages name it, left out. */
function snapshot(output: string): Map<string, string> {
  const files = siteFiles(output);
  const record = changesFile(files);
  const neutral = (s: string) =>
    (record ? s.split(record.slice("_file/".length)).join("data/changes.json") : s).replace(
      /(registerFile\("[^"]*changes\.json", )\{[^}]*\}/g,
      "$1{…}",
    );
  return new Map(
    files.map((f) => [neutral(f), f === record ? "(since the last build)" : neutral(readFileSync(join(output, f), "latin1"))]),
  );
}

describe("a rebuilt site", () => {
  it(`equals a clean build of the same folder after random adds, edits and deletes (seed ${SEED})`, () => {
    const random = seededRandom(SEED);
    const kept = prepareSite(join(ROOT, "tmp", "clean-build-kept"), { fresh: true });
    const clean = prepareSite(join(ROOT, "tmp", "clean-build-clean"), { fresh: true });
    const cleanWork: SiteWork = { ...clean, articles: kept.articles };
    const present = new Map<string, Article>();
    const deleted: Article[] = [];
    const counter = { n: 0 };
    const history: string[] = [];
    operate(random, kept.articles, present, deleted, counter);
    buildSite(kept);
    for (let step = 1; step <= STEPS; step++) {
      const ops = 1 + Math.floor(random() * 3);
      for (let i = 0; i < ops; i++) history.push(operate(random, kept.articles, present, deleted, counter));
      const context = `seed ${SEED}, after: ${history.join("; ")}`;
      buildSite(kept);
      rmSync(clean.cache, { recursive: true, force: true });
      rmSync(clean.output, { recursive: true, force: true });
      buildSite(cleanWork);
      const [a, b] = [snapshot(kept.output), snapshot(clean.output)];
      expect([...a.keys()], context).toEqual([...b.keys()]);
      for (const [file, content] of a) expect(content === b.get(file), `${file} differs; ${context}`).toBe(true);
      // and the joined tables (the snapshot the data loaders print), made from what the kept site's
      // caches held (extractions, digests, the last build's story rows), are a clean build's, byte for byte;
      // a build writes the tables its pages read (tableReaders.ts), the others' effects are in dist/ above
      const written = TABLE_NAMES.filter((table) => existsSync(tableFile(table, clean.cache)));
      expect(written, context).toEqual(tablesReadBy(kept.site));
      // (the kept site's per-article tables made with the last build's runs of unchanged articles: tableSnapshot.ts)
      const [keptHashes, cleanHashes] = [kept.cache, clean.cache].map((cache) => snapshotHashes(cache));
      for (const table of written) {
        const [rebuilt, fromNothing] = [kept.cache, clean.cache].map((cache) => readFileSync(tableFile(table, cache), "utf8"));
        expect(rebuilt === fromNothing, `table ${table} differs; ${context}`).toBe(true);
        expect(keptHashes[table], `table ${table}'s hash; ${context}`).toBe(cleanHashes[table]);
      }
      // nothing a deleted article said, unless an article still in the folder says it too
      const still = [...present.values()].map((p) => p.text).join("\n");
      const gone = deleted.flatMap((d) => d.markers).filter((m) => !still.includes(m));
      const traces = [...a].filter(([, content]) => gone.some((m) => content.includes(m))).map(([file]) => file);
      expect(traces, context).toEqual([]);
      expect(existsSync(join(kept.output, "index.html"))).toBe(true);
    }
  }, 1_800_000);
});

/** Each item data file of a built site, parsed, by its file in the articles folder (articles) or id (actors). */
function itemData(output: string, kind: "actors" | "articles"): Map<string, Record<string, unknown>> {
  const dir = join(output, "_file", "data", kind);
  const out = new Map<string, Record<string, unknown>>();
  for (const name of readdirSync(dir)) {
    const data = JSON.parse(readFileSync(join(dir, name), "utf8"));
    out.set(kind === "articles" ? data.article.file : data.actor.id, data);
  }
  return out;
}

/** The built site's citation order (data/citations.json, under its hashed name): article ids, [1] first. */
function citationOrder(output: string): string[] {
  const name = readdirSync(join(output, "_file", "data")).find((n) => /^citations\.[0-9a-f]{8}\.json$/.test(n));
  if (!name) throw new Error(`no citation order in ${output}`);
  return JSON.parse(readFileSync(join(output, "_file", "data", name), "utf8")) as string[];
}

describe("a rebuild that computes only the items whose inputs changed", () => {
  it("leaves the other items' data as it was when an earlier article goes (the pages number citations), as a clean build has it", async () => {
    const site = prepareSite(join(ROOT, "tmp", "clean-build-items"), { fresh: true });
    const clean = prepareSite(join(ROOT, "tmp", "clean-build-items-clean"), { fresh: true });
    for (const [i, story] of [STORIES[0], STORIES[1], STORIES[3]].entries()) {
      const [title, ...sentences] = story;
      writeFileSync(
        join(site.articles, `0${i + 1}-${title.toLowerCase().replace(/\W+/g, "-")}.txt`),
        `${title}\n\n${sentences.join(" ")}\n`,
      );
    }
    buildSite(site);
    const before = itemData(site.output, "articles");
    const strike = before.get("03-port-strike.txt")!.article as { id: string; cite: string };
    // the data cites by id; the number [3] is the article's place in the citation order
    expect(strike.cite).toBe(strike.id);
    expect(strike).not.toHaveProperty("n");
    expect(citationOrder(site.output).indexOf(strike.id) + 1).toBe(3);
    const actorsBefore = itemData(site.output, "actors");
    // nothing changed: no item is computed again
    expect(buildSite(site)).toMatch(/\((\d+) of \1 unchanged\), \1 not recomputed/);
    // the first file goes: the others' numbers drop by one, in the citation order only
    unlinkSync(join(site.articles, "01-flooding-in-porto-alegre.txt"));
    const log = buildSite(site);
    const after = itemData(site.output, "articles");
    expect([...after.keys()].sort()).toEqual(["02-talks-in-nairobi.txt", "03-port-strike.txt"]);
    for (const file of after.keys()) expect(after.get(file), file).toEqual(before.get(file));
    expect(citationOrder(site.output)).toEqual([(after.get("02-talks-in-nairobi.txt")!.article as { id: string }).id, strike.id]);
    // an actor page citing the strike is unchanged unless it also cited the deleted article
    const gone = (before.get("01-flooding-in-porto-alegre.txt")!.article as { id: string }).id;
    const cites = (actor: Record<string, unknown>, id: string) => (actor.overTime as Array<{ id: string }>).some((o) => o.id === id);
    const citing = [...itemData(site.output, "actors")].filter(([id, a]) => cites(a, strike.id) && !cites(actorsBefore.get(id) ?? a, gone));
    expect(citing.length).toBeGreaterThan(0);
    for (const [id, actor] of citing) expect(actor, id).toEqual(actorsBefore.get(id));
    const items = after.size + itemData(site.output, "actors").size;
    const unchanged = Number(/ (\d+) of them not recomputed/.exec(log)?.[1]);
    expect(unchanged).toBeGreaterThanOrEqual(after.size + citing.length);
    expect(unchanged).toBeLessThanOrEqual(items);
    // the pages show the new numbers: the strike's own page and an actor page citing it
    const session = await openSite(site.output);
    try {
      const { page } = await session.visit(articleHref(strike.id));
      expect(await page.locator(".kicker").first().textContent()).toContain("article [2]");
      const { page: actorPage } = await session.visit(actorHref(citing[0][0]));
      const links = await actorPage.locator(`a.cite[href^="${articleHref(strike.id)}"]`).allTextContents();
      expect(links.length).toBeGreaterThan(0);
      for (const text of links) expect(text).toBe("[2]");
    } finally {
      await session.close();
    }
    buildSite({ ...clean, articles: site.articles });
    const [a, b] = [snapshot(site.output), snapshot(clean.output)];
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [file, content] of a) expect(content === b.get(file), `${file} differs`).toBe(true);
  }, 900_000);
});

describe("a rebuild that reuses the last render", () => {
  it("reuses it while no page changed (new articles included), and still equals a clean build", () => {
    const site = prepareSite(join(ROOT, "tmp", "clean-build-render"), { fresh: true });
    const clean = prepareSite(join(ROOT, "tmp", "clean-build-render-clean"), { fresh: true });
    const [title, ...sentences] = STORIES[1];
    writeFileSync(join(site.articles, "talks.txt"), `${title}\n\n${sentences.join(" ")}\n`);
    expect(buildSite(site)).toMatch(/render \d/);
    const first = snapshot(site.output);
    // nothing changed: the render is reused, the item data linked, the site the same
    const again = buildSite(site);
    expect(again).toMatch(/render reused/);
    expect(again).toMatch(/\((\d+) of \1 unchanged\)/);
    expect(snapshot(site.output)).toEqual(first);
    buildSite({ ...clean, articles: site.articles });
    expect(snapshot(site.output)).toEqual(snapshot(clean.output));
    // new articles change no page (they render from placeholders): reused, the data put in, and still a clean build's site
    const [title2, ...sentences2] = STORIES[3];
    writeFileSync(join(site.articles, "strike.txt"), `${title2}\n\n${sentences2.join(" ")}\n`);
    expect(buildSite(site)).toMatch(/render reused/);
    rmSync(clean.cache, { recursive: true, force: true });
    rmSync(clean.output, { recursive: true, force: true });
    expect(buildSite({ ...clean, articles: site.articles })).toMatch(/render \d/);
    expect(snapshot(site.output)).toEqual(snapshot(clean.output));
    expect(
      readFileSync(
        join(
          site.output,
          "_file",
          "data",
          "tables",
          readdirSync(join(site.output, "_file", "data", "tables")).find((f) => f.startsWith("articles."))!,
        ),
        "utf8",
      ),
    ).toContain("strike.txt");
    // a page's source changed: rendered again, and the page shows the change
    const page = join(site.site, "sources.md");
    writeFileSync(page, `${readFileSync(page, "utf8")}\n\nA paragraph added after the first build.\n`);
    expect(buildSite(site)).toMatch(/render \d/);
    expect(readFileSync(join(site.output, "sources.html"), "utf8")).toContain("A paragraph added after the first build.");
  }, 900_000);
});
