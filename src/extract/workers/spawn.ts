// Starts a worker thread running a sibling module of this folder, in TypeScript or compiled form.
// TypeScript sources need tsx's loader in the worker: it is passed by absolute URL so the worker
// resolves it no matter the current folder (CLI, Framework data loaders, vitest).
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { extname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = fileURLToPath(import.meta.url);
const EXT = extname(here); // ".ts" when run from source, ".js" once compiled

let loaderMemo: string | undefined;
function tsxLoader(): string {
  return (loaderMemo ??= pathToFileURL(createRequire(here).resolve("tsx")).href);
}

export function spawnWorker(name: string): Worker {
  const url = new URL(`./${name}${EXT}`, import.meta.url);
  const execArgv = EXT === ".ts" ? ["--import", tsxLoader()] : [];
  return new Worker(url, { execArgv });
}
