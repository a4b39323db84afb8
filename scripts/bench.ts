// `npm run bench -- [--sizes 1000,10000] [--quick] [--rounds N] [--workers N] [--build [--build-sizes 2000,10000]]`
// A benchmark, not a test: prints tables on stdout (progress on stderr).
//  (a) per-document speed on the re3d-dev texts: our extraction (extractArticle, no cache, one
//      thread) vs compromise (people, places, organizations, numbers) + chrono-node (dates);
//  (b) scale, on generated corpora (re3d-dev sentences in a seeded shuffle), each size in a fresh
//      child process: cold extraction with worker threads (and in-process, for ≤ 1,000 articles),
//      warm re-run, re-extraction after adding one article, buildTables alone, peak memory;
//  (c) with --build: on generated corpora (default 2,000 articles; 10,000 is opt-in:
//      --build-sizes 2000,10000), `npm run extract -- --no-cache`, a cold `npm run build` (the
//      ratio of the two), the peak memory of the build's processes, dist/'s size and files, and a
//      rebuild after one new article.
// Default sizes: 1000 (about a minute on 2 cores); 10000 is opt-in: --sizes 1000,10000.
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
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

const RE3D = RE3D_DEV;
const SCRIPT = fileURLToPath(import.meta.url);

// ---------- arguments ----------
const USAGE = "usage: npm run bench -- [--sizes 1000,10000] [--quick] [--rounds N] [--workers N] [--build [--build-sizes 2000,10000]]";
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
const buildSizes = wholeNumbers(parsed["build-sizes"] ?? "2000");
if (buildSizes.some((n) => !Number.isInteger(n) || n < 1)) fail("--build-sizes takes whole numbers, e.g. 2000,10000");
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

function perDocument(): string {
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
  return `(a) per document, re3d-dev: ${docs.length} documents, ${fixed(bytes / 1024, 0)} KB, median of ${rounds} round(s) after a warm-up, one thread\n${formatTable(rows)}`;
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
  again: Measured;
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
    const [added] = generateCorpus(pool, { articles: 1, seed: 777 });
    writeFileSync(join(work.articles, `zz-added-${added.name}`), added.text);
    const again = await npm("npm run build after adding one article", ["run", "--silent", "build"]);
    return { size, extract, cold, again, distBytes: dist.bytes, distFiles: dist.files, htmlFiles: dist.html };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function buildTable(runs: BuildRun[]): string {
  const rows = [["articles", "extract --no-cache", "cold build", "build / extract", "+1 article", "peak RSS build", "dist/", "files", "of which HTML"]];
  const status = (m: Measured) => (m.code === 0 ? seconds(m.ms) : "FAILED");
  for (const r of runs) {
    rows.push([
      String(r.size), status(r.extract), status(r.cold), `${fixed(r.cold.ms / r.extract.ms, 2)}x`, status(r.again),
      `${fixed(r.cold.peakRss / MB, 0)} MB`, `${fixed(r.distBytes / MB, 1)} MB`, String(r.distFiles), String(r.htmlFiles),
    ]);
  }
  return `(c) npm run build on generated corpora (fresh work site each: empty caches and Framework root)\n${formatTable(rows)}\n` +
    `targets: build / extract ≤ 4x at 2,000 articles; 10,000 articles cold in under 3 min; peak memory (all processes of the build at once) under 2 GB`;
}

// ---------- main ----------
const child = parsed["child-scale"];
if (child !== undefined) {
  process.stdout.write(`${JSON.stringify(await runScale(Number(child)))}\n`);
  process.exit(0);
}
const sections: string[] = [];
sections.push(perDocument());
process.stdout.write(`${sections[0]}\n\n`);
const results: ScaleResult[] = [];
for (const size of sizes) results.push(await childScale(size));
sections.push(scaleTable(results));
process.stdout.write(`${sections[1]}\n\n`);
if (parsed.build) {
  const runs: BuildRun[] = [];
  for (const size of buildSizes) runs.push(await buildRun(size));
  process.stdout.write(`${buildTable(runs)}\n`);
}

