// A site of its own for another articles folder: an articles folder, a copy of the Framework root
// (the engine linked, not copied; no generated data), a cache and an output, all under one work
// folder. Used to build briefings side by side without touching src/ or dist/ (tests, benchmarks).
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../extract/cache.js";

export interface WorkSite {
  articles: string;
  site: string;
  output: string;
  cache: string;
}

/** What of src/ a work site does not copy: Framework's cache and the data the assembly generates (its loaders are copied). */
const NOT_COPIED = new Set([".observablehq", "data"]);
const LOADERS = ["data/tables", "data/world.json.ts"];

export function prepareWorkSite(work: string): WorkSite {
  const w = { articles: join(work, "articles"), site: join(work, "src"), output: join(work, "dist"), cache: join(work, "cache") };
  mkdirSync(w.articles, { recursive: true });
  mkdirSync(w.site, { recursive: true });
  for (const entry of readdirSync(join(PROJECT_ROOT, "src"))) {
    if (NOT_COPIED.has(entry)) continue;
    if (entry === "extract") symlinkSync(join(PROJECT_ROOT, "src", entry), join(w.site, entry));
    else cpSync(join(PROJECT_ROOT, "src", entry), join(w.site, entry), { recursive: true });
  }
  for (const loader of LOADERS) cpSync(join(PROJECT_ROOT, "src", loader), join(w.site, loader), { recursive: true });
  // Framework runs the .ts loaders with tsx, found from the root up: a work folder outside the
  // project (a temporary folder) would otherwise print no map and no tables
  const modules = join(work, "node_modules");
  if (!existsSync(modules)) symlinkSync(join(PROJECT_ROOT, "node_modules"), modules);
  return w;
}

/** The environment that points `npm run build` and `npm run dev` at a work site. */
export function workSiteEnv(w: WorkSite): Record<string, string> {
  return {
    BRIEFING_ARTICLES: w.articles,
    BRIEFING_SITE_ROOT: w.site,
    BRIEFING_OUTPUT: w.output,
    BRIEFING_CACHE: w.cache,
    OBSERVABLE_TELEMETRY_DISABLE: "1",
  };
}
