// Starts an extraction worker thread. It runs the compiled worker (compile.js: worker.ts and the
// engine bundled into one module, made at first use and again whenever a file it is made from
// changes) with V8's code cache of it (cachedScript.js), which starts in a fraction of the time the
// TypeScript source takes. Where no bundle can
// be made, the worker runs the source: Node 20 workers do not inherit the parent's loader hooks (tsx
// CLI, vitest, Framework's loaders all run TypeScript through hooks), and `--import tsx` in a
// worker's execArgv applies too late for its entry module; so that worker starts as a tiny script
// that registers tsx's loader, by absolute URL, then imports the real entry.
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compiledEntry } from "./compile.js";

/** What a worker thread runs: a compiled bundle, or the TypeScript source (through tsx). */
export interface WorkerEntry {
  url: string;
  compiled: boolean;
}

const SOURCE = fileURLToPath(new URL("./worker.ts", import.meta.url));

/** The compiled worker, made first if it is missing or out of date; the source when it cannot be made. */
export async function workerEntry(): Promise<WorkerEntry> {
  try {
    return { url: await compiledEntry(SOURCE), compiled: true };
  } catch {
    return { url: pathToFileURL(SOURCE).href, compiled: false };
  }
}

/** URL of tsx's ESM register API, read from tsx's package exports ("./esm/api" → import). */
function tsxRegisterUrl(): string {
  const manifest = createRequire(SOURCE).resolve("tsx/package.json");
  const exports = JSON.parse(readFileSync(manifest, "utf8")).exports?.["./esm/api"];
  const target: unknown = exports?.import?.default ?? exports?.import ?? exports?.default;
  if (typeof target !== "string") throw new Error(`cannot find tsx's ESM register API in ${manifest}`);
  return pathToFileURL(join(dirname(manifest), target)).href;
}

/** cachedScript.js, which runs a compiled bundle with V8's code cache. */
const CACHED_SCRIPT = new URL("./cachedScript.js", import.meta.url).href;

export function spawnWorker(entry: WorkerEntry): Worker {
  // the compiled worker with V8's code cache, written once the worker has loaded and warmed up
  // (a worker thread is terminated, never left to exit)
  if (entry.compiled)
    return new Worker(`import(${JSON.stringify(CACHED_SCRIPT)}).then((m) => m.runBundle(${JSON.stringify(entry.url)}, "loaded"));`, {
      eval: true,
    });
  const script = `import(${JSON.stringify(tsxRegisterUrl())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.url)}); });`;
  return new Worker(script, { eval: true });
}
