// The tables of a folder built with what earlier builds kept (the per-article cache with each
// article's digest, what the last build's joins kept: joinMemo.ts) equal the tables of a build from nothing (issue 19):
// random sequences of adds, edits, copies and near copies (duplicates) and deletes on a folder of several stories,
// each step extracted twice: with the kept cache, and with none; what the joins keep for the next build holds
// this build's articles only (their story inputs, and their words as the stories numbered them). The sequence comes from a seed,
// printed with any failure (BRIEFING_TEST_SEED=n replays it). And the part of actor resolution each
// article's digest carries (its own actors, resolve/ownActors.ts) joins as the resolver's own would.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractFolder } from "../src/extract/extractFolder.js";
import { seededRandom, shuffled, type Random } from "../src/extract/util/random.js";
import type { ArticleExtraction, Tables } from "../src/extract/types.js";
import { processFile } from "../src/extract/processFile.js";
import { loadActorModel } from "../src/extract/recognize/actors/index.js";
import { buildTables } from "../src/extract/tables.js";
import type { ArticleDigest } from "../src/extract/digest.js";
import { engineVersion, readJoinMemo } from "../src/extract/cache.js";
import { asJoinMemo } from "../src/extract/joinMemo.js";
import { sha256 } from "../src/extract/util/hash.js";
import type { RowKeys } from "../src/extract/rowKeys.js";
import { snapshotHashes, writeTableSnapshot } from "../src/site/tableSnapshot.js";
import { TABLE_NAMES, tableFile } from "../src/site/tableFiles.js";
import type { TableRuns } from "../src/pagedata/articleRuns.js";
import { ITEM_TABLES } from "../src/pagedata/index.js";
import { wordCounts } from "../src/extract/analyze/stories.js";

const SEED = Number(process.env.BRIEFING_TEST_SEED ?? Date.now() % 100_000);
const STEPS = 4;
const POOL = resolve(__dirname, "fixtures/twin-stories");
const POOL_FILES = readdirSync(POOL).sort();
const tmp = mkdtempSync(join(tmpdir(), "briefing-incremental-tables-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Sentences of summary length that name no actor. */
const PLAIN = [
  "The report said that more help would be needed in the coming weeks and months.",
  "Residents were told to stay indoors until the situation in the area became clearer.",
];
const pick = <T>(random: Random, items: readonly T[]) => items[Math.floor(random() * items.length)];

/** One random change to the folder; returns what it did. */
function operate(random: Random, folder: string, unused: string[]): string {
  const present = readdirSync(folder).sort();
  const kind = pick(
    random,
    unused.length ? ["add", "add", "edit", "copy", "near copy", "delete"] : ["edit", "copy", "near copy", "delete"],
  );
  if (kind === "add" || present.length < 3) {
    const file = unused.pop()!;
    copyFileSync(join(POOL, file), join(folder, file));
    return `add ${file}`;
  }
  const target = pick(random, present);
  if (kind === "edit" && random() < 0.5) {
    // a sentence naming no one, after the headline: the same actors, another opening (and every offset moved)
    const [headline, ...rest] = readFileSync(join(folder, target), "utf8").split(/\n\s*\n/);
    writeFileSync(join(folder, target), [headline, pick(random, PLAIN), ...rest].join("\n\n"));
    return `edit the start of ${target}`;
  }
  if (kind === "edit") {
    // a paragraph of another article: the edited one may join, leave or link stories
    const other = readFileSync(join(POOL, pick(random, POOL_FILES)), "utf8").split(/\n\s*\n/);
    writeFileSync(join(folder, target), `${readFileSync(join(folder, target), "utf8")}\n\n${pick(random, other)}\n`);
    return `edit ${target}`;
  }
  if (kind === "near copy") {
    // the same article with a sentence more: a near-duplicate (its similarity to the original kept for the next build)
    const copy = `near-${present.length}-${target}`;
    const [headline, ...rest] = readFileSync(join(folder, target), "utf8").split(/\n\s*\n/);
    writeFileSync(join(folder, copy), [headline, ...rest, pick(random, PLAIN)].join("\n\n"));
    return `near copy of ${target} as ${copy}`;
  }
  if (kind === "copy") {
    const copy = `copy-${present.length}-${target}`;
    copyFileSync(join(folder, target), join(folder, copy));
    return `copy ${target} to ${copy}`;
  }
  unlinkSync(join(folder, target));
  return `delete ${target}`;
}

/**
 * The story inputs the last build kept (storyInputs.ts), as the next build reads them: one per
 * counted article (not a duplicate) of the folder, by its file and content hash; none of an article gone.
 */
function keptStoryInputs(folder: string, cacheDir: string, tables: Tables) {
  const memo = readJoinMemo(cacheDir, folder, engineVersion(), asJoinMemo);
  const sources = tables.articles
    .filter((a) => !a.duplicateOf)
    .map((a) => `${a.file}\0${sha256(readFileSync(join(folder, a.file)))}`)
    .sort();
  // the stories' numbering of each article's words (storyWords.ts), as the words they stand for
  const words = new Map(
    [...(memo?.storyWords.numbered ?? [])].map(([source, n]) => [source, [...n.numbers].map((k) => memo!.storyWords.words[k])]),
  );
  const ownWords = tables.articles
    .filter((a) => !a.duplicateOf)
    .map((a) => [
      `${a.file}\0${sha256(readFileSync(join(folder, a.file)))}`,
      wordCounts(tables.sentences.filter((s) => s.article === a.id)).words,
    ]);
  return { times: [...(memo?.storyInputs.times.keys() ?? [])].sort(), sources, words: [...words].sort(), ownWords: ownWords.sort() };
}

/**
 * The tables' snapshot of `tables` in `cache` (as a build writes it: every table, the item tables'
 * digests kept), with the row keys given: its files, their hashes and the digests.
 */
function snapshotOf(cache: string, tables: Tables, rowKeys?: RowKeys) {
  const root = join(cache, "src");
  mkdirSync(root, { recursive: true });
  const into = new Map<string, TableRuns>();
  writeTableSnapshot(tables, root, 0, cache, { tables: ITEM_TABLES, into }, TABLE_NAMES, rowKeys);
  return {
    files: TABLE_NAMES.map((table) => `${table} ${readFileSync(tableFile(table, cache), "utf8")}`),
    hashes: snapshotHashes(cache),
    digests: [...into].map(([table, runs]) => [table, [...(runs.digests ?? [])]]),
  };
}

const json = (tables: Tables) => Object.entries(tables).map(([table, rows]) => `${table} ${JSON.stringify(rows)}`);

describe("tables built incrementally", () => {
  it(`equal the tables of a build from nothing after random adds, edits, copies and deletes (seed ${SEED})`, async () => {
    const random = seededRandom(SEED);
    const folder = join(tmp, "articles");
    const cacheDir = join(tmp, "cache");
    mkdirSync(folder);
    const unused = shuffled(POOL_FILES, random);
    for (const file of unused.splice(0, 12)) copyFileSync(join(POOL, file), join(folder, file));
    let rowKeys: RowKeys | undefined;
    const onRowKeys = (keys: RowKeys) => (rowKeys = keys);
    const kept = () => extractFolder(folder, { cacheDir, workers: 1, onRowKeys });
    let first = await kept();
    // the tables' snapshot of each step is written over the last one's, handing over unchanged articles' runs
    const snapshots = join(tmp, "snapshots");
    snapshotOf(snapshots, first, rowKeys);
    expect(first.stories.length).toBeGreaterThan(1);
    const history: string[] = [];
    for (let step = 1; step <= STEPS; step++) {
      const ops = 1 + Math.floor(random() * 3);
      for (let i = 0; i < ops; i++) history.push(operate(random, folder, unused));
      const context = `seed ${SEED}, after: ${history.join("; ")}`;
      const extracted: string[] = [];
      const warm = await extractFolder(folder, { cacheDir, workers: 1, onExtracted: (f) => extracted.push(f), onRowKeys });
      const cold = await extractFolder(folder, { noCache: true, workers: 1 });
      // only what changed was extracted again, and the tables are a cold build's, byte for byte
      expect(extracted.length, context).toBeLessThanOrEqual(ops);
      expect(json(warm), context).toEqual(json(cold));
      expect(warm.articles.map((a) => a.file)).toEqual(readdirSync(folder).sort());
      // and so is their snapshot, made from the last one's runs where the articles' keys are the same
      const fromNothing = join(tmp, `snapshot-${step}`);
      expect(snapshotOf(snapshots, warm, rowKeys), context).toEqual(snapshotOf(fromNothing, cold));
      const kept = keptStoryInputs(folder, cacheDir, warm);
      expect(kept.times, context).toEqual(kept.sources);
      // and each counted article's words, numbered, for the next build's stories: those of its sentences
      expect(kept.words, context).toEqual(kept.ownWords);
      first = warm;
    }
    // and a copy is a duplicate: listed, pointing at an article of the same text, and in no story
    const original = first.articles.find((a) => !a.duplicateOf)!;
    copyFileSync(join(folder, original.file), join(folder, "zz-copy.txt"));
    const warm = await kept();
    expect(json(warm)).toEqual(json(await extractFolder(folder, { noCache: true, workers: 1 })));
    const copy = warm.articles.find((a) => a.file === "zz-copy.txt")!;
    expect(warm.articles.find((a) => a.id === copy.duplicateOf)?.text).toBe(original.text);
    expect(warm.stories.flatMap((s) => s.articles)).not.toContain(copy.id);
  }, 300_000);

  it("are the same joined with each article's own actors as cached with its digest as with the resolver making them", () => {
    const model = loadActorModel();
    const extractions: ArticleExtraction[] = [];
    const digests = new Map<ArticleExtraction, ArticleDigest>();
    // the pool with a copy of one of its articles: a duplicate, left out of actor resolution
    for (const file of [...POOL_FILES, "zz-copy.txt"]) {
      const result = processFile(file, readFileSync(join(POOL, file === "zz-copy.txt" ? POOL_FILES[0] : file)), model);
      if (!("extraction" in result)) throw new Error(`${file}: ${result.rejection.reason}`);
      extractions.push(result.extraction);
      digests.set(result.extraction, result.digest!);
    }
    // as the cache gives them (parsed from JSON), and without their own actors (the resolver makes them)
    const cached = new Map([...digests].map(([x, d]) => [x, JSON.parse(JSON.stringify(d)) as ArticleDigest]));
    const without = new Map([...digests].map(([x, d]) => [x, { ...d, actors: undefined } as unknown as ArticleDigest]));
    const given = buildTables(extractions, [], [], { digests: cached });
    const made = buildTables(extractions, [], [], { digests: without });
    expect(json(given)).toEqual(json(made));
    expect(given.actors.length).toBeGreaterThan(10);
    expect(given.articles.find((a) => a.file === "zz-copy.txt")?.duplicateOf).toBe(
      given.articles.find((a) => a.file === POOL_FILES[0])?.id,
    );
  }, 120_000);
});
