// The index beside a table's snapshot file (tables/<table>.runs.json): the file's runs (articleRuns.ts)
// in order, each with its article, the article's row key when the file was written (extract/rowKeys.ts),
// its length in bytes and its digest, under the version of the code that made them. The next
// snapshot copies an article's run bytes from the file when the article's key is the same
// (tableSnapshot.ts). Only an index that describes the file exactly is used: its version, the file's
// size and SHA-256, a checksum of its own runs, and runs that tile the file ("[" run "," run ... "]").
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../extract/cache.js";
import { sha256 } from "../extract/util/hash.js";

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

/** The last snapshot of a table: its file's bytes and the runs an index describes, by article (articles with one run). */
export interface OldRuns {
  bytes: Buffer;
  runs: ReadonlyMap<string, OldRun>;
}

/** The index's file beside a table's snapshot file. */
export const runIndexFile = (tableFile: string) => tableFile.replace(/\.json$/, ".runs.json");

const checksum = (runs: readonly IndexedRun[]) => createHash("sha1").update(JSON.stringify(runs)).digest("base64");

/** The code the runs' bytes depend on besides the engine (whose version the row keys come with): the snapshot's own, and node's JSON. */
const SNAPSHOT_CODE = ["src/site/tableSnapshot.ts", "src/site/runIndex.ts", "src/pagedata/articleRuns.ts"];
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

/** Whether `runs` tile a file of `size` bytes: "[", the runs separated by ",", "]" (and the bytes say so). */
function tiles(runs: readonly IndexedRun[], bytes: Buffer): boolean {
  if (!runs.length) return bytes.length === 2 && bytes[0] === 0x5b && bytes[1] === 0x5d;
  let at = 1;
  for (const [, , length] of runs) {
    if (!Number.isInteger(length) || length <= 0 || at + length >= bytes.length) return false;
    at += length;
    if (bytes[at] !== (at === bytes.length - 1 ? 0x5d : 0x2c)) return false;
    at++;
  }
  return bytes[0] === 0x5b && at === bytes.length;
}

/**
 * The last snapshot of a table, when its index (beside `file`) describes it exactly under `version`;
 * null when there is no index or file, or either is not whole (nothing is then handed over).
 */
export function readOldRuns(file: string, version: string): OldRuns | null {
  let index: RunIndexFile;
  let bytes: Buffer;
  try {
    index = JSON.parse(readFileSync(runIndexFile(file), "utf8")) as RunIndexFile;
    if (index?.version !== version || !Array.isArray(index.runs)) return null;
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  if (bytes.length !== index.size || checksum(index.runs) !== index.check || !tiles(index.runs, bytes)) return null;
  if (sha256(bytes) !== index.sha256) return null;
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
  return { bytes, runs };
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
