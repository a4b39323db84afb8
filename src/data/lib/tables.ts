// Loads the extraction tables once per articles folder and shares them between data loaders.
// Framework runs each loader in its own process; the first one calls the engine and stores the
// tables under .cache/briefing-tables/, keyed by the articles folder (names, sizes, mtimes) and the
// engine's source files, so the other loaders and the dynamic paths read them back.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Tables } from "../../extract/types.js";

const here = dirname(fileURLToPath(import.meta.url));

/** The folder the briefing is built from: BRIEFING_ARTICLES, else `seeds/`. */
export function articlesFolder(): string {
  return resolve(process.env.BRIEFING_ARTICLES ?? "seeds");
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
  const hash = createHash("sha256").update(folder).update(process.env.BRIEFING_ENGINE ?? "");
  for (const root of [folder, resolve(here, "../../extract")]) {
    for (const path of walk(root)) {
      const { size, mtimeMs } = statSync(path);
      hash.update(`${relative(root, path)}\0${size}\0${mtimeMs}\n`);
    }
  }
  return hash.digest("hex").slice(0, 24);
}

async function computeTables(): Promise<Tables> {
  // BRIEFING_ENGINE lets tests point at another module exporting loadTables().
  const override = process.env.BRIEFING_ENGINE;
  const specifier = override ? pathToFileURL(resolve(override)).href : "../../extract/load.js";
  const engine = (await import(specifier)) as { loadTables(): Promise<Tables> };
  return engine.loadTables();
}

/** The extraction tables for the current articles folder, computed once and cached on disk. */
export async function getTables(): Promise<Tables> {
  const dir = resolve(".cache/briefing-tables");
  const file = join(dir, `${tablesKey()}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as Tables;
  const tables = await computeTables();
  mkdirSync(dir, { recursive: true });
  const temp = `${file}.${process.pid}`;
  writeFileSync(temp, JSON.stringify(tables));
  renameSync(temp, file);
  return tables;
}

/** Prints a loader's result as JSON on stdout (the one file a data loader produces). */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value));
}
