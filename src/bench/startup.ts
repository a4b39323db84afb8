// (a') Start-up included: each system as a fresh process over a folder of the same texts. The
// baseline is a plain Node script of compromise + chrono-node (baseline.ts); ours is the command
// `npm run extract -- --no-cache FOLDER` runs, on all threads and on one. Each runs once untimed
// first (on the first folder), then rounds interleaved, medians; of wall time, and of CPU time (each
// process preloads cpuReport.js: the same few lines for both systems), which a machine busy with
// other work inflates far less than wall time.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../extract/cache.js";
import { BASELINE_SCRIPT } from "./baseline.js";
import { generateCorpus, sentencePool } from "./corpus.js";
import { writeCorpus } from "./files.js";
import { CPU_REPORT, measure, type Measured } from "./process.js";
import { fixed, formatTable, median, seconds } from "./timing.js";
import { utf8, type BenchSettings } from "./settings.js";

export interface StartupRow {
  texts: string;
  files: number;
  bytes: number;
  theirs: number;
  ours: number;
  oursOne: number;
  /** The same runs' CPU time (all threads of the process), medians, ms. */
  cpu: { theirs: number; ours: number; oursOne: number };
}

/**
 * Each system as a fresh process over `folder`, rounds interleaved (A/B/C, then C/B/A, ...); medians.
 * `warmUp`: each system runs once, untimed, first.
 */
async function startupRun(
  { rounds, workers }: BenchSettings,
  texts: string,
  folder: string,
  files: number,
  bytes: number,
  warmUp = false,
): Promise<StartupRow> {
  const env = { ...process.env };
  const cpuTime = ["--import", CPU_REPORT];
  const runs: Record<"theirs" | "ours" | "oursOne", () => Promise<Measured>> = {
    theirs: () => measure(process.execPath, [...cpuTime, "--input-type=module", "-e", BASELINE_SCRIPT, folder], { cwd: PROJECT_ROOT, env }),
    // the command `npm run extract -- --no-cache FOLDER` runs (npm's own start-up left out, as for the baseline)
    ours: () =>
      measure(process.execPath, [...cpuTime, "scripts/launch.js", "scripts/extract.ts", "--no-cache", folder], {
        cwd: PROJECT_ROOT,
        env: { ...env, BRIEFING_WORKERS: String(workers) },
      }),
    oursOne: () =>
      measure(process.execPath, [...cpuTime, "scripts/launch.js", "scripts/extract.ts", "--no-cache", folder], {
        cwd: PROJECT_ROOT,
        env: { ...env, BRIEFING_WORKERS: "1" },
      }),
  };
  const samples: Record<keyof typeof runs, number[]> = { theirs: [], ours: [], oursOne: [] };
  const cpu: Record<keyof typeof runs, number[]> = { theirs: [], ours: [], oursOne: [] };
  const order = Object.keys(runs) as Array<keyof typeof runs>;
  if (warmUp) {
    // each system once, untimed: what a first run after an install makes once (our code caches,
    // written by the first run of each bundle) and the files both read are in place for every round
    for (const name of order) {
      const m = await runs[name]();
      if (m.code !== 0) throw new Error(`start-up warm-up ${name} on ${texts} failed (code ${m.code}):\n${m.stderr.slice(-2000)}`);
    }
  }
  for (let r = 0; r < rounds; r++) {
    for (const name of r % 2 ? [...order].reverse() : order) {
      const m = await runs[name]();
      if (m.code !== 0) throw new Error(`start-up run ${name} on ${texts} failed (code ${m.code}):\n${m.stderr.slice(-2000)}`);
      samples[name].push(m.ms);
      cpu[name].push(m.cpuMs ?? NaN);
    }
  }
  return {
    texts,
    files,
    bytes,
    theirs: median(samples.theirs),
    ours: median(samples.ours),
    oursOne: median(samples.oursOne),
    cpu: { theirs: median(cpu.theirs), ours: median(cpu.ours), oursOne: median(cpu.oursOne) },
  };
}

/** The same runs' CPU time: what each system's process used on all its threads, medians. */
function cpuTable(rows: readonly StartupRow[], workers: number): string {
  const table = [["texts", "compromise + chrono-node", `ours, ${workers} threads`, "less CPU", "ours, 1 thread", "less CPU"]];
  for (const { texts, cpu } of rows)
    table.push([
      texts,
      seconds(cpu.theirs),
      seconds(cpu.ours),
      `${fixed(cpu.theirs / cpu.ours, 2)}x`,
      seconds(cpu.oursOne),
      `${fixed(cpu.theirs / cpu.oursOne, 2)}x`,
    ]);
  return `CPU time of the same runs (user + system, every thread of the process), medians\n${formatTable(table)}`;
}

/** (a') each system as a fresh process over the re3d-dev texts as files, and over `articles` generated ones (0: none). */
export async function startupIncluded(settings: BenchSettings, articles: number): Promise<{ text: string; rows: StartupRow[] }> {
  const { docs, rounds, workers, log } = settings;
  const root = mkdtempSync(join(tmpdir(), "briefing-bench-startup-"));
  try {
    const rows: StartupRow[] = [];
    const re3d = join(root, "re3d-dev");
    mkdirSync(re3d);
    let bytes = 0;
    for (const d of docs) {
      writeFileSync(join(re3d, `${d.id}.txt`), d.text);
      bytes += utf8(d.text);
    }
    log(`bench: start-up included, the ${docs.length} re3d-dev documents as files, ${rounds} round(s)`);
    rows.push(await startupRun(settings, "re3d-dev documents", re3d, docs.length, bytes, true));
    if (articles > 0) {
      const generated = join(root, "generated");
      const written = writeCorpus(generated, generateCorpus(sentencePool(docs.map((d) => d.text)), { articles, seed: 3 }));
      log(`bench: start-up included, ${articles} generated articles, ${rounds} round(s)`);
      rows.push(await startupRun(settings, `generated (${articles} articles)`, generated, articles, written));
    }
    const table = [
      ["texts", "files", "KB", "compromise + chrono-node", `ours, ${workers} threads`, "speed-up", "ours, 1 thread", "speed-up"],
    ];
    for (const r of rows) {
      table.push([
        r.texts,
        String(r.files),
        fixed(r.bytes / 1024, 0),
        seconds(r.theirs),
        seconds(r.ours),
        `${fixed(r.theirs / r.ours, 2)}x`,
        seconds(r.oursOne),
        `${fixed(r.theirs / r.oursOne, 2)}x`,
      ]);
    }
    const text =
      `(a') start-up included: a fresh process per run over a folder of the texts, median of ${rounds} interleaved round(s); ` +
      `compromise + chrono-node in plain Node (one thread: neither has another mode), ours as \`npm run extract -- --no-cache\` runs it ` +
      `(node scripts/launch.js scripts/extract.ts: the compiled command line; tables built and printed)\n${formatTable(table)}\n` +
      cpuTable(rows, workers);
    return { text, rows };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
