// Reads an articles folder and returns the tables: walk → (cache | parse + extract) → tables.
// The I/O edge of the engine; one bad file becomes a `rejected` row, never an exception.
// Many uncached files are extracted on worker threads (see workers/); results are collected by
// file order, so the tables are the same whichever path extracted them.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { ArticleExtraction, IngestWarning, Rejection, Tables } from "./types.js";
import { walkArticles, parseArticle, type ArticleFile } from "./ingest/index.js";
import { loadActorModel, type ActorModel } from "./recognize/actors/index.js";
import { extractArticle } from "./pipeline.js";
import { buildTables } from "./tables.js";
import { cacheKey, defaultCacheDir, readCached, writeCached, type CachedResult } from "./cache.js";
import { DEFAULT_WORKER_THRESHOLD, resolveWorkers } from "./workers/config.js";
import { ExtractPool } from "./workers/pool.js";

export interface ExtractOptions {
  /** Ignore and do not write the per-article cache. */
  noCache?: boolean;
  cacheDir?: string;
  maxBytes?: number;
  /** Worker threads for extraction (default env BRIEFING_WORKERS, else the machine's parallelism); 1 = in-process. */
  workers?: number;
  /** Use worker threads only when more than this many files need extracting (default 20). */
  workerThreshold?: number;
  /** Called after each file: progress reporting. */
  onProgress?: (done: number, total: number, extracted: number) => void;
  /** Called for every file that had to be extracted (not served from the cache). */
  onExtracted?: (file: string) => void;
  /** Called when extraction had to change course (worker threads unavailable); default: stderr. */
  onNotice?: (message: string) => void;
}

let modelMemo: ActorModel | undefined;
function model(): ActorModel {
  return (modelMemo ??= loadActorModel());
}

type FileResult = CachedResult & { warnings?: IngestWarning[] };

/** Parses and extracts one file's bytes; never throws. */
export function processFile(file: string, bytes: Uint8Array): FileResult {
  try {
    const parsed = parseArticle(file, bytes);
    if ("reason" in parsed) return { rejection: parsed };
    return { extraction: extractArticle(parsed.article, model()), warnings: parsed.warnings };
  } catch (error) {
    return { rejection: { file, reason: `could not be processed: ${(error as Error).message}` } };
  }
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const unreadable = (entry: ArticleFile, error: unknown): FileResult => ({
  rejection: { file: entry.file, reason: `could not be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` },
});

/** A file's cache key, or its read failure. Only the key is kept: bytes are re-read when extracted. */
async function keyOf(entry: ArticleFile): Promise<{ key: string } | { failed: FileResult }> {
  try {
    return { key: cacheKey(entry.file, sha256(await readFile(entry.path))) };
  } catch (error) {
    return { failed: unreadable(entry, error) };
  }
}

export async function extractFolder(folder: string, options: ExtractOptions = {}): Promise<Tables> {
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const useCache = !options.noCache;
  const walked = await walkArticles(folder, { maxBytes: options.maxBytes });
  const files = walked.files;
  const total = files.length;
  const results: Array<FileResult | undefined> = new Array(total);
  let done = 0;
  let extracted = 0;
  const finish = (i: number, result: FileResult) => {
    results[i] = result;
    options.onProgress?.(++done, total, extracted);
  };

  // 1. Hash each file (one at a time: no bytes are held) and take what the cache already has.
  const todo: number[] = [];
  for (let i = 0; i < total; i++) {
    const k = await keyOf(files[i]);
    if ("failed" in k) finish(i, k.failed);
    else {
      const cached = useCache ? (readCached(cacheDir, k.key) as FileResult | undefined) : undefined;
      if (cached) finish(i, cached);
      else todo.push(i);
    }
  }

  // 2. Extract the rest, on workers when there is enough of it; the cache is written as results arrive.
  const record = (i: number, key: string, result: FileResult) => {
    extracted++;
    options.onExtracted?.(files[i].file);
    if (useCache) writeCached(cacheDir, key, result);
    finish(i, result);
  };
  const inProcess = async (i: number) => {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(files[i].path);
    } catch (error) {
      return finish(i, unreadable(files[i], error));
    }
    record(i, cacheKey(files[i].file, sha256(bytes)), processFile(files[i].file, bytes));
  };
  const workers = resolveWorkers(options.workers);
  const threshold = options.workerThreshold ?? DEFAULT_WORKER_THRESHOLD;
  if (workers > 1 && todo.length > threshold) {
    await extractOnWorkers(Math.min(workers, todo.length), todo, files, record, finish, inProcess, options.onNotice);
  } else {
    for (const i of todo) await inProcess(i);
  }

  // 3. Tables, from results in file order whatever order they were extracted in.
  const rejected: Rejection[] = [...walked.rejected];
  const warnings: IngestWarning[] = [];
  const extractions: ArticleExtraction[] = [];
  for (const result of results) {
    if (!result) continue;
    if ("rejection" in result) rejected.push(result.rejection);
    else extractions.push(result.extraction);
    if (result.warnings) warnings.push(...result.warnings);
  }
  rejected.sort((a, b) => a.file.localeCompare(b.file));
  return buildTables(extractions, rejected, warnings);
}

/** Streams the files of `todo` through a worker pool: each file is read when dispatched. */
async function extractOnWorkers(
  size: number,
  todo: number[],
  files: ArticleFile[],
  record: (i: number, key: string, result: FileResult) => void,
  finish: (i: number, result: FileResult) => void,
  inProcess: (i: number) => Promise<void>,
  onNotice: ((message: string) => void) | undefined,
): Promise<void> {
  const notice = onNotice ?? ((m: string) => process.stderr.write(`extract: ${m}\n`));
  const pool = new ExtractPool(size);
  const running: Array<Promise<void>> = [];
  let noticed = false;
  const fallback = async (i: number, error: Error) => {
    if (!noticed) notice(`worker threads failed (${error.message}); extracting the remaining files in-process`);
    noticed = true;
    await inProcess(i);
  };
  try {
    for (const i of todo) {
      await pool.wait();
      if (!pool.alive) {
        await fallback(i, pool.failure ?? new Error("no live worker"));
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = await readFile(files[i].path);
      } catch (error) {
        finish(i, unreadable(files[i], error));
        continue;
      }
      const key = cacheKey(files[i].file, sha256(bytes));
      running.push(
        pool.run(files[i].file, bytes).then(
          (result) => record(i, key, result),
          (error: Error) => fallback(i, error),
        ),
      );
    }
    await Promise.all(running);
  } finally {
    await pool.close();
  }
}
