// `npm run bench -- [--quick] [--rounds N] [--startup-articles N] [--sizes 1000,10000] [--workers N]
//                    [--build [--build-sizes 2000,10000] [--rebuilds N]] [--dev [--dev-sizes 2000]] [--dev-browser]`
// A benchmark, not a test: prints tables on stdout (progress on stderr), and the targets of issue 11.
// The measurements are in src/bench/ (perDocument, startup, scale, builds, targets); this reads the
// arguments and runs them.
//  (a) per-document speed on the re3d-dev texts: our extraction (extractArticle, no cache, one
//      thread) vs compromise (people, places, organizations, numbers) + chrono-node (dates);
//  (a') start-up included: each system as a fresh process over a folder of the same texts (the
//      re3d-dev documents as files, and a generated folder): compromise + chrono-node in plain
//      Node, ours as `npm run extract -- --no-cache` runs it, on all cores and on one thread;
//      rounds interleaved (A/B/A/B), medians;
//  (b) scale, on generated corpora (re3d-dev sentences in a seeded shuffle), each size in a fresh
//      child process: cold extraction with worker threads (and in-process, for ≤ 1,000 articles),
//      warm re-run, re-extraction after adding one article, buildTables alone, peak memory;
//  (c) with --build: on generated corpora (2,000 and 10,000 articles; --build-sizes to change),
//      `npm run extract -- --no-cache`, a cold `npm run build` (the ratio of the two), rebuilds
//      after one new article each (median of --rebuilds, default 2), the peak memory of all the
//      processes of each, dist/'s size and files;
//  (d) with --dev: the dev preview's refresh (src/site/dev.ts) in this process, as `npm run dev`
//      keeps its memory between refreshes, on generated corpora (2,000 articles; --dev-sizes to
//      change): a cold refresh, an unchanged one, one after each of --rebuilds new articles, a
//      changed and a deleted article, each split into its steps (CPU time);
//  (d') with --dev-browser: `npm run dev` in its own process on the same corpora, its front page open
//      in Chromium: from each of --rebuilds new articles landing to the page showing it (wall).
// Default sizes: 1000 for (b) (about a minute on 2 cores); --sizes '' skips it.
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { readRe3d } from "../src/evaluate/re3d.js";
import { RE3D_DEV } from "../src/evaluate/corpora.js";
import { resolveWorkers } from "../src/extract/workers/config.js";
import { compiledEntry } from "../src/extract/workers/compile.js";
import type { BenchSettings } from "../src/bench/settings.js";
import { perDocument } from "../src/bench/perDocument.js";
import { startupIncluded } from "../src/bench/startup.js";
import { runScale, scaleTable, type ScaleResult } from "../src/bench/scale.js";
import { buildRun, buildTable, type BuildRun } from "../src/bench/builds.js";
import { targets } from "../src/bench/targets.js";
import { devRun, devTable, type DevRun } from "../src/bench/dev.js";
import { pageFollowRun, pageFollowTable, type PageFollowRun } from "../src/bench/devBrowser.js";

const SCRIPT = fileURLToPath(import.meta.url);

// ---------- arguments ----------
const USAGE =
  "usage: npm run bench -- [--quick] [--rounds N] [--startup-articles N] [--sizes 1000,10000] [--workers N] [--build [--build-sizes 2000,10000] [--rebuilds N]] [--dev [--dev-sizes 2000]] [--dev-browser]";
function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n${USAGE}\n`);
  process.exit(2);
}
const OPTIONS = {
  sizes: { type: "string" },
  quick: { type: "boolean" },
  rounds: { type: "string" },
  workers: { type: "string" },
  build: { type: "boolean" },
  "build-sizes": { type: "string" },
  rebuilds: { type: "string" },
  dev: { type: "boolean" },
  "dev-sizes": { type: "string" },
  "dev-browser": { type: "boolean" },
  "startup-articles": { type: "string" },
  "child-scale": { type: "string" },
  "no-inprocess": { type: "boolean" },
  help: { type: "boolean" },
} as const;
let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>["values"];
try {
  parsed = parseArgs({ options: OPTIONS }).values;
} catch (error) {
  fail((error as Error).message);
}
if (parsed.help) fail("help");
const quick = parsed.quick ?? false;
const rounds = Number(parsed.rounds ?? (quick ? 1 : 5));
const wholeNumbers = (list: string) => list.split(",").filter(Boolean).map(Number);
const sizes = wholeNumbers(parsed.sizes ?? (quick ? "200" : "1000"));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) fail("--sizes takes whole numbers, e.g. 1000,10000 (or none: --sizes '')");
const buildSizes = wholeNumbers(parsed["build-sizes"] ?? "2000,10000");
if (buildSizes.some((n) => !Number.isInteger(n) || n < 1)) fail("--build-sizes takes whole numbers, e.g. 2000,10000");
const devSizes = wholeNumbers(parsed["dev-sizes"] ?? "2000");
if (devSizes.some((n) => !Number.isInteger(n) || n < 1)) fail("--dev-sizes takes whole numbers, e.g. 2000,10000");
const rebuilds = Number(parsed.rebuilds ?? 2);
if (!Number.isInteger(rebuilds) || rebuilds < 1) fail("--rebuilds takes a whole number");
const startupArticles = Number(parsed["startup-articles"] ?? (quick ? 100 : 500));
if (!Number.isInteger(startupArticles) || startupArticles < 0) fail("--startup-articles takes a whole number (0: the re3d-dev texts only)");
if (!Number.isInteger(rounds) || rounds < 1) fail("--rounds takes a whole number");
const workers = resolveWorkers(parsed.workers === undefined ? undefined : Number(parsed.workers));

/** One size of (b) in a fresh process: this script with --child-scale. */
function childScale(size: number): Promise<ScaleResult> {
  return new Promise((done, reject) => {
    const args = [...process.execArgv, SCRIPT, "--child-scale", String(size), "--workers", String(workers)];
    if (parsed["no-inprocess"]) args.push("--no-inprocess");
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"], env: process.env });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      if (code !== 0 || !line.startsWith("{")) reject(new Error(`the ${size}-article run failed (exit code ${code})`));
      else done(JSON.parse(line) as ScaleResult);
    });
  });
}

// ---------- main ----------
const settings: BenchSettings = { docs: readRe3d(RE3D_DEV), rounds, workers, log: (line) => process.stderr.write(`${line}\n`) };
const child = parsed["child-scale"];
if (child !== undefined) {
  process.stdout.write(`${JSON.stringify(await runScale(settings, Number(child), !parsed["no-inprocess"]))}\n`);
  process.exit(0);
}
// the compiled command lines and worker are made once per change of the code, as at first use after
// an install: made here, so that no timed run includes making them
for (const entry of ["scripts/extract.ts", "scripts/build.ts", "src/extract/workers/worker.ts"]) await compiledEntry(entry);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
settings.log(`bench: ${availableParallelism()} cores, load average ${load()}`);
const doc = perDocument(settings);
process.stdout.write(`${doc.text}\n\n`);
const startup = await startupIncluded(settings, startupArticles);
process.stdout.write(`${startup.text}\n\n`);
if (sizes.length) {
  const results: ScaleResult[] = [];
  for (const size of sizes) results.push(await childScale(size));
  process.stdout.write(`${scaleTable(results)}\n\n`);
}
const runs: BuildRun[] = [];
if (parsed.build) {
  for (const size of buildSizes) runs.push(await buildRun(settings, size, rebuilds));
  process.stdout.write(`${buildTable(runs, rebuilds)}\n\n`);
}
if (parsed.dev) {
  const devRuns: DevRun[] = [];
  for (const size of devSizes) devRuns.push(await devRun(settings, size, rebuilds));
  process.stdout.write(`${devTable(devRuns)}\n\n`);
}
if (parsed["dev-browser"]) {
  const follows: PageFollowRun[] = [];
  for (const size of devSizes) follows.push(await pageFollowRun(settings, size, rebuilds));
  process.stdout.write(`${pageFollowTable(follows)}\n\n`);
}
process.stdout.write(`${targets(doc, startup.rows, runs, workers)}\n`);
process.stdout.write(
  `machine: ${availableParallelism()} cores, load average at the end ${load()} (other work on the machine slows every figure)\n`,
);
