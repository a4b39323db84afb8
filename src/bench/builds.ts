// (c) `npm run build` on generated corpora, each in a fresh work site: `npm run extract --
// --no-cache` against a cold build (their ratio), rebuilds after one new, one changed and one deleted
// article (each against the cold build), the peak memory of all the processes of each command, and
// dist/'s size.
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../extract/cache.js";
import { prepareWorkSite, workSiteEnv } from "../site/workSite.js";
import { generateCorpus, sentencePool } from "./corpus.js";
import { writeCorpus } from "./files.js";
import { measure, type Measured } from "./process.js";
import { MB, fixed, formatTable, median, seconds } from "./timing.js";
import type { BenchSettings } from "./settings.js";

export interface BuildRun {
  size: number;
  extract: Measured;
  cold: Measured;
  /** Builds after one new article each. */
  again: Measured[];
  /** A build after one article of the folder changed (a sentence added), and after one was deleted. */
  changed: Measured;
  deleted: Measured;
  distBytes: number;
  distFiles: number;
  htmlFiles: number;
}

/** Bytes (each file once, hard links too) and files of a folder. */
function folderSize(dir: string): { bytes: number; files: number; html: number } {
  const seen = new Set<number>();
  let bytes = 0;
  let files = 0;
  let html = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const st = statSync(join(e.parentPath, e.name));
    files++;
    if (e.name.endsWith(".html")) html++;
    if (seen.has(st.ino)) continue;
    seen.add(st.ino);
    bytes += st.size;
  }
  return { bytes, files, html };
}

/**
 * A fresh work site of `size` generated articles: extraction alone, a cold build, then `rebuilds`
 * builds after one new article each, one after an article changed and one after an article was deleted.
 */
export async function buildRun({ docs, log }: BenchSettings, size: number, rebuilds: number): Promise<BuildRun> {
  const pool = sentencePool(docs.map((d) => d.text));
  // inside the project: Framework resolves the pages' imports from the project's node_modules
  mkdirSync(join(PROJECT_ROOT, "tmp"), { recursive: true });
  const root = mkdtempSync(join(PROJECT_ROOT, "tmp", `bench-build-${size}-`));
  try {
    const work = prepareWorkSite(root);
    const env = { ...process.env, ...workSiteEnv(work) };
    writeCorpus(work.articles, generateCorpus(pool, { articles: size, seed: 1 }));
    const npm = (label: string, args: string[]) => {
      log(`bench: ${label}`);
      return measure("npm", args, { cwd: PROJECT_ROOT, env }).then((m) => {
        if (m.code !== 0) log(`bench: ${label} failed with code ${m.code}:\n${m.stderr.split("\n").slice(-15).join("\n")}`);
        return m;
      });
    };
    const extract = await npm(`npm run extract -- --no-cache (${size} articles)`, [
      "run",
      "--silent",
      "extract",
      "--",
      "--no-cache",
      work.articles,
    ]);
    const cold = await npm(`npm run build, cold (${size} articles, empty caches, fresh Framework root)`, ["run", "--silent", "build"]);
    const dist = folderSize(work.output);
    const again: Measured[] = [];
    const added = generateCorpus(pool, { articles: rebuilds, seed: 777 });
    for (const [k, article] of added.entries()) {
      writeFileSync(join(work.articles, `zz-added-${article.name}`), article.text);
      again.push(await npm(`npm run build after adding one article (${k + 1} of ${rebuilds})`, ["run", "--silent", "build"]));
    }
    const [first, second] = readdirSync(work.articles).sort();
    appendFileSync(join(work.articles, first), `\n\n${generateCorpus(pool, { articles: 1, seed: 778 })[0].text}\n`);
    const changed = await npm("npm run build after changing one article", ["run", "--silent", "build"]);
    rmSync(join(work.articles, second));
    const deleted = await npm("npm run build after deleting one article", ["run", "--silent", "build"]);
    return { size, extract, cold, again, changed, deleted, distBytes: dist.bytes, distFiles: dist.files, htmlFiles: dist.html };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export const failed = (m: Measured) => m.code !== 0;
/** The median time of the rebuilds, NaN if one failed. */
export const rebuildMs = (r: BuildRun) => (r.again.some(failed) ? NaN : median(r.again.map((m) => m.ms)));

export function buildTable(runs: BuildRun[], rebuilds: number): string {
  const rows = [
    [
      "articles",
      "extract --no-cache",
      "cold build",
      "build / extract",
      "+1 article",
      "+1 / cold",
      "changed",
      "changed / cold",
      "deleted",
      "deleted / cold",
      "peak RSS extract",
      "peak RSS cold build",
      "peak RSS rebuilds",
      "dist/",
      "files",
      "of which HTML",
    ],
  ];
  const status = (m: Measured) => (failed(m) ? "FAILED" : seconds(m.ms));
  const ratio = (ms: number, cold: Measured) => (Number.isNaN(ms) || failed(cold) ? "–" : fixed(ms / cold.ms, 2));
  const rss = (...ms: Measured[]) => `${fixed(Math.max(...ms.map((m) => m.peakRss)) / MB, 0)} MB`;
  for (const r of runs) {
    rows.push([
      String(r.size),
      status(r.extract),
      status(r.cold),
      `${fixed(r.cold.ms / r.extract.ms, 2)}x`,
      Number.isNaN(rebuildMs(r)) ? "FAILED" : seconds(rebuildMs(r)),
      ratio(rebuildMs(r), r.cold),
      status(r.changed),
      ratio(failed(r.changed) ? NaN : r.changed.ms, r.cold),
      status(r.deleted),
      ratio(failed(r.deleted) ? NaN : r.deleted.ms, r.cold),
      rss(r.extract),
      rss(r.cold),
      rss(...r.again, r.changed, r.deleted),
      `${fixed(r.distBytes / MB, 1)} MB`,
      String(r.distFiles),
      String(r.htmlFiles),
    ]);
  }
  return (
    `(c) npm run build on generated corpora (fresh work site each: empty caches and Framework root; "+1 article": median of ${rebuilds} ` +
    `rebuilds, one new article each; "changed": a sentence added to one article; "deleted": one article removed; peak RSS: all the processes of the command at once, sampled every 200 ms)\n${formatTable(rows)}`
  );
}
