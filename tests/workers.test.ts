// The worker-thread path of extractFolder gives the same tables, in the same order, as the
// in-process path; it writes the cache; and the generated bench corpora are deterministic.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, readdirSync, writeFileSync } from "node:fs";
import { RE3D_DEV } from "../src/evaluate/corpora.js";
import { availableParallelism, tmpdir } from "node:os";
import { basename, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractFolder } from "../src/extract/extractFolder.js";
import { resolveWorkers } from "../src/extract/workers/config.js";
import { formatProgress, progressReporter } from "../src/extract/workers/progress.js";
import { generateCorpus, sentencePool } from "../src/bench/corpus.js";
import { writeCorpus } from "../src/bench/files.js";
import { readRe3d } from "../src/evaluate/re3d.js";
import { workerEntry } from "../src/extract/workers/spawn.js";
import { COMPILED_DIR, compileEntry, compiledEntry, currentBundle } from "../src/extract/workers/compile.js";
import { PROJECT_ROOT } from "../src/extract/cache.js";
import { buildFixtureFolder } from "./fixtures/folder.js";

const SEEDS = resolve(__dirname, "../seeds");
const RE3D = RE3D_DEV;

let tmp: string;
let generated: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "briefing-workers-"));
  generated = join(tmp, "articles");
  const pool = sentencePool(readRe3d(RE3D).map((d) => d.text));
  writeCorpus(generated, generateCorpus(pool, { articles: 60, seed: 7 }));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** In-process, on worker threads only, and mixed (this thread helps while the workers start). */
async function allWays(folder: string) {
  const notices: string[] = [];
  const threads = new Set<number>();
  const inProcess = await extractFolder(folder, { noCache: true, workers: 1 });
  const onWorkers = await extractFolder(folder, {
    noCache: true,
    workers: 2,
    workerThreshold: 0,
    workerMinBytes: 0,
    mainThreadExtracts: false,
    onNotice: (m) => notices.push(m),
    onExtracted: (_, thread) => threads.add(thread),
  });
  const mixed = await extractFolder(folder, {
    noCache: true,
    workers: 2,
    workerThreshold: 0,
    workerMinBytes: 0,
    onNotice: (m) => notices.push(m),
  });
  return { inProcess, onWorkers, mixed, notices, threads: [...threads].sort() };
}

describe("extraction on worker threads", () => {
  it("gives the same tables as in-process on the seeds", async () => {
    const { inProcess, onWorkers, mixed, notices, threads } = await allWays(SEEDS);
    expect(notices).toEqual([]); // no fallback to in-process
    // worker threads did all the extracting, this thread none (which worker takes which of five
    // files depends on which starts first)
    expect(threads.length).toBeGreaterThan(0);
    expect(threads.every((t) => t === 1 || t === 2)).toBe(true);
    expect(onWorkers).toEqual(inProcess);
    expect(JSON.stringify(onWorkers)).toBe(JSON.stringify(inProcess)); // same key and row order too
    expect(JSON.stringify(mixed)).toBe(JSON.stringify(inProcess));
    expect(onWorkers.articles.map((a) => a.file)).toEqual(
      readdirSync(SEEDS)
        .filter((f) => f.endsWith(".txt"))
        .sort(),
    );
    expect(onWorkers.actors.map((a) => a.name)).toContain("Mohamed Bazoum");
  }, 60_000);

  it("gives the same tables as in-process on a generated 60-article folder", async () => {
    const { inProcess, onWorkers, mixed, notices, threads } = await allWays(generated);
    expect(notices).toEqual([]);
    expect(threads.length).toBeGreaterThan(0);
    expect(threads.every((t) => t === 1 || t === 2)).toBe(true);
    expect(JSON.stringify(mixed)).toBe(JSON.stringify(inProcess));
    expect(onWorkers.articles).toHaveLength(60);
    expect(onWorkers.articles[0].file).toBe("00.txt");
    expect(onWorkers.actors.length).toBeGreaterThan(20);
    expect(JSON.stringify(onWorkers)).toBe(JSON.stringify(inProcess));
  }, 120_000);

  it("writes each worker result to the cache, so a second run extracts nothing", async () => {
    const cacheDir = join(tmp, "cache");
    const first: string[] = [];
    const progress: number[] = [];
    const cold = await extractFolder(generated, {
      cacheDir,
      workers: 2,
      workerThreshold: 0,
      workerMinBytes: 0,
      mainThreadExtracts: false,
      onExtracted: (f) => first.push(f),
      onProgress: (done) => progress.push(done),
    });
    expect(first.sort()).toEqual(readdirSync(generated).sort());
    expect(progress).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    const second: string[] = [];
    const warm = await extractFolder(generated, {
      cacheDir,
      workers: 2,
      workerThreshold: 0,
      workerMinBytes: 0,
      onExtracted: (f) => second.push(f),
    });
    expect(second).toEqual([]);
    expect(JSON.stringify(warm)).toBe(JSON.stringify(cold));
  }, 120_000);
});

describe("the compiled worker", () => {
  it("is what the worker threads run, made from the engine's source", async () => {
    const entry = await workerEntry();
    expect(entry.compiled).toBe(true);
    expect(entry.url).toMatch(/node_modules\/\.cache\/briefing\/[^/]+\/src-extract-workers-worker-[0-9a-f]{20}\.mjs$/);
    // in a folder of this checkout's own: checkouts sharing node_modules/ keep their bundles apart
    expect(basename(COMPILED_DIR)).toMatch(new RegExp(`^${basename(PROJECT_ROOT)}-[0-9a-f]{8}$`));
    expect(currentBundle("src/extract/workers/worker.ts")).toBe(entry.url);
    const manifest = JSON.parse(readFileSync(join(COMPILED_DIR, "src-extract-workers-worker.json"), "utf8"));
    expect(Object.keys(manifest.inputs)).toEqual(
      expect.arrayContaining(["src/extract/workers/worker.ts", "src/extract/pipeline.ts", "src/extract/recognize/actors/perceptron.ts"]),
    );
  }, 60_000);

  it("gives the same tables as in-process on every kind of file (HTML, Markdown, Latin-1, rejected ones)", async () => {
    const folder = buildFixtureFolder();
    try {
      const html = resolve(__dirname, "fixtures/html");
      mkdirSync(join(folder, "pages"));
      for (const f of readdirSync(html).filter((f) => f.endsWith(".html"))) copyFileSync(join(html, f), join(folder, "pages", f));
      const { inProcess, onWorkers, notices, threads } = await allWays(folder);
      expect(notices).toEqual([]);
      expect(threads.every((t) => t === 1 || t === 2)).toBe(true);
      expect(inProcess.articles.some((a) => a.file === "pages/govuk-baghdad.html" && a.dateSource !== "none")).toBe(true);
      expect(inProcess.articles.find((a) => a.file === "latin1.txt")?.text).toContain("café — naïve");
      expect(inProcess.articles.find((a) => a.file === "doha.md")?.title).toBe("Ceasefire talks resume in Doha");
      expect(inProcess.rejected.map((r) => r.file)).toContain("empty.txt");
      expect(JSON.stringify(onWorkers)).toBe(JSON.stringify(inProcess));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 180_000);

  it("is made again when a file it comes from changes, and keeps each file's own import.meta.url", async () => {
    const dir = join(PROJECT_ROOT, "tmp", `compile-test-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      const entry = join(dir, "entry.ts");
      writeFileSync(join(dir, "word.ts"), 'export const word: string = "first";\n');
      writeFileSync(entry, 'import { word } from "./word.js";\nexport const here = import.meta.url;\nexport default word;\n');
      const first = await compiledEntry(entry);
      expect(currentBundle(relative(PROJECT_ROOT, entry))).toBe(first);
      const a = await import(first);
      expect(a.default).toBe("first");
      expect(a.here).toBe(pathToFileURL(entry).href); // not the bundle's own address
      expect(fileURLToPath(first).startsWith(join(PROJECT_ROOT, "node_modules", ".cache", "briefing"))).toBe(true);
      writeFileSync(join(dir, "word.ts"), 'export const word: string = "second";\n');
      expect(currentBundle(entry)).toBeNull();
      const second = await compiledEntry(entry);
      expect(second).not.toBe(first);
      expect((await import(second)).default).toBe("second");
      writeFileSync(entry, "export const broken = ;\n");
      await expect(compileEntry(entry)).rejects.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      const name = `tmp-compile-test-${process.pid}-entry`;
      for (const f of readdirSync(COMPILED_DIR).filter((f) => f.startsWith(name))) rmSync(join(COMPILED_DIR, f), { force: true });
    }
  }, 60_000);
});

describe("worker count", () => {
  it("takes the option first, then BRIEFING_WORKERS, then the machine", () => {
    expect(resolveWorkers(3, "1")).toBe(3);
    expect(resolveWorkers(undefined, "1")).toBe(1);
    expect(resolveWorkers(undefined, " 4 ")).toBe(4);
    // "auto", an empty setting or none: one thread per core
    expect(resolveWorkers(undefined, "auto")).toBe(availableParallelism());
    expect(resolveWorkers(undefined, " ")).toBe(availableParallelism());
    expect(resolveWorkers(undefined, undefined)).toBe(availableParallelism());
  });
  it("names the bad setting", () => {
    expect(() => resolveWorkers(undefined, "two")).toThrow(/BRIEFING_WORKERS=two/);
    expect(() => resolveWorkers(0)).toThrow(/workers option/);
  });
});

describe("generated corpora", () => {
  const pool = [
    "Alpha spoke in Paris on Monday.",
    "Beta met Gamma in Rome yesterday.",
    "Delta said 300 troops left.",
    "Epsilon visited Berlin in May.",
  ];
  it("are the same for the same seed and differ for another", () => {
    const a = generateCorpus(pool, { articles: 12, seed: 3 });
    expect(generateCorpus(pool, { articles: 12, seed: 3 })).toEqual(a);
    expect(generateCorpus(pool, { articles: 12, seed: 4 })).not.toEqual(a);
    expect(a.map((x) => x.name)).toEqual(Array.from({ length: 12 }, (_, i) => `${String(i).padStart(2, "0")}.txt`));
  });
  it("draw 10 to 25 sentences per article, some under a date header", () => {
    const articles = generateCorpus(pool, { articles: 50, seed: 1 });
    for (const a of articles) {
      const sentences = a.text.replace(/^ date \d{4}-\d{2}-\d{2} /, "").match(/[^.]+\./g) ?? [];
      expect(sentences.length).toBeGreaterThanOrEqual(10);
      expect(sentences.length).toBeLessThanOrEqual(25);
    }
    const dated = articles.filter((a) => /^ date \d{4}-\d{2}-\d{2} \S/.test(a.text));
    expect(dated.length).toBeGreaterThan(10);
    expect(dated.length).toBeLessThan(50);
  });
});

describe("progress lines", () => {
  it("say files done of total, extracted, rate and time left", () => {
    expect(formatProgress("extract", { done: 1200, total: 10000, extracted: 1180, seconds: 10 })).toBe(
      "extract: 1200/10000 files (12%), 1180 extracted, 120.0 files/s, about 74 s left",
    );
    expect(formatProgress("extract", { done: 5, total: 5, extracted: 0, seconds: 0.5 })).toBe(
      "extract: 5/5 files (100%), 0 extracted, 10.0 files/s in 0.5 s",
    );
  });
  it("print at most every 2 s, and always at the end", () => {
    let clock = 0;
    const lines: string[] = [];
    const report = progressReporter({ write: (l) => lines.push(l), now: () => clock });
    for (let done = 1; done <= 100; done++) {
      clock += 100; // 10 files/s
      report(done, 100, done);
    }
    expect(lines).toHaveLength(5); // at 2, 4, 6 and 8 s, then the final line at 10 s
    expect(lines[0]).toBe("extract: 20/100 files (20%), 20 extracted, 10.0 files/s, about 8 s left");
    expect(lines.at(-1)).toBe("extract: 100/100 files (100%), 100 extracted, 10.0 files/s in 10.0 s");
  });
});
