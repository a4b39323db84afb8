// Which tables' snapshots a build must write: the ones a page of the Framework root names. Framework
// registers a page's files only from literal FileAttachment names (it reads the source, it does not
// run it), so a table no page, component or module of the root names in its text is never published;
// its snapshot would be written for nothing (at 10,000 articles the unread tables are ~28 MB). The
// dev preview still writes every table (an analyst may name a new one while it runs), and a root with
// the analyst's own data loaders gets every table (a loader may read the snapshot). Over-inclusion is
// harmless: a table named anywhere in the root's sources, in a comment too, is written.
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { TABLE_NAMES, type TableName } from "./tableFiles.js";

/** The files a page can name a data file in: pages, and the modules they import. */
const SOURCE_EXTENSIONS = new Set([".md", ".js", ".jsx", ".ts", ".tsx", ".mjs"]);
/** Folders that hold no page sources: Framework's cache, packages; at the top, the data files and their loaders. */
const NOT_SOURCES = new Set([".observablehq", "node_modules"]);

/** The tables named (as `tables/<name>.json`) in `texts`, in TABLE_NAMES order. Pure. */
export function tablesNamedIn(texts: Iterable<string>): TableName[] {
  const named = new Set<string>();
  const pattern = /tables\/([a-z]+)\.json/g;
  for (const text of texts) for (const match of text.matchAll(pattern)) named.add(match[1]);
  return TABLE_NAMES.filter((table) => named.has(table));
}

/** The texts of the root's page sources (outside its data/ and Framework's cache), links followed once. */
function* sourceTexts(dir: string, top: boolean, seen = new Set<string>()): Generator<string> {
  const real = realpathSync(dir);
  if (seen.has(real)) return;
  seen.add(real);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? statSync(path, { throwIfNoEntry: false }) : entry;
    if (!kind) continue; // a dangling link
    if (kind.isDirectory()) {
      if (!NOT_SOURCES.has(entry.name) && !(top && entry.name === "data")) yield* sourceTexts(path, false, seen);
    } else if (kind.isFile() && SOURCE_EXTENSIONS.has(extname(entry.name))) yield readFileSync(path, "utf8");
  }
}

/** The tables the pages of the Framework root `root` may read (see above). */
export const tablesReadBy = (root: string): TableName[] => tablesNamedIn(sourceTexts(root, true));
