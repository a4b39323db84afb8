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
import { ROW_KEY_TABLES, type RowKeys } from "../extract/rowKeys.js";
import { indexVersion, readOldRuns, removeRunIndex, writeRunIndex, type IndexedRun, type OldRuns } from "./runIndex.js";

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

/** A table's content as the snapshot makes it: its bytes in chunks, their SHA-256, each article's run digest, its runs for the index. */
interface TableJson {
  chunks: Buffer[];
  size: number;
  sha256: string;
  digests: Map<string, string> | null;
  /** With a hand-over: every run, in order, as the index holds it (runIndex.ts). */
  runs: IndexedRun[] | null;
}

/** What a table's snapshot may take from the last one: each article's row key now, and the last file's runs. */
interface Handover {
  keys: ReadonlyMap<string, string>;
  old: OldRuns | null;
}

/** The articles whose rows are in more than one run of `rows` (none of their runs is handed over). */
function splitArticles(rows: readonly unknown[]): Set<string> {
  const seen = new Set<string>();
  const split = new Set<string>();
  forEachRun(rows, (_start, _end, article) => {
    if (article === undefined) return;
    if (seen.has(article)) split.add(article);
    seen.add(article);
  });
  return split;
}

/**
 * A table's rows as a JSON array, made run by run (articleRuns.ts: one JSON.stringify per article's
 * rows) and encoded in UTF-8 a chunk at a time (one Buffer per megabyte of text, not one per run: the
 * same bytes) for the hash and the file; with each article's run digest when `digests` (null when an
 * article's rows are in two places). JSON.stringify escapes lone surrogates, so a run's text encodes
 * alike alone or in its chunk, and a run's digest of its text equals the digest of its bytes.
 * With `handover`, a run of an article whose row key is the one the last file's index holds is not
 * made again: its bytes (and digest) are the last file's, which are the bytes its rows make.
 */
function tableJson(rows: readonly unknown[], digests: boolean, handover?: Handover): TableJson {
  const hash = createHash("sha256");
  const out: TableJson = { chunks: [], size: 0, sha256: "", digests: digests ? new Map() : null, runs: handover ? [] : null };
  const split = handover?.old ? splitArticles(rows) : new Set<string>();
  let text: string[] = ["["]; // made text not yet encoded
  let parts: Buffer[] = []; // encoded bytes not yet in a chunk
  let size = 1;
  const encode = () => {
    if (text.length) parts.push(Buffer.from(text.join("")));
    text = [];
  };
  const flush = () => {
    encode();
    const chunk = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    hash.update(chunk);
    out.chunks.push(chunk);
    out.size += chunk.length;
    parts = [];
    size = 0;
  };
  forEachRun(rows, (start, end, article) => {
    if (start) text.push(",");
    const key = article === undefined ? undefined : handover?.keys.get(article);
    const old = key !== undefined && !split.has(article!) ? handover!.old?.runs.get(article!) : undefined;
    let digest: string | null = null;
    let length: number;
    if (old && old.key === key) {
      const bytes = handover!.old!.bytes.subarray(old.offset, old.offset + old.length);
      encode();
      parts.push(bytes);
      length = old.length;
      if (out.digests) digest = old.digest ?? runDigest(bytes);
    } else {
      const run = JSON.stringify(rows.slice(start, end));
      text.push(run.slice(1, run.length - 1)); // without the run's brackets
      length = out.runs ? Buffer.byteLength(run) - 2 : run.length - 2;
      if (out.digests) digest = runDigest(run);
    }
    if (out.digests && article !== undefined) {
      if (out.digests.has(article)) out.digests = null;
      else out.digests.set(article, digest!);
    }
    out.runs?.push([article ?? null, key ?? null, length, digest]);
    size += length + (start ? 1 : 0);
    if (size >= CHUNK) flush();
  });
  text.push("]");
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

/** Whether the rows of `table` are all in their articles' row keys (rowKeys.ts): its runs can be handed over. */
const handsOver = (table: TableName) => (ROW_KEY_TABLES as readonly string[]).includes(table);

/**
 * Writes every table's snapshot for the Framework root `root` (`asOf`: the newest article's time);
 * returns the tables whose rows changed. A table whose content hash is the one the snapshot holds
 * is not written again. `keep`: tables whose run digests to keep (for the item keys), and where.
 * `only`: the tables to write (the build's: the ones its pages read, tableReaders.ts); the others'
 * snapshots, loaders and hashes are left as they are (not even serialized). `rowKeys`: each
 * article's row key this build (rowKeys.ts): a per-article table then takes the runs of articles
 * whose key is the same from its last file (runIndex.ts) and writes the index for the next; without
 * them every run is made, and a table written has no index.
 */
export function writeTableSnapshot(
  tables: Tables,
  root: string,
  asOf: number,
  cache?: string,
  keep?: { tables: readonly string[]; into: Map<string, TableRuns> },
  only: readonly TableName[] = TABLE_NAMES,
  rowKeys?: RowKeys,
): TableName[] {
  const changed: TableName[] = [];
  const hashesFile = hashesFileOf(cache);
  const hashes = readHashes(hashesFile);
  const version = rowKeys && indexVersion(rowKeys.version);
  for (const table of TABLE_NAMES) {
    if (!only.includes(table)) continue;
    const file = tableFile(table, cache);
    mkdirSync(dirname(file), { recursive: true });
    const rows = tableRows(tables, table);
    const kept = keep?.tables.includes(table) ?? false;
    const handover = version && handsOver(table) ? { keys: rowKeys!.keys, old: readOldRuns(file, version) } : undefined;
    const json = tableJson(rows, kept, handover);
    if (kept) keep!.into.set(table, { rows, digests: json.digests });
    if (json.sha256 !== hashes[table] || !existsSync(file)) {
      removeRunIndex(file); // an index never describes another file than its own
      writeChunks(file, json.chunks);
      hashes[table] = json.sha256;
      changed.push(table);
    }
    if (version && json.runs) writeRunIndex(file, version, json.size, json.sha256, json.runs);
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
