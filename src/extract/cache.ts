// The per-article extraction cache: one JSON file per (file path, content hash, engine version).
// The engine version is a hash of the extraction source code and the model file, so changing
// either re-extracts everything; changing one article re-extracts that article only.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CachedResult } from "./types.js";
import { leanEntry, wholeEntry } from "./cacheSpans.js";
import { writeWhole } from "./util/writeWhole.js";

const EXTRACT_DIR = dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = resolve(EXTRACT_DIR, "../..");

/**
 * Feeds `hash` every source file under `dir` (.ts, .js, .json: name and content, in name order);
 * the one way the caches hash code (the engine's version here, the item data's in itemManifest.ts).
 */
export function hashSourceTree(dir: string, hash: ReturnType<typeof createHash>): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashSourceTree(path, hash);
    else if (/\.(ts|js|json)$/.test(entry.name)) hash.update(`${entry.name}\0`).update(readFileSync(path)).update("\0");
  }
}

/**
 * Hash of the extraction code (src/extract) and the model (data/model/); the corpora do not count.
 * It reads the whole engine: compute it once per run and hand it to cacheKey.
 */
export function engineVersion(): string {
  const hash = createHash("sha256");
  hashSourceTree(EXTRACT_DIR, hash);
  hashSourceTree(join(PROJECT_ROOT, "data", "model"), hash);
  return hash.digest("hex").slice(0, 16);
}

export type { CachedResult } from "./types.js";

/** Where everything the project caches lives: BRIEFING_CACHE, else .cache/ in the project. */
export function cacheRoot(): string {
  return process.env.BRIEFING_CACHE ?? join(PROJECT_ROOT, ".cache");
}

export function defaultCacheDir(): string {
  return join(cacheRoot(), "extract");
}

/** The cache key of one file's content under one engine version (pass `version` when keying many files). */
export function cacheKey(file: string, contentHash: string, version = engineVersion()): string {
  return createHash("sha256").update(`${version}\0${file}\0${contentHash}`).digest("hex").slice(0, 32);
}

export function readCached(dir: string, key: string): CachedResult | undefined {
  try {
    return wholeEntry(JSON.parse(readFileSync(join(dir, key.slice(0, 2), `${key}.json`), "utf8")) as CachedResult);
  } catch {
    return undefined;
  }
}

export function writeCached(dir: string, key: string, value: CachedResult): void {
  writeWhole(join(dir, key.slice(0, 2), `${key}.json`), JSON.stringify(leanEntry(value)));
}

/** Where what the joins of the last build of `folder` kept is written: one file per articles folder. */
function joinMemoPath(dir: string, folder: string): string {
  return join(dir, `joins-${createHash("sha256").update(folder).digest("hex").slice(0, 16)}.v8`);
}

/**
 * What the last build of `folder` kept for the joins (joinMemo.ts), if it ran the same engine
 * version (else undefined); `check` says whether the value read is one. The cache keeps it without
 * reading it: no import of what it holds.
 */
export function readJoinMemo<Memo>(
  dir: string,
  folder: string,
  version: string,
  check: (value: unknown) => Memo | undefined,
): Memo | undefined {
  try {
    const kept = deserialize(readFileSync(joinMemoPath(dir, folder))) as { version?: string; memo?: unknown };
    return kept.version === version ? check(kept.memo) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps what this build's joins made for the next build of `folder` (whole or not at all: written aside, then renamed). */
export function writeJoinMemo(dir: string, folder: string, version: string, memo: unknown): void {
  writeWhole(joinMemoPath(dir, folder), serialize({ version, memo }));
}
