// Where the data loaders in src/data/tables/ find the tables: one JSON file per table, the
// snapshot the build (and the dev preview) writes of the joined tables, in the cache folder
// (`.cache/tables/`, or under BRIEFING_CACHE). A loader prints its table's file; it never extracts.
// Kept to node's own modules and the cache's location, so that a loader starts quickly.
import { existsSync, fstatSync, futimesSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
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
export const tableLoaderOutput = (root: string, table: TableName) =>
  join(root, ".observablehq", "cache", "data", "tables", `${table}.json`);

/** The world's outlines the places page draws (world-atlas, Natural Earth 1:50m). */
export const worldOutlines = () => createRequire(import.meta.url).resolve("world-atlas/countries-50m.json");

/**
 * Prints `file` on stdout and, when stdout is a file (Framework gives a loader the file its output
 * is cached in), gives it `file`'s time: a loader's output then carries the time the build gave its
 * table (tableSnapshot.ts), not the clock's.
 */
function printFile(file: string): void {
  process.stdout.write(readFileSync(file)); // synchronous for a file
  const time = statSync(file).mtimeMs / 1000;
  try {
    if (fstatSync(1).isFile()) futimesSync(1, time, time);
  } catch {
    // stdout is a pipe or a terminal: nothing to date
  }
}

/** What a loader does: prints the table's rows (a JSON array) on stdout; without a snapshot, says why and exits 1. */
export function printTable(table: TableName): void {
  const file = tableFile(table);
  if (!existsSync(file)) {
    process.stderr.write(
      `data/tables/${table}.json: no tables yet (${file} is missing): run \`npm run build\` or \`npm run dev\`, which extract the articles folder first\n`,
    );
    process.exit(1);
  }
  printFile(file);
}

/** The map's loader: prints the world's outlines, dated as the installed file is. */
export const printWorld = () => printFile(worldOutlines());
