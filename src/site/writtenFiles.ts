// The content of the data files a long-lived process (the dev preview) last wrote, kept in memory as
// its SHA-256 (at 2,000 articles the content itself held 180 MB of the heap; hashing it costs tens
// of milliseconds): a file is compared with what was written rather than read back, and written only
// when its content changed. What is kept is trusted only while the file on disk still has the size
// and modification time it had when written: a file another process wrote (a build of the same
// root) or removed is read and compared again, as writeIfChanged does. A file may be written with a
// key of what its content is computed from (an item's, pagedata/itemKeys.ts): while the file is as
// written, the same key means the same content, which is then not even computed.
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { writeAtomic, writeIfChanged } from "./files.js";

interface Kept {
  sha256: string;
  /** The key of what the content was computed from, when written with one. */
  key?: string;
  size: number;
  mtimeMs: number;
}

const statOf = (path: string) => {
  try {
    const st = statSync(path);
    return { size: st.size, mtimeMs: st.mtimeMs };
  } catch {
    return null;
  }
};

export class WrittenFiles {
  private kept = new Map<string, Kept>();

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

  /** What is kept of `path`, while the file on disk has the size and time it had when written. */
  private trusted(path: string): Kept | undefined {
    const kept = this.kept.get(path);
    const now = kept ? statOf(path) : null;
    return kept && now && now.size === kept.size && now.mtimeMs === kept.mtimeMs ? kept : undefined;
  }

  private writeKept(path: string, content: string, trusted: Kept | undefined): boolean {
    const sha256 = createHash("sha256").update(content).digest("base64");
    if (trusted && trusted.sha256 === sha256) return false;
    // the file holds what was kept, which differs: no need to read it back
    if (trusted) writeAtomic(path, content);
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
