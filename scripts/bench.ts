// `npm run bench -- [--quick] [--rounds N] [--startup-articles N] [--sizes 1000,10000] [--workers N]
//                    [--build [--build-sizes 2000,10000] [--rebuilds N]]`
// A benchmark, not a test: prints tables on stdout (progress on stderr), and the targets of issue 11.
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
//      processes of each, dist/'s size and files.
// Default sizes: 1000 for (b) (about a minute on 2 cores); --sizes '' skips it.
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import * as chrono from "chrono-node";
import { readRe3d, type GoldDocument } from "../src/evaluate/re3d.js";
import { RE3D_DEV } from "../src/evaluate/corpora.js";
import { predictSpans } from "../src/evaluate/predict.js";
import { loadActorModel } from "../src/extract/recognize/actors/index.js";
import { extractFolder } from "../src/extract/extractFolder.js";
import { buildTables } from "../src/extract/tables.js";
import { cacheKey, engineVersion, readCached, PROJECT_ROOT } from "../src/extract/cache.js";
import { walkArticles } from "../src/extract/ingest/index.js";
import { resolveWorkers } from "../src/extract/workers/config.js";
import { progressReporter } from "../src/extract/workers/progress.js";
import { generateCorpus, sentencePool } from "../src/bench/corpus.js";
import { writeCorpus } from "../src/bench/files.js";
import { MB, fixed, formatTable, median, perSecond, seconds, timeAsync, timeOnce } from "../src/bench/timing.js";
import { measure, type Measured } from "../src/bench/process.js";
import type { ArticleExtraction } from "../src/extract/types.js";
import { createHash } from "node:crypto";
import { prepareWorkSite, workSiteEnv } from "../src/site/workSite.js";
import { BASELINE_SCRIPT } from "../src/bench/baseline.js";
import { compiledEntry } from "../src/extract/workers/compile.js";

const RE3D = RE3D_DEV;
const SCRIPT = fileURLToPath(import.meta.url);

// ---------- arguments ----------
const USAGE =
  "usage: npm run bench -- [--quick] [--rounds N] [--startup-articles N] [--sizes 1000,10000] [--workers N] [--build [--build-sizes 2000,10000] [--rebuilds N]]";
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
const rebuilds = Number(parsed.rebuilds ?? 2);
if (!Number.isInteger(rebuilds) || rebuilds < 1) fail("--rebuilds takes a whole number");
const startupArticles = Number(parsed["startup-articles"] ?? (quick ? 100 : 500));
if (!Number.isInteger(startupArticles) || startupArticles < 0) fail("--startup-articles takes a whole number (0: the re3d-dev texts only)");
if (!Number.isInteger(rounds) || rounds < 1) fail("--rounds takes a whole number");
const workers = resolveWorkers(parsed.workers === undefined ? undefined : Number(parsed.workers));

const log = (line: string) => process.stderr.write(`${line}\n`);
const docs = readRe3d(RE3D);
const utf8 = (s: string) => Buffer.byteLength(s, "utf8");

// ---------- (b) child: one corpus size, in a fresh process ----------
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
    const hash = createHash("sha256").update(await readFile(f.path)).digest("hex");
    const cached = readCached(cacheDir, cacheKey(f.file, hash, version));
    if (cached && "extraction" in cached) out.push(cached.extraction);
  }
  return out;
}

async function runScale(size: number): Promise<ScaleResult> {
  let sampled = 0;
  const sampler = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 100);
  const pool = sentencePool(docs.map((d) => d.text));
  const root = mkdtempSync(join(tmpdir(), `briefing-bench-${size}-`));
  try {
    const folder = join(root, "articles");
    const bytes = writeCorpus(folder, generateCorpus(pool, { articles: size, seed: 1 }));
    const cacheDir = join(root, "cache");
    let inProcessMs: number | undefined;
    if (size <= 1000 && !parsed["no-inprocess"] && workers > 1) {
      // first, so that neither run finds the model loaded or the code warmed up by the other
      log(`bench: ${size} articles (${fixed(bytes / MB, 2)} MB), cold extraction in-process (1 thread) for comparison`);
      inProcessMs = (await timeAsync(() => extractFolder(folder, { noCache: true, workers: 1, onProgress: progressReporter({ label: `  in-process ${size}` }) }))).ms;
    }
    let coldExtracted = 0;
    log(`bench: ${size} articles (${fixed(bytes / MB, 2)} MB), cold extraction on ${workers} threads (this one + ${workers - 1} worker threads)`);
    const cold = await timeAsync(() =>
      extractFolder(folder, { cacheDir, workers, onExtracted: () => coldExtracted++, onProgress: progressReporter({ label: `  cold ${size}` }) }),
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
      size, bytes, workers, coldMs: cold.ms, coldExtracted, inProcessMs, warmMs: warm.ms, addMs: add.ms, addExtracted, buildTablesMs,
      actors: add.value.actors.length, mentions: add.value.mentions.length,
      peakRssMb: process.resourceUsage().maxRSS / 1024, sampledRssMb: sampled / MB,
    };
  } finally {
    clearInterval(sampler);
    rmSync(root, { recursive: true, force: true });
  }
}

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

// ---------- (a) per-document speed: ours vs compromise + chrono ----------
function runOurs(d: GoldDocument[], model: ReturnType<typeof loadActorModel>): number {
  let n = 0;
  for (const doc of d) {
    const spans = predictSpans(model, doc);
    n += spans.actors.length + spans.dates.length + spans.figures.length;
  }
  return n;
}
function runCompromise(d: GoldDocument[]): number {
  let n = 0;
  for (const doc of d) {
    const parsed = nlp(doc.text);
    n += parsed.people().out("array").length + parsed.places().out("array").length + parsed.organizations().out("array").length + parsed.numbers().out("array").length;
  }
  return n;
}
function runChrono(d: GoldDocument[]): number {
  let n = 0;
  for (const doc of d) n += chrono.parse(doc.text).length;
  return n;
}

interface PerDocument {
  text: string;
  /** ms per document, medians. */
  ours: number;
  theirs: number;
}

function perDocument(): PerDocument {
  const bytes = docs.reduce((s, d) => s + utf8(d.text), 0);
  const model = loadActorModel();
  const systems: Array<[string, () => number]> = [
    ["ours (extractArticle: actors, dates, figures, quotes)", () => runOurs(docs, model)],
    ["compromise (people, places, orgs, numbers)", () => runCompromise(docs)],
    ["chrono-node (dates)", () => runChrono(docs)],
    ["compromise + chrono-node", () => runCompromise(docs) + runChrono(docs)],
  ];
  log(`bench: ${systems.length} systems, a warm-up then ${rounds} interleaved round(s) over ${docs.length} documents`);
  for (const [, fn] of systems) fn(); // warm-up (JIT, lazy model and dictionary loading)
  // rounds interleave the systems, so a change in machine load hits them all alike
  const samples = new Map<string, number[]>(systems.map(([name]) => [name, []]));
  for (let r = 0; r < rounds; r++) for (const [name, fn] of systems) samples.get(name)!.push(timeOnce(fn));
  const timings = new Map([...samples].map(([name, ms]) => [name, median(ms)]));
  const theirs = timings.get("compromise + chrono-node")!;
  const rows = [["system", "ms/round", "docs/s", "MB/s", "ms/doc", "time vs compromise+chrono"]];
  for (const [name, ms] of timings) {
    rows.push([name, fixed(ms, 0), fixed(perSecond(docs.length, ms)), fixed(perSecond(bytes, ms) / MB, 3), fixed(ms / docs.length, 2), `${fixed(ms / theirs, 2)}x`]);
  }
  const text = `(a) per document, re3d-dev: ${docs.length} documents, ${fixed(bytes / 1024, 0)} KB, median of ${rounds} round(s) after a warm-up, one thread\n${formatTable(rows)}`;
  const ours = timings.get(systems[0][0])! / docs.length;
  return { text, ours, theirs: theirs / docs.length };
}

// ---------- (a') start-up included: fresh processes over the same texts ----------
interface StartupRow {
  texts: string;
  files: number;
  bytes: number;
  theirs: number;
  ours: number;
  oursOne: number;
}

/** Each system as a fresh process over `folder`, rounds interleaved (A/B/C, then C/B/A, ...); medians. */
async function startupRun(texts: string, folder: string, files: number, bytes: number): Promise<StartupRow> {
  const env = { ...process.env };
  const runs: Record<"theirs" | "ours" | "oursOne", () => Promise<Measured>> = {
    theirs: () => measure(process.execPath, ["--input-type=module", "-e", BASELINE_SCRIPT, folder], { cwd: PROJECT_ROOT, env }),
    // the command `npm run extract -- --no-cache FOLDER` runs (npm's own start-up left out, as for the baseline)
    ours: () => measure(process.execPath, ["scripts/launch.js", "scripts/extract.ts", "--no-cache", folder], { cwd: PROJECT_ROOT, env: { ...env, BRIEFING_WORKERS: String(workers) } }),
    oursOne: () => measure(process.execPath, ["scripts/launch.js", "scripts/extract.ts", "--no-cache", folder], { cwd: PROJECT_ROOT, env: { ...env, BRIEFING_WORKERS: "1" } }),
  };
  const samples: Record<keyof typeof runs, number[]> = { theirs: [], ours: [], oursOne: [] };
  const order = Object.keys(runs) as Array<keyof typeof runs>;
  for (let r = 0; r < rounds; r++) {
    for (const name of r % 2 ? [...order].reverse() : order) {
      const m = await runs[name]();
      if (m.code !== 0) throw new Error(`start-up run ${name} on ${texts} failed (code ${m.code}):\n${m.stderr.slice(-2000)}`);
      samples[name].push(m.ms);
    }
  }
  return { texts, files, bytes, theirs: median(samples.theirs), ours: median(samples.ours), oursOne: median(samples.oursOne) };
}

async function startupIncluded(): Promise<{ text: string; rows: StartupRow[] }> {
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
    rows.push(await startupRun("re3d-dev documents", re3d, docs.length, bytes));
    if (startupArticles > 0) {
      const generated = join(root, "generated");
      const written = writeCorpus(generated, generateCorpus(sentencePool(docs.map((d) => d.text)), { articles: startupArticles, seed: 3 }));
      log(`bench: start-up included, ${startupArticles} generated articles, ${rounds} round(s)`);
      rows.push(await startupRun(`generated (${startupArticles} articles)`, generated, startupArticles, written));
    }
    const table = [["texts", "files", "KB", "compromise + chrono-node", `ours, ${workers} threads`, "speed-up", "ours, 1 thread", "speed-up"]];
    for (const r of rows) {
      table.push([r.texts, String(r.files), fixed(r.bytes / 1024, 0), seconds(r.theirs), seconds(r.ours), `${fixed(r.theirs / r.ours, 2)}x`, seconds(r.oursOne), `${fixed(r.theirs / r.oursOne, 2)}x`]);
    }
    const text =
      `(a') start-up included: a fresh process per run over a folder of the texts, median of ${rounds} interleaved round(s); ` +
      `compromise + chrono-node in plain Node (one thread: neither has another mode), ours as \`npm run extract -- --no-cache\` runs it ` +
      `(node scripts/launch.js scripts/extract.ts: the compiled command line; tables built and printed)\n${formatTable(table)}`;
    return { text, rows };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function scaleTable(results: ScaleResult[]): string {
  const rows = [["articles", "MB", "threads", "cold", "art/s", "MB/s", "1-thread cold", "speed-up", "warm (no change)", "+1 article", "extracted", "buildTables", "actors", "peak RSS MB"]];
  for (const r of results) {
    rows.push([
      String(r.size), fixed(r.bytes / MB, 2), String(r.workers), seconds(r.coldMs), fixed(perSecond(r.size, r.coldMs)), fixed(perSecond(r.bytes, r.coldMs) / MB, 3),
      r.inProcessMs === undefined ? "–" : seconds(r.inProcessMs), r.inProcessMs === undefined ? "–" : `${fixed(r.inProcessMs / r.coldMs, 2)}x`,
      seconds(r.warmMs), seconds(r.addMs), String(r.addExtracted), seconds(r.buildTablesMs), String(r.actors), fixed(Math.max(r.peakRssMb, r.sampledRssMb), 0),
    ]);
  }
  return `(b) scale: generated corpora (re3d-dev sentences, seeded shuffle, 10–25 sentences per article); each size in a fresh process\n${formatTable(rows)}\n` +
    `"+1 article": re-run after adding one article (hash all files, read the cache, extract 1, buildTables over all); "warm": re-run with nothing changed.`;
}

// ---------- (c) npm run build: cold, against extraction alone, and after one new article ----------
interface BuildRun {
  size: number;
  extract: Measured;
  cold: Measured;
  /** Builds after one new article each. */
  again: Measured[];
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

async function buildRun(size: number): Promise<BuildRun> {
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
    const extract = await npm(`npm run extract -- --no-cache (${size} articles)`, ["run", "--silent", "extract", "--", "--no-cache", work.articles]);
    const cold = await npm(`npm run build, cold (${size} articles, empty caches, fresh Framework root)`, ["run", "--silent", "build"]);
    const dist = folderSize(work.output);
    const again: Measured[] = [];
    const added = generateCorpus(pool, { articles: rebuilds, seed: 777 });
    for (const [k, article] of added.entries()) {
      writeFileSync(join(work.articles, `zz-added-${article.name}`), article.text);
      again.push(await npm(`npm run build after adding one article (${k + 1} of ${rebuilds})`, ["run", "--silent", "build"]));
    }
    return { size, extract, cold, again, distBytes: dist.bytes, distFiles: dist.files, htmlFiles: dist.html };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const failed = (m: Measured) => m.code !== 0;
/** The median time of the rebuilds, NaN if one failed. */
const rebuildMs = (r: BuildRun) => (r.again.some(failed) ? NaN : median(r.again.map((m) => m.ms)));

function buildTable(runs: BuildRun[]): string {
  const rows = [["articles", "extract --no-cache", "cold build", "build / extract", "+1 article", "peak RSS extract", "peak RSS cold build", "peak RSS +1", "dist/", "files", "of which HTML"]];
  const status = (m: Measured) => (failed(m) ? "FAILED" : seconds(m.ms));
  const rss = (...ms: Measured[]) => `${fixed(Math.max(...ms.map((m) => m.peakRss)) / MB, 0)} MB`;
  for (const r of runs) {
    rows.push([
      String(r.size), status(r.extract), status(r.cold), `${fixed(r.cold.ms / r.extract.ms, 2)}x`,
      Number.isNaN(rebuildMs(r)) ? "FAILED" : seconds(rebuildMs(r)),
      rss(r.extract), rss(r.cold), rss(...r.again), `${fixed(r.distBytes / MB, 1)} MB`, String(r.distFiles), String(r.htmlFiles),
    ]);
  }
  return `(c) npm run build on generated corpora (fresh work site each: empty caches and Framework root; "+1 article": median of ${rebuilds} ` +
    `rebuilds, one new article each; peak RSS: all the processes of the command at once, sampled every 200 ms)\n${formatTable(rows)}`;
}

// ---------- the targets of issue 11 ----------
function targets(doc: PerDocument, startup: StartupRow[], runs: BuildRun[]): string {
  const rows = [["target", "measured", "met"]];
  const add = (target: string, measured: string, met: boolean | null) => rows.push([target, measured, met === null ? "–" : met ? "yes" : "NO"]);
  add("extraction ≥ 4x as fast as compromise + chrono-node, per document (one thread)", `${fixed(doc.theirs / doc.ours, 2)}x`, doc.theirs / doc.ours >= 4);
  for (const r of startup) {
    add(`  start-up included, ${r.texts}, ${workers} threads`, `${fixed(r.theirs / r.ours, 2)}x`, r.theirs / r.ours >= 4);
    add(`  start-up included, ${r.texts}, 1 thread`, `${fixed(r.theirs / r.oursOne, 2)}x`, r.theirs / r.oursOne >= 4);
  }
  for (const r of runs) {
    if (r.size === 2000) add("cold build ≤ 4x `extract --no-cache`, 2,000 articles", `${fixed(r.cold.ms / r.extract.ms, 2)}x`, !failed(r.cold) && r.cold.ms / r.extract.ms <= 4);
    if (r.size === 10000) add("10,000 articles cold in under 3 min", seconds(r.cold.ms), !failed(r.cold) && r.cold.ms < 180_000);
    add(`+1 article rebuild, ${r.size.toLocaleString("en-US")} articles ("in seconds")`, Number.isNaN(rebuildMs(r)) ? "FAILED" : seconds(rebuildMs(r)), null);
    const peak = Math.max(r.extract.peakRss, r.cold.peakRss, ...r.again.map((m) => m.peakRss));
    if (r.size === 10000) add("peak memory under 2 GB at 10,000 articles (all processes)", `${fixed(peak / MB, 0)} MB`, peak < 2048 * MB);
  }
  return `targets (issue 11)\n${formatTable(rows)}`;
}

// ---------- main ----------
const child = parsed["child-scale"];
if (child !== undefined) {
  process.stdout.write(`${JSON.stringify(await runScale(Number(child)))}\n`);
  process.exit(0);
}
// the compiled command lines and worker are made once per change of the code, as at first use after
// an install: made here, so that no timed run includes making them
for (const entry of ["scripts/extract.ts", "scripts/build.ts", "src/extract/workers/worker.ts"]) await compiledEntry(entry);
log(`bench: ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
const doc = perDocument();
process.stdout.write(`${doc.text}\n\n`);
const startup = await startupIncluded();
process.stdout.write(`${startup.text}\n\n`);
if (sizes.length) {
  const results: ScaleResult[] = [];
  for (const size of sizes) results.push(await childScale(size));
  process.stdout.write(`${scaleTable(results)}\n\n`);
}
const runs: BuildRun[] = [];
if (parsed.build) {
  for (const size of buildSizes) runs.push(await buildRun(size));
  process.stdout.write(`${buildTable(runs)}\n\n`);
}
process.stdout.write(`${targets(doc, startup.rows, runs)}\n`);
process.stdout.write(`machine: ${availableParallelism()} cores, load average at the end ${loadavg().map((l) => l.toFixed(2)).join(" ")} (other work on the machine slows every figure)\n`);
