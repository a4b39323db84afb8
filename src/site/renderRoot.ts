// The root Framework renders from in a build: the Framework root's pages, components and styles
// (linked, not copied), with a fixed placeholder in place of every data file the site assembly
// writes (the site-wide pages' data, the search entries, the tables the loaders print). What
// Framework renders then depends on the pages alone, not on the articles: a build after new
// articles reuses the last render and puts the real data in (substitute.ts) instead of rendering
// again. The dev preview serves the Framework root itself, with its real data and loaders.
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, rmSync, symlinkSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { DATA_FILES, ITEM_KINDS, itemDataDir } from "../pagedata/routes.js";
import { siblingOf, writeIfChanged } from "./files.js";
import { SEARCH_FILE } from "./search.js";
import { TABLE_NAMES, type TableName } from "./tableFiles.js";

/** Where a table's rows are published (relative to the root): what its loader, data/tables/<table>.json.ts, prints. */
export const tablePath = (table: TableName) => `data/tables/${table}.json`;

/** Every data file the site assembly makes, relative to the root: the pages' data, then the tables. */
export const MANAGED_FILES: readonly string[] = [...Object.values(DATA_FILES), ...TABLE_NAMES.map(tablePath)];

/** A placeholder's content (the search entries' is an empty list: the config reads it) and time. */
export const placeholderOf = (path: string) => (path === SEARCH_FILE ? "[]" : "null");
const PLACEHOLDER_TIME = new Date(0);

export interface RenderRoot {
  /** The folder Framework renders from. */
  dir: string;
  /**
   * Files of the root's data/ that are neither the assembly's nor its loaders (an analyst's own
   * data or loaders), linked as they are; a loader of them may read the tables, so a build with
   * any keys its render on the tables too.
   */
  ownData: string[];
}

/** Entries of the root's data/ the assembly writes or owns: the render root has its placeholders instead. */
function assemblyOwned(path: string): boolean {
  if (path === SEARCH_FILE || (Object.values(DATA_FILES) as string[]).includes(path)) return true;
  if (ITEM_KINDS.some((kind) => path === itemDataDir(kind))) return true;
  return TABLE_NAMES.some((table) => path === `${tablePath(table)}.ts`);
}

/** The loaders that print the same whatever the articles (the map's outlines): linked, not counted as own data. */
const STEADY_LOADERS = new Set(["data/world.json.ts"]);

/** Makes `link` a symbolic link to `target` (replacing whatever is there unless it already is one). */
function linkTo(target: string, link: string): void {
  try {
    if (lstatSync(link).isSymbolicLink() && readlinkSync(link) === target) return;
  } catch {
    // not there yet
  }
  rmSync(link, { recursive: true, force: true });
  symlinkSync(target, link);
}

/** Removes the entries of `dir` (a render root's folder) that are not in `keep`, Framework's cache aside. */
function prune(dir: string, keep: Set<string>): void {
  for (const name of readdirSync(dir))
    if (name !== ".observablehq" && !keep.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
}

/** Links the files of the root's `data/<sub>` that the assembly does not own; returns them (relative to the root). */
function linkOwnData(root: string, dir: string, sub: string, own: string[]): Set<string> {
  const names = new Set<string>();
  const from = join(root, sub);
  if (!existsSync(from)) return names;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const path = `${sub}/${entry.name}`;
    if (assemblyOwned(path)) continue;
    if (path === "data/tables" && entry.isDirectory()) continue; // the loaders' folder: its own pass
    names.add(entry.name);
    linkTo(join(root, path), join(dir, path));
    if (!STEADY_LOADERS.has(path)) own.push(path);
  }
  return names;
}

/**
 * Makes (or brings up to date) the render root of the Framework root `root`, beside it
 * (`src` → `.src.render`): a link to each of the root's entries but data/, which holds the
 * placeholders, the map's loader and the analyst's own data files. Links are made afresh when the
 * checkout has moved or been copied, so a render root never reads another checkout's pages.
 */
export function prepareRenderRoot(root: string): RenderRoot {
  const dir = siblingOf(root, "render");
  mkdirSync(dir, { recursive: true });
  const top = new Set<string>(["data"]);
  for (const name of readdirSync(root)) {
    if (name === ".observablehq" || name === "data") continue;
    top.add(name);
    linkTo(join(root, name), join(dir, name));
  }
  prune(dir, top);
  for (const sub of ["data", "data/tables"]) {
    const path = join(dir, sub);
    if (existsSync(path) && lstatSync(path).isSymbolicLink()) rmSync(path);
    mkdirSync(path, { recursive: true });
  }
  const own: string[] = [];
  const data = linkOwnData(root, dir, "data", own);
  const tables = linkOwnData(root, dir, "data/tables", own);
  for (const path of [...MANAGED_FILES, SEARCH_FILE]) {
    const file = join(dir, path);
    writeIfChanged(file, placeholderOf(path));
    utimesSync(file, PLACEHOLDER_TIME, PLACEHOLDER_TIME);
    (path.startsWith("data/tables/") ? tables : data).add(path.slice(path.lastIndexOf("/") + 1));
  }
  data.add("tables");
  prune(join(dir, "data"), data);
  prune(join(dir, "data", "tables"), tables);
  return { dir, ownData: own.sort() };
}
