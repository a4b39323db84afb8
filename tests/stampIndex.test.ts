// The stamp index (src/extract/stampIndex.ts): a rebuild takes a file's cache key from the last
// build's index only while the file's stamp is the one it had and was settled; a stale, truncated,
// another folder's or another version's index is read as nothing, and the tables equal a build
// without it.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractFolder } from "../src/extract/extractFolder.js";
import { engineVersion } from "../src/extract/cache.js";
import { keyByStamp, readStampIndex, stampIndexPath, writeStampIndex } from "../src/extract/stampIndex.js";
import { RACY_MS, settledAt, stampKey, stampOf, type FileStamp } from "../src/extract/util/fileStamp.js";
import type { Tables } from "../src/extract/types.js";

const SEEDS = resolve(__dirname, "../seeds");
const FILES = ["000_747bb5e62c1bd5ca.txt", "001_4905a650263177e8.txt", "002_82e9ea03b5c9249c.txt"];
const STAMP: FileStamp = { size: 120, mtimeMs: 1_700_000_000_000.25, ctimeMs: 1_700_000_000_000.5, ino: 42, dev: 7 };
const LATER = STAMP.ctimeMs + RACY_MS + 1;

let tmp: string;
let version: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "briefing-stamps-"));
  version = engineVersion();
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh folder of the three seed articles under `tmp/name`, with its cache folder. */
function folderOf(name: string): { articles: string; cache: string } {
  const articles = join(tmp, name, "articles");
  mkdirSync(articles, { recursive: true });
  for (const f of FILES) cpSync(join(SEEDS, f), join(articles, f), { preserveTimestamps: true });
  return { articles, cache: join(tmp, name, "cache") };
}

async function extract(articles: string, cacheDir: string): Promise<{ tables: Tables; extracted: string[] }> {
  const extracted: string[] = [];
  const tables = await extractFolder(articles, { cacheDir, workers: 1, onExtracted: (f) => extracted.push(f) });
  return { tables, extracted };
}

/** Rewrites the index of `articles` as if its stamps had been taken `ms` later (a build long after the files were written). */
function ageIndex(cache: string, articles: string, ms = 10 * RACY_MS): void {
  const path = stampIndexPath(cache, articles);
  const kept = JSON.parse(readFileSync(path, "utf8")) as { takenAt: number };
  writeFileSync(path, JSON.stringify({ ...kept, takenAt: kept.takenAt + ms }));
}

const sentenceTexts = (t: Tables) => t.sentences.map((s) => s.text);

describe("file stamps", () => {
  it("trusts a key only for the same stamp, settled when taken", () => {
    const index = { takenAt: LATER, files: new Map([["a.txt", [stampKey(STAMP), "key-a"] as const]]) };
    expect(keyByStamp(index, "a.txt", STAMP)).toBe("key-a");
    expect(keyByStamp(index, "b.txt", STAMP)).toBeUndefined();
    // rewritten with the size and modification time put back: the change time moved
    expect(keyByStamp(index, "a.txt", { ...STAMP, ctimeMs: STAMP.ctimeMs + 1 })).toBeUndefined();
    // replaced by another file (a copy renamed over it)
    expect(keyByStamp(index, "a.txt", { ...STAMP, ino: 43 })).toBeUndefined();
    // racy: taken within RACY_MS of the last change, the same stamp may hold other content
    expect(keyByStamp({ ...index, takenAt: STAMP.ctimeMs + 1 }, "a.txt", STAMP)).toBeUndefined();
    expect(settledAt(STAMP, LATER)).toBe(true);
    expect(settledAt({ ...STAMP, mtimeMs: LATER }, LATER)).toBe(false);
  });

  it("keeps a stat's size, times, inode and device", () => {
    const st = statSync(join(SEEDS, FILES[0]));
    expect(stampOf(st)).toEqual({ size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, dev: st.dev });
  });
});

describe("the stamp index of a folder", () => {
  it("is read back for its folder and engine version only, and as nothing when truncated", () => {
    const cache = join(tmp, "units");
    const folder = join(tmp, "units-articles");
    writeStampIndex(cache, folder, version, LATER, [["a.txt", STAMP, "key-a"]]);
    const read = readStampIndex(cache, folder, version);
    expect(read?.takenAt).toBe(LATER);
    expect(keyByStamp(read, "a.txt", STAMP)).toBe("key-a");
    // a copied checkout: another folder has no index, even in the same cache
    expect(readStampIndex(cache, `${folder}-copy`, version)).toBeUndefined();
    // another engine's keys are another engine's entries
    expect(readStampIndex(cache, folder, `${version}x`)).toBeUndefined();
    // another folder's index at this folder's place (a cache folder copied with it)
    const other = join(tmp, "units-other");
    writeStampIndex(cache, other, version, LATER, [["a.txt", STAMP, "key-other"]]);
    writeFileSync(stampIndexPath(cache, folder), readFileSync(stampIndexPath(cache, other)));
    expect(readStampIndex(cache, folder, version)).toBeUndefined();
    // truncated: a build killed while writing it cannot leave one (it is renamed in place), a damaged disk can
    writeStampIndex(cache, folder, version, LATER, [["a.txt", STAMP, "key-a"]]);
    const whole = readFileSync(stampIndexPath(cache, folder), "utf8");
    writeFileSync(stampIndexPath(cache, folder), whole.slice(0, whole.length - 10));
    expect(readStampIndex(cache, folder, version)).toBeUndefined();
  });

  it("holds every file's key after a build, and serves a settled file by its stamp", async () => {
    const { articles, cache } = folderOf("serve");
    const cold = await extract(articles, cache);
    expect(cold.extracted).toEqual(FILES);
    const index = readStampIndex(cache, articles, version);
    expect([...(index?.files.keys() ?? [])]).toEqual(FILES);
    // the index is believed for a settled stamp: pointing the first file at the second's entry serves the second's extraction
    ageIndex(cache, articles);
    const path = stampIndexPath(cache, articles);
    const kept = JSON.parse(readFileSync(path, "utf8")) as { files: Array<[string, string, string]> };
    kept.files[0][2] = kept.files[1][2];
    writeFileSync(path, JSON.stringify(kept));
    const served = await extract(articles, cache);
    expect(served.extracted).toEqual([]);
    expect(served.tables.articles.map((a) => a.file)).toEqual([FILES[1], FILES[1], FILES[2]]);
  }, 60_000);

  it("hashes a file changed with the same size and modification time, and the tables are a clean build's", async () => {
    const { articles, cache } = folderOf("same-size");
    await extract(articles, cache);
    ageIndex(cache, articles);
    const path = join(articles, FILES[1]);
    const before = statSync(path);
    const text = readFileSync(path, "utf8");
    const word = /\b[a-z]{6,}\b/.exec(text)![0];
    const changed = text.replace(word, word.toUpperCase());
    expect(Buffer.byteLength(changed)).toBe(before.size);
    writeFileSync(path, changed);
    utimesSync(path, before.atime, before.mtime);
    expect(statSync(path).mtimeMs).toBe(before.mtimeMs);
    const rebuilt = await extract(articles, cache);
    expect(rebuilt.extracted).toEqual([FILES[1]]);
    const clean = await extract(articles, join(tmp, "same-size", "clean-cache"));
    expect(rebuilt.tables).toEqual(clean.tables);
    expect(sentenceTexts(rebuilt.tables).some((t) => t.includes(word.toUpperCase()))).toBe(true);
  }, 60_000);

  it("keys a copied checkout on its own folder: a file changed in the copy is hashed, the original's index is untouched", async () => {
    const { articles, cache } = folderOf("original");
    await extract(articles, cache);
    ageIndex(cache, articles);
    const original = readFileSync(stampIndexPath(cache, articles), "utf8");
    const copy = join(tmp, "original-copy", "articles");
    cpSync(articles, copy, { recursive: true, preserveTimestamps: true });
    const path = join(copy, FILES[2]);
    writeFileSync(path, `${readFileSync(path, "utf8")}\nOfficials in Zinder said the market reopened on Thursday.\n`);
    const copied = await extract(copy, cache);
    expect(copied.extracted).toEqual([FILES[2]]);
    expect(copied.tables.sentences.some((s) => s.text.includes("Zinder"))).toBe(true);
    expect(readFileSync(stampIndexPath(cache, articles), "utf8")).toBe(original);
    const again = await extract(articles, cache);
    expect(again.extracted).toEqual([]);
    expect(again.tables.sentences.some((s) => s.text.includes("Zinder"))).toBe(false);
  }, 60_000);
});
