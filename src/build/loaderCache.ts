// Framework's loader cache, written by the build itself. During `observable build` a loader runs
// only when its output is missing from src/.observablehq/cache; it knows nothing about the articles
// folder. The build computes every loader's output in one process and writes the ones whose content
// changed (a manifest of content hashes says which), and removes outputs of pages that are gone.
// Framework then runs no loader at all, and the changed paths say which pages need rendering.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const MANIFEST = ".briefing-outputs.json";

export interface SyncResult {
  written: string[];
  removed: string[];
  unchanged: number;
}

const hashOf = (json: string) => createHash("sha256").update(json).digest("hex").slice(0, 16);

/** Writes `outputs` (path relative to the cache → content) into `cacheDir`, touching only what changed. */
export function syncLoaderCache(cacheDir: string, outputs: Iterable<{ path: string; json: string }>): SyncResult {
  const manifestPath = join(cacheDir, MANIFEST);
  const previous: Record<string, string> = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, "utf8")) : {};
  const next: Record<string, string> = {};
  const written: string[] = [];
  let unchanged = 0;
  for (const { path, json } of outputs) {
    const hash = hashOf(json);
    next[path] = hash;
    const file = join(cacheDir, path);
    if (previous[path] === hash && existsSync(file)) {
      unchanged++;
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, json);
    renameSync(tmp, file);
    written.push(path);
  }
  const removed = Object.keys(previous).filter((path) => !(path in next));
  for (const path of removed) rmSync(join(cacheDir, path), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(manifestPath, JSON.stringify(next));
  return { written, removed, unchanged };
}

/** The page a loader output belongs to ("actors/niger.json" → "/actors/niger"), for parameterized pages. */
export function pageOfOutput(path: string): string | null {
  const m = /^(actors|articles)\/([^/]+)\.json$/.exec(path);
  return m ? `/${m[1]}/${m[2]}` : null;
}
