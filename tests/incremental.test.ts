// Incremental extraction (issue 4): with a per-article cache, adding, deleting or editing one
// article changes the tables accordingly and re-extracts only that article.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractFolder, type ExtractOptions } from "../src/extract/extractFolder.js";
import type { Tables } from "../src/extract/types.js";

const SEEDS = resolve(__dirname, "../seeds");
const NEW_ARTICLE =
  " date 2024-03-05 Ukrainian President Volodymyr Zelensky met German Chancellor Olaf Scholz in Berlin on Tuesday. " +
  "Zelensky asked for 300 air defence missiles, Scholz said.\n";

let tmp: string;
let articles: string;
let cacheDir: string;
const seedFiles = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .sort();

/** Counts cache entries (one JSON file per extracted article version). */
function cacheEntries(): string[] {
  return readdirSync(cacheDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".json"))
    .sort();
}

async function extract(): Promise<{ tables: Tables; extracted: string[] }> {
  const extracted: string[] = [];
  const options: ExtractOptions = { cacheDir, workers: 1, onExtracted: (f) => extracted.push(f) };
  return { tables: await extractFolder(articles, options), extracted: extracted.sort() };
}

const actorNames = (t: Tables) => t.actors.map((a) => a.name);

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "briefing-incremental-"));
  articles = join(tmp, "articles");
  cacheDir = join(tmp, "cache");
  mkdirSync(articles);
  for (const f of seedFiles) copyFileSync(join(SEEDS, f), join(articles, f));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("incremental extraction", () => {
  it("extracts every article once, then serves them all from the cache", async () => {
    const cold = await extract();
    expect(cold.extracted).toEqual(seedFiles);
    expect(cacheEntries()).toHaveLength(seedFiles.length);
    const warm = await extract();
    expect(warm.extracted).toEqual([]);
    expect(warm.tables).toEqual(cold.tables);
  }, 60_000);

  it("adding an article extracts only it, and its actors appear", async () => {
    const before = await extract();
    expect(actorNames(before.tables)).not.toContain("Olaf Scholz");
    writeFileSync(join(articles, "zz-new.txt"), NEW_ARTICLE);
    const after = await extract();
    expect(after.extracted).toEqual(["zz-new.txt"]);
    expect(actorNames(after.tables)).toEqual(expect.arrayContaining(["Olaf Scholz", "Volodymyr Zelensky"]));
    const scholz = after.tables.actors.find((a) => a.name === "Olaf Scholz")!;
    expect(scholz.articles).toEqual([after.tables.articles.find((a) => a.file === "zz-new.txt")!.id]);
    expect(after.tables.articles).toHaveLength(seedFiles.length + 1);
    expect(after.tables.articles.find((a) => a.file === "zz-new.txt")?.date).toBe("2024-03-05");
  }, 60_000);

  it("deleting the article removes its actors without extracting anything", async () => {
    unlinkSync(join(articles, "zz-new.txt"));
    const after = await extract();
    expect(after.extracted).toEqual([]);
    expect(actorNames(after.tables)).not.toContain("Olaf Scholz");
    expect(actorNames(after.tables)).not.toContain("Volodymyr Zelensky");
    expect(after.tables.mentions.some((m) => m.text.includes("Scholz"))).toBe(false);
    expect(after.tables.articles.map((a) => a.file)).toEqual(seedFiles);
  }, 60_000);

  it("changing one word in one article re-extracts that article only", async () => {
    const target = seedFiles[2];
    const entriesBefore = cacheEntries();
    const text = readFileSync(join(articles, target), "utf8");
    const edited = text.replace(/\bNiger\b/, "Chad");
    expect(edited).not.toBe(text);
    writeFileSync(join(articles, target), edited);
    const after = await extract();
    expect(after.extracted).toEqual([target]);
    // exactly one new cache entry: the edited article's new version
    const added = cacheEntries().filter((e) => !entriesBefore.includes(e));
    expect(added).toHaveLength(1);
    const entry = JSON.parse(readFileSync(join(cacheDir, added[0]), "utf8"));
    expect(entry.extraction.article.file).toBe(target);
    expect(entry.extraction.article.text).toContain("Chad");
    const row = after.tables.articles.find((a) => a.file === target)!;
    expect(row.text).toContain("Chad");
    expect(after.tables.mentions.some((m) => m.article === row.id && m.text === "Chad")).toBe(true);
    // and running again extracts nothing
    expect((await extract()).extracted).toEqual([]);
  }, 60_000);
});
