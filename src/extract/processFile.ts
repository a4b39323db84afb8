// One file's bytes through the engine: ingest (decode, format, cleaning), then the article
// pipeline. A file that cannot become an article is a rejection with a plain reason, never an
// exception. extractFolder runs it in this thread and workers/worker.ts on worker threads, so both
// paths extract alike; the actor model is an argument, loaded once by whoever runs many files.
import type { IngestWarning } from "./types.js";
import type { CachedResult } from "./cache.js";
import { parseArticle } from "./ingest/parse.js";
import type { ActorModel } from "./recognize/actors/index.js";
import { extractArticle } from "./pipeline.js";
import { articleDigest, type ArticleDigest } from "./digest.js";

/** A file's result; an extraction comes with its digest (what the joins need of it alone). */
export type FileResult = CachedResult & { warnings?: IngestWarning[]; digest?: ArticleDigest };

/** Parses and extracts one file's bytes; never throws. */
export function processFile(file: string, bytes: Uint8Array, model: ActorModel): FileResult {
  try {
    const parsed = parseArticle(file, bytes);
    if ("reason" in parsed) return { rejection: parsed };
    const extraction = extractArticle(parsed.article, model);
    return { extraction, warnings: parsed.warnings, digest: articleDigest(extraction) };
  } catch (error) {
    return { rejection: { file, reason: `could not be processed: ${(error as Error).message}` } };
  }
}
