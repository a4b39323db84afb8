// File writing for the site assembly: atomic writes, writes that skip unchanged content (so the dev
// preview reloads only what changed), and swapping a finished build into place.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Writes `content` to `path` through a temporary file, so a reader never sees half of it. */
export function writeAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/** Writes `content` unless `path` already holds exactly that; says whether it wrote. */
export function writeIfChanged(path: string, content: string): boolean {
  try {
    if (readFileSync(path, "utf8") === content) return false;
  } catch {
    // missing or unreadable: write it
  }
  writeAtomic(path, content);
  return true;
}

/**
 * Writes `content` unless `path` already holds exactly that, then dates the file `modified` (ms):
 * Framework publishes a data file's modification time in the pages, so a file's date must depend
 * on the articles it comes from, not on when it was written, for a rebuild to equal a clean build.
 */
export function writeDated(path: string, content: string, modified: number): boolean {
  const written = writeIfChanged(path, content);
  const when = new Date(modified);
  utimesSync(path, when, when);
  return written;
}

/**
 * Puts the finished `staging` folder in place of `output`: the old output is renamed aside, the
 * new one renamed in, then the old one removed. Both renames are on one file system (staging is
 * output's sibling), so `output` is never half-written.
 */
export function swapInto(staging: string, output: string): void {
  const old = join(dirname(output), `.${basename(output)}.old-${process.pid}`);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(output)) renameSync(output, old);
  renameSync(staging, output);
  rmSync(old, { recursive: true, force: true });
}

/** Where a build of `output` is made before it is swapped in. */
export const stagingFor = (output: string) => join(dirname(output), `.${basename(output)}.building`);
