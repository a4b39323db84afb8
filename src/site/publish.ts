// `npm run build`: the briefing of an articles folder, built from scratch into a staging folder
// and swapped into the output, so the output is always exactly what a clean build writes:
//  1. the tables (only new or changed articles are extracted; the rest come from the cache);
//  2. "since the last build", from the build history;
//  3. the site-wide pages' data and the tables' snapshot (for the dev preview and data loaders);
//  4. Framework renders the pages into the staging folder (the site-wide ones and one template per
//     kind of item page, see render.ts) from the render root, where every data file is a fixed
//     placeholder (renderRoot.ts), while this process writes each actor's and article's data
//     into a folder beside it; when nothing Framework reads has changed since the build that kept
//     its render (new articles change none of it), that render is reused instead (renderCache.ts);
//  5. the data goes into the render in place of the placeholders, with the actors and articles in
//     its search index (substitute.ts); the item data moves into the staging folder, where the
//     pages fetch it, and each item gets its page: the template at its address;
//  6. the staging folder replaces the output.
// An item data file whose content the current output already holds is linked from it, not written
// again: the same bytes either way, and a rebuild after one new article writes only what changed.
// A build holds the locks of its Framework root and its output from start to end (buildLock.ts):
// a second build of the same folders waits for it (or, with `wait: false`, refuses at once), so
// builds never interleave; and a render is published or kept for reuse only when it is whole
// (wholeSite.ts).
import { snapshotHashes, stampWorldLoader, writeTableSnapshot } from "./tableSnapshot.js";
import type { TableRuns } from "../pagedata/articleRuns.js";
import { TABLE_NAMES, tableFile } from "./tableFiles.js";
import { prepareRenderRoot, tablePath } from "./renderRoot.js";
import { addSearchEntries, registersPlaceholder, substituteData } from "./substitute.js";
import { tablesReadBy } from "./tableReaders.js";
import { SEARCH_FILE } from "./search.js";
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadCorpus } from "../extract/load.js";
import { ITEM_KINDS, itemDataDir, itemDataOutput, type ItemKind } from "../pagedata/routes.js";
import { ITEM_TABLES, type ItemOutput } from "../pagedata/index.js";
import type { Tables } from "../extract/types.js";
import type { RowKeys } from "../extract/rowKeys.js";
import type { BuildChanges } from "./changes.js";
import { siteFiles, type SiteFiles } from "./data.js";
import { readWordCounts, wordCountsPath, writeWordCounts } from "./keptWordCounts.js";
import { wordCounts, type WordCounts } from "../pagedata/articleWords.js";
import { acquireLocks, describeHolder } from "./buildLock.js";
import { lockOf, siblingOf, swapInto } from "./files.js";
import { WrittenFiles, writtenRecordPath } from "./writtenFiles.js";
import { sha256 } from "../extract/util/hash.js";
import { startFrameworkBuild } from "./earlyBuild.js";
import { recordBuild } from "./history.js";
import { placeItemPage, removeTemplates } from "./render.js";
import { keepRender, renderKey, restoreRender } from "./renderCache.js";
import { fileReport } from "./report.js";
import { missingFiles } from "./wholeSite.js";
import { itemCodeVersion, manifestPath, readManifest, recordOf, stillHolds, writeManifest, type ItemRecord } from "./itemManifest.js";

export interface PublishOptions {
  /** The articles folder. */
  folder: string;
  /** The Framework root (src/, or a work site's copy). */
  root: string;
  /** Where the site goes (dist/). */
  output: string;
  /** Progress lines. */
  log?: (line: string) => void;
  /** When another build holds the root or the output: wait for it (the default), or refuse at once (LockBusyError). */
  wait?: boolean;
  /** How a waiting build names this one ("npm run build"). */
  command?: string;
}

export interface Published {
  articles: number;
  actors: number;
  changes: BuildChanges;
  /** One line per file of the folder: what happened to it. */
  report: string[];
  /**
   * Milliseconds: extraction (with the tables), the site-wide pages' data, the item data (written
   * while Framework renders), Framework's render (from its start: it overlaps the item data), and
   * placing the item pages.
   */
  timings: { tables: number; data: number; itemData: number; render: number; items: number };
  /** Items (actors and articles) published. */
  items: number;
  /** Item data files linked from the previous output (unchanged) rather than written. */
  reused: number;
  /** Of those, the items whose inputs were unchanged, so their data was not even computed. */
  unchanged: number;
  /** Whether the previous render was reused (nothing Framework reads had changed). */
  renderReused: boolean;
}

export async function publish(options: PublishOptions): Promise<Published> {
  const log = options.log ?? (() => {});
  const release = await acquireLocks([lockOf(options.root), lockOf(options.output)], {
    wait: options.wait ?? true,
    command: options.command ?? "a build",
    onWait: (holder) => log(`waiting for another build of the same site to finish: ${describeHolder(holder)}`),
  });
  try {
    return await publishLocked(options, log);
  } finally {
    release();
  }
}

/** Writes what the next build reuses (`write`, to `path`); if it cannot, removes any old one and says what the next build does again. */
function keepForNextBuild(path: string, write: () => void, what: string, again: string, log: (line: string) => void): void {
  try {
    write();
  } catch (error) {
    rmSync(path, { force: true });
    log(`could not keep ${what} (${(error as Error).message}): the next build ${again} again`);
  }
}

async function publishLocked(options: PublishOptions, log: (line: string) => void): Promise<Published> {
  const staging = siblingOf(options.output, "building");
  const itemsDir = siblingOf(options.output, "items");
  for (const dir of [staging, itemsDir]) rmSync(dir, { recursive: true, force: true });
  const clock = stopwatch();
  // Framework renders from placeholders (renderRoot.ts): unless the analyst's own data files are in
  // the root, its render does not depend on the articles, and the last one is reused at once
  stampWorldLoader(options.root); // its time is the render's too: settled before the render's key
  const renderRoot = prepareRenderRoot(options.root);
  let key = renderRoot.ownData.length ? null : renderKey(renderRoot.dir);
  let renderReused = key !== null && restoreRender(key, staging);
  // else Framework's process starts now and loads while the data is made; it builds once the data is written
  const framework = renderReused ? null : startFrameworkBuild({ BRIEFING_SITE_ROOT: renderRoot.dir, BRIEFING_OUTPUT: staging });
  let tables: Tables, fingerprint: string, modified: number, changes: BuildChanges, files: SiteFiles, tablesMs: number;
  // the item tables' run digests as the snapshot makes them, for the item keys (read at the first item)
  const runs = new Map<string, TableRuns>();
  // each article's row key: the tables' snapshot hands over the runs of articles whose rows are the last build's
  let rowKeys: RowKeys | undefined;
  // the articles' word counts (the sources page), kept from the last build by row key
  const codeVersion = itemCodeVersion();
  const wordsPath = wordCountsPath(options.output);
  let words: WordCounts;
  try {
    // 1–3: the tables, the history, the site-wide pages' data
    ({ tables, fingerprint, modified } = await loadCorpus(options.folder, { onRowKeys: (keys) => (rowKeys = keys) }));
    changes = recordBuild(options.folder, fingerprint, tables);
    tablesMs = clock();
    words = wordCounts(readWordCounts(wordsPath, codeVersion), rowKeys);
    files = siteFiles(tables, fingerprint, changes, options.folder, { runs, rowKeys, words });
  } catch (error) {
    framework?.cancel();
    throw error;
  }
  // written only when changed; what each holds is kept from one build to the next, not read back
  const rootHashes = new Map(files.root.map((f) => [f.path, sha256(f.json)]));
  const rootFiles = WrittenFiles.read(writtenRecordPath(options.root));
  for (const f of files.root) rootFiles.writeDated(join(options.root, f.path), f.json, modified, rootHashes.get(f.path));
  rootFiles.save(writtenRecordPath(options.root));
  // the tables the data loaders (src/data/tables/) print: those the pages read (all for the analyst's own loaders)
  const snapshot = renderRoot.ownData.length ? [...TABLE_NAMES] : tablesReadBy(options.root);
  writeTableSnapshot(tables, options.root, modified, undefined, { tables: ITEM_TABLES, into: runs }, snapshot, rowKeys);
  const dataMs = clock();

  // 4: Framework renders (or its last render is reused) while the item data is written
  const renderStarted = performance.now();
  if (key === null) {
    // the analyst's loaders may read the tables: the render is keyed on them too
    key = renderKey(renderRoot.dir, JSON.stringify([renderRoot.ownData, snapshotHashes()]));
    renderReused = restoreRender(key, staging);
  }
  if (renderReused) framework?.cancel();
  const rendering = renderReused || !framework ? Promise.resolve(0) : framework.go();
  let code: number;
  let written: WrittenItems;
  const manifest = manifestPath(options.output);
  let itemDataMs: number;
  try {
    clock();
    written = writeItems(files.items, itemsDir, options.output, readManifest(manifest, codeVersion));
    runs.clear();
    itemDataMs = clock();
  } finally {
    code = await rendering;
    if (code !== 0) for (const dir of [staging, itemsDir]) rmSync(dir, { recursive: true, force: true });
  }
  if (code !== 0) throw new Error(`Framework's build failed (exit code ${code}); ${options.output} is left as it was`);
  const renderMs = performance.now() - renderStarted;
  const missing = renderReused ? [] : missingFiles(staging);
  if (missing.length) {
    for (const dir of [staging, itemsDir]) rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `Framework's output is incomplete (${missing.length} missing: ${missing.slice(0, 3).join("; ")}); ${options.output} is left as it was`,
    );
  }
  log(
    `data files: ${written.items.length} actors and articles (${written.reused} unchanged, ${written.unchanged} of them not recomputed) in ${seconds(itemDataMs)}; ${renderReused ? "render reused" : `render ${seconds(renderMs)}`}`,
  );
  if (!renderReused) keepRender(key, staging);
  clock();

  // 5–6: the data into the render, the item data and pages into the staging folder, which replaces the output
  // a table the render registers that the pages' text did not name (tableReaders.ts) is written now
  const unnamed = TABLE_NAMES.filter((t) => !snapshot.includes(t) && registersPlaceholder(staging, tablePath(t)));
  if (unnamed.length) writeTableSnapshot(tables, options.root, modified, undefined, undefined, unnamed, rowKeys);
  // the hashes are the ones already made: of the pages' data in memory, of the tables as their snapshot wrote them
  const tableHashes = snapshotHashes();
  substituteData(staging, [
    ...files.root
      .filter((f) => f.path !== SEARCH_FILE)
      .map((f) => ({ path: f.path, file: join(options.root, f.path), sha256: rootHashes.get(f.path) })),
    ...[...snapshot, ...unnamed].map((table) => ({ path: tablePath(table), file: tableFile(table), sha256: tableHashes[table] })),
  ]);
  addSearchEntries(staging, files.search);
  for (const kind of ITEM_KINDS) {
    const from = join(itemsDir, "_file", itemDataDir(kind));
    if (!existsSync(from)) continue; // a folder without actors
    mkdirSync(dirname(join(staging, "_file", itemDataDir(kind))), { recursive: true });
    renameSync(from, join(staging, "_file", itemDataDir(kind)));
  }
  rmSync(itemsDir, { recursive: true, force: true });
  const made = new Set<string>();
  for (const { kind, slug } of written.items) placeItemPage(staging, kind, slug, made);
  removeTemplates(staging);
  swapInto(staging, options.output);
  // only now the output holds what the manifest describes (a build that fails before leaves the old pair)
  // the site is published: what could not be kept is made again by the next build
  keepForNextBuild(
    manifest,
    () => writeManifest(manifest, codeVersion, written.records),
    "the item data's manifest",
    "computes every item",
    log,
  );
  keepForNextBuild(wordsPath, () => writeWordCounts(wordsPath, codeVersion, words.next), "the articles' word counts", "counts them", log);
  return {
    articles: tables.articles.length,
    actors: tables.actors.length,
    changes,
    report: fileReport(tables),
    timings: { tables: tablesMs, data: dataMs, itemData: itemDataMs, render: renderMs, items: clock() },
    items: written.items.length,
    reused: written.reused,
    unchanged: written.unchanged,
    renderReused,
  };
}

interface WrittenItems {
  items: Array<{ kind: ItemKind; slug: string }>;
  /** Files linked from the output: their item's key was unchanged, or their new data equalled the old. */
  reused: number;
  /** Of those, the items whose data was not computed at all (their key was unchanged). */
  unchanged: number;
  /** The manifest of what this build publishes (itemManifest.ts). */
  records: Map<string, ItemRecord>;
}

/**
 * Writes each item's data file under `dir` (at its place in the built site), one at a time. A file
 * the current output holds for an item whose key is unchanged (`previous`, the last build's
 * manifest) is linked from there without computing the item's data; so is a file whose content
 * equals the new data.
 */
function writeItems(items: Iterable<ItemOutput>, dir: string, output: string, previous: ReadonlyMap<string, ItemRecord>): WrittenItems {
  const written: WrittenItems = { items: [], reused: 0, unchanged: 0, records: new Map() };
  const folders = new Set<string>();
  for (const item of items) {
    const path = itemDataOutput(item.kind, item.slug);
    const target = join(dir, path);
    const folder = dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    written.items.push({ kind: item.kind, slug: item.slug });
    const key = item.key;
    const record = previous.get(path);
    if (stillHolds(record, key, join(output, path)) && linked(join(output, path), target)) {
      written.records.set(path, record!);
      written.reused++;
      written.unchanged++;
      continue;
    }
    // the folder is this build's own until it moves into the staging folder: plain writes
    const bytes = Buffer.from(item.json);
    if (holds(join(output, path), bytes) && linked(join(output, path), target)) written.reused++;
    else writeFileSync(target, bytes);
    written.records.set(path, recordOf(key, statSync(target)));
  }
  return written;
}

/** Links `from` at `to`; false when it cannot (the caller writes the file instead). */
function linked(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}

/** Whether the file at `path` holds exactly `bytes`. */
function holds(path: string, bytes: Buffer): boolean {
  try {
    return readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
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
