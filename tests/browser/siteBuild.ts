// Builds a site from another articles folder with the real build script, in a work folder of its
// own (see src/site/workSite.ts), so src/ and dist/ are untouched.
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { PROJECT_ROOT } from "../../src/extract/cache.js";
import { prepareWorkSite, workSiteEnv, type WorkSite } from "../../src/site/workSite.js";

export const ROOT = PROJECT_ROOT;
export type SiteWork = WorkSite;
/** A work site under `work` (emptied first with `fresh`). */
export function prepareSite(work: string, options: { fresh?: boolean } = {}): WorkSite {
  if (options.fresh) rmSync(work, { recursive: true, force: true });
  return prepareWorkSite(work);
}

/** Runs `npm run build`'s script for the work folder; returns its log, throws with it on failure. */
export function buildSite(w: WorkSite): string {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "build.ts")], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...workSiteEnv(w) },
  });
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`site build failed:\n${log.slice(-4000)}`);
  return log;
}

/** Every file of a built site, relative to it, sorted. */
export function siteFiles(output: string): string[] {
  return readdirSync(output, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(output, join(e.parentPath, e.name)))
    .sort();
}
