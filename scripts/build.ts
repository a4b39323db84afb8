// `npm run build`: the briefing of the articles folder (BRIEFING_ARTICLES, else seeds/) into dist/.
//  1. extract: only new or changed articles; the rest come from the per-article cache;
//  2. record what changed since the last build ("Since the last build" on the front page);
//  3. compute every page's data in this process and write the outputs that changed into
//     Framework's loader cache, so `observable build` runs no loader and is never stale;
//  4. render: all pages when the site's own sources changed (or there is no previous site),
//     otherwise only the pages whose data changed, merged into the existing dist/.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { articlesFolder } from "../src/extract/load.js";
import { PROJECT_ROOT, cacheRoot } from "../src/extract/cache.js";
import { fileReport } from "../src/build/report.js";
import { runFramework } from "../src/build/framework.js";
import { refreshSiteData } from "../src/build/refresh.js";
import { actorPath, articlePath } from "../src/build/pageData.js";
import { searchEntries } from "../src/build/searchEntries.js";
import { pageOfOutput } from "../src/build/loaderCache.js";
import { siteSourcesHash } from "../src/build/siteSources.js";
import { mergeSite } from "../src/build/mergeSite.js";

const args = process.argv.slice(2);
const full = args.includes("--full");
const folder = articlesFolder();
if (!existsSync(folder) || !statSync(folder).isDirectory()) {
  process.stderr.write(`build: the articles folder ${folder} does not exist (set BRIEFING_ARTICLES to a folder of articles)\n`);
  process.exit(2);
}
const output = resolve(PROJECT_ROOT, process.env.BRIEFING_OUTPUT ?? "dist");
const siteRoot = resolve(PROJECT_ROOT, process.env.BRIEFING_SITE_ROOT ?? "src");
const stateDir = join(cacheRoot(), "site");
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

const started = Date.now();
process.stderr.write(`build: articles from ${folder}\n`);
const { tables, sync, outputs } = await refreshSiteData(folder, siteRoot);
for (const line of fileReport(tables)) process.stderr.write(`${line}\n`);
process.stderr.write(
  `build: extraction and page data (${outputs} files) in ${seconds(started)}: ${sync.written.length} written, ${sync.removed.length} removed, ${sync.unchanged} unchanged\n`,
);

// Render all pages, or only those whose data changed.
const statePath = join(stateDir, "last-build.json");
const state = existsSync(statePath) ? (JSON.parse(readFileSync(statePath, "utf8")) as { site: string; output: string; siteRoot: string }) : null;
const site = siteSourcesHash(siteRoot, PROJECT_ROOT);
const incremental = !full && state !== null && state.site === site && state.output === output && state.siteRoot === siteRoot && existsSync(join(output, "index.html"));
const renderStarted = Date.now();
// what Framework needs of the tables, so that its processes do not load them
mkdirSync(stateDir, { recursive: true });
const searchFile = join(stateDir, "search.json");
writeFileSync(searchFile, JSON.stringify(searchEntries(tables)));
const env = { BRIEFING_ARTICLES: folder, BRIEFING_SITE_ROOT: siteRoot, BRIEFING_SEARCH_FILE: searchFile };
// One Framework process holds every page it renders in memory: at thousands of pages, render them
// in runs of a bounded size, each into a staging folder merged into the site.
const perRun = Number(process.env.BRIEFING_PAGES_PER_RUN ?? 1500);
const staging = join(stateDir, "staging");
let code = 0;
if (incremental) {
  const pages = [...new Set(sync.written.map(pageOfOutput).filter((p): p is string => p !== null))];
  const gone = sync.removed.map(pageOfOutput).filter((p): p is string => p !== null);
  process.stderr.write(`build: incremental: ${pages.length} data pages changed, ${gone.length} removed\n`);
  code = await renderInRuns(pages, gone);
} else {
  const pages = [...tables.actors.map((a) => pageOfOutput(actorPath(a.id))!), ...tables.articles.map((a) => pageOfOutput(articlePath(a.id))!)];
  if (pages.length <= perRun) {
    const pathsFile = join(stateDir, "paths.json");
    writeFileSync(pathsFile, JSON.stringify(pages));
    code = await exitCode(runFramework(["build"], { ...env, BRIEFING_OUTPUT: output, BRIEFING_PATHS_FILE: pathsFile }));
  } else {
    rmSync(output, { recursive: true, force: true });
    code = await renderInRuns(pages, []);
  }
}
if (code === 0) {
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(statePath, JSON.stringify({ site, output, siteRoot }));
}
process.stderr.write(`build: ${incremental ? "incremental" : "full"} render in ${seconds(renderStarted)}; total ${seconds(started)}\n`);
process.exit(code);

/** Renders `pages` (and the listed pages) in runs of `perRun`, merging each into the output. */
async function renderInRuns(pages: string[], gone: string[]): Promise<number> {
  mkdirSync(stateDir, { recursive: true });
  const pathsFile = join(stateDir, "paths.json");
  for (let from = 0; from === 0 || from < pages.length; from += perRun) {
    const run = pages.slice(from, from + perRun);
    writeFileSync(pathsFile, JSON.stringify(run));
    const status = await exitCode(runFramework(["build"], { ...env, BRIEFING_OUTPUT: staging, BRIEFING_PATHS_FILE: pathsFile }));
    if (status !== 0) return status;
    const merged = mergeSite(staging, output, from === 0 ? gone : []);
    rmSync(staging, { recursive: true, force: true });
    process.stderr.write(`build: merged ${merged.copied} pages into ${relative(PROJECT_ROOT, output)}, removed ${merged.removedPages.length}, relinked ${merged.relinked}\n`);
  }
  return 0;
}

function exitCode(child: ReturnType<typeof runFramework>): Promise<number> {
  return new Promise((done) => child.on("exit", (c) => done(c ?? 1)));
}
