// The extraction tables for the data loaders and the dynamic paths. Framework runs every loader in
// its own process, and importing the engine costs about a second, so the first process stores the
// tables under .cache/briefing-site/ keyed by the articles folder (names, sizes, mtimes) and the
// engine's source files; the others read that copy without importing the engine.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Tables } from "../../extract/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(here, "../../..");

/** The folder the briefing is built from: BRIEFING_ARTICLES, else `seeds/`. */
export function articlesFolder(): string {
  return resolve(projectRoot, process.env.BRIEFING_ARTICLES ?? "seeds");
}

function* walk(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** A key that changes when any article or any engine source file changes. */
export function tablesKey(folder = articlesFolder()): string {
  const hash = createHash("sha256").update(folder);
  for (const root of [folder, resolve(here, "../../extract")]) {
    for (const path of walk(root)) {
      const { size, mtimeMs } = statSync(path);
      hash.update(`${relative(root, path)}\0${size}\0${mtimeMs}\n`);
    }
  }
  return hash.digest("hex").slice(0, 24);
}

/** The extraction tables for the current articles folder. */
export async function getTables(): Promise<Tables> {
  const dir = join(projectRoot, ".cache", "briefing-site");
  const file = join(dir, `${tablesKey()}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as Tables;
  const { loadTables } = await import("../../extract/load.js");
  const tables = await loadTables(articlesFolder());
  mkdirSync(dir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(tables));
  renameSync(temp, file);
  // keep the newest few copies
  const old = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t)
    .slice(4);
  for (const { f } of old) rmSync(join(dir, f), { force: true });
  return tables;
}

/** Prints a loader's result as JSON on stdout (the one file a data loader produces). */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value));
}
