// Writes the snapshot of the joined tables the data loaders print (tableFiles.ts), and keeps the
// loaders fresh with Framework's documented behaviour only: a table whose snapshot changed has its
// loader's cached output removed (a build reruns a loader whose output is missing) and its loader's
// modification time changed (the preview reruns a loader whose file changed). The times are
// derived from the folder and the table's content (stampOf), never the clock, so that a rebuild
// equals a clean build; a table that did not change is left alone, so its cached output (and the
// render reuse) stays.
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
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
import { SnapshotBytes } from "./snapshotBytes.js";
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

/** A table's content as the snapshot makes it: its size and SHA-256, each article's run digest, its runs for the index. */
interface TableJson {
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

/** The digest of `length` bytes of the file open as `fd`, from `from`. */
function digestOfRange(fd: number, from: number, length: number): string {
  const bytes = Buffer.allocUnsafe(length);
  if (readSync(fd, bytes, 0, length, from) !== length) throw new Error(`the last snapshot ended before byte ${from + length}`);
  return runDigest(bytes);
}

/**
 * A table's rows as a JSON array into `out`, made run by run (articleRuns.ts: one JSON.stringify per
 * article's rows, encoded in UTF-8 a megabyte at a time: the same bytes); with each article's run
 * digest when `digests` (null when an article's rows are in two places). JSON.stringify escapes lone
 * surrogates, so a run's text encodes alike alone or among others, and a run's digest of its text
 * equals the digest of its bytes. With `handover`, a run of an article whose row key is the one the
 * last file's index holds is not made again: its bytes (and digest) are the last file's, which are
 * the bytes its rows make.
 */
function tableJson(rows: readonly unknown[], digests: boolean, out: SnapshotBytes, handover?: Handover): TableJson {
  const made: TableJson = { size: 0, sha256: "", digests: digests ? new Map() : null, runs: handover ? [] : null };
  const last = handover?.old;
  const split = last ? splitArticles(rows) : new Set<string>();
  out.write("[");
  forEachRun(rows, (start, end, article) => {
    if (start) out.separator();
    const key = article === undefined ? undefined : handover?.keys.get(article);
    const old = last && key !== undefined && !split.has(article!) ? last.runs.get(article!) : undefined;
    let digest: string | null = null;
    let length: number;
    if (old && old.key === key) {
      out.copy(last!.fd, old.offset, old.length);
      length = old.length;
      if (made.digests) digest = old.digest ?? digestOfRange(last!.fd, old.offset, old.length);
    } else {
      const run = JSON.stringify(rows.slice(start, end));
      out.write(run.slice(1, run.length - 1)); // without the run's brackets
      length = made.runs ? Buffer.byteLength(run) - 2 : 0;
      if (made.digests) digest = runDigest(run);
    }
    if (made.digests && article !== undefined) {
      if (made.digests.has(article)) made.digests = null;
      else made.digests.set(article, digest!);
    }
    made.runs?.push([article ?? null, key ?? null, length, digest]);
  });
  out.write("]");
  made.sha256 = out.end();
  made.size = out.size;
  return made;
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

/** A table's JSON made in memory and written when its hash is not `last` (or there is no file); a table written has no index. */
function inMemory(rows: readonly unknown[], kept: boolean, file: string, last: string | undefined): TableJson & { written: boolean } {
  const out = new SnapshotBytes();
  const json = tableJson(rows, kept, out);
  const written = json.sha256 !== last || !existsSync(file);
  if (written) {
    removeRunIndex(file); // an index never describes another file than its own
    writeChunks(file, out.chunks);
  }
  return { ...json, written };
}

/**
 * A per-article table's JSON made into a temporary file, with the runs of articles whose key is the
 * last file's copied from it; the file replaces the last one when its hash is not `last` (or there is
 * none), and the index of its runs is written beside it.
 */
function handedOver(
  rows: readonly unknown[],
  kept: boolean,
  file: string,
  version: string,
  keys: ReadonlyMap<string, string>,
  last: string | undefined,
): TableJson & { written: boolean } {
  const old = readOldRuns(file, version);
  const tmp = `${file}.${process.pid}.tmp`;
  let json: TableJson;
  const fd = openSync(tmp, "w");
  try {
    json = tableJson(rows, kept, new SnapshotBytes(fd), { keys, old });
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  } finally {
    closeSync(fd);
    if (old) closeSync(old.fd);
  }
  const written = json.sha256 !== last || !existsSync(file);
  if (written) {
    removeRunIndex(file); // an index never describes another file than its own
    renameSync(tmp, file);
  } else rmSync(tmp, { force: true });
  writeRunIndex(file, version, json.size, json.sha256, json.runs!);
  return { ...json, written };
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
    const json =
      handsOver(table) && version
        ? handedOver(rows, kept, file, version, rowKeys!.keys, hashes[table])
        : inMemory(rows, kept, file, hashes[table]);
    if (kept) keep!.into.set(table, { rows, digests: json.digests });
    if (json.written) {
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
