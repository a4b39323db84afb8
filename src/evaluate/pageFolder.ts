// Reads a folder of saved web pages with gold sidecars: NAME.html (or .htm) beside NAME.gold.json
// ({title, date, text}), in sub-folders too. I/O only: scoring lives in pages.ts.
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { PageGold } from "./pages.js";

export interface SavedPage {
  /** Path relative to the folder, with forward slashes. */
  file: string;
  bytes: Uint8Array;
  gold: PageGold;
}

function goldOf(path: string): PageGold {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const g = data as Partial<PageGold>;
  if (typeof g.title !== "string" || typeof g.text !== "string" || !(g.date === null || typeof g.date === "string")) {
    throw new Error(`${path}: a gold sidecar needs "title" (string), "date" (YYYY-MM-DD or null) and "text" (string)`);
  }
  if (typeof g.date === "string" && !/^\d{4}-\d{2}-\d{2}$/.test(g.date))
    throw new Error(`${path}: "date" must be YYYY-MM-DD or null, got '${g.date}'`);
  return g as PageGold;
}

/** Every page with a sidecar, sorted by path. A page without one is named in `missing`. */
export function readPageFolder(folder: string): { pages: SavedPage[]; missing: string[] } {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Error(`not a folder: ${folder}`);
  const pages: SavedPage[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const m = /^(.*)\.html?$/i.exec(name);
      if (!m) continue;
      const file = relative(folder, path).split("\\").join("/");
      const sidecar = join(dir, `${m[1]}.gold.json`);
      if (!existsSync(sidecar)) {
        missing.push(file);
        continue;
      }
      pages.push({ file, bytes: readFileSync(path), gold: goldOf(sidecar) });
    }
  };
  walk(folder);
  return { pages, missing };
}
