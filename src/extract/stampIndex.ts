// The cache keys of a folder's files by their stamps (util/fileStamp.ts), kept from one build of the
// folder to the next: a file whose stamp is the one it had when the last build hashed it, and was
// settled then, has the cache key it had, so a rebuild reads neither it nor hashes it (at 10,000
// articles, the hashing was 0.45 s of a +1 rebuild). One file per articles folder (keyed on its
// absolute path: a copied checkout has its own) and engine version (another version's keys are
// another engine's entries); written whole or not at all, and read as nothing when it is missing,
// truncated, or of another folder or version: every file is then hashed, as before.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { settledAt, stampKey, type FileStamp } from "./util/fileStamp.js";
import { writeWhole } from "./util/writeWhole.js";

/** What a build knew of a folder's files: each file's stamp and cache key, and when the stamps were taken. */
export interface StampIndex {
  /** When the walk that took the stamps began (ms since 1970). */
  takenAt: number;
  /** File (relative path) → [stamp key, cache key]. */
  files: Map<string, readonly [string, string]>;
}

interface StampIndexFile {
  version: string;
  folder: string;
  takenAt: number;
  files: Array<[string, string, string]>;
}

/** Where the index of `folder` is kept in the cache folder `dir`. */
export function stampIndexPath(dir: string, folder: string): string {
  return join(dir, `stamps-${createHash("sha256").update(resolve(folder)).digest("hex").slice(0, 16)}.idx`);
}

/** The index the last build of `folder` under engine `version` kept, or undefined (none, unreadable, another folder's or version's). */
export function readStampIndex(dir: string, folder: string, version: string): StampIndex | undefined {
  try {
    const kept = JSON.parse(readFileSync(stampIndexPath(dir, folder), "utf8")) as Partial<StampIndexFile>;
    if (kept.version !== version || kept.folder !== resolve(folder) || typeof kept.takenAt !== "number" || !Array.isArray(kept.files))
      return undefined;
    const files = new Map<string, readonly [string, string]>();
    for (const entry of kept.files) {
      if (!Array.isArray(entry) || entry.length !== 3 || !entry.every((v) => typeof v === "string")) return undefined;
      files.set(entry[0], [entry[1], entry[2]]);
    }
    return { takenAt: kept.takenAt, files };
  } catch {
    return undefined;
  }
}

/** The cache key the index holds for `file` (relative path) with `stamp`: only when the stamp is the same and was settled when taken. */
export function keyByStamp(index: StampIndex | undefined, file: string, stamp: FileStamp): string | undefined {
  const entry = index?.files.get(file);
  return entry && entry[0] === stampKey(stamp) && settledAt(stamp, index!.takenAt) ? entry[1] : undefined;
}

/** Keeps the stamps taken at `takenAt` and the cache keys of `files` (path → [stamp, key]) for the next build, replacing the last index at once. */
export function writeStampIndex(
  dir: string,
  folder: string,
  version: string,
  takenAt: number,
  files: Iterable<readonly [string, FileStamp, string]>,
): void {
  const kept: StampIndexFile = {
    version,
    folder: resolve(folder),
    takenAt,
    files: [...files].map(([file, stamp, key]) => [file, stampKey(stamp), key]),
  };
  writeWhole(stampIndexPath(dir, folder), JSON.stringify(kept));
}
