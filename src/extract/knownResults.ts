// Per-file results kept in memory between runs of extractFolder in one process (the dev preview,
// src/site/dev.ts): a file with the same path and stamp (size, modification and change times,
// inode: util/fileStamp.ts) under the same engine is taken as it was, without hashing it or reading the cache; the actor model is loaded once per
// engine version. The results are frozen when kept:
// the next run hands the same objects to the joins, which must not change them (a change would
// throw, not pass silently into the next refresh's tables).
import type { ArticleFile } from "./ingest/index.js";
import type { FileResult } from "./processFile.js";
import type { ActorModel } from "./recognize/actors/index.js";
import { stampKey } from "./util/fileStamp.js";

export interface KnownResults {
  /** The result kept for this file as it is now (the same stamp), under `version`. */
  get(file: ArticleFile, version: string): FileResult | undefined;
  /** Keeps this file's result (read from the cache or extracted) for the next run. */
  set(file: ArticleFile, version: string, result: FileResult): void;
  /** The actor model of engine `version` (which hashes the model file): the one kept, else `load`'s, kept. */
  model(version: string, load: () => ActorModel): ActorModel;
}

// the path as walked (the folder's too: one memory used for two folders never mixes them)
const keyOf = (file: ArticleFile, version: string) => `${version}\0${file.path}\0${file.file}\0${stampKey(file)}`;

/** Freezes a value and everything it holds (plain objects and arrays). */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}

/**
 * The results of the last run: a run reads the previous run's and keeps its own, so a file deleted
 * or changed since is dropped with it. Call `begin` before a run and `settle` after it succeeded;
 * a run that failed leaves the previous results in place.
 */
export class ResultMemory implements KnownResults {
  private last = new Map<string, FileResult>();
  private next = new Map<string, FileResult>();
  private kept: { version: string; model: ActorModel } | undefined;

  model(version: string, load: () => ActorModel): ActorModel {
    if (this.kept?.version !== version) this.kept = { version, model: load() };
    return this.kept.model;
  }

  begin(): void {
    this.next = new Map();
  }

  get(file: ArticleFile, version: string): FileResult | undefined {
    return this.last.get(keyOf(file, version));
  }

  set(file: ArticleFile, version: string, result: FileResult): void {
    this.next.set(keyOf(file, version), deepFreeze(result));
  }

  settle(): void {
    this.last = this.next;
    this.next = new Map();
  }

  /** Files whose results are kept. */
  get size(): number {
    return this.last.size;
  }
}
