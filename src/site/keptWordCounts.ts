// The articles' word counts one build of an output made (src/pagedata/articleWords.ts), kept for
// the next: <cache>/items/<hash of the output's path>.words.json, beside the item data's manifest,
// under the same code version (a change to the code that counts counts every article again).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { cacheRoot } from "../extract/cache.js";
import { manifestPath } from "./itemManifest.js";

interface KeptFile {
  version: string;
  words: Record<string, number>;
}

/** Where the word counts of the output `output` are kept. */
export function wordCountsPath(output: string, root = cacheRoot()): string {
  return manifestPath(output, root).replace(/\.json$/, ".words.json");
}

/** The counts kept under this code version (none when it differs, or nothing is kept). */
export function readWordCounts(path: string, version: string): Map<string, number> {
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as KeptFile;
    if (parsed.version !== version || typeof parsed.words !== "object" || parsed.words === null) return new Map();
    return new Map(Object.entries(parsed.words).filter(([, n]) => Number.isInteger(n)));
  } catch {
    return new Map();
  }
}

/** Replaces the kept counts at once (a reader sees the old ones or the new ones, never half). */
export function writeWordCounts(path: string, version: string, words: ReadonlyMap<string, number>): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ version, words: Object.fromEntries(words) } satisfies KeptFile));
  renameSync(tmp, path);
}
