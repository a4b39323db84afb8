// The dev preview's data: the same files as a build, written into the Framework root (the preview
// serves an item's data from root/data/<kind>/<slug>.json at the address the built site uses), and
// rewritten when the articles folder changes. Only files whose content changed are written: the
// preview watches the site-wide pages' data and reloads the open pages that use it (written first,
// before the item files: an open page shows a new article sooner); item pages read data/site.json,
// written last, which changes with every change of the folder, so they reload too. (The
// files keep the time they were written: the preview's watch goes by modification times.) A
// refresh holds the root's lock (buildLock.ts): it waits for a build of the same root to finish,
// and a build waits for it, so the preview's data and a build's never mix. The preview's process
// lives on, so a refresh keeps what is exact to keep for the next (DevMemory): each article's
// extraction and what each data file holds, an item's with its key (an item whose key is the same
// is not computed again); the joins and the site-wide pages' data are made again.
import { existsSync, readdirSync, rmSync, watch, type FSWatcher } from "node:fs";
import { join } from "node:path";
import type { Tables } from "../extract/types.js";
import { loadCorpus } from "../extract/load.js";
import { DATA_FILES, ITEM_KINDS, itemDataDir } from "../pagedata/routes.js";
import { ITEM_TABLES } from "../pagedata/index.js";
import { siteFiles } from "./data.js";
import { acquireLock, describeHolder } from "./buildLock.js";
import { lockOf } from "./files.js";
import { WrittenFiles } from "./writtenFiles.js";
import { ResultMemory } from "../extract/knownResults.js";
import { recordBuild } from "./history.js";
import { writeTableSnapshot } from "./tableSnapshot.js";
import type { RowKeys } from "../extract/rowKeys.js";
import type { TableRuns } from "../pagedata/articleRuns.js";

export interface Refreshed {
  tables: Tables;
  /** Files written (their content changed), and item files removed. */
  written: number;
  removed: number;
  /** CPU milliseconds each step of the refresh took (the process's, all threads), in order. */
  steps: Record<string, number>;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * A stopwatch of named steps: each call adds the time since the last to the step, the process's
 * CPU time (all its threads: on a busy machine a steadier measure than the wall clock).
 */
function stepClock(): { steps: Record<string, number>; step: (name: string) => void } {
  const steps: Record<string, number> = {};
  let last = cpuMs();
  return {
    steps,
    step: (name) => {
      const now = cpuMs();
      steps[name] = (steps[name] ?? 0) + now - last;
      last = now;
    },
  };
}

/**
 * What a refresh keeps for the next one in the same process (`npm run dev` keeps one for its whole
 * run): each file's extraction and the actor model (knownResults.ts: by path, size and modification
 * time; a changed file is hashed and looked up in the cache again), and the SHA-256 of every data
 * file written (writtenFiles.ts: compared in memory, not read back). A fresh memory gives a refresh
 * from scratch, with the same result.
 */
export interface DevMemory {
  results?: ResultMemory;
  written?: WrittenFiles;
}

/** Brings the root's data up to date with the articles folder; `log` says when it waits for a build. */
export async function refreshDevData(
  folder: string,
  root: string,
  log: (line: string) => void = () => {},
  memory: DevMemory = {},
): Promise<Refreshed> {
  const release = await acquireLock(lockOf(root), {
    wait: true,
    command: "npm run dev",
    onWait: (holder) => log(`waiting for a build of the same site to finish: ${describeHolder(holder)}`),
  });
  try {
    return await refreshLocked(folder, root, memory);
  } finally {
    release();
  }
}

async function refreshLocked(folder: string, root: string, memory: DevMemory): Promise<Refreshed> {
  const { steps, step } = stepClock();
  const results = (memory.results ??= new ResultMemory());
  const out = (memory.written ??= new WrittenFiles());
  results.begin();
  let rowKeys: RowKeys | undefined; // each article's row key: the snapshot hands over unchanged articles' runs
  const { tables, fingerprint, modified } = await loadCorpus(folder, {
    known: results,
    onRowKeys: (keys) => (rowKeys = keys),
    onWalk: () => step("walk, fingerprint"),
    onResults: () => step("extractions"),
  });
  step("joins");
  results.settle();
  const changes = recordBuild(folder, fingerprint, tables);
  step("history");
  // the item tables' run digests as the snapshot makes them, and the row keys, for the item keys (read at the first item)
  const runs = new Map<string, TableRuns>();
  const files = siteFiles(tables, fingerprint, changes, folder, { runs, rowKeys });
  let written = 0;
  step("page data");
  // the tables the data loaders print; a changed one's loader is touched, so the preview reruns it
  written += writeTableSnapshot(tables, root, modified, undefined, { tables: ITEM_TABLES, into: runs }, undefined, rowKeys).length;
  step("table snapshot");
  // the site-wide pages' data first (an open page shows the change without waiting for the items),
  // then the items, then data/site.json (which makes open item pages reload, their data written)
  const isSite = (f: { path: string }) => f.path === DATA_FILES.site;
  for (const f of files.root.filter((f) => !isSite(f))) if (out.write(join(root, f.path), f.json)) written++;
  step("site data");
  const keep = new Set<string>();
  for (const item of files.items) {
    keep.add(item.path);
    step("item data");
    // an item with the key it had when last written has the same data: not even computed again
    if (out.writeKeyed(join(root, item.path), item.key, () => item.json)) written++;
    step("item files");
  }
  const removed = removeOtherItems(root, keep, out);
  step("item files");
  for (const f of files.root.filter(isSite)) if (out.write(join(root, f.path), f.json)) written++;
  step("site data");
  return { tables, written, removed, steps };
}

/** Removes the item data files of the root not in `keep` (a deleted article's, an actor no longer found); returns how many. */
function removeOtherItems(root: string, keep: ReadonlySet<string>, out: WrittenFiles): number {
  let removed = 0;
  for (const kind of ITEM_KINDS) {
    const dir = itemDataDir(kind);
    if (!existsSync(join(root, dir))) continue;
    for (const name of readdirSync(join(root, dir))) {
      if (keep.has(`${dir}/${name}`)) continue;
      rmSync(join(root, dir, name), { force: true });
      out.forget(join(root, dir, name));
      removed++;
    }
  }
  return removed;
}

/**
 * Calls `onChange` (one call at a time, after a quiet quarter second) when a file of the articles
 * folder is added, changed or deleted; hidden files and folders are ignored.
 */
export function watchArticles(folder: string, onChange: (name: string) => Promise<void>): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  return watch(folder, { recursive: true }, (_event, name) => {
    if (name && name.split(/[\\/]/).some((part) => part.startsWith("."))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(() => onChange(name ?? folder));
    }, 250);
  });
}
