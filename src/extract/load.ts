// Entry point for the site build and the dev preview: the tables for the configured articles
// folder (BRIEFING_ARTICLES, else seeds/). A snapshot of the tables is kept per corpus fingerprint
// (file names, sizes, modification times, engine version), so a build of an unchanged folder reads
// the tables back instead of joining them again, and the per-article cache makes a changed folder
// cheap to re-extract. Reading a snapshot loads none of the engine.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync, statSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Tables } from "./types.js";
import type { ExtractOptions } from "./extractFolder.js";
// the walk alone, not the whole ingest stage: reading a snapshot must not load the engine
import { walkArticles } from "./ingest/walk.js";
import { PROJECT_ROOT, cacheRoot, engineVersion } from "./cache.js";
import { progressReporter } from "./workers/progress.js";

export function articlesFolder(): string {
  return resolve(PROJECT_ROOT, process.env.BRIEFING_ARTICLES ?? "seeds");
}

function snapshotDir(): string {
  return join(cacheRoot(), "tables");
}

/**
 * Fingerprint of the folder's contents as the engine would see them, and when its newest file was
 * last modified (milliseconds since 1970; 0 for an empty folder).
 */
export async function corpusFingerprint(folder = articlesFolder()): Promise<{ fingerprint: string; modified: number }> {
  const hash = createHash("sha256").update(engineVersion()).update(folder);
  const walked = await walkArticles(folder);
  let modified = 0;
  for (const f of walked.files) {
    const st = statSync(f.path);
    hash.update(`${f.file}\0${st.size}\0${st.mtimeMs}\n`);
    modified = Math.max(modified, st.mtimeMs);
  }
  for (const r of walked.rejected) hash.update(`rejected\0${r.file}\0${r.reason}\n`);
  return { fingerprint: hash.digest("hex").slice(0, 24), modified };
}

export interface Corpus {
  tables: Tables;
  /** The corpus fingerprint the tables were made for. */
  fingerprint: string;
  /** When the folder's newest article was last modified (ms since 1970). */
  modified: number;
}

/** The tables of `folder` as the folder is now, and their fingerprint. */
export async function loadCorpus(folder = articlesFolder(), options: ExtractOptions = {}): Promise<Corpus> {
  const { fingerprint, modified } = await corpusFingerprint(folder);
  const dir = snapshotDir();
  const path = join(dir, `${fingerprint}.json`);
  try {
    return { tables: JSON.parse(readFileSync(path, "utf8")) as Tables, fingerprint, modified };
  } catch {
    // no snapshot for this corpus yet
  }
  const { extractFolder } = await import("./extractFolder.js");
  const tables = await extractFolder(folder, {
    onProgress: progressReporter({ label: "extract" }),
    ...options,
  });
  mkdirSync(dir, { recursive: true });
  // keep only the newest few snapshots
  const old = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t)
    .slice(4);
  for (const { f } of old) rmSync(join(dir, f), { force: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(tables));
  renameSync(tmp, path);
  return { tables, fingerprint, modified };
}
