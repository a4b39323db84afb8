// `npm run build`: the briefing of an articles folder, built from scratch into a staging folder
// and swapped into the output, so the output is always exactly what a clean build writes:
//  1. the tables (only new or changed articles are extracted; the rest come from the cache);
//  2. "since the last build", from the build history;
//  3. the site-wide pages' data into the Framework root's data/ folder;
//  4. Framework renders the pages into the staging folder: the site-wide ones and one template
//     per kind of item page (see render.ts);
//  5. each actor's and article's data into the staging folder, where its page fetches it, and its
//     page: the template at its address;
//  6. the staging folder replaces the output.
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Tables } from "../extract/types.js";
import { loadCorpus } from "../extract/load.js";
import { itemDataOutput } from "../pagedata/routes.js";
import type { BuildChanges } from "./changes.js";
import { siteFiles } from "./data.js";
import { stagingFor, swapInto, writeAtomic, writeDated } from "./files.js";
import { runFramework, exitCode } from "./framework.js";
import { recordBuild } from "./history.js";
import { placeItemPage, removeTemplates } from "./render.js";

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
  tables: Tables;
  changes: BuildChanges;
  /** Milliseconds: extraction (and the tables), page data, Framework, item files. */
  timings: { tables: number; data: number; render: number; items: number };
  /** Item data files written. */
  items: number;
}

export async function publish(options: PublishOptions): Promise<Published> {
  const log = options.log ?? (() => {});
  const clock = stopwatch();
  const { tables, fingerprint, modified } = await loadCorpus(options.folder);
  const changes = recordBuild(options.folder, fingerprint, tables);
  const tablesMs = clock();
  const files = siteFiles(tables, fingerprint, changes, options.folder);
  let written = 0;
  for (const f of files.root) if (writeDated(join(options.root, f.path), f.json, modified)) written++;
  const dataMs = clock();
  log(`site-wide page data: ${files.root.length} files (${written} changed) in ${seconds(dataMs)}`);

  const staging = stagingFor(options.output);
  rmSync(staging, { recursive: true, force: true });
  const code = await exitCode(runFramework(["build"], { BRIEFING_SITE_ROOT: options.root, BRIEFING_OUTPUT: staging }));
  if (code !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`Framework's build failed (exit code ${code}); ${options.output} is left as it was`);
  }
  const renderMs = clock();
  let items = 0;
  for (const item of files.items) {
    writeAtomic(join(staging, itemDataOutput(item.kind, item.slug)), item.json);
    placeItemPage(staging, item.kind, item.slug);
    items++;
  }
  removeTemplates(staging);
  const itemsMs = clock();
  log(`item pages and data: ${items} in ${seconds(itemsMs)}`);
  swapInto(staging, options.output);
  return { tables, changes, timings: { tables: tablesMs, data: dataMs, render: renderMs, items: itemsMs }, items };
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
