// Framework's loader cache knows nothing about the articles folder: during `observable build` a
// loader runs only when its output is missing. We remember which corpus the cached outputs were
// made from and remove them when it changes (bundled node_modules, under "_" folders, are kept).
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const STAMP = ".briefing-corpus";

/** Removes cached loader outputs if they were made from another corpus; returns whether it did. */
export function invalidateLoaderCache(cacheDir: string, fingerprint: string): boolean {
  const stampPath = join(cacheDir, STAMP);
  const previous = existsSync(stampPath) ? readFileSync(stampPath, "utf8").trim() : null;
  if (previous === fingerprint) return false;
  if (existsSync(cacheDir)) {
    for (const entry of readdirSync(cacheDir)) {
      if (entry.startsWith("_") || entry === STAMP) continue;
      rmSync(join(cacheDir, entry), { recursive: true, force: true });
    }
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stampPath, `${fingerprint}\n`);
  return true;
}
