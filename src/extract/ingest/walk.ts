// Lists the article files of a folder, recursively. I/O at the edge: nothing is read but metadata.
// Hidden entries are ignored; symlinks leaving the folder, special files, oversized files and
// unsupported types are rejected with a reason; the rest is sorted by relative path. Plain calls, not
// promises: at 10,000 articles a promise per lstat cost 0.25-0.5 s of CPU, the calls themselves 0.04 s.
import { lstatSync as lstat, readdirSync as readdir, realpathSync as realpath, statSync as stat, type Stats } from "node:fs";
import path from "node:path";
import type { Rejection } from "../types.js";
import { formatOf, unsupportedReason } from "./files.js";
import { resolveMaxBytes, tooLargeReason } from "./limits.js";
import { stampOf, type FileStamp } from "../util/fileStamp.js";

/** An article file as the walk found it; its stamp (util/fileStamp.ts) is its target's for a symlink. */
export interface ArticleFile extends FileStamp {
  /** Path relative to the articles folder, forward slashes. */
  file: string;
  /** Absolute path (for a symlink: the link's own path; reading it follows the link). */
  path: string;
  size: number;
  /** Modification time (ms since 1970, of the link's target for a symlink). */
  mtimeMs: number;
}

export interface WalkResult {
  files: ArticleFile[];
  rejected: Rejection[];
  /** Hidden files and folders (relative paths; folders end with "/"). */
  ignored: string[];
  /** When the walk began (ms since 1970): the files' stamps were taken after it, and one changed since is racy (util/fileStamp.ts). */
  takenAt: number;
}

export interface WalkOptions {
  /** Largest accepted file in bytes (default 5 MB, or env BRIEFING_MAX_BYTES). */
  maxBytes?: number;
}

const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

function kindOf(s: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (s.isFIFO()) return "a named pipe (FIFO)";
  if (s.isSocket()) return "a socket";
  if (s.isCharacterDevice() || s.isBlockDevice()) return "a device";
  return "not a regular file";
}

/** The folder to walk, resolved; fails with a clear message when it is missing or not a folder. */
function rootOf(folder: string): { absolute: string; root: string } {
  const absolute = path.resolve(folder);
  let rootStat;
  try {
    rootStat = stat(absolute);
  } catch {
    throw new Error(`articles folder not found: ${folder}`);
  }
  if (!rootStat.isDirectory()) throw new Error(`articles folder is not a folder: ${folder}`);
  return { absolute, root: realpath(absolute) };
}

/** Why a file the walk reached is not an article (not a regular file, an unsupported type, too large), or null. */
function rejectionOf(rel: string, info: Stats, maxBytes: number): string | null {
  if (!info.isFile()) return `${kindOf(info)}, not a regular file`;
  if (!formatOf(rel)) return unsupportedReason(rel);
  if (info.size > maxBytes) return tooLargeReason(info.size, maxBytes);
  return null;
}

/**
 * Where a symbolic link leads: its target's real path and what is there, or why it is rejected
 * (broken, or leading outside the articles folder).
 */
function followLink(full: string, root: string): { target: string; info: Stats } | { reason: string } {
  let target: string;
  try {
    target = realpath(full);
  } catch {
    return { reason: "broken symlink (its target does not exist)" };
  }
  if (!isInside(root, target)) return { reason: "symlink to a location outside the articles folder" };
  return { target, info: stat(full) };
}

export async function walkArticles(folder: string, options: WalkOptions = {}): Promise<WalkResult> {
  const takenAt = Date.now();
  const maxBytes = resolveMaxBytes(options.maxBytes);
  const { absolute, root } = rootOf(folder);
  const files: ArticleFile[] = [];
  const rejected: Rejection[] = [];
  const ignored: string[] = [];
  const visited = new Set<string>([root]);

  const visit = (dir: string, relDir: string): void => {
    let entries;
    try {
      entries = readdir(dir, { withFileTypes: true });
    } catch (error) {
      rejected.push({ file: relDir || ".", reason: `cannot read folder (${(error as NodeJS.ErrnoException).code ?? "error"})` });
      return;
    }
    for (const entry of entries) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      const full = path.join(dir, entry.name);
      if (entry.name.startsWith(".")) {
        ignored.push(entry.isDirectory() ? `${rel}/` : rel);
        continue;
      }
      let info = lstat(full);
      let real: string | null = null;
      if (info.isSymbolicLink()) {
        const link = followLink(full, root);
        if ("reason" in link) {
          rejected.push({ file: rel, reason: link.reason });
          continue;
        }
        ({ target: real, info } = link);
      }
      if (info.isDirectory()) {
        // a linked folder is listed once (a loop, or a second way into a folder already listed)
        if (real !== null && visited.has(real)) continue;
        visited.add(real ?? realpath(full));
        visit(full, rel);
        continue;
      }
      const reason = rejectionOf(rel, info, maxBytes);
      if (reason) rejected.push({ file: rel, reason });
      else files.push({ file: rel, path: full, ...stampOf(info) });
    }
  };
  visit(root, "");
  // Paths are reported under the folder as given, not its resolved real path.
  for (const f of files) f.path = path.join(absolute, ...f.file.split("/"));
  files.sort(byFile);
  rejected.sort(byFile);
  ignored.sort();
  return { files, rejected, ignored, takenAt };
}
