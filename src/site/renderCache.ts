// The previous render, reused when nothing Framework reads has changed. Framework's output is a
// function of the root's files (pages, components, styles, the site-wide pages' data: content and
// modification time, which Framework writes into the pages), the config and the modules it
// imports, and the installed packages. A build keeps its render (hard links, no copies) under its
// key in the cache; a later build with the same key links it into its staging folder instead of
// running Framework. Only the latest render is kept.
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, join, relative } from "node:path";
import { PROJECT_ROOT, cacheRoot } from "../extract/cache.js";
import { ITEM_KINDS, itemDataDir } from "../pagedata/routes.js";
import { processAlive } from "./buildLock.js";

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
    else if (st.isFile())
      hash
        .update(`${relative(base, path)}\0${st.size}\0${st.mtimeMs}\0`)
        .update(readFileSync(path))
        .update("\0");
  }
}

/**
 * The key of what Framework would render from `root` now: the root's files, the config and the
 * site assembly and page data modules it imports, the lockfile and Framework's version (and
 * `extra`: what else the render depends on).
 */
export function renderKey(root: string, extra = ""): string {
  const hash = createHash("sha256").update(`${root}\0${extra}\0`);
  hashTree(root, root, skipped(root), hash);
  for (const file of ["observablehq.config.ts", "package-lock.json", "node_modules/@observablehq/framework/package.json"]) {
    const path = join(PROJECT_ROOT, file);
    hash
      .update(`${file}\0`)
      .update(existsSync(path) ? readFileSync(path) : "missing")
      .update("\0");
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

/** The files of a render and their sizes, as kept beside it: what a reuse checks is all there. */
type FileList = Array<[path: string, size: number]>;

function listFiles(dir: string): FileList {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry): [string, number] => {
      const path = join(entry.parentPath, entry.name);
      return [relative(dir, path), statSync(path).size];
    })
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** Whether every file the kept render lists is there with its size (none was removed or cut short). */
function keptWhole(kept: string): boolean {
  let files: FileList;
  try {
    files = JSON.parse(readFileSync(join(kept, COMPLETE), "utf8")) as FileList;
  } catch {
    return false;
  }
  const site = join(kept, "site");
  return (
    Array.isArray(files) &&
    files.length > 0 &&
    files.every(([path, size]) => {
      try {
        return statSync(join(site, path)).size === size;
      } catch {
        return false;
      }
    })
  );
}

/**
 * Puts the render kept under `key` into `staging`; false when there is none, or it is not whole
 * (then it is removed, and the caller renders again).
 */
export function restoreRender(key: string, staging: string): boolean {
  const kept = join(renderCacheDir(), key);
  if (!existsSync(kept)) return false;
  if (!keptWhole(kept)) {
    rmSync(kept, { recursive: true, force: true });
    return false;
  }
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

/**
 * Keeps the render in `staging` (whole: see wholeSite.ts) under `key`, before anything else is
 * added to it, with the list of its files; drops the older renders and what other builds left
 * half-kept, but not a render another running build is keeping now.
 */
export function keepRender(key: string, staging: string): void {
  const dir = renderCacheDir();
  const tmp = join(dir, `.${key}.${process.pid}.tmp`);
  rmSync(tmp, { recursive: true, force: true });
  linkTree(staging, join(tmp, "site"));
  writeFileSync(join(tmp, COMPLETE), JSON.stringify(listFiles(join(tmp, "site"))));
  for (const name of readdirSync(dir))
    if (name !== basename(tmp) && !keptByLiveBuild(name)) rmSync(join(dir, name), { recursive: true, force: true });
  rmSync(join(dir, key), { recursive: true, force: true });
  renameSync(tmp, join(dir, key));
}

/** Whether `name` is a render that a running process is keeping (`.<key>.<pid>.tmp`). */
function keptByLiveBuild(name: string): boolean {
  const pid = /^\.[0-9a-f]+\.(\d+)\.tmp$/.exec(name)?.[1];
  return pid !== undefined && Number(pid) !== process.pid && processAlive(Number(pid));
}

const COMPLETE = ".complete";
