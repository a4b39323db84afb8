// Writes the snapshot of the joined tables the data loaders print (tableFiles.ts), and keeps the
// loaders fresh with Framework's documented behaviour only: a table whose snapshot changed has its
// loader's cached output removed (a build reruns a loader whose output is missing) and its loader's
// modification time moved on (the preview reruns a loader whose file changed). A table that did
// not change is left alone, so its cached output (and the render reuse) stays.
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
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

const mtime = (path: string) => (existsSync(path) ? statSync(path).mtimeMs : null);
/** Rows are written a megabyte at a time, so that a table of a million rows is never one string. */
const CHUNK = 1 << 20;

/** Writes `rows` as a JSON array to `path`; returns the content's hash. */
function writeRows(path: string, rows: readonly unknown[]): string {
  const hash = createHash("sha256");
  const fd = openSync(path, "w");
  try {
    let chunk = "[";
    rows.forEach((row, i) => {
      chunk += (i ? "," : "") + JSON.stringify(row);
      if (chunk.length >= CHUNK) {
        writeSync(fd, chunk);
        hash.update(chunk);
        chunk = "";
      }
    });
    chunk += "]";
    writeSync(fd, chunk);
    hash.update(chunk);
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}

function readHashes(path: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Record<string, string>;
  } catch {
    return {};
  }
}

/** Writes every table's snapshot for the Framework root `root`; returns the tables whose rows changed. */
export function writeTableSnapshot(tables: Tables, root: string, cache?: string): TableName[] {
  const changed: TableName[] = [];
  const hashesFile = join(dirname(tableFile("articles", cache)), "hashes.json");
  const hashes = readHashes(hashesFile);
  for (const table of TABLE_NAMES) {
    const file = tableFile(table, cache);
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    const hash = writeRows(tmp, tableRows(tables, table));
    if (hash === hashes[table] && existsSync(file)) rmSync(tmp, { force: true });
    else {
      renameSync(tmp, file);
      hashes[table] = hash;
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
  if (changed.length) {
    const tmp = `${hashesFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(hashes));
    renameSync(tmp, hashesFile);
  }
  return changed;
}
