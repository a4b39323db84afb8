// The site's data as files. The site-wide pages' data goes into the Framework root's data/ folder,
// where the pages load it with FileAttachment (Framework hashes and publishes it; its preview
// watches it and reloads open pages). Each actor's and article's data goes where its page fetches
// it: into the built site's _file/data/ (build) or the root's data/ (dev preview).
import { relative } from "node:path";
import type { Tables } from "../extract/types.js";
import { PROJECT_ROOT } from "../extract/cache.js";
import { pageContext, siteData, type DataOutput, type ItemOutput, type RunDigests } from "../pagedata/index.js";
import { DATA_FILES } from "../pagedata/routes.js";
import type { BuildChanges } from "./changes.js";
import type { RowKeys } from "../extract/rowKeys.js";
import type { WordCounts } from "../pagedata/articleWords.js";
import { SEARCH_FILE, searchEntries, type SearchEntry } from "./search.js";

/** The articles folder as the ingest report names it: relative to the project, or ".". */
export function folderLabel(folder: string, projectRoot = PROJECT_ROOT): string {
  return relative(projectRoot, folder) || ".";
}

export interface SiteFiles {
  /** Files for the Framework root, relative to it: the pages' data, "since the last build", the search entries. */
  root: DataOutput[];
  /** Each actor's and article's data, one at a time. */
  items: Iterable<ItemOutput>;
  /** The search entries (as the root's SEARCH_FILE holds them), made once for the file and the built site's index. */
  search: SearchEntry[];
}

/** What a build hands siteFiles from its earlier steps: `runs`, `rowKeys` (see siteData), `words` (PageDataOptions'). */
export interface SiteInputs {
  runs?: RunDigests;
  rowKeys?: RowKeys;
  words?: WordCounts;
}

/** Every data file of the site for these tables. */
export function siteFiles(
  tables: Tables,
  fingerprint: string,
  changes: BuildChanges,
  folder: string,
  { runs, rowKeys, words }: SiteInputs = {},
): SiteFiles {
  const { pages, items } = siteData(pageContext(tables), { folder: folderLabel(folder), words }, runs, rowKeys);
  const search = searchEntries(tables);
  return {
    root: [
      ...pages,
      { path: DATA_FILES.changes, json: JSON.stringify(changes) },
      { path: DATA_FILES.site, json: JSON.stringify({ fingerprint }) },
      { path: SEARCH_FILE, json: JSON.stringify(search) },
    ],
    items,
    search,
  };
}
