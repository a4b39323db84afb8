// Builds a site from another articles folder with the real build script, in a work folder of its
// own (see src/site/workSite.ts), so src/ and dist/ are untouched.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
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

/** A finished build: its exit code, its log and its process id. */
export interface FinishedBuild {
  status: number | null;
  log: string;
  pid: number;
}

/** Starts the build script for a work site (or, without one, `npm run build` in `cwd`); resolves when it ends. */
export function startBuild(options: { work?: WorkSite; cwd?: string; args?: string[] }): { pid: number; done: Promise<FinishedBuild> } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("BRIEFING_")));
  const child = options.work
    ? spawn(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "build.ts"), ...(options.args ?? [])], {
        cwd: ROOT,
        env: { ...env, ...workSiteEnv(options.work) },
      })
    : spawn("npm", ["run", "build", "--", ...(options.args ?? [])], { cwd: options.cwd, env });
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const done = new Promise<FinishedBuild>((resolve) => child.on("close", (status) => resolve({ status, log, pid: child.pid! })));
  return { pid: child.pid!, done };
}

/**
 * Copies a checkout as `cp -a` does, without its git history and test work folders; node_modules/
 * is hard-linked (quick) except its cache, which is copied, so that nothing the copy writes can
 * reach the original.
 */
export function copyCheckout(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    if (entry === ".git" || entry === "tmp") continue;
    const args = entry === "node_modules" ? ["-al"] : ["-a"];
    const copied = spawnSync("cp", [...args, join(from, entry), join(to, entry)], { encoding: "utf8" });
    if (copied.status !== 0) throw new Error(`cp ${entry}: ${copied.stderr}`);
  }
  const cache = join(from, "node_modules", ".cache");
  if (existsSync(cache)) {
    rmSync(join(to, "node_modules", ".cache"), { recursive: true, force: true });
    cpSync(cache, join(to, "node_modules", ".cache"), { recursive: true });
  }
}

/** A hash of every file under `dir` (path, mode, content), to prove a folder is byte-for-byte unchanged. */
export function treeHash(dir: string): string {
  const hash = createHash("sha256");
  if (!existsSync(dir)) return "absent";
  for (const file of siteFiles(dir)) hash.update(`${file}\0${readFileSync(join(dir, file)).toString("base64")}\0`);
  return hash.digest("hex");
}
