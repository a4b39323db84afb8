// Brings the site's data up to date with the articles folder: tables (per-article cache), the
// "since the last build" record, and every page's data written into Framework's loader cache.
// Shared by `npm run build` and the dev preview's folder watch.
import { join } from "node:path";
import type { Tables } from "../extract/types.js";
import { loadCorpus } from "../extract/load.js";
import { PROJECT_ROOT } from "../extract/cache.js";
import { recordBuild } from "./history.js";
import type { BuildChanges } from "./changes.js";
import { folderLabel, pageOutputs } from "./pageData.js";
import { syncLoaderCache, type SyncResult } from "./loaderCache.js";

export interface Refreshed {
  tables: Tables;
  changes: BuildChanges;
  sync: SyncResult;
  outputs: number;
}

export async function refreshSiteData(folder: string, siteRoot: string, options: { fresh?: boolean } = {}): Promise<Refreshed> {
  const { tables, fingerprint } = await loadCorpus(folder);
  const changes = recordBuild(folder, fingerprint, tables);
  // streamed: at 10,000 articles the outputs add up to hundreds of MB of JSON
  let count = 0;
  function* outputs() {
    for (const output of pageOutputs(tables, { folder: folderLabel(folder, PROJECT_ROOT) })) {
      count++;
      yield output;
    }
    count++;
    yield { path: "data/changes.json", json: JSON.stringify(changes) };
  }
  const sync = syncLoaderCache(join(siteRoot, ".observablehq", "cache"), outputs());
  return { tables, changes, sync, outputs: count };
}
