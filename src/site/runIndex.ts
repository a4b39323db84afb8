// The index beside a table's snapshot file (tables/<table>.runs.json): the file's runs (articleRuns.ts)
// in order, each with its article, the article's row key when the file was written (extract/rowKeys.ts),
// its length in bytes and its digest, under the version of the code that made them. The next
// snapshot copies an article's run bytes from the file when the article's key is the same
// (tableSnapshot.ts). Only an index that describes the file exactly is used: its version, the file's
// size and SHA-256, a checksum of its own runs, and runs that tile the file ("[" run "," run ... "]").
import { createHash } from "node:crypto";
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../extract/cache.js";

/** One run of a table file: its article (null: rows of no article), that article's key (null: none), its byte length and digest (null: not made). */
export type IndexedRun = [article: string | null, key: string | null, length: number, digest: string | null];

interface RunIndexFile {
  version: string;
  size: number;
  sha256: string;
  check: string;
  runs: IndexedRun[];
}

/** An article's run in the last snapshot's file: where its bytes are, and their digest (when made). */
export interface OldRun {
  key: string;
  offset: number;
  length: number;
  digest: string | null;
}

/**
 * The last snapshot of a table: its file, open (`fd`: whoever reads it closes it), and the runs its
 * index describes, by article (articles with one run). The file is read a block at a time, never
 * whole: at 10,000 articles a table is tens of megabytes, and a buffer that size in a process that
 * holds the tables costs a full garbage collection.
 */
export interface OldRuns {
  fd: number;
  runs: ReadonlyMap<string, OldRun>;
}

/** The block the last file is read in (for its hash, and when its runs are copied). */
export const BLOCK = 1 << 20;

/** The index's file beside a table's snapshot file. */
export const runIndexFile = (tableFile: string) => tableFile.replace(/\.json$/, ".runs.json");

const checksum = (runs: readonly IndexedRun[]) => createHash("sha1").update(JSON.stringify(runs)).digest("base64");

/** The code the runs' bytes depend on besides the engine (whose version the row keys come with): the snapshot's own, and node's JSON. */
const SNAPSHOT_CODE = ["src/site/tableSnapshot.ts", "src/site/snapshotBytes.ts", "src/site/runIndex.ts", "src/pagedata/articleRuns.ts"];
let snapshotCode: string | undefined;
function snapshotCodeVersion(): string {
  if (snapshotCode === undefined) {
    const hash = createHash("sha256").update(`${process.versions.node}\0`);
    for (const file of SNAPSHOT_CODE) {
      const path = join(PROJECT_ROOT, file);
      hash
        .update(`${file}\0`)
        .update(existsSync(path) ? readFileSync(path) : "")
        .update("\0");
    }
    snapshotCode = hash.digest("hex").slice(0, 16);
  }
  return snapshotCode;
}

/** The version an index is kept under: the engine's (the row keys') and the snapshot code's. */
export const indexVersion = (engine: string) => `${engine}:${snapshotCodeVersion()}`;

/**
 * Whether `runs` tile the file open as `fd` of `size` bytes ("[", the runs separated by ",", "]")
 * and the file's SHA-256 is `hash`: read once, a block at a time.
 */
function describes(fd: number, size: number, hash: string, runs: readonly IndexedRun[]): boolean {
  const ends: number[] = []; // where each run's separator is: "," and, after the last, "]"
  let at = 1;
  for (const [, , length] of runs) {
    if (!Number.isInteger(length) || length <= 0) return false;
    ends.push((at += length));
    at++;
  }
  if (!runs.length) ends.push(1); // "[]"
  if (Math.max(at, 2) !== size) return false;
  const block = Buffer.allocUnsafe(Math.min(BLOCK, size));
  const sha = createHash("sha256");
  let next = 0;
  for (let pos = 0; pos < size;) {
    const n = readSync(fd, block, 0, Math.min(block.length, size - pos), pos);
    if (n <= 0) return false;
    if (pos === 0 && block[0] !== 0x5b) return false;
    for (; next < ends.length && ends[next] < pos + n; next++)
      if (block[ends[next] - pos] !== (next === ends.length - 1 ? 0x5d : 0x2c)) return false;
    sha.update(block.subarray(0, n));
    pos += n;
  }
  return sha.digest("hex") === hash;
}

/**
 * The last snapshot of a table, when its index (beside `file`) describes it exactly under `version`;
 * null when there is no index or file, or either is not whole (nothing is then handed over).
 */
export function readOldRuns(file: string, version: string): OldRuns | null {
  let index: RunIndexFile;
  let fd: number;
  try {
    index = JSON.parse(readFileSync(runIndexFile(file), "utf8")) as RunIndexFile;
    if (index?.version !== version || !Array.isArray(index.runs) || checksum(index.runs) !== index.check) return null;
    fd = openSync(file, "r");
  } catch {
    return null;
  }
  let whole = false;
  try {
    whole = fstatSync(fd).size === index.size && describes(fd, index.size, index.sha256, index.runs);
  } finally {
    if (!whole) closeSync(fd);
  }
  if (!whole) return null;
  const runs = new Map<string, OldRun>();
  const twice = new Set<string>();
  let offset = 1;
  for (const [article, key, length, digest] of index.runs) {
    if (article !== null && key !== null) {
      if (runs.has(article)) twice.add(article);
      else runs.set(article, { key, offset, length, digest });
    }
    offset += length + 1;
  }
  for (const article of twice) runs.delete(article);
  return { fd, runs };
}

/** Writes the index of a table's file (`size` bytes, `hash` its SHA-256) at once (a temporary file renamed). */
export function writeRunIndex(file: string, version: string, size: number, hash: string, runs: IndexedRun[]): void {
  const index: RunIndexFile = { version, size, sha256: hash, check: checksum(runs), runs };
  const path = runIndexFile(file);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(index));
  renameSync(tmp, path);
}

/** Removes a table file's index (before the file is written again: an index never outlives its file). */
export const removeRunIndex = (file: string) => rmSync(runIndexFile(file), { force: true });
