// Page data: one module per page, each a pure function from the tables (through one PageContext)
// to the JSON its page reads. The site assembly writes the site-wide pages' data as files the
// pages load (DATA_FILES) and each actor's and article's data as a file its page fetches.
import type { Tables } from "../extract/types.js";
import { citationOrder, pageContext, type PageContext } from "./context.js";
import { briefingPage } from "./briefing.js";
import { actorsPage } from "./actors.js";
import { actorPageSources, type ActorPage } from "./actor.js";
import { articleGroups, articlePageSources, sourcesPage, type ArticleGroups, type ArticlePage } from "./article.js";
import type { EventView as EventRowView } from "./views.js";
import { ITEM_TABLES, itemKeys, type ItemKeys } from "./itemKeys.js";
import type { RunDigests } from "./articleRuns.js";
import type { RowKeys } from "../extract/rowKeys.js";
import type { WordCounts } from "./articleWords.js";

export { ITEM_TABLES, type RunDigests };
import { timelinePage } from "./timeline.js";
import { figuresPage } from "./figures.js";
import { quotesPage } from "./quotes.js";
import { ingestPage } from "./ingest.js";
import { DATA_FILES, itemDataFile, type DataFile, type ItemKind } from "./routes.js";

export { citationOrder, pageContext, type PageContext };

export interface PageDataOptions {
  /** The articles folder as the ingest report names it (relative to the project, or "."). */
  folder: string;
  /** The articles' word counts, with those an earlier build kept (articleWords.ts); else every article is counted. */
  words?: WordCounts;
}

/** What several pages' data is computed from, besides the context: made once per build. */
interface Shared {
  options: PageDataOptions;
  articles: ArticleGroups;
}

/** The site-wide pages whose data comes from the tables (not "changes" nor "site", which the assembly writes). */
const PAGES = {
  actors: (ctx: PageContext) => actorsPage(ctx),
  articles: (ctx: PageContext, shared: Shared) => sourcesPage(ctx, shared.articles, shared.options.words),
  briefing: (ctx: PageContext) => briefingPage(ctx),
  figures: (ctx: PageContext) => figuresPage(ctx),
  ingest: (ctx: PageContext, shared: Shared) => ingestPage(ctx, shared.options.folder),
  quotes: (ctx: PageContext) => quotesPage(ctx),
  timeline: (ctx: PageContext) => timelinePage(ctx),
} satisfies Partial<Record<DataFile, (ctx: PageContext, shared: Shared) => unknown>>;
export type TablePage = keyof typeof PAGES;

/**
 * What each page reads: the shape of its data file. The pages' components check their arguments
 * against these (`// @ts-check` and JSDoc in src/components/), so a page and its data cannot drift
 * apart silently.
 */
export type PageData = { [P in TablePage]: Numbered<ReturnType<(typeof PAGES)[P]>> };

/**
 * Page data as a page reads it, once numbered (src/components/citations.js): every object that
 * cites an article (`cite`, its id) has its citation number `n` too.
 */
export type Numbered<T> = T extends object
  ? { [K in keyof T]: Numbered<T[K]> } & (T extends { cite: string }
      ? { n: number }
      : T extends { cite: string | null }
        ? { n?: number }
        : unknown)
  : T;
export type BriefingData = PageData["briefing"];
export type ActorsData = PageData["actors"];
export type SourcesData = PageData["articles"];
export type FiguresData = PageData["figures"];
export type IngestData = PageData["ingest"];
export type QuotesData = PageData["quotes"];
export type TimelineData = PageData["timeline"];
export type ActorData = Numbered<ActorPage>;
/** A dated event as the timeline charts draw it. */
export type EventView = Numbered<EventRowView>;
/** The first and last day of a timeline's axis. */
export type DayRange = NonNullable<TimelineData["range"]>;
export type ArticleData = Numbered<ArticlePage>;
export const TABLE_PAGES = Object.keys(PAGES) as TablePage[];

/** A data file: where (relative to the Framework root, or to `_file/` in the built site) and what. */
export interface DataOutput {
  path: string;
  json: string;
}

export interface ItemOutput extends DataOutput {
  kind: ItemKind;
  id: string;
  slug: string;
  /**
   * What the item's data is computed from, as a short key (itemKeys.ts): an item with the key it had
   * in an earlier build has the data it had then. Made for all items at its first read.
   */
  readonly key: string;
}

/**
 * The site's data files: first the site-wide pages' (`pages`), then every actor's and every
 * article's (`items`), one at a time (at 10,000 articles they add up to hundreds of MB). An item's
 * `json` is computed when read (each time it is read): a build that reuses an item by its `key`
 * never computes it. `runs`: the item tables' run digests (articleRuns.ts), when the caller has them by the time
 * it reads the first key (the build's table snapshot makes them), so that the keys need not;
 * `rowKeys`: this build's articles' row keys, so that the keys need not read the rows they hold.
 */
export function siteData(
  ctx: PageContext,
  options: PageDataOptions,
  runs?: RunDigests,
  rowKeys?: RowKeys,
): { pages: DataOutput[]; items: Iterable<ItemOutput> } {
  const shared: Shared = { options, articles: articleGroups(ctx) };
  const pages = [
    ...TABLE_PAGES.map((page) => ({ path: DATA_FILES[page], json: JSON.stringify(PAGES[page](ctx, shared)) })),
    { path: DATA_FILES.citations, json: JSON.stringify(citationOrder(ctx)) },
  ];
  return { pages, items: itemFiles(ctx, shared.articles, runs, rowKeys) };
}

/** Fails when two ids share an address: one page would silently replace the other. */
function* itemFiles(ctx: PageContext, articles: ArticleGroups, runs?: RunDigests, rowKeys?: RowKeys): Generator<ItemOutput> {
  const seen = new Map<string, string>();
  const claim = (path: string, id: string) => {
    const other = seen.get(path);
    if (other !== undefined) throw new Error(`page data: ${JSON.stringify(other)} and ${JSON.stringify(id)} both have the address ${path}`);
    seen.set(path, id);
  };
  let keys: ItemKeys | undefined;
  const keyOf = (kind: ItemKind, id: string) => (keys ??= itemKeys(ctx, runs, rowKeys))[kind].get(id)!;
  const sources = [
    ["actors", actorPageSources(ctx)],
    ["articles", articlePageSources(ctx, articles)],
  ] as const;
  for (const [kind, items] of sources)
    for (const { id, slug, page } of items) {
      const path = itemDataFile(kind, slug);
      claim(path, id);
      yield {
        kind,
        id,
        slug,
        path,
        get json() {
          return JSON.stringify(page());
        },
        get key() {
          return keyOf(kind, id);
        },
      };
    }
}

/** Every data file at once, for small folders (tests, scripts). */
export function allPageFiles(tables: Tables, options: PageDataOptions): DataOutput[] {
  const { pages, items } = siteData(pageContext(tables), options);
  return [...pages, ...items];
}
