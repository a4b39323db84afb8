// Reads an articles folder and returns the tables: walk → (cache | parse + extract) → tables.
// The I/O edge of the engine; one bad file becomes a `rejected` row, never an exception.
// Many uncached files are extracted on worker threads (see workers/); results are collected by
// file order, so the tables are the same whichever path extracted them.
import { sha256 } from "./util/hash.js";
import { readFileSync } from "node:fs";
import type { ArticleExtraction, IngestWarning, Rejection, Tables } from "./types.js";
import { walkArticles, type ArticleFile, type WalkResult } from "./ingest/index.js";
import { loadActorModel, type ActorModel } from "./recognize/actors/index.js";
import { processFile, type FileResult } from "./processFile.js";
import { buildTables, type JoinOptions } from "./tables.js";
import { asJoinMemo, emptyJoinMemo, type JoinMemo } from "./joinMemo.js";
import type { ArticleDigest } from "./digest.js";
import { cacheKey, defaultCacheDir, engineVersion, readCached, readJoinMemo, writeCached, writeJoinMemo } from "./cache.js";
import { keyByStamp, readStampIndex, writeStampIndex, type StampIndex } from "./stampIndex.js";
import { DEFAULT_WORKER_MIN_BYTES, DEFAULT_WORKER_THRESHOLD, resolveWorkers } from "./workers/config.js";
import { ExtractPool } from "./workers/pool.js";
import { workerEntry } from "./workers/spawn.js";
import type { KnownResults } from "./knownResults.js";
import type { RowKeys } from "./rowKeys.js";

export interface ExtractOptions {
  /** Ignore and do not write the per-article cache. */
  noCache?: boolean;
  cacheDir?: string;
  maxBytes?: number;
  /** Worker threads for extraction (default env BRIEFING_WORKERS, else the machine's parallelism); 1 = in-process. */
  workers?: number;
  /** Use worker threads only when more than this many files need extracting (default 20)... */
  workerThreshold?: number;
  /** ...and more than this many bytes (default 256 KiB). */
  workerMinBytes?: number;
  /**
   * With worker threads, whether this thread extracts too (default true): `workers` threads in
   * all, this one plus workers - 1 worker threads, and this one works while they start up.
   * False: `workers` worker threads do all the extracting.
   */
  mainThreadExtracts?: boolean;
  /** Called after each file: progress reporting. */
  onProgress?: (done: number, total: number, extracted: number) => void;
  /** Called for every file that had to be extracted (not served from the cache), with the thread that did it (0: this one). */
  onExtracted?: (file: string, thread: number) => void;
  /** Called when extraction had to change course (worker threads unavailable); default: stderr. */
  onNotice?: (message: string) => void;
  /**
   * Results kept in memory from an earlier run (the dev preview's, knownResults.ts): a file it
   * knows as it is now is neither hashed nor read from the cache; every file's result (from it,
   * the cache or extraction) is handed to it. Not used with `noCache`.
   */
  known?: KnownResults;
  /** Called with the walk of the folder, before any file is read (the files' sizes and times as found). */
  onWalk?: (walked: WalkResult) => void;
  /** Called when every file's result is in hand (the tables are joined next). */
  onResults?: () => void;
  /**
   * Called with each article's row key (rowKeys.ts) and the engine version it holds under; not
   * called with `noCache` (the engine's version is not made then).
   */
  onRowKeys?: (keys: RowKeys) => void;
}

const unreadable = (entry: ArticleFile, error: unknown): FileResult => ({
  rejection: { file: entry.file, reason: `could not be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` },
});

/**
 * A file's cache key, or its read failure: the last build's (`index`) when the file's stamp is the
 * one it had then, else from its bytes. Only the key is kept: bytes are re-read when extracted.
 * A plain read: at 10,000 small files, a promise per read costs more than the read.
 */
function keyOf(entry: ArticleFile, version: string, index: StampIndex | undefined): { key: string } | { failed: FileResult } {
  const known = keyByStamp(index, entry.file, entry);
  if (known) return { key: known };
  try {
    return { key: cacheKey(entry.file, sha256(readFileSync(entry.path)), version) };
  } catch (error) {
    return { failed: unreadable(entry, error) };
  }
}

/**
 * Extraction on this thread, with the actor model loaded when it first extracts a file (a run served
 * from the cache never needs it); with `known`, the one it keeps for this engine version (which
 * hashes the model file).
 */
function extractorOn(known: KnownResults | undefined, version: string): (file: string, bytes: Uint8Array) => FileResult {
  let model: ActorModel | undefined;
  const modelNow = () => (model ??= known ? known.model(version, () => loadActorModel()) : loadActorModel());
  return (file, bytes) => processFile(file, bytes, modelNow());
}

export async function extractFolder(folder: string, options: ExtractOptions = {}): Promise<Tables> {
  const workers = resolveWorkers(options.workers); // first: a bad setting fails before any work
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const useCache = !options.noCache;
  // the engine's version keys the cache: hashing the engine's files and model is skipped without one
  const version = useCache ? engineVersion() : "";
  const known = useCache ? options.known : undefined;
  const extractHere = extractorOn(known, version);
  const walked = await walkArticles(folder, { maxBytes: options.maxBytes });
  options.onWalk?.(walked);
  const files = walked.files;
  const results: Array<FileResult | undefined> = new Array(files.length);
  const keys: Array<string | undefined> = new Array(files.length); // each file's cache key, for the next build's stamp index
  let done = 0;
  let extracted = 0;
  const finish = (i: number, result: FileResult) => {
    results[i] = result;
    options.onProgress?.(++done, files.length, extracted);
  };

  // 1. Key each file (by its stamp, else by hashing it, one at a time: no bytes are held) and take what the cache already has.
  const keep = (i: number, result: FileResult) => {
    known?.set(files[i], version, result);
    finish(i, result);
  };
  const todo = useCache ? takeCached(files, folder, version, cacheDir, keys, keep, finish, known) : files.map((_, i) => i);
  /** The cache key of file i's bytes; none is needed without the cache. */
  const keyFor = (i: number, bytes: Uint8Array) => (useCache ? cacheKey(files[i].file, sha256(bytes), version) : "");

  // 2. Extract the rest, on workers when there is enough of it; the cache is written as results arrive.
  const record = (i: number, key: string, result: FileResult, thread = 0) => {
    extracted++;
    options.onExtracted?.(files[i].file, thread);
    keys[i] = key;
    if (useCache) writeCached(cacheDir, key, result);
    keep(i, result);
  };
  // plain reads, here and for the workers' files: a promise per file left this thread idle for a tenth of a single-threaded run
  const inProcess = async (i: number) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(files[i].path);
    } catch (error) {
      return finish(i, unreadable(files[i], error));
    }
    record(i, keyFor(i, bytes), extractHere(files[i].file, bytes));
  };
  if (enoughForWorkers(todo, files, workers, options)) {
    const mainToo = options.mainThreadExtracts ?? true;
    const threads = Math.min(mainToo ? workers - 1 : workers, todo.length);
    await extractOnWorkers(threads, mainToo, todo, files, keyFor, record, finish, inProcess, options.onNotice);
  } else {
    for (const i of todo) await inProcess(i);
  }
  if (useCache) writeStampIndex(cacheDir, folder, version, walked.takenAt, keyedFiles(files, keys));
  options.onResults?.();
  // 3. Tables, from results in file order whatever order they were extracted in
  if (!useCache) return tablesOf(results, walked.rejected, {});
  return tablesKeepingStories(folder, cacheDir, version, (join) => tablesOf(results, walked.rejected, join), options.onRowKeys);
}

/**
 * Tables joined with what the last build of the folder kept (its story rows and duplicate pairs'
 * similarities, joinMemo.ts) where their inputs are the same; this build's are kept for the next.
 * `onRowKeys`: given the articles' row keys with the engine's version.
 */
function tablesKeepingStories(
  folder: string,
  cacheDir: string,
  version: string,
  tables: (options: JoinOptions) => Tables,
  onRowKeys?: (keys: RowKeys) => void,
): Tables {
  let next: JoinMemo | undefined;
  const memo = readJoinMemo(cacheDir, folder, version, asJoinMemo) ?? emptyJoinMemo();
  const made = tables({ memo, onMemo: (kept) => (next = kept), onRowKeys: onRowKeys && ((keys) => onRowKeys({ version, keys })) });
  if (next) writeJoinMemo(cacheDir, folder, version, next);
  return made;
}

/** Whether the files left to extract are enough, in number and in bytes, for worker threads. */
function enoughForWorkers(todo: readonly number[], files: readonly ArticleFile[], workers: number, options: ExtractOptions): boolean {
  const threshold = options.workerThreshold ?? DEFAULT_WORKER_THRESHOLD;
  const todoBytes = todo.reduce((sum, i) => sum + files[i].size, 0);
  return workers > 1 && todo.length > threshold && todoBytes > (options.workerMinBytes ?? DEFAULT_WORKER_MIN_BYTES);
}

/** Each file with its stamp and its cache key, for the files whose key is known. */
function* keyedFiles(files: readonly ArticleFile[], keys: ReadonlyArray<string | undefined>): Iterable<[string, ArticleFile, string]> {
  for (const [i, file] of files.entries()) {
    const key = keys[i];
    if (key !== undefined) yield [file.file, file, key];
  }
}

/**
 * Finishes the files `known` has as they are now, then keys each other file (by its stamp in the
 * last build's stamp index of `folder`, else by hashing it, one at a time: no bytes are held) and
 * finishes those the cache already has (`keep`: kept in `known` too), and those that cannot be read
 * (`finish`: a read failure is not kept); returns the indexes left to extract. `keys`: each file's
 * key, where known (one `known` has keeps the key the index has for its stamp, if any).
 * (Without the cache nothing is hashed: a file that cannot be read is rejected when it is read to
 * be extracted, with the same reason.)
 */
function takeCached(
  files: readonly ArticleFile[],
  folder: string,
  version: string,
  cacheDir: string,
  keys: Array<string | undefined>,
  keep: (i: number, result: FileResult) => void,
  finish: (i: number, result: FileResult) => void,
  known: KnownResults | undefined,
): number[] {
  const todo: number[] = [];
  const index = readStampIndex(cacheDir, folder, version);
  files.forEach((file, i) => {
    const remembered = known?.get(file, version);
    if (remembered) {
      keys[i] = keyByStamp(index, file.file, file);
      return keep(i, remembered);
    }
    const cacheKey = keyOf(file, version, index);
    if ("failed" in cacheKey) return finish(i, cacheKey.failed);
    keys[i] = cacheKey.key;
    const cached = readCached(cacheDir, cacheKey.key) as FileResult | undefined;
    if (cached) keep(i, cached);
    else todo.push(i);
  });
  return todo;
}

/** The tables of the files' results (in file order), with the files the walk and the extraction rejected. */
function tablesOf(results: ReadonlyArray<FileResult | undefined>, walkRejected: readonly Rejection[], options: JoinOptions): Tables {
  const rejected: Rejection[] = [...walkRejected];
  const warnings: IngestWarning[] = [];
  const extractions: ArticleExtraction[] = [];
  const digests = new Map<ArticleExtraction, ArticleDigest>();
  for (const result of results) {
    if (!result) continue;
    if ("rejection" in result) rejected.push(result.rejection);
    else {
      extractions.push(result.extraction);
      if (result.digest) digests.set(result.extraction, result.digest);
    }
    if (result.warnings) warnings.push(...result.warnings);
  }
  rejected.sort((a, b) => a.file.localeCompare(b.file));
  return buildTables(extractions, rejected, warnings, { ...options, digests });
}

/**
 * Streams the files of `todo` through a worker pool, in order: each file is read when dispatched and
 * at most two per worker are in flight, four when this thread extracts too (`mainToo`): it hands out
 * files only between its own, and a worker holding two short ones sat idle through a long one here.
 * This thread extracts the next file itself whenever no worker can take it (while they start, or if
 * they fail), when `mainToo`; otherwise it waits.
 */
async function extractOnWorkers(
  size: number,
  mainToo: boolean,
  todo: number[],
  files: ArticleFile[],
  keyFor: (i: number, bytes: Uint8Array) => string,
  record: (i: number, key: string, result: FileResult, thread?: number) => void,
  finish: (i: number, result: FileResult) => void,
  inProcess: (i: number) => Promise<void>,
  onNotice: ((message: string) => void) | undefined,
): Promise<void> {
  const notice = onNotice ?? ((m: string) => process.stderr.write(`extract: ${m}\n`));
  const pool = new ExtractPool(size, workerEntry(), mainToo ? 4 : 2);
  const running: Array<Promise<void>> = [];
  let noticed = false;
  const fallback = async (i: number, error: Error) => {
    if (!noticed) notice(`worker threads failed (${error.message}); extracting the remaining files in-process`);
    noticed = true;
    await inProcess(i);
  };
  const letMessagesIn = () => new Promise<void>((r) => setImmediate(r));
  try {
    let next = 0;
    while (next < todo.length) {
      if (!pool.alive) {
        await fallback(todo[next++], pool.failure ?? new Error("no live worker"));
        continue;
      }
      if (!pool.canTake) {
        if (mainToo) {
          await inProcess(todo[next++]);
          await letMessagesIn();
        } else await pool.wait();
        continue;
      }
      const i = todo[next++];
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(files[i].path);
      } catch (error) {
        finish(i, unreadable(files[i], error));
        continue;
      }
      const key = keyFor(i, bytes);
      running.push(
        pool.run(files[i].file, bytes).then(
          ({ result, worker }) => record(i, key, result, worker),
          (error: Error) => fallback(i, error),
        ),
      );
    }
    await Promise.all(running);
  } finally {
    await pool.close();
  }
}
