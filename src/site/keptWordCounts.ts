// The articles' word counts one build of an output made (src/pagedata/articleWords.ts), kept for
// the next: <cache>/items/<hash of the output's path>.words.json, beside the item data's manifest,
// under the same code version (a change to the code that counts counts every article again).
import { cacheRoot } from "../extract/cache.js";
import { manifestPath } from "./itemManifest.js";
import { readKeptMap, writeKeptMap } from "./keptMap.js";

/** Where the word counts of the output `output` are kept. */
export function wordCountsPath(output: string, root = cacheRoot()): string {
  return manifestPath(output, root).replace(/\.json$/, ".words.json");
}

/** The counts kept under this code version (none when it differs, or nothing is kept); a count that is not a whole number is left out. */
export function readWordCounts(path: string, version: string): Map<string, number> {
  const kept = new Map<string, number>();
  for (const [key, words] of readKeptMap(path, version, "words")) if (Number.isInteger(words)) kept.set(key, words as number);
  return kept;
}

/** Replaces the kept counts at once. */
export function writeWordCounts(path: string, version: string, words: ReadonlyMap<string, number>): void {
  writeKeptMap(path, version, "words", words);
}
