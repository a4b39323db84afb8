// The previous render, reused when nothing Framework reads has changed. Framework's output is a
// function of the root's files (pages, components, styles, the site-wide pages' data: content and
// modification time, which Framework writes into the pages), the config and the modules it
// imports, and the installed packages. A build keeps its render (hard links, no copies) under its
// key in the cache; a later build with the same key links it into its staging folder instead of
// running Framework. Only the latest render is kept.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { PROJECT_ROOT, cacheRoot } from "../extract/cache.js";
import { ITEM_KINDS, itemDataDir } from "../pagedata/routes.js";

/** Where renders are kept: <cache>/render/<key>/. */
export const renderCacheDir = () => join(cacheRoot(), "render");

/** Folders of a root Framework never reads in a build: its own cache and the dev preview's item data. */
function skipped(root: string): Set<string> {
  return new Set([join(root, ".observablehq"), ...ITEM_KINDS.map((kind) => join(root, itemDataDir(kind)))]);
}

/** Hashes every file under `dir` (following links): path, size, modification time and content. */
function hashTree(dir: string, base: string, skip: Set<string>, hash: ReturnType<typeof createHash>): void {
  if (skip.has(dir) || !existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (skip.has(path)) continue;
    const st = statSync(path);
    if (st.isDirectory()) hashTree(path, base, skip, hash);
    else if (st.isFile()) hash.update(`${relative(base, path)}\0${st.size}\0${st.mtimeMs}\0`).update(readFileSync(path)).update("\0");
  }
}

/**
 * The key of what Framework would render from `root` now: the root's files, the config and the
 * site assembly and page data modules it imports, the lockfile and Framework's version.
 */
export function renderKey(root: string): string {
  const hash = createHash("sha256").update(`${root}\0`);
  hashTree(root, root, skipped(root), hash);
  for (const file of ["observablehq.config.ts", "package-lock.json", "node_modules/@observablehq/framework/package.json"]) {
    const path = join(PROJECT_ROOT, file);
    hash.update(`${file}\0`).update(existsSync(path) ? readFileSync(path) : "missing").update("\0");
  }
  const none = new Set<string>();
  for (const dir of ["src/site", "src/pagedata"]) hashTree(join(PROJECT_ROOT, dir), PROJECT_ROOT, none, hash);
  return hash.digest("hex").slice(0, 32);
}

/** Links (or, across file systems, copies) every file of `from` into `to`, keeping the layout. */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isFile()) {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/** Puts the render kept under `key` into `staging`; false when there is none (or it went meanwhile). */
export function restoreRender(key: string, staging: string): boolean {
  const kept = join(renderCacheDir(), key);
  if (!existsSync(join(kept, COMPLETE))) return false;
  rmSync(staging, { recursive: true, force: true });
  try {
    linkTree(join(kept, "site"), staging);
    return true;
  } catch {
    // removed by another build's keepRender while being read: render instead
    rmSync(staging, { recursive: true, force: true });
    return false;
  }
}

/** Keeps the render in `staging` under `key` (before anything else is added to it); drops the older ones. */
export function keepRender(key: string, staging: string): void {
  const dir = renderCacheDir();
  const tmp = join(dir, `.${key}.${process.pid}.tmp`);
  rmSync(tmp, { recursive: true, force: true });
  linkTree(staging, join(tmp, "site"));
  writeFileSync(join(tmp, COMPLETE), "");
  for (const name of readdirSync(dir)) if (name !== basename(tmp)) rmSync(join(dir, name), { recursive: true, force: true });
  renameSync(tmp, join(dir, key));
}

const COMPLETE = ".complete";
