// Entry point for the site build and the dev preview: the tables for the configured articles
// folder (BRIEFING_ARTICLES, else seeds/), with the folder's fingerprint (file names, sizes,
// modification times, engine version), taken from the walk the extraction makes. The per-article cache makes a changed folder cheap to
// re-extract; the tables are joined again every time (no snapshot of them is kept: serializing
// 150 MB of tables at 10,000 articles cost more on every changed build than it saved on an
// unchanged one).
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import type { Tables } from "./types.js";
import { extractFolder, type ExtractOptions } from "./extractFolder.js";
import { walkArticles, type WalkResult } from "./ingest/walk.js";
import { PROJECT_ROOT, engineVersion } from "./cache.js";
import { progressReporter } from "./workers/progress.js";

export function articlesFolder(): string {
  return resolve(PROJECT_ROOT, process.env.BRIEFING_ARTICLES ?? "seeds");
}

/**
 * Fingerprint of a walked folder's contents as the engine would see them (file names, sizes and
 * modification times as the walk found them, the rejected files, the engine's version), and when
 * its newest file was last modified (milliseconds since 1970; 0 for an empty folder).
 */
export function fingerprintOf(folder: string, walked: WalkResult, version = engineVersion()): { fingerprint: string; modified: number } {
  const hash = createHash("sha256").update(version).update(folder);
  let modified = 0;
  for (const f of walked.files) {
    hash.update(`${f.file}\0${f.size}\0${f.mtimeMs}\n`);
    modified = Math.max(modified, f.mtimeMs);
  }
  for (const r of walked.rejected) hash.update(`rejected\0${r.file}\0${r.reason}\n`);
  return { fingerprint: hash.digest("hex").slice(0, 24), modified };
}

/** The fingerprint of the folder as it is now (see fingerprintOf). */
export async function corpusFingerprint(folder = articlesFolder()): Promise<{ fingerprint: string; modified: number }> {
  return fingerprintOf(folder, await walkArticles(folder));
}

export interface Corpus {
  tables: Tables;
  /** The corpus fingerprint the tables were made for. */
  fingerprint: string;
  /** When the folder's newest article was last modified (ms since 1970). */
  modified: number;
}

/** The tables of `folder` as the folder is now, and its fingerprint, from the one walk the extraction makes. */
export async function loadCorpus(folder = articlesFolder(), options: ExtractOptions = {}): Promise<Corpus> {
  let print: { fingerprint: string; modified: number } | undefined;
  const onWalk = (walked: WalkResult) => {
    print = fingerprintOf(folder, walked);
    options.onWalk?.(walked);
  };
  const tables = await extractFolder(folder, { onProgress: progressReporter({ label: "extract" }), ...options, onWalk });
  if (!print) throw new Error(`${folder}: the extraction reported no walk of the folder`);
  return { tables, ...print };
}
