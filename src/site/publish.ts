// `npm run build`: the briefing of an articles folder, built from scratch into a staging folder
// and swapped into the output, so the output is always exactly what a clean build writes:
//  1. the tables (only new or changed articles are extracted; the rest come from the cache);
//  2. "since the last build", from the build history;
//  3. the site-wide pages' data into the Framework root's data/ folder, and each actor's and
//     article's data into a folder beside the staging one (then the tables are let go, so the
//     Framework process does not run beside them);
//  4. Framework renders the pages into the staging folder: the site-wide ones and one template
//     per kind of item page (see render.ts);
//  5. the item data moves into the staging folder, where the pages fetch it, and each item gets its
//     page: the template at its address;
//  6. the staging folder replaces the output.
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadCorpus } from "../extract/load.js";
import { ITEM_KINDS, itemDataDir, itemDataOutput, type ItemKind } from "../pagedata/routes.js";
import type { BuildChanges } from "./changes.js";
import { siteFiles } from "./data.js";
import { siblingOf, swapInto, writeAtomic, writeDated } from "./files.js";
import { runFramework, exitCode } from "./framework.js";
import { recordBuild } from "./history.js";
import { placeItemPage, removeTemplates } from "./render.js";
import { fileReport } from "./report.js";

export interface PublishOptions {
  /** The articles folder. */
  folder: string;
  /** The Framework root (src/, or a work site's copy). */
  root: string;
  /** Where the site goes (dist/). */
  output: string;
  /** Progress lines. */
  log?: (line: string) => void;
}

export interface Published {
  articles: number;
  actors: number;
  changes: BuildChanges;
  /** One line per file of the folder: what happened to it. */
  report: string[];
  /** Milliseconds: extraction (with the tables), data files, Framework, item pages. */
  timings: { tables: number; data: number; render: number; items: number };
  /** Items (actors and articles) published. */
  items: number;
}

interface Prepared {
  articles: number;
  actors: number;
  changes: BuildChanges;
  report: string[];
  items: Array<{ kind: ItemKind; slug: string }>;
  timings: { tables: number; data: number };
}

/** Steps 1 to 3; the tables and page data stay in here. */
async function prepare(options: PublishOptions, itemsDir: string): Promise<Prepared> {
  const clock = stopwatch();
  const { tables, fingerprint, modified } = await loadCorpus(options.folder);
  const changes = recordBuild(options.folder, fingerprint, tables);
  const tablesMs = clock();
  const files = siteFiles(tables, fingerprint, changes, options.folder);
  for (const f of files.root) writeDated(join(options.root, f.path), f.json, modified);
  const items: Prepared["items"] = [];
  for (const item of files.items) {
    writeAtomic(join(itemsDir, itemDataOutput(item.kind, item.slug)), item.json);
    items.push({ kind: item.kind, slug: item.slug });
  }
  const report = fileReport(tables);
  return { articles: tables.articles.length, actors: tables.actors.length, changes, report, items, timings: { tables: tablesMs, data: clock() } };
}

export async function publish(options: PublishOptions): Promise<Published> {
  const log = options.log ?? (() => {});
  const staging = siblingOf(options.output, "building");
  const itemsDir = siblingOf(options.output, "items");
  for (const dir of [staging, itemsDir]) rmSync(dir, { recursive: true, force: true });
  const prepared = await prepare(options, itemsDir);
  log(`data files: ${prepared.items.length} actors and articles in ${seconds(prepared.timings.data)}`);

  const clock = stopwatch();
  const code = await exitCode(runFramework(["build"], { BRIEFING_SITE_ROOT: options.root, BRIEFING_OUTPUT: staging }));
  if (code !== 0) {
    for (const dir of [staging, itemsDir]) rmSync(dir, { recursive: true, force: true });
    throw new Error(`Framework's build failed (exit code ${code}); ${options.output} is left as it was`);
  }
  const renderMs = clock();
  for (const kind of ITEM_KINDS) {
    const from = join(itemsDir, "_file", itemDataDir(kind));
    if (!existsSync(from)) continue; // a folder without actors
    mkdirSync(dirname(join(staging, "_file", itemDataDir(kind))), { recursive: true });
    renameSync(from, join(staging, "_file", itemDataDir(kind)));
  }
  rmSync(itemsDir, { recursive: true, force: true });
  for (const { kind, slug } of prepared.items) placeItemPage(staging, kind, slug);
  removeTemplates(staging);
  swapInto(staging, options.output);
  const { timings, items, ...rest } = prepared;
  return { ...rest, items: items.length, timings: { ...timings, render: renderMs, items: clock() } };
}

/** Milliseconds since the last call (or since it was made). */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const ms = now - last;
    last = now;
    return ms;
  };
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
