// (d) with --dev: the dev preview's refresh (src/site/dev.ts) on a generated corpus, in this process
// as `npm run dev` runs it: a fresh work site, a first refresh (cold: every article extracted), a
// refresh with nothing changed, then refreshes after one new article each, one changed and one
// deleted article, each split into its steps. CPU time is the process's (all threads).
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../extract/cache.js";
import { prepareWorkSite } from "../site/workSite.js";
import { refreshDevData, type DevMemory } from "../site/dev.js";
import { generateCorpus, sentencePool } from "./corpus.js";
import { writeCorpus } from "./files.js";
import { fixed, formatTable, seconds } from "./timing.js";
import type { BenchSettings } from "./settings.js";

export interface DevRefresh {
  label: string;
  ms: number;
  cpuMs: number;
  written: number;
  removed: number;
  steps: Record<string, number>;
}

export interface DevRun {
  size: number;
  /** Whether the refreshes kept their memory (as `npm run dev` does), or each started from scratch. */
  keepMemory: boolean;
  refreshes: DevRefresh[];
}

/** One refresh, timed (wall and CPU) and split into its steps. */
async function timedRefresh(label: string, folder: string, root: string, memory: DevMemory): Promise<DevRefresh> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { written, removed, steps } = await refreshDevData(folder, root, () => {}, memory);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { label, ms, cpuMs: (used.user + used.system) / 1000, written, removed, steps };
}

/**
 * A fresh work site of `size` generated articles, refreshed as the dev preview does: cold, unchanged,
 * after `added` new articles one at a time, after a changed and after a deleted article.
 */
export async function devRun({ docs, log }: BenchSettings, size: number, added: number, keepMemory = true): Promise<DevRun> {
  const pool = sentencePool(docs.map((d) => d.text));
  mkdirSync(join(PROJECT_ROOT, "tmp"), { recursive: true });
  const dir = mkdtempSync(join(PROJECT_ROOT, "tmp", `bench-dev-${size}-`));
  const cacheBefore = process.env.BRIEFING_CACHE;
  try {
    const work = prepareWorkSite(dir);
    // the cache (extractions, tables' snapshot, history) goes with the work site, as `npm run dev` with BRIEFING_CACHE
    process.env.BRIEFING_CACHE = work.cache;
    writeCorpus(work.articles, generateCorpus(pool, { articles: size, seed: 1 }));
    // without keepMemory, each refresh starts from scratch, as before the preview kept anything
    let memory: DevMemory = {};
    const refreshes: DevRefresh[] = [];
    const refresh = async (label: string) => {
      log(`bench: dev refresh, ${label} (${size} articles)`);
      if (!keepMemory) memory = {};
      refreshes.push(await timedRefresh(label, work.articles, work.site, memory));
    };
    await refresh("first (cold)");
    await refresh("unchanged");
    for (const [k, article] of generateCorpus(pool, { articles: added, seed: 777 }).entries()) {
      writeFileSync(join(work.articles, `zz-added-${article.name}`), article.text);
      await refresh(`+1 article (${k + 1})`);
    }
    const [first, second] = readdirSync(work.articles).sort();
    appendFileSync(join(work.articles, first), `\n\n${generateCorpus(pool, { articles: 1, seed: 778 })[0].text}\n`);
    await refresh("changed article");
    rmSync(join(work.articles, second));
    await refresh("deleted article");
    return { size, keepMemory, refreshes };
  } finally {
    if (cacheBefore === undefined) delete process.env.BRIEFING_CACHE;
    else process.env.BRIEFING_CACHE = cacheBefore;
    rmSync(dir, { recursive: true, force: true });
  }
}

export function devTable(runs: DevRun[]): string {
  const names = [...new Set(runs.flatMap((r) => r.refreshes.flatMap((f) => Object.keys(f.steps))))];
  const rows = [["articles", "memory", "refresh", "wall", "CPU", "written", "removed", ...names]];
  for (const r of runs) {
    for (const f of r.refreshes) {
      rows.push([
        String(r.size),
        r.keepMemory ? "kept" : "none",
        f.label,
        seconds(f.ms),
        seconds(f.cpuMs),
        String(f.written),
        String(f.removed),
        ...names.map((n) => (n in f.steps ? `${fixed(f.steps[n], 0)} ms` : "–")),
      ]);
    }
  }
  return `(d) the dev preview's refresh (src/site/dev.ts) in one process, as \`npm run dev\` keeps it between refreshes; CPU and the steps: CPU time of all its threads\n${formatTable(rows)}`;
}
