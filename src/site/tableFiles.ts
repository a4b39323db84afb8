// Where the data loaders in src/data/tables/ find the tables: one JSON file per table, the
// snapshot the build (and the dev preview) writes of the joined tables, in the cache folder
// (`.cache/tables/`, or under BRIEFING_CACHE). A loader prints its table's file; it never extracts.
// Kept to node's own modules and the cache's location, so that a loader starts quickly.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cacheRoot } from "../extract/cache.js";

/** Every table a loader prints: the extract output's (articles without their text) and places. */
export const TABLE_NAMES = [
  "articles",
  "actors",
  "mentions",
  "dates",
  "figures",
  "quotes",
  "events",
  "sentences",
  "stories",
  "conflicts",
  "central",
  "comentions",
  "rejected",
  "warnings",
  "places",
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** The snapshot's file for `table`. */
export const tableFile = (table: TableName, cache = cacheRoot()) => join(cache, "tables", `${table}.json`);

/** Where, in a Framework root, the loader of `table` is, and where Framework caches its output. */
export const tableLoader = (root: string, table: TableName) => join(root, "data", "tables", `${table}.json.ts`);
export const tableLoaderOutput = (root: string, table: TableName) => join(root, ".observablehq", "cache", "data", "tables", `${table}.json`);

/** What a loader does: prints the table's rows (a JSON array) on stdout; without a snapshot, says why and exits 1. */
export function printTable(table: TableName): void {
  const file = tableFile(table);
  if (!existsSync(file)) {
    process.stderr.write(`data/tables/${table}.json: no tables yet (${file} is missing): run \`npm run build\` or \`npm run dev\`, which extract the articles folder first\n`);
    process.exit(1);
  }
  process.stdout.write(readFileSync(file));
}
