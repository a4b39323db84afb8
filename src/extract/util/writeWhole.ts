// Writing a file whole or not at all: the content goes to a temporary name beside it, then is
// renamed over it, so a reader (another build, the dev preview, a crash's next run) sees the old
// file or the new one, never half of one.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** Writes `content` to `path` through a temporary file renamed over it, making its folder if needed. */
export function writeWhole(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}
