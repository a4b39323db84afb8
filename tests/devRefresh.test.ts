// The dev preview's refresh (src/site/dev.ts) keeps what it made in memory between refreshes (each
// file's extraction, each data file's content): after any sequence of added, changed, touched and
// deleted articles its data equals a refresh from scratch of the same folder, and it writes only
// the files whose content changed (the preview's watch goes by their modification times).
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshDevData, type DevMemory, type Refreshed } from "../src/site/dev.js";
import { PROJECT_ROOT } from "../src/extract/cache.js";
import { extractFolder } from "../src/extract/extractFolder.js";
import { ResultMemory } from "../src/extract/knownResults.js";

const SEEDS = join(PROJECT_ROOT, "seeds");
const [A, B, C, D, E] = readdirSync(SEEDS).sort();
let work: string;
let articles: string;
/** The refreshes under test: one root, one cache, one memory kept throughout. */
const kept = { root: "", cache: "", memory: {} as DevMemory };
let fresh = 0;

/** Every file under `dir` with its content (relative paths, sorted). */
function tree(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  for (const e of files.sort((a, b) => (a.parentPath + a.name).localeCompare(b.parentPath + b.name)))
    out[relative(dir, join(e.parentPath, e.name))] = readFileSync(join(e.parentPath, e.name), "utf8");
  return out;
}

/** Modification times of every file under `dir`. */
function times(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) out[relative(dir, join(e.parentPath, e.name))] = statSync(join(e.parentPath, e.name)).mtimeMs;
  return out;
}

async function refreshIn(root: string, cache: string, memory: DevMemory): Promise<Refreshed> {
  process.env.BRIEFING_CACHE = cache;
  try {
    return await refreshDevData(articles, root, () => {}, memory);
  } finally {
    delete process.env.BRIEFING_CACHE;
  }
}

/**
 * Refreshes the kept root, and a new root from scratch (a new memory, an empty root, the kept
 * cache's extractions and build history as they were before this refresh, no table snapshot);
 * expects the same data, tables and table snapshot of both.
 */
async function refreshBoth(): Promise<Refreshed> {
  const cache = join(work, `fresh-cache-${++fresh}`);
  for (const part of ["extract", "builds"])
    if (existsSync(join(kept.cache, part))) cpSync(join(kept.cache, part), join(cache, part), { recursive: true });
  const result = await refreshIn(kept.root, kept.cache, kept.memory);
  const root = join(work, `fresh-root-${fresh}`);
  const scratch = await refreshIn(root, cache, {});
  expect(result.tables).toEqual(scratch.tables);
  expect(tree(join(kept.root, "data"))).toEqual(tree(join(root, "data")));
  expect(tree(join(kept.cache, "tables"))).toEqual(tree(join(cache, "tables")));
  return result;
}

const articleIds = (r: Refreshed) => r.tables.articles.map((a) => a.id);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "briefing-dev-"));
  articles = join(work, "articles");
  for (const f of [A, B, C]) cpSync(join(SEEDS, f), join(articles, f));
  kept.root = join(work, "root");
  kept.cache = join(work, "cache");
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the dev preview's refresh, keeping its memory", () => {
  it("makes the same data as a refresh from scratch at the start", async () => {
    const first = await refreshBoth();
    expect(articleIds(first)).toEqual([A, B, C].map((f) => f.replace(/\.txt$/, "")));
    expect(existsSync(join(kept.root, "data", "site.json"))).toBe(true);
    expect(kept.memory.results?.size).toBe(3);
  }, 120_000);

  it("writes nothing and keeps every file's time when nothing changed", async () => {
    const before = times(kept.root);
    const again = await refreshBoth();
    expect(again.written).toBe(0);
    expect(again.removed).toBe(0);
    expect(times(kept.root)).toEqual(before);
  }, 120_000);

  it("follows an added article, writing what changed, site.json among it", async () => {
    const before = times(kept.root);
    cpSync(join(SEEDS, D), join(articles, D));
    const added = await refreshBoth();
    expect(articleIds(added)).toContain(D.replace(/\.txt$/, ""));
    expect(added.written).toBeGreaterThan(0);
    const after = times(kept.root);
    expect(after["data/site.json"]).not.toBe(before["data/site.json"]);
    expect(Object.keys(after).filter((f) => !(f in before)).length).toBeGreaterThan(0);
    expect(kept.memory.results?.size).toBe(4);
  }, 120_000);

  it("follows a changed article, and a touched one (same content, new time) the same as from scratch", async () => {
    const sentence = "Officials in Zinder said the market reopened on Thursday.";
    appendFileSync(join(articles, A), `\n${sentence}\n`);
    const later = new Date(Date.now() + 5000);
    utimesSync(join(articles, B), later, later);
    const changed = await refreshBoth();
    expect(changed.tables.sentences.some((s) => s.article === A.replace(/\.txt$/, "") && s.text.includes("Zinder"))).toBe(true);
  }, 120_000);

  it("drops a deleted article's data file, and adds another", async () => {
    const gone = C.replace(/\.txt$/, "");
    const itemFiles = () => Object.keys(tree(join(kept.root, "data"))).filter((f) => f.includes(gone));
    expect(itemFiles().length).toBeGreaterThan(0);
    rmSync(join(articles, C));
    cpSync(join(SEEDS, E), join(articles, E));
    const deleted = await refreshBoth();
    expect(articleIds(deleted)).not.toContain(gone);
    expect(deleted.removed).toBeGreaterThan(0);
    expect(itemFiles()).toEqual([]);
    expect(kept.memory.results?.size).toBe(4);
  }, 120_000);

  it("rewrites a data file another process changed, though its content in memory is the same", async () => {
    const site = join(kept.root, "data", "site.json");
    const content = readFileSync(site, "utf8");
    writeFileSync(site, '{"fingerprint":"another"}');
    const again = await refreshIn(kept.root, kept.cache, kept.memory);
    expect(again.written).toBe(1);
    expect(readFileSync(site, "utf8")).toBe(content);
  }, 120_000);

  it("takes an article back that is as it was before it was deleted", async () => {
    cpSync(join(SEEDS, C), join(articles, C));
    const back = await refreshBoth();
    expect(articleIds(back)).toContain(C.replace(/\.txt$/, ""));
  }, 120_000);
});

/** A small seeded generator (mulberry32): the same sequence of steps on every run. */
function seeded(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const EDITS = [
  "Officials in Maradi said the road to the border reopened on Monday.",
  "The United Nations said 12,000 people had left the region since March.",
  '"We need water and food," said Amina Souley, a trader in Tahoua.',
  "The army said on Friday that three soldiers were killed near Diffa.",
];

describe("the dev preview's refresh after a seeded sequence of changes", () => {
  it("equals a refresh from scratch after each added, changed, touched and deleted article", async () => {
    const pick = seeded(20);
    const present = () =>
      readdirSync(articles)
        .filter((f) => !f.startsWith("."))
        .sort();
    const done: string[] = [];
    for (let step = 0; step < 8; step++) {
      const files = present();
      const op = files.length <= 2 ? 0 : pick(4);
      if (op === 0) {
        // a seed under a new name: a new article, or a duplicate of one present
        const seed = readdirSync(SEEDS).sort()[pick(5)];
        const name = `p${step}-${seed}`;
        cpSync(join(SEEDS, seed), join(articles, name));
        done.push(`add ${name}`);
      } else if (op === 1) {
        const file = files[pick(files.length)];
        appendFileSync(join(articles, file), `\n${EDITS[pick(EDITS.length)]}\n`);
        done.push(`change ${file}`);
      } else if (op === 2) {
        const file = files[pick(files.length)];
        const later = new Date(Date.now() + 10_000 * (step + 1));
        utimesSync(join(articles, file), later, later);
        done.push(`touch ${file}`);
      } else {
        const file = files[pick(files.length)];
        rmSync(join(articles, file));
        done.push(`delete ${file}`);
      }
      const refreshed = await refreshBoth();
      expect(articleIds(refreshed).length, done.join("; ")).toBe(present().length);
    }
    expect(done.some((d) => d.startsWith("add"))).toBe(true);
    expect(done.some((d) => d.startsWith("delete") || d.startsWith("change"))).toBe(true);
  }, 600_000);
});

describe("extractFolder with results kept in memory", () => {
  it("takes a file it knows as it is without the cache, and extracts a changed one again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "briefing-known-"));
    try {
      const folder = join(dir, "articles");
      for (const f of [A, B]) cpSync(join(SEEDS, f), join(folder, f));
      const memory = new ResultMemory();
      /** A run with the memory and the cache folder `cache`: its tables and the files it extracted. */
      const run = async (cache: string) => {
        const extracted: string[] = [];
        memory.begin();
        const tables = await extractFolder(folder, {
          cacheDir: join(dir, cache),
          workers: 1,
          known: memory,
          onExtracted: (f) => extracted.push(f),
        });
        memory.settle();
        return { tables, extracted };
      };
      expect((await run("cache")).extracted).toEqual([A, B]);
      expect(memory.size).toBe(2);
      // another cache, empty: the memory serves both files
      const served = await run("empty-cache");
      expect(served.extracted).toEqual([]);
      expect(served.tables.articles.map((a) => a.id)).toEqual([A, B].map((f) => f.replace(/\.txt$/, "")));
      // a changed file is extracted again; the other still comes from memory
      appendFileSync(join(folder, B), "\nOfficials in Zinder said the market reopened on Thursday.\n");
      const changed = await run("empty-cache");
      expect(changed.extracted).toEqual([B]);
      expect(changed.tables.sentences.some((s) => s.text.includes("Zinder"))).toBe(true);
      // with noCache the memory is not used: every file is extracted
      const extracted: string[] = [];
      await extractFolder(folder, { noCache: true, workers: 1, known: memory, onExtracted: (f) => extracted.push(f) });
      expect(extracted).toEqual([A, B]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
