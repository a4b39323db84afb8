// What every page's data is computed from: the tables as arquero tables, plus the few lookups all
// pages share (an article's citation number and reference, an actor's reference, the actor a
// quote's speaker stands for, the sentence holding an offset). Made once per build from the tables
// (`pageContext(tables)`) and handed to each page's function: nothing is kept between builds.
import * as aq from "arquero";
import type { ActorRow, ArticleRow, SentenceRow, Tables } from "../extract/types.js";
import { sentenceAt } from "../extract/segment/articleSentences.js";
import { pushTo } from "../extract/util/groupBy.js";
import { actorHref, articleHref } from "./routes.js";

export type Table = aq.ColumnTable;

/**
 * An arquero table of `rows` with the given columns. arquero takes a table's columns from its
 * first row unless told: the tables' optional fields (duplicateOf, bound, speakerText, …) must be
 * named.
 */
export function tableOf<R extends object>(rows: readonly R[], columns: ReadonlyArray<keyof R & string>): Table {
  return aq.from(rows as R[], [...columns]);
}

/** How many rows share each key, in the order the keys first appear: the one way page data counts by key. */
export function countBy<R>(rows: Iterable<R>, keyOf: (row: R) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(row);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * An article as cited. Page data never holds its citation number: `cite` is the article's id, and
 * the page puts the number `[n]` in at run time from the site-wide citation order
 * (`citationOrder`, src/components/citations.js), so a new or deleted article changes no other
 * article's data, nor the data of the items that cite it.
 */
export interface Cite {
  id: string;
  /** The cited article's id: the page numbers it (`n`) at run time. */
  cite: string;
  title: string;
  /** The outlet, as a reader names it (see outletOf), or null. */
  source: string | null;
  date: string | null;
  sentence: number | null;
  href: string;
}

export interface ActorRef {
  id: string;
  name: string;
  type: ActorRow["type"] | null;
  href: string;
}

export interface PageContext {
  tables: Tables;
  /** Articles by id. */
  articles: Map<string, ArticleRow>;
  /**
   * Citation numbers: articles in file order, from 1 (a new file usually takes the next number).
   * Page data only sorts by them (the order of two articles never changes with other articles);
   * the numbers themselves reach the pages through `citationOrder`.
   */
  numbers: Map<string, number>;
  /** Articles that are not duplicates of another, by date (undated last), then id. */
  primary: ArticleRow[];
  actors: Map<string, ActorRow>;
  /** The articles table with each article's number `n` and whether it is a `duplicate`. */
  articleTable: Table;
  /** Whether an article is a duplicate of another (duplicates are listed, never counted). */
  isDuplicate(articleId: string): boolean;
  /** The actor a quote's speaker stands for: an actor id, or a name or alias. */
  speaker(speaker: string | null | undefined): ActorRow | undefined;
  actorRef(id: string): ActorRef;
  /** An article as cited: its number and reference, at the sentence holding `offset` when given. */
  cite(articleId: string, offset?: number): Cite;
  /** The sentence of an article holding `offset`, if any. */
  sentenceAt(articleId: string, offset: number): SentenceRow | undefined;
  /** An article's sentences, in text order. */
  sentencesOf(articleId: string): readonly SentenceRow[];
  /** The id of the story an article belongs to (null for a duplicate). */
  storyOf(articleId: string): string | null;
}

const NONE: readonly never[] = Object.freeze([]);

/** The outlet an article comes from as the pages name it (the engine's `outlet`), or null when none is stated. */
export function outletOf(a: Pick<ArticleRow, "source" | "outlet">): string | null {
  return a.outlet !== undefined ? a.outlet : a.source;
}

/** How the pages name the group of articles whose source is not stated. */
export const NO_SOURCE = "Source not stated";

export function pageContext(tables: Tables): PageContext {
  const articleTable = tableOf(tables.articles, ["id", "file", "title", "date", "dateSource", "source", "outlet", "duplicateOf"])
    .orderby("file")
    .derive({ n: () => aq.op.row_number(), duplicate: (d: ArticleRow) => !!d.duplicateOf })
    .reify();
  const numbers = new Map<string, number>();
  const ids = articleTable.array("id") as string[];
  const ns = articleTable.array("n") as number[];
  ids.forEach((id, i) => numbers.set(id, ns[i]));
  const articles = new Map(tables.articles.map((a) => [a.id, a]));
  const primary = (
    articleTable
      .filter((d: ArticleRow) => !d.duplicateOf)
      .derive({ sortDate: (d: ArticleRow) => d.date ?? "9999" })
      .orderby("sortDate", "id")
      .array("id") as string[]
  ).map((id) => articles.get(id)!);
  const actors = new Map(tables.actors.map((a) => [a.id, a]));
  const byName = new Map<string, string>();
  for (const actor of tables.actors)
    for (const name of [actor.name, ...actor.aliases]) {
      const key = name.toLowerCase();
      if (!byName.has(key)) byName.set(key, actor.id);
    }
  // each article's sentences in the table's order (a plain pass: arquero's group-by copied every row)
  const sentences = new Map<string, SentenceRow[]>();
  for (const s of tables.sentences) pushTo(sentences, s.article, s);
  // the duplicates (few or none): looking an article up among them, not among all articles
  const duplicates = new Set(tables.articles.filter((a) => a.duplicateOf).map((a) => a.id));

  const sentencesOf = (articleId: string) => sentences.get(articleId) ?? NONE;
  const stories = new Map<string, string>();
  for (const story of tables.stories ?? []) for (const id of story.articles) stories.set(id, story.id);
  const sentenceOf = (articleId: string, offset: number) => sentenceAt(sentencesOf(articleId), offset);
  return {
    tables,
    articles,
    numbers,
    primary,
    actors,
    articleTable,
    isDuplicate: (id) => duplicates.has(id),
    speaker(speaker) {
      if (!speaker) return undefined;
      const id = actors.has(speaker) ? speaker : byName.get(speaker.toLowerCase());
      return id ? actors.get(id) : undefined;
    },
    actorRef(id) {
      const actor = actors.get(id);
      return { id, name: actor?.name ?? id, type: actor?.type ?? null, href: actorHref(id) };
    },
    cite(articleId, offset) {
      const a = articles.get(articleId);
      const sentence = offset === undefined ? undefined : sentenceOf(articleId, offset);
      return {
        id: articleId,
        cite: articleId,
        title: a?.title || a?.file || articleId,
        source: a ? outletOf(a) : null,
        date: a?.date ?? null,
        sentence: sentence?.start ?? null,
        href: articleHref(articleId, sentence?.start),
      };
    },
    sentenceAt: sentenceOf,
    sentencesOf,
    storyOf: (id) => stories.get(id) ?? null,
  };
}

/**
 * The site-wide citation order: every article's id, the article numbered 1 first. The one data file
 * holding the numbers (`data/citations.json`): each page numbers the `cite`s of its data from it.
 */
export function citationOrder(ctx: Pick<PageContext, "numbers">): string[] {
  return [...ctx.numbers].sort((x, y) => x[1] - y[1]).map(([id]) => id);
}
