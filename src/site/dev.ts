// The dev preview's data: the same files as a build, written into the Framework root (the preview
// serves an item's data from root/data/<kind>/<slug>.json at the address the built site uses), and
// rewritten when the articles folder changes. Only files whose content changed are written: the
// preview watches the site-wide pages' data and reloads the open pages that use it; item pages
// read data/site.json, which changes with every change of the folder, so they reload too. (The
// files keep the time they were written: the preview's watch goes by modification times.) A
// refresh holds the root's lock (buildLock.ts): it waits for a build of the same root to finish,
// and a build waits for it, so the preview's data and a build's never mix.
import { existsSync, readdirSync, rmSync, watch, type FSWatcher } from "node:fs";
import { join } from "node:path";
import type { Tables } from "../extract/types.js";
import { loadCorpus } from "../extract/load.js";
import { DATA_FILES, ITEM_KINDS, itemDataDir } from "../pagedata/routes.js";
import { siteFiles } from "./data.js";
import { acquireLock, describeHolder } from "./buildLock.js";
import { lockOf, writeIfChanged } from "./files.js";
import { recordBuild } from "./history.js";
import { writeTableSnapshot } from "./tableSnapshot.js";

export interface Refreshed {
  tables: Tables;
  /** Files written (their content changed), and item files removed. */
  written: number;
  removed: number;
}

/** Brings the root's data up to date with the articles folder; `log` says when it waits for a build. */
export async function refreshDevData(folder: string, root: string, log: (line: string) => void = () => {}): Promise<Refreshed> {
  const release = await acquireLock(lockOf(root), {
    wait: true,
    command: "npm run dev",
    onWait: (holder) => log(`waiting for a build of the same site to finish: ${describeHolder(holder)}`),
  });
  try {
    return await refreshLocked(folder, root);
  } finally {
    release();
  }
}

async function refreshLocked(folder: string, root: string): Promise<Refreshed> {
  const { tables, fingerprint, modified } = await loadCorpus(folder);
  const changes = recordBuild(folder, fingerprint, tables);
  const files = siteFiles(tables, fingerprint, changes, folder);
  let written = 0;
  // items first, data/site.json (which makes open item pages reload) last
  const keep = new Set<string>();
  for (const item of files.items) {
    keep.add(item.path);
    if (writeIfChanged(join(root, item.path), item.json)) written++;
  }
  let removed = 0;
  for (const kind of ITEM_KINDS) {
    const dir = itemDataDir(kind);
    if (!existsSync(join(root, dir))) continue;
    for (const name of readdirSync(join(root, dir))) {
      if (keep.has(`${dir}/${name}`)) continue;
      rmSync(join(root, dir, name), { force: true });
      removed++;
    }
  }
  const last = (f: { path: string }) => Number(f.path === DATA_FILES.site);
  for (const f of [...files.root].sort((a, b) => last(a) - last(b))) if (writeIfChanged(join(root, f.path), f.json)) written++;
  // the tables the data loaders print; a changed one's loader is touched, so the preview reruns it
  written += writeTableSnapshot(tables, root, modified).length;
  return { tables, written, removed };
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
