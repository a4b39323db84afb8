// Starts a worker thread running a sibling module of this folder, from TypeScript or compiled form.
// Node 20 workers do not inherit the parent's loader hooks (tsx CLI, vitest, Framework's loaders
// all run TypeScript through hooks), and `--import tsx` in a worker's execArgv applies too late
// for its entry module; so a TypeScript worker starts as a tiny script that registers tsx's
// loader, by absolute URL, then imports the real entry.
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = fileURLToPath(import.meta.url);
const EXT = extname(here); // ".ts" when run from source, ".js" once compiled

let apiMemo: string | undefined;
/** URL of tsx's ESM register API, read from tsx's package exports ("./esm/api" → import). */
function tsxRegisterUrl(): string {
  if (apiMemo) return apiMemo;
  const manifest = createRequire(here).resolve("tsx/package.json");
  const exports = JSON.parse(readFileSync(manifest, "utf8")).exports?.["./esm/api"];
  const target: unknown = exports?.import?.default ?? exports?.import ?? exports?.default;
  if (typeof target !== "string") throw new Error(`cannot find tsx's ESM register API in ${manifest}`);
  return (apiMemo = pathToFileURL(join(dirname(manifest), target)).href);
}

export function spawnWorker(name: string): Worker {
  const entry = new URL(`./${name}${EXT}`, import.meta.url);
  if (EXT !== ".ts") return new Worker(entry);
  const script = `import(${JSON.stringify(tsxRegisterUrl())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(script, { eval: true });
}
