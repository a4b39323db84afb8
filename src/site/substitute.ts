// Puts the real data into a render made from the render root's placeholders (renderRoot.ts): each
// data file a page registers is published under its content's hash, as Framework publishes a
// file (`_file/data/briefing.<sha256[0:8]>.json`), and the page's registration names it, its
// time and its size; the search index gains the actors and articles. A clean build and a rebuild
// do the same to the same render, so both write the same site. Pages are written anew, never in
// place: a render kept for reuse shares their files (hard links).
import { sha256 } from "../extract/util/hash.js";
import { copyFileSync, existsSync, linkSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import MiniSearch from "minisearch";
import type { SearchEntry } from "./search.js";
import { placeholderOf } from "./renderRoot.js";

/**
 * A data file to publish: its path relative to the root, the file that holds its content, and the
 * content's sha256 (hex) when the caller already has it (the snapshot's hashes): else it is read.
 */
export interface DataSource {
  path: string;
  file: string;
  sha256?: string;
}

/** Framework's name for a published file: the content's hash before the extension (build.js, applyHash). */
export function hashedName(path: string, content: Buffer | string): string {
  return withHash(path, sha256(content));
}

/** `path` with the first 8 digits of `hash` before its extension. */
function withHash(path: string, hash: string): string {
  const ext = extname(path);
  return join(dirname(path), `${basename(path, ext)}.${hash.slice(0, 8)}${ext}`);
}

interface Published {
  /** Where the file is in the site, under `_file/`. */
  alias: string;
  lastModified: number;
  size: number;
}

/** `registerFile("<name>", {…})`, as Framework's render writes it (JSON.stringify of both). */
const REGISTER = /registerFile\(("(?:[^"\\]|\\.)*"), (\{(?:[^{}"]|"(?:[^"\\]|\\.)*")*\})\)/g;
const RELATIVE_PREFIX = /^(?:\.\.?\/)+/;

/** The site's pages (the templates included): every HTML file outside Framework's asset folders. */
function pagesOf(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.slice(site.length + 1).startsWith("_"));
}

/** Writes `content` as a new file at `path` (a hard link there is left to the files it shares). */
function rewrite(path: string, content: string): void {
  rmSync(path, { force: true });
  writeFileSync(path, content);
}

/** Registrations of placeholder files (by their `_file/` address) swapped for the published files. */
function swapRegistrations(html: string, published: Map<string, Published>): string {
  return html.replace(REGISTER, (call, name: string, meta: string) => {
    const info = JSON.parse(meta) as { path?: string; lastModified?: number; size?: number };
    const prefix = RELATIVE_PREFIX.exec(info.path ?? "")?.[0] ?? "";
    const swap = published.get((info.path ?? "").slice(prefix.length));
    if (!swap) return call;
    return `registerFile(${name}, ${JSON.stringify({ ...info, path: `${prefix}_file/${swap.alias}`, lastModified: swap.lastModified, size: swap.size })})`;
  });
}

/** Where the render publishes the placeholder of the data file `path` (relative to the site). */
const placeholderIn = (path: string) => join("_file", hashedName(path, placeholderOf(path)));

/** Whether a page of the render `site` registered the data file `path` (its placeholder is published). */
export const registersPlaceholder = (site: string, path: string) => existsSync(join(site, placeholderIn(path)));

/**
 * Publishes `sources` in the render `site` in place of their placeholders: a file no page
 * registered (no placeholder copy in the render) is not published, as Framework would not.
 */
export function substituteData(site: string, sources: readonly DataSource[]): void {
  const published = new Map<string, Published>();
  for (const { path, file, sha256: known } of sources) {
    const placeholder = placeholderIn(path);
    if (!registersPlaceholder(site, path)) continue;
    const st = statSync(file);
    const alias = withHash(path, known ?? sha256(readFileSync(file)));
    rmSync(join(site, placeholder));
    try {
      linkSync(file, join(site, "_file", alias));
    } catch {
      copyFileSync(file, join(site, "_file", alias));
    }
    published.set(placeholder, { alias, lastModified: st.mtimeMs, size: st.size });
  }
  if (!published.size) return;
  for (const page of pagesOf(site)) {
    const html = readFileSync(page, "utf8");
    const swapped = swapRegistrations(html, published);
    if (swapped !== html) rewrite(page, swapped);
  }
}

/** Framework's index options (search.js): the same fields and terms, so added entries are found alike. */
const INDEX_OPTIONS = {
  fields: ["title", "text", "keywords"],
  storeFields: ["title"],
  processTerm: (term: string) => ((term.match(/\p{N}/gu)?.length ?? 0) > 6 ? null : term.slice(0, 15).toLowerCase()),
};

/**
 * Adds `entries` (actors and articles) to the render's search index, after the pages Framework
 * indexed, as its config's `search.index()` would; the index and the module that loads it take
 * new hashed names, and every page names the new module.
 */
export function addSearchEntries(site: string, entries: readonly SearchEntry[]): void {
  const dir = join(site, "_observablehq");
  const names = existsSync(dir) ? readdirSync(dir) : [];
  const indexName = names.find((n) => /^minisearch\.[0-9a-f]{8}\.json$/.test(n));
  const moduleName = names.find((n) => /^search\.[0-9a-f]{8}\.js$/.test(n));
  if (!indexName || !moduleName || !entries.length) return;
  const index = MiniSearch.loadJSON(readFileSync(join(dir, indexName), "utf8"), INDEX_OPTIONS);
  for (const { path, keywords, ...rest } of entries) index.add({ id: path, keywords: keywords ?? "", ...rest });
  const json = JSON.stringify({ options: { fields: INDEX_OPTIONS.fields, storeFields: INDEX_OPTIONS.storeFields }, ...index.toJSON() });
  const newIndex = basename(hashedName(indexName.replace(/\.[0-9a-f]{8}\.json$/, ".json"), json));
  const module = readFileSync(join(dir, moduleName), "utf8").replaceAll(indexName, newIndex);
  const newModule = basename(hashedName(moduleName.replace(/\.[0-9a-f]{8}\.js$/, ".js"), module));
  for (const name of [indexName, moduleName]) rmSync(join(dir, name));
  rewrite(join(dir, newIndex), json);
  rewrite(join(dir, newModule), module);
  for (const page of pagesOf(site)) {
    const html = readFileSync(page, "utf8");
    if (html.includes(moduleName)) rewrite(page, html.replaceAll(moduleName, newModule));
  }
}
