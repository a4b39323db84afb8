// Builds a site from another articles folder with the real build script, in a work folder of its
// own (a copy of the Framework root, its own cache and output), so src/ and dist/ are untouched.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "..", "..");

export interface SiteWork {
  articles: string;
  site: string;
  output: string;
  cache: string;
}

/** A work folder with an empty articles folder and a copy of the Framework root (engine linked). */
export function prepareSite(work: string): SiteWork {
  const w = { articles: join(work, "articles"), site: join(work, "src"), output: join(work, "dist"), cache: join(work, "cache") };
  mkdirSync(w.articles, { recursive: true });
  mkdirSync(w.site, { recursive: true });
  for (const entry of readdirSync(join(ROOT, "src"))) {
    if (entry === ".observablehq") continue;
    if (entry === "extract") symlinkSync(join(ROOT, "src", entry), join(w.site, entry));
    else cpSync(join(ROOT, "src", entry), join(w.site, entry), { recursive: true });
  }
  return w;
}

/** Runs `npm run build`'s script for the work folder; returns its log, throws with it on failure. */
export function buildSite(w: SiteWork): string {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "build.ts")], {
    cwd: ROOT,
    encoding: "utf8",
    env: {
      ...process.env,
      OBSERVABLE_TELEMETRY_DISABLE: "1",
      BRIEFING_ARTICLES: w.articles,
      BRIEFING_SITE_ROOT: w.site,
      BRIEFING_OUTPUT: w.output,
      BRIEFING_CACHE: w.cache,
    },
  });
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`site build failed:\n${log.slice(-4000)}`);
  return log;
}
