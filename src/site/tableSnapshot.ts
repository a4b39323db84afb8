// Writes the snapshot of the joined tables the data loaders print (tableFiles.ts), and keeps the
// loaders fresh with Framework's documented behaviour only: a table whose snapshot changed has its
// loader's cached output removed (a build reruns a loader whose output is missing) and its loader's
// modification time moved on (the preview reruns a loader whose file changed). A table that did
// not change is left alone, so its cached output (and the render reuse) stays.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Tables } from "../extract/types.js";
import { placesOf } from "../extract/resolve/places.js";
import { shippedGazetteer } from "../extract/resolve/gazetteer.js";
import { TABLE_NAMES, tableFile, tableLoader, tableLoaderOutput, type TableName } from "./tableFiles.js";

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

const sameBytes = (path: string, bytes: Buffer) => existsSync(path) && statSync(path).size === bytes.length && readFileSync(path).equals(bytes);
const mtime = (path: string) => (existsSync(path) ? statSync(path).mtimeMs : null);

/** Writes every table's snapshot for the Framework root `root`; returns the tables whose rows changed. */
export function writeTableSnapshot(tables: Tables, root: string, cache?: string): TableName[] {
  const changed: TableName[] = [];
  for (const table of TABLE_NAMES) {
    const file = tableFile(table, cache);
    const bytes = Buffer.from(JSON.stringify(tableRows(tables, table)));
    if (!sameBytes(file, bytes)) {
      mkdirSync(dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, bytes);
      renameSync(tmp, file);
      changed.push(table);
    }
    const written = statSync(file).mtimeMs;
    const output = tableLoaderOutput(root, table);
    if ((mtime(output) ?? Infinity) < written) rmSync(output, { force: true });
    const loader = tableLoader(root, table);
    if ((mtime(loader) ?? Infinity) < written) {
      // after the snapshot's own time, whole milliseconds (file times may be finer than a Date)
      const time = Math.max(Date.now(), Math.ceil(written) + 1) / 1000;
      utimesSync(loader, time, time);
    }
  }
  return changed;
}
