// Every data loader's output for the site, computed in one process from one TableIndex: the build
// writes them into Framework's loader cache instead of spawning one loader process per page. The
// loader files (src/data/*.json.ts, src/actors/[actor].json.ts, src/articles/[article].json.ts)
// print pageJson(...) of their own path, so a loader and pageOutputs can never disagree.
// data/changes.json is not here: it comes from the build history, not from the tables.
import { relative } from "node:path";
import type { Tables } from "../extract/types.js";
import { TableIndex, slug } from "../data/lib/index.js";
import { actorView, actorsView, articleView, articlesView, briefingView, figuresView, ingestView, quotesView, timelineView } from "../data/lib/views.js";

export interface PageOutput {
  /** Where Framework caches the loader's output, relative to `.observablehq/cache/`: `data/briefing.json`. */
  path: string;
  /** Exactly what the loader prints. */
  json: string;
}

export interface PageDataOptions {
  /** The articles folder as the ingest report names it: see folderLabel. */
  folder: string;
}

/** The site-wide pages' data, by output path. */
const dataViews = {
  "data/actors.json": (index: TableIndex) => actorsView(index),
  "data/articles.json": (index: TableIndex) => articlesView(index),
  "data/briefing.json": (index: TableIndex) => briefingView(index),
  "data/figures.json": (index: TableIndex) => figuresView(index),
  "data/ingest.json": (index: TableIndex, options: PageDataOptions) => ingestView(index, options.folder),
  "data/quotes.json": (index: TableIndex) => quotesView(index),
  "data/timeline.json": (index: TableIndex) => timelineView(index),
} satisfies Record<string, (index: TableIndex, options: PageDataOptions) => unknown>;

export type DataPath = keyof typeof dataViews;
export const dataPaths = Object.keys(dataViews) as DataPath[];

/** The articles folder as the ingest report names it: relative to the working directory, or ".". */
export function folderLabel(folder: string, cwd = process.cwd()): string {
  return relative(cwd, folder) || ".";
}

export const actorPath = (actorId: string) => `actors/${slug(actorId)}.json`;
export const articlePath = (articleId: string) => `articles/${slug(articleId)}.json`;

export function dataJson(index: TableIndex, path: DataPath, options: PageDataOptions): string {
  return JSON.stringify(dataViews[path](index, options));
}

export function actorJson(index: TableIndex, actorId: string): string {
  return JSON.stringify(actorView(index, actorId));
}

export function articleJson(index: TableIndex, articleId: string): string {
  return JSON.stringify(articleView(index, articleId));
}

/** Fails when two ids share a page address: one page would silently replace the other. */
function claim(paths: Map<string, string>, path: string, id: string): void {
  const other = paths.get(path);
  if (other !== undefined)
    throw new Error(`pageOutputs: ${JSON.stringify(other)} and ${JSON.stringify(id)} both have the page ${path}`);
  paths.set(path, id);
}

/**
 * Every loader output of the site (data/changes.json aside): the site-wide pages first, then one
 * per actor and one per article, each computed when asked for (nothing is held but the index).
 */
export function* pageOutputs(tables: Tables, options: PageDataOptions): Generator<PageOutput> {
  const index = new TableIndex(tables);
  for (const path of dataPaths) yield { path, json: dataJson(index, path, options) };
  const paths = new Map<string, string>();
  for (const actor of tables.actors) {
    const path = actorPath(actor.id);
    claim(paths, path, actor.id);
    yield { path, json: actorJson(index, actor.id) };
  }
  for (const article of tables.articles) {
    const path = articlePath(article.id);
    claim(paths, path, article.id);
    yield { path, json: articleJson(index, article.id) };
  }
}

/**
 * One loader's output, by its path (`data/briefing.json`, `actors/<slug>.json`,
 * `articles/<slug>.json`): what the loader files print. `options.folder` is needed for
 * `data/ingest.json` only.
 */
export function pageJson(path: string, tables: Tables, options: Partial<PageDataOptions> = {}): string {
  const index = new TableIndex(tables);
  if (path in dataViews) {
    if (path === "data/ingest.json" && options.folder === undefined)
      throw new Error("pageJson: data/ingest.json needs options.folder (the articles folder's label)");
    return dataJson(index, path as DataPath, { folder: options.folder ?? "." });
  }
  const item = /^(actors|articles)\/([^/]+)\.json$/.exec(path);
  if (item?.[1] === "actors") {
    const actor = tables.actors.find((a) => slug(a.id) === item[2]);
    if (!actor) throw new Error(`No actor with slug ${JSON.stringify(item[2])} in the tables`);
    return actorJson(index, actor.id);
  }
  if (item?.[1] === "articles") {
    const article = tables.articles.find((a) => slug(a.id) === item[2]);
    if (!article) throw new Error(`No article with slug ${JSON.stringify(item[2])} in the tables`);
    return articleJson(index, article.id);
  }
  throw new Error(`pageJson: no page data for ${JSON.stringify(path)} (known: ${dataPaths.join(", ")}, actors/<slug>.json, articles/<slug>.json)`);
}
