// The content of the data files a long-lived process (the dev preview) last wrote, kept in memory as
// its SHA-256 (at 2,000 articles the content itself held 180 MB of the heap; hashing it costs tens
// of milliseconds): a file is compared with what was written rather than read back, and written only
// when its content changed. What is kept is trusted only while the file on disk still has the
// identity it had when written (src/extract/util/fileStamp.ts: a build links these files into its
// output, which moves their change time): a file another process wrote (a build of the same root)
// or removed is read and compared again, as writeIfChanged does. A file may be written with a
// key of what its content is computed from (an item's, pagedata/itemKeys.ts): while the file is as
// written, the same key means the same content, which is then not even computed. A build keeps the
// same for the site-wide data files it writes into the Framework root from one build to the next
// (`WrittenFiles.read`, `save`: a file in the cache per root), with their dates (`writeDated`).
import { createHash } from "node:crypto";
import { readFileSync, statSync, utimesSync } from "node:fs";
import { join, resolve } from "node:path";
import { cacheRoot } from "../extract/cache.js";
import { identityOf, sameIdentity, type FileIdentity } from "../extract/util/fileStamp.js";
import { sha256 as hashOf } from "../extract/util/hash.js";
import { writeWhole } from "../extract/util/writeWhole.js";
import { writeIfChanged } from "./files.js";

interface Kept extends FileIdentity {
  /** Hex. */
  sha256: string;
  /** The key of what the content was computed from, when written with one. */
  key?: string;
}

const statOf = (path: string): FileIdentity | null => {
  try {
    return identityOf(statSync(path));
  } catch {
    return null;
  }
};

/** Where a build keeps what it wrote into the Framework root `root`: <cache>/written/<hash of the root's path>.json. */
export function writtenRecordPath(root: string, cache = cacheRoot()): string {
  return join(cache, "written", `${createHash("sha256").update(resolve(root)).digest("hex").slice(0, 16)}.json`);
}

export class WrittenFiles {
  private kept = new Map<string, Kept>();

  /** What a process saved (`save`) at `file`; nothing when it is missing or unreadable (then every file is read back once). */
  static read(file: string): WrittenFiles {
    const out = new WrittenFiles();
    try {
      const saved = JSON.parse(readFileSync(file, "utf8")) as Record<string, Kept>;
      for (const [path, kept] of Object.entries(saved)) if (typeof kept?.sha256 === "string") out.kept.set(path, kept);
    } catch {
      // no record: files are compared by reading them
    }
    return out;
  }

  /** Keeps what is known at `file` for another process (replaced at once). */
  save(file: string): void {
    writeWhole(file, JSON.stringify(Object.fromEntries(this.kept)));
  }

  /** Writes `content` to `path` unless it already holds exactly that; says whether it wrote. */
  write(path: string, content: string): boolean {
    return this.writeKept(path, content, this.trusted(path));
  }

  /**
   * Writes the content `compute` makes to `path`, unless the file is as written with the same `key`
   * (then `compute` is not called) or already holds exactly that content; says whether it wrote.
   */
  writeKeyed(path: string, key: string, compute: () => string): boolean {
    const kept = this.trusted(path);
    if (kept && kept.key === key) return false;
    const written = this.writeKept(path, compute(), kept);
    const now = this.kept.get(path);
    if (now) now.key = key;
    return written;
  }

  /** What is kept of `path`, while the file on disk has the identity it had when written. */
  private trusted(path: string): Kept | undefined {
    const kept = this.kept.get(path);
    const now = kept ? statOf(path) : null;
    return kept && now && sameIdentity(now, kept) ? kept : undefined;
  }

  /**
   * Writes `content` to `path` unless it already holds exactly that, then dates the file `modified`
   * (ms; see files.ts, writeDated); says whether it wrote. `sha256`: the content's, when made already.
   */
  writeDated(path: string, content: string, modified: number, sha256 = hashOf(content)): boolean {
    const written = this.writeKept(path, content, this.trusted(path), sha256);
    const kept = this.kept.get(path);
    if (kept && kept.mtimeMs === modified) return written;
    utimesSync(path, new Date(modified), new Date(modified));
    const st = statOf(path);
    if (kept && st) Object.assign(kept, st);
    return written;
  }

  private writeKept(path: string, content: string, trusted: Kept | undefined, sha256 = hashOf(content)): boolean {
    if (trusted && trusted.sha256 === sha256) return false;
    // the file holds what was kept, which differs: no need to read it back
    if (trusted) writeWhole(path, content);
    const written = trusted !== undefined || writeIfChanged(path, content);
    const st = statOf(path);
    if (st) this.kept.set(path, { sha256, ...st });
    else this.kept.delete(path);
    return written;
  }

  /** Forgets a file (removed). */
  forget(path: string): void {
    this.kept.delete(path);
  }

  /** Files kept. */
  get size(): number {
    return this.kept.size;
  }
}
