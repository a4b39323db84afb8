// Which item data files the current output holds, and what each was computed from: per file (its
// path in the output) the item's key (src/pagedata/itemKeys.ts) and the file as the build left it
// (its identity: device, inode, size, modification time; src/extract/util/fileStamp.ts). A rebuild
// links a file whose item has the same key from the output without computing its data, but only
// while the output still holds that very file: a file rewritten, replaced or copied since has
// another inode or time and is computed again, as is everything when the code that computes item
// data (or the Node.js that formats numbers) changed.
// Kept in the cache, one manifest per output: <cache>/items/<hash of the output's path>.json.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { PROJECT_ROOT, cacheRoot, hashSourceTree } from "../extract/cache.js";
import { identityOf, sameIdentity, type FileIdentity } from "../extract/util/fileStamp.js";
import { readKeptMap, writeKeptMap } from "./keptMap.js";

/** One published item data file: its item's key and the file's identity. */
export interface ItemRecord extends FileIdentity {
  key: string;
}

/** Where the manifest of the output `output` is kept. */
export function manifestPath(output: string, root = cacheRoot()): string {
  const name = createHash("sha256").update(resolve(output)).digest("hex").slice(0, 16);
  return join(root, "items", `${name}.json`);
}

/**
 * The version of what computes item data: the page data and extraction code (item pages use its
 * types, sentences and figure formatting), the installed packages, Node.js and its ICU (numbers
 * are formatted with toLocaleString).
 */
export function itemCodeVersion(projectRoot = PROJECT_ROOT): string {
  const hash = createHash("sha256").update(`${process.versions.node}\0${process.versions.icu ?? ""}\0`);
  hashSourceTree(join(projectRoot, "src", "pagedata"), hash);
  hashSourceTree(join(projectRoot, "src", "extract"), hash);
  const lock = join(projectRoot, "package-lock.json");
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest("hex").slice(0, 32);
}

/** A file's identity as a record holds it. */
export const recordOf = (key: string, st: FileIdentity): ItemRecord => ({ key, ...identityOf(st) });

/** The records of the last build of an output under this code version (none when it differs, or no manifest). */
export function readManifest(path: string, version: string): Map<string, ItemRecord> {
  return readKeptMap(path, version, "items") as Map<string, ItemRecord>;
}

/** Replaces the manifest at once (a reader sees the old one or the new one, never half of one). */
export function writeManifest(path: string, version: string, records: ReadonlyMap<string, ItemRecord>): void {
  writeKeptMap(path, version, "items", records);
}

/**
 * Whether `file` is still the file `record` describes and its item's key is still `key`: then it
 * holds the data the item has now.
 */
export function stillHolds(record: ItemRecord | undefined, key: string, file: string): boolean {
  if (!record || record.key !== key) return false;
  try {
    const st = statSync(file);
    return st.isFile() && sameIdentity(st, record);
  } catch {
    return false;
  }
}
