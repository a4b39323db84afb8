// (b) Scale: generated corpora (re3d-dev sentences in a seeded shuffle) extracted cold, warm and
// after one new article, with buildTables alone and peak memory; and the table of the results.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cacheKey, engineVersion, readCached } from "../extract/cache.js";
import { extractFolder } from "../extract/extractFolder.js";
import { walkArticles } from "../extract/ingest/index.js";
import { buildTables } from "../extract/tables.js";
import type { ArticleExtraction } from "../extract/types.js";
import { progressReporter } from "../extract/workers/progress.js";
import { generateCorpus, sentencePool } from "./corpus.js";
import { writeCorpus } from "./files.js";
import { MB, fixed, formatTable, perSecond, seconds, timeAsync, timeOnce } from "./timing.js";
import type { BenchSettings } from "./settings.js";

export interface ScaleResult {
  size: number;
  bytes: number;
  workers: number;
  coldMs: number;
  coldExtracted: number;
  inProcessMs?: number;
  warmMs: number;
  addMs: number;
  addExtracted: number;
  buildTablesMs: number;
  actors: number;
  mentions: number;
  peakRssMb: number;
  sampledRssMb: number;
}

async function cachedExtractions(folder: string, cacheDir: string): Promise<ArticleExtraction[]> {
  const out: ArticleExtraction[] = [];
  const version = engineVersion();
  for (const f of (await walkArticles(folder)).files) {
    const hash = createHash("sha256")
      .update(await readFile(f.path))
      .digest("hex");
    const cached = readCached(cacheDir, cacheKey(f.file, hash, version));
    if (cached && "extraction" in cached) out.push(cached.extraction);
  }
  return out;
}

/**
 * One corpus size, in this process (the bench runs each in a fresh child): cold extraction on
 * `workers` threads (and on one, in-process, for at most 1,000 articles unless `inProcess` is false),
 * a warm re-run, a re-run after one new article, buildTables alone, peak memory.
 */
export async function runScale({ docs, workers, log }: BenchSettings, size: number, inProcess: boolean): Promise<ScaleResult> {
  let sampled = 0;
  const sampler = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 100);
  const pool = sentencePool(docs.map((d) => d.text));
  const root = mkdtempSync(join(tmpdir(), `briefing-bench-${size}-`));
  try {
    const folder = join(root, "articles");
    const bytes = writeCorpus(folder, generateCorpus(pool, { articles: size, seed: 1 }));
    const cacheDir = join(root, "cache");
    let inProcessMs: number | undefined;
    if (size <= 1000 && inProcess && workers > 1) {
      // first, so that neither run finds the model loaded or the code warmed up by the other
      log(`bench: ${size} articles (${fixed(bytes / MB, 2)} MB), cold extraction in-process (1 thread) for comparison`);
      inProcessMs = (
        await timeAsync(() =>
          extractFolder(folder, { noCache: true, workers: 1, onProgress: progressReporter({ label: `  in-process ${size}` }) }),
        )
      ).ms;
    }
    let coldExtracted = 0;
    log(
      `bench: ${size} articles (${fixed(bytes / MB, 2)} MB), cold extraction on ${workers} threads (this one + ${workers - 1} worker threads)`,
    );
    const cold = await timeAsync(() =>
      extractFolder(folder, {
        cacheDir,
        workers,
        onExtracted: () => coldExtracted++,
        onProgress: progressReporter({ label: `  cold ${size}` }),
      }),
    );
    const warm = await timeAsync(() => extractFolder(folder, { cacheDir, workers }));
    const [added] = generateCorpus(pool, { articles: 1, seed: 424242 });
    writeFileSync(join(folder, `zz-added-${added.name}`), added.text);
    let addExtracted = 0;
    const add = await timeAsync(() => extractFolder(folder, { cacheDir, workers, onExtracted: () => addExtracted++ }));
    const extractions = await cachedExtractions(folder, cacheDir);
    if (extractions.length !== size + 1) throw new Error(`expected ${size + 1} cached extractions, found ${extractions.length}`);
    const buildTablesMs = timeOnce(() => buildTables(extractions));
    clearInterval(sampler);
    sampled = Math.max(sampled, process.memoryUsage().rss);
    return {
      size,
      bytes,
      workers,
      coldMs: cold.ms,
      coldExtracted,
      inProcessMs,
      warmMs: warm.ms,
      addMs: add.ms,
      addExtracted,
      buildTablesMs,
      actors: add.value.actors.length,
      mentions: add.value.mentions.length,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      sampledRssMb: sampled / MB,
    };
  } finally {
    clearInterval(sampler);
    rmSync(root, { recursive: true, force: true });
  }
}

export function scaleTable(results: ScaleResult[]): string {
  const rows = [
    [
      "articles",
      "MB",
      "threads",
      "cold",
      "art/s",
      "MB/s",
      "1-thread cold",
      "speed-up",
      "warm (no change)",
      "+1 article",
      "extracted",
      "buildTables",
      "actors",
      "peak RSS MB",
    ],
  ];
  for (const r of results) {
    rows.push([
      String(r.size),
      fixed(r.bytes / MB, 2),
      String(r.workers),
      seconds(r.coldMs),
      fixed(perSecond(r.size, r.coldMs)),
      fixed(perSecond(r.bytes, r.coldMs) / MB, 3),
      r.inProcessMs === undefined ? "–" : seconds(r.inProcessMs),
      r.inProcessMs === undefined ? "–" : `${fixed(r.inProcessMs / r.coldMs, 2)}x`,
      seconds(r.warmMs),
      seconds(r.addMs),
      String(r.addExtracted),
      seconds(r.buildTablesMs),
      String(r.actors),
      fixed(Math.max(r.peakRssMb, r.sampledRssMb), 0),
    ]);
  }
  return (
    `(b) scale: generated corpora (re3d-dev sentences, seeded shuffle, 10–25 sentences per article); each size in a fresh process\n${formatTable(rows)}\n` +
    `"+1 article": re-run after adding one article (hash all files, read the cache, extract 1, buildTables over all); "warm": re-run with nothing changed.`
  );
}
