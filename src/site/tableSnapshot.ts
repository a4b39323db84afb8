// Writes the snapshot of the joined tables the data loaders print (tableFiles.ts), and keeps the
// loaders fresh with Framework's documented behaviour only: a table whose snapshot changed has its
// loader's cached output removed (a build reruns a loader whose output is missing) and its loader's
// modification time changed (the preview reruns a loader whose file changed). The times are
// derived from the folder and the table's content (stampOf), never the clock, so that a rebuild
// equals a clean build; a table that did not change is left alone, so its cached output (and the
// render reuse) stays.
import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { dirname, join } from "node:path";
import type { Tables } from "../extract/types.js";
import { placesOf } from "../extract/resolve/places.js";
import { shippedGazetteer } from "../extract/resolve/gazetteer.js";
import { TABLE_NAMES, tableFile, tableLoader, tableLoaderOutput, worldOutlines, type TableName } from "./tableFiles.js";
import { forEachRun, runDigest, type TableRuns } from "../pagedata/articleRuns.js";

/** A table's rows as its loader prints them: articles without their text; places from the gazetteer. */
export function tableRows(tables: Tables, table: TableName): unknown[] {
  switch (table) {
    case "articles":
      return tables.articles.map(({ text: _text, ...row }) => row);
    case "places":
      return placesOf(tables.actors, shippedGazetteer());
    case "warnings":
      return tables.warnings ?? [];
    default:
      return tables[table];
  }
}

const mtime = (path: string) => (existsSync(path) ? statSync(path).mtimeMs : null);
/** A table's JSON is hashed and written a megabyte at a time, so that a table of a million rows is never one string. */
const CHUNK = 1 << 20;

/** A table's content as the snapshot makes it: its bytes in chunks, their SHA-256, each article's run digest. */
interface TableJson {
  chunks: Buffer[];
  sha256: string;
  digests: Map<string, string> | null;
}

/**
 * A table's rows as a JSON array, made run by run (articleRuns.ts: one JSON.stringify per article's
 * rows) and encoded in UTF-8 a chunk at a time (one Buffer per megabyte of text, not one per run: the
 * same bytes) for the hash and the file; with each article's run digest when `digests` (null when an
 * article's rows are in two places). JSON.stringify escapes lone surrogates, so a run's text encodes
 * alike alone or in its chunk, and a run's digest of its text equals the digest of its bytes.
 */
function tableJson(rows: readonly unknown[], digests: boolean): TableJson {
  const hash = createHash("sha256");
  const out: TableJson = { chunks: [], sha256: "", digests: digests ? new Map() : null };
  let pending: string[] = ["["];
  let size = 1;
  const flush = () => {
    const chunk = Buffer.from(pending.join(""));
    hash.update(chunk);
    out.chunks.push(chunk);
    pending = [];
    size = 0;
  };
  forEachRun(rows, (start, end, article) => {
    const run = JSON.stringify(rows.slice(start, end));
    if (out.digests && article !== undefined) {
      if (out.digests.has(article)) out.digests = null;
      else out.digests.set(article, runDigest(run));
    }
    if (start) pending.push(",");
    pending.push(run.slice(1, run.length - 1)); // without the run's brackets
    size += run.length - 2 + (start ? 1 : 0);
    if (size >= CHUNK) flush();
  });
  pending.push("]");
  flush();
  out.sha256 = hash.digest("hex");
  return out;
}

/** Writes the chunks to `path` at once (a temporary file renamed: a reader sees the old file or the new one). */
function writeChunks(path: string, chunks: readonly Buffer[]): void {
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w");
  try {
    for (const chunk of chunks) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** The file that names each table snapshot's content hash. */
const hashesFileOf = (cache?: string) => join(dirname(tableFile("articles", cache)), "hashes.json");

/** Each table snapshot's content hash (sha256, hex), as the last snapshot wrote them. */
export const snapshotHashes = (cache?: string) => readHashes(hashesFileOf(cache));

function readHashes(path: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Record<string, string>;
  } catch {
    return {};
  }
}

/**
 * The time a table's snapshot, its loader and the loader's output all carry: the newest article's
 * time (`asOf`) plus an offset of up to 1,000 s taken from the table's content. A build of the same
 * folder gives the same times, so the pages Framework renders (which name each file's time and hash
 * it in) equal a clean build's; any change of a table changes its time, so the preview sees it.
 */
export function stampOf(asOf: number, hash: string): number {
  return Math.floor(asOf) + (parseInt(hash.slice(0, 8), 16) % 1_000_000);
}

const sameTime = (path: string, time: number) => Math.abs((mtime(path) ?? NaN) - time) < 1;
const setTime = (path: string, time: number) => utimesSync(path, time / 1000, time / 1000);

/**
 * Gives a Framework loader (`loader`, whose cached output is `output`) the time `time`: its cached
 * output, when made at another time, is removed (a build reruns a loader whose output is missing),
 * and the loader file takes the time (the preview reruns a loader whose file changed). The loader
 * gives its own output the same time (tableFiles.ts), so Framework finds it fresh.
 */
function stampLoader(loader: string, output: string, time: number): void {
  if (existsSync(output) && !sameTime(output, time)) rmSync(output, { force: true });
  if (existsSync(loader) && !sameTime(loader, time)) setTime(loader, time);
}

/** Gives the map's loader (and its cached output) the time of the installed world-atlas file, its one input. */
export function stampWorldLoader(root: string): void {
  stampLoader(
    join(root, "data", "world.json.ts"),
    join(root, ".observablehq", "cache", "data", "world.json"),
    Math.floor(statSync(worldOutlines()).mtimeMs),
  );
}

/**
 * Writes every table's snapshot for the Framework root `root` (`asOf`: the newest article's time);
 * returns the tables whose rows changed. A table whose content hash is the one the snapshot holds
 * is not written again. `keep`: tables whose run digests to keep (for the item keys), and where.
 * `only`: the tables to write (the build's: the ones its pages read, tableReaders.ts); the others'
 * snapshots, loaders and hashes are left as they are (not even serialized).
 */
export function writeTableSnapshot(
  tables: Tables,
  root: string,
  asOf: number,
  cache?: string,
  keep?: { tables: readonly string[]; into: Map<string, TableRuns> },
  only: readonly TableName[] = TABLE_NAMES,
): TableName[] {
  const changed: TableName[] = [];
  const hashesFile = hashesFileOf(cache);
  const hashes = readHashes(hashesFile);
  for (const table of TABLE_NAMES) {
    if (!only.includes(table)) continue;
    const file = tableFile(table, cache);
    mkdirSync(dirname(file), { recursive: true });
    const rows = tableRows(tables, table);
    const kept = keep?.tables.includes(table) ?? false;
    const json = tableJson(rows, kept);
    if (kept) keep!.into.set(table, { rows, digests: json.digests });
    if (json.sha256 !== hashes[table] || !existsSync(file)) {
      writeChunks(file, json.chunks);
      hashes[table] = json.sha256;
      changed.push(table);
    }
    const time = stampOf(asOf, json.sha256);
    if (!sameTime(file, time)) setTime(file, time);
    stampLoader(tableLoader(root, table), tableLoaderOutput(root, table), time);
  }
  stampWorldLoader(root);
  if (changed.length) {
    const tmp = `${hashesFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(hashes));
    renameSync(tmp, hashesFile);
  }
  return changed;
}
