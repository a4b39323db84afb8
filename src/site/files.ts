// File writing for the site assembly: writes that skip unchanged content (so the dev
// preview reloads only what changed), and swapping a finished build into place.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, utimesSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { writeWhole } from "../extract/util/writeWhole.js";

/** Writes `content` unless `path` already holds exactly that; says whether it wrote. */
export function writeIfChanged(path: string, content: string): boolean {
  try {
    if (readFileSync(path, "utf8") === content) return false;
  } catch {
    // missing or unreadable: write it
  }
  writeWhole(path, content);
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

/** A hidden folder beside `output` for one stage of its build: `dist` → `.dist.building`. */
export const siblingOf = (output: string, stage: string) => join(dirname(output), `.${basename(output)}.${stage}`);

/**
 * The lock file of a folder builds share (the Framework root with its data and Framework's cache,
 * or the output with its staging folders), beside it: `dist` → `.dist.lock`. See buildLock.ts.
 */
export const lockOf = (folder: string) => siblingOf(folder, "lock");

/**
 * Puts the finished `staging` folder in place of `output`: the old output is renamed aside, the
 * new one renamed in. Both renames are on one file system (staging is output's sibling), so
 * `output` is never half-written. The old output (tens of thousands of files at 10,000 articles)
 * is removed by a background process, and any an earlier build left is removed first.
 */
export function swapInto(staging: string, output: string): void {
  const prefix = `.${basename(output)}.old-`;
  for (const name of readdirSync(dirname(output)).filter((n) => n.startsWith(prefix))) {
    try {
      rmSync(join(dirname(output), name), { recursive: true, force: true });
    } catch {
      // being removed by the background process of an earlier build
    }
  }
  const old = join(dirname(output), `${prefix}${process.pid}-${Date.now()}`);
  if (existsSync(output)) renameSync(output, old);
  renameSync(staging, output);
  if (existsSync(old)) removeInBackground(old);
}

/** Removes a folder from a detached process, so the caller need not wait for it. */
function removeInBackground(dir: string): void {
  const script = "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })";
  spawn(process.execPath, ["-e", script, dir], { detached: true, stdio: "ignore" }).unref();
}
